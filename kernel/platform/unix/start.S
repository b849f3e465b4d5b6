/* start.S: the unix platform's process entry.  The kernel starts _start with
 * rsp pointing at argc, then argv[], NULL, envp[], NULL.  We stamp the TSC
 * (same boot instrumentation as pvh) and hand that pointer to unix_boot(). */
        .text
        .globl _start
_start:
        rdtsc
        shlq $32, %rdx
        orq %rdx, %rax
        movq %rax, rb_boot_tsc_entry(%rip)
        xorl %ebp, %ebp
        movq %rsp, %rdi
        andq $-16, %rsp
        call unix_boot
        ud2

/* Signal handlers return here; rt_sigreturn restores the (possibly modified)
 * ucontext.  The kernel requires it (SA_RESTORER) on x86-64. */
        .globl rb_sigreturn
rb_sigreturn:
        movl $15, %eax          /* SYS_rt_sigreturn */
        syscall
        ud2

        .data
        .globl rb_boot_tsc_entry
        .p2align 3
rb_boot_tsc_entry:
        .quad 0

        .section .note.GNU-stack, "", @progbits
