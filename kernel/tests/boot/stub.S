/* stub.S: the bench anchor, the least a PVH image can do: in 32-bit mode,
 * with no paging, no stack and no UART set-up, write one line to COM1 and
 * leave through isa-debug-exit with value 1 (exit code 0 in robur's mapping,
 * docs/runtime.md "Exit codes").  Linked alone with platform/pvh/link.ld. */
        .section .note.pvh, "a"
        .p2align 2
        .long 4, 8, 18          /* namesz, descsz, XEN_ELFNOTE_PHYS32_ENTRY */
        .asciz "Xen"
        .quad pvh_entry

        .section .text.boot, "ax"
        .code32
        .globl pvh_entry
pvh_entry:
        movl $msg, %esi
        movl $msg_end - msg, %ecx
        movw $0x3f8, %dx
        cld
        rep outsb
        movw $0x501, %dx
        movb $1, %al
        outb %al, %dx
1:      cli
        hlt
        jmp 1b

        .section .rodata
msg:    .ascii "hello, world\n"
msg_end:

        .section .note.GNU-stack, "", @progbits
