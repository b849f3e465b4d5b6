/* start.S: the PVH entry.  QEMU (or any PVH loader) jumps to pvh_entry in
 * 32-bit protected mode, paging off, interrupts off, %ebx = physical address
 * of struct hvm_start_info.  We stamp the TSC, map the first 16 MiB (image,
 * boot stack, the loader's start_info) with 2 MiB pages, enable PAE + SSE,
 * switch to long mode with our own GDT and call pvh_boot(start_info) in C on
 * a small boot stack.  mem.c completes the same page tables (all RAM, page 0
 * unmapped, the guard page) once it has read the memory map.
 *
 * Every instruction here counts: on the build machines /dev/kvm is kvm_pvm,
 * under which each guest instruction costs about a microsecond.  So there is
 * no loop at all: .bss is not cleared (an ELF loader zero-fills p_memsz
 * beyond p_filesz, which is where .bss lives; QEMU, Firecracker and Xen do),
 * and the eight boot mappings are unrolled at assembly time. */
#include <robur/params.h>

#define CR0_PE (1 << 0)
#define CR0_MP (1 << 1)
#define CR0_EM (1 << 2)
#define CR0_NE (1 << 5)
#define CR0_WP (1 << 16)
#define CR0_PG (1 << 31)
#define CR4_PAE (1 << 5)
#define CR4_OSFXSR (1 << 9)        /* SSE instructions and fxsave */
#define CR4_OSXMMEXCPT (1 << 10)   /* SIMD float exceptions are #XM, not #UD */
#define MSR_EFER 0xc0000080
#define EFER_LME (1 << 8)
#define PTE_P 1
#define PTE_W 2
#define PTE_PS 0x80
#define BOOT_MAPPED_2M 8           /* 16 MiB: see RB_BOOT_MAPPED in pvh.h */

/* The ELF note QEMU looks for: name "Xen", type XEN_ELFNOTE_PHYS32_ENTRY. */
        .section .note.pvh, "a"
        .p2align 2
        .long 4                 /* namesz */
        .long 8                 /* descsz */
        .long 18                /* type */
        .asciz "Xen"
        .quad pvh_entry

        .section .text.boot, "ax"
        .code32
        .globl pvh_entry
pvh_entry:
        rdtsc                   /* the very first instruction: boot stamp */
        movl %eax, rb_boot_tsc_entry
        movl %edx, rb_boot_tsc_entry + 4

        /* rb_pml4[0] -> rb_pdpt, rb_pdpt[0] -> rb_pd0 (all in .bss, zero). */
        movl $rb_pdpt + (PTE_P | PTE_W), rb_pml4
        movl $rb_pd0 + (PTE_P | PTE_W), rb_pdpt
        .set i, 0
        .rept BOOT_MAPPED_2M
        movl $(i << 21) | (PTE_P | PTE_W | PTE_PS), rb_pd0 + 8 * i
        .set i, i + 1
        .endr

        movl %cr4, %eax
        orl $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
        movl %eax, %cr4
        movl $rb_pml4, %eax
        movl %eax, %cr3
        movl $MSR_EFER, %ecx
        rdmsr
        orl $EFER_LME, %eax
        wrmsr
        movl %cr0, %eax
        andl $~CR0_EM, %eax
        orl $(CR0_PG | CR0_WP | CR0_NE | CR0_MP | CR0_PE), %eax
        movl %eax, %cr0
        lgdt rb_gdt_desc
        ljmp $0x08, $long_mode

        .code64
long_mode:
        movl $0x10, %eax
        movl %eax, %ds
        movl %eax, %es
        movl %eax, %ss
        movl %eax, %fs
        movl %eax, %gs
        leaq boot_stack_top(%rip), %rsp
        xorl %ebp, %ebp
        fninit
        movl %ebx, %edi         /* zero-extends: start_info is below 4 GiB */
        call pvh_boot
        ud2

        .data
        .globl rb_boot_tsc_entry
        .p2align 3
rb_boot_tsc_entry:
        .quad 0

/* GDT: null, 64-bit code (0x08), data (0x10), and a 16-byte TSS descriptor
 * (0x18) that trap.c fills in.  The descriptor base is 32-bit for the lgdt
 * above; long mode keeps using it (the image is below 4 GiB). */
        .p2align 4
        .globl rb_gdt
rb_gdt:
        .quad 0
        .quad 0x00af9a000000ffff
        .quad 0x00cf92000000ffff
        .quad 0, 0
rb_gdt_end:
        .p2align 3
        .globl rb_gdt_desc
rb_gdt_desc:
        .word rb_gdt_end - rb_gdt - 1
        .quad rb_gdt

/* The page tables that mem.c completes. */
        .bss
        .p2align 12
        .globl rb_pml4, rb_pdpt, rb_pd0, rb_pt0
rb_pml4: .skip 4096
rb_pdpt: .skip 4096
rb_pd0:  .skip 4096
rb_pt0:  .skip 4096

        .section .noinit, "aw", @nobits
        .p2align 12
        .globl rb_boot_stack, boot_stack_top
rb_boot_stack:
        .skip RB_BOOT_STACK_SIZE
boot_stack_top:

        .section .note.GNU-stack, "", @progbits
