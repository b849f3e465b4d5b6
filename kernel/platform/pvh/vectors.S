/* vectors.S: entry stubs for the 32 CPU exception vectors (and, at the end,
 * the two APIC interrupts).  Each stub makes the
 * stack look the same (a dummy error code where the CPU pushes none, then the
 * vector), trap_common saves every general register and calls
 * trap_handler(struct trap_frame *) in C on the IST stack.  If the handler
 * returns (the stack-overflow hook took the fault), the possibly modified
 * registers are restored and iretq resumes at the saved rip/rsp. */

/* Every stub is exactly 16 bytes (trap.c relies on it; the .org checks). */
        .macro stub n, has_error
        .p2align 4
trap_stub_\n:
        .if \has_error == 0
        pushq $0
        .endif
        pushq $\n
        jmp trap_common
        .org trap_stub_\n + 16, 0xcc
        .endm

        .text
        stub 0, 0
        stub 1, 0
        stub 2, 0
        stub 3, 0
        stub 4, 0
        stub 5, 0
        stub 6, 0
        stub 7, 0
        stub 8, 1
        stub 9, 0
        stub 10, 1
        stub 11, 1
        stub 12, 1
        stub 13, 1
        stub 14, 1
        stub 15, 0
        stub 16, 0
        stub 17, 1
        stub 18, 0
        stub 19, 0
        stub 20, 0
        stub 21, 1
        stub 22, 0
        stub 23, 0
        stub 24, 0
        stub 25, 0
        stub 26, 0
        stub 27, 0
        stub 28, 0
        stub 29, 1
        stub 30, 1
        stub 31, 0

/* The frame, lowest address first, is struct trap_frame in trap.c. */
trap_common:
        pushq %rax
        pushq %rbx
        pushq %rcx
        pushq %rdx
        pushq %rsi
        pushq %rdi
        pushq %rbp
        pushq %r8
        pushq %r9
        pushq %r10
        pushq %r11
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        cld
        movq %rsp, %rdi
        call trap_handler       /* 22 quadwords pushed: rsp stays 16-aligned */
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %r11
        popq %r10
        popq %r9
        popq %r8
        popq %rbp
        popq %rdi
        popq %rsi
        popq %rdx
        popq %rcx
        popq %rbx
        popq %rax
        addq $16, %rsp          /* vector and error code */
        iretq

/* The local APIC timer's interrupt (trap.c, time.c): it only wakes the hlt
 * of platform_idle_until, so all it does is the EOI.  rb_apic_eoi is the
 * xAPIC EOI register, or NULL in x2APIC mode (then MSR 0x80b).  Runs on
 * IST3 with IF = 0; iretq restores the interrupted flags. */
        .globl rb_timer_stub
        .p2align 4
rb_timer_stub:
        pushq %rax
        pushq %rcx
        pushq %rdx
        movq rb_apic_eoi(%rip), %rax
        testq %rax, %rax
        jz 1f
        movl $0, (%rax)
        jmp 2f
1:      movl $0x80b, %ecx
        xorl %eax, %eax
        xorl %edx, %edx
        wrmsr
2:      popq %rdx
        popq %rcx
        popq %rax
        iretq

/* The APIC's spurious vector: no EOI (Intel SDM 10.9). */
        .globl rb_spurious_stub
        .p2align 4
rb_spurious_stub:
        iretq

        .section .rodata
        .globl trap_stubs
        .p2align 3
trap_stubs:
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        .quad trap_stub_\n
        .endr

        .section .note.GNU-stack, "", @progbits
