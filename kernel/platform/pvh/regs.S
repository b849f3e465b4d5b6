/* regs.S: two register-level helpers shared by both platforms (plain x86-64,
 * no privileged instructions).  The offsets follow struct rb_fault_ctx in
 * robur/platform.h: rax rbx rcx rdx rsi rdi rbp rsp r8..r15 rip rflags ... */

/* void rb_save_regs(struct rb_fault_ctx *ctx) */
        .text
        .globl rb_save_regs
rb_save_regs:
        movq %rax, 0(%rdi)
        movq %rbx, 8(%rdi)
        movq %rcx, 16(%rdi)
        movq %rdx, 24(%rdi)
        movq %rsi, 32(%rdi)
        movq %rdi, 40(%rdi)
        movq %rbp, 48(%rdi)
        leaq 8(%rsp), %rax      /* the caller's rsp once we return */
        movq %rax, 56(%rdi)
        movq %r8, 64(%rdi)
        movq %r9, 72(%rdi)
        movq %r10, 80(%rdi)
        movq %r11, 88(%rdi)
        movq %r12, 96(%rdi)
        movq %r13, 104(%rdi)
        movq %r14, 112(%rdi)
        movq %r15, 120(%rdi)
        movq (%rsp), %rax       /* return address = the caller's rip */
        movq %rax, 128(%rdi)
        pushfq
        popq %rax
        movq %rax, 136(%rdi)
        movq 0(%rdi), %rax
        ret

/* _Noreturn void rb_call_on_stack(void *top, void (*fn)(void *), void *arg) */
        .globl rb_call_on_stack
rb_call_on_stack:
        movq %rdi, %rsp
        xorl %ebp, %ebp
        movq %rdx, %rdi
        call *%rsi
        ud2

        .section .note.GNU-stack, "", @progbits
