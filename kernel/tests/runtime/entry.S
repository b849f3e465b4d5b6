/*
 * entry.S -- hand-written "OCaml" code for the runtime tests, following the
 * conventions of docs/runtime.md exactly as the code generator will:
 * r14 = domain state, r15 = young_ptr, inline allocation with a call to
 * caml_call_gc, C primitives through caml_c_call, and a frame table.
 *
 *   caml_program     calls the C function test_main() via caml_c_call.
 *   rt_c_tramp       code of closures wrapping a C function value f(value):
 *                    [code; closinfo(arity 1, env at 2); f | 1].
 *   rt_build_list    n -> [n; n-1; ...; 1], non tail-recursive, allocating
 *                    each cell inline after the recursive call, so the
 *                    rest of the list is live in rax across caml_call_gc.
 *   rt_try           f -> f () or the exception it raises (a trap frame).
 *   rt_raise         exn -> raises exn (caml_raise_exn).
 *   rt_g             exn -> raises exn from rt_f, both with debug info.
 *   rt_deep          n -> never returns: recursion that allocates a cell
 *                    per frame until the stack guard is hit.
 * Static closures for the last two: rt_build_list_closure, rt_deep_closure.
 */
#include "robur/domain_state.h"

        .text
        .globl  rt_code_begin
rt_code_begin:

        .globl  caml_program
caml_program:
        subq    $8, %rsp
        leaq    test_main(%rip), %rax
        call    caml_c_call
.Lprog_ret:
        addq    $8, %rsp
        ret

        .globl  rt_c_tramp
rt_c_tramp:                         /* rax = arg, rbx = closure */
        subq    $8, %rsp
        movq    %rax, %rdi
        movq    16(%rbx), %rax
        andq    $-2, %rax
        call    caml_c_call
.Ltramp_ret:
        addq    $8, %rsp
        ret

        .globl  rt_build_list
rt_build_list:                      /* rax = n (tagged) */
        subq    $24, %rsp
        cmpq    $1, %rax
        je      .Lnil
        movq    %rax, 0(%rsp)
        subq    $2, %rax
        call    rt_build_list
.Lbl_ret:                           /* live: slot 0 (n) */
        subq    $24, %r15
        cmpq    DS_YOUNG_LIMIT(%r14), %r15
        jb      .Lbl_gc
.Lbl_alloc_done:
        leaq    8(%r15), %rbx
        movq    $(2 << 10), -8(%rbx)
        movq    0(%rsp), %rdi
        movq    %rdi, 0(%rbx)
        movq    %rax, 8(%rbx)
        movq    %rbx, %rax
        addq    $24, %rsp
        ret
.Lbl_gc:
        call    caml_call_gc
.Lbl_gc_ret:                        /* live: rax (rest of the list), slot 0 */
        jmp     .Lbl_alloc_done
.Lnil:
        movq    $1, %rax
        addq    $24, %rsp
        ret

        .globl  rt_deep
rt_deep:                            /* rax = n (tagged), never returns */
        subq    $24, %rsp
        movq    %rax, 0(%rsp)
        subq    $24, %r15
        cmpq    DS_YOUNG_LIMIT(%r14), %r15
        jb      .Ldeep_gc
.Ldeep_alloc_done:
        leaq    8(%r15), %rbx
        movq    $(2 << 10), -8(%rbx)
        movq    %rax, 0(%rbx)
        movq    $1, 8(%rbx)
        movq    %rbx, 8(%rsp)       /* a young cell kept live in the frame */
        addq    $2, %rax
        call    rt_deep
.Ldeep_ret:                         /* live: slot 8 */
        addq    $24, %rsp
        ret
.Ldeep_gc:
        call    caml_call_gc
.Ldeep_gc_ret:                      /* live: slot 0 (n, an int) */
        movq    0(%rsp), %rax
        jmp     .Ldeep_alloc_done

        .globl  rt_try
rt_try:                             /* rax = f: returns f () or the exception */
        subq    $8, %rsp
        leaq    .Ltry_handler(%rip), %r11
        pushq   %r11
        pushq   DS_EXCEPTION_POINTER(%r14)
        movq    %rsp, DS_EXCEPTION_POINTER(%r14)
        movq    %rax, %rbx
        movq    $1, %rax
        call    *(%rbx)
.Ltry_ret:                          /* frame: 8 + trap 16 + ret 8 = 32 */
        popq    DS_EXCEPTION_POINTER(%r14)
        addq    $8, %rsp
        addq    $8, %rsp
        ret
.Ltry_handler:
        addq    $8, %rsp
        ret

        .globl  rt_raise
rt_raise:                           /* rax = exn: raise it from OCaml code */
        jmp     caml_raise_exn

        /* with debug info: A.g calls A.f, which raises its argument */
        .globl  rt_g
rt_g:
        subq    $8, %rsp
        call    rt_f
.Lg_ret:
        addq    $8, %rsp
        ret
rt_f:
        subq    $8, %rsp
        call    caml_raise_exn
.Lf_ret:
        addq    $8, %rsp
        ret

        .globl  rt_code_end
rt_code_end:

        .data
        .align  8
        .globl  caml_frametable
caml_frametable:
        .quad   rt_frametable
        .quad   0

        .globl  caml_code_segments
caml_code_segments:
        .quad   rt_code_begin, rt_code_end
        .quad   0, 0

        /* static closures: black headers (no naked pointers, see GC) */
        .quad   (2 << 10) | (3 << 8) | 247
        .globl  rt_build_list_closure
rt_build_list_closure:
        .quad   rt_build_list
        .quad   (1 << 56) | (2 << 1) | 1
        .quad   (2 << 10) | (3 << 8) | 247
        .globl  rt_deep_closure
rt_deep_closure:
        .quad   rt_deep
        .quad   (1 << 56) | (2 << 1) | 1

        .quad   (2 << 10) | (3 << 8) | 247
        .globl  rt_try_closure
rt_try_closure:
        .quad   rt_try
        .quad   (1 << 56) | (2 << 1) | 1
        .quad   (2 << 10) | (3 << 8) | 247
        .globl  rt_raise_closure
rt_raise_closure:
        .quad   rt_raise
        .quad   (1 << 56) | (2 << 1) | 1

        .quad   (2 << 10) | (3 << 8) | 247
        .globl  rt_g_closure
rt_g_closure:
        .quad   rt_g
        .quad   (1 << 56) | (2 << 1) | 1

rt_frametable:
        .quad   9
        .quad   .Lg_ret
        .value  16 | 1, 0           /* flag 1: debug info follows */
        .align  4
        .long   .Ldbg_g - .
        .align  8
        .quad   .Lf_ret
        .value  16 | 1, 0
        .align  4
        .long   .Ldbg_f - .
        .align  8
        .quad   .Ltry_ret
        .value  32, 0
        .align  8
        .quad   .Lprog_ret
        .value  16, 0
        .align  8
        .quad   .Ltramp_ret
        .value  16, 0
        .align  8
        .quad   .Lbl_ret
        .value  32, 1, 0
        .align  8
        .quad   .Lbl_gc_ret
        .value  32 | 2, 2, 1, 0     /* alloc frame; rax (reg 0), slot 0 */
        .byte   1, 1                /* one allocation of wosize 2 (stored as 1) */
        .align  8
        .quad   .Ldeep_ret
        .value  32, 1, 8
        .align  8
        .quad   .Ldeep_gc_ret
        .value  32 | 2, 1, 0
        .byte   1, 1
        .align  8

        /* struct rb_debuginfo: kind, line, start/end char, file, defname */
        .align  4
.Ldbg_g:
        .long   0, 5
        .value  2, 9
        .long   .Lfile_a - .Ldbg_g, .Lname_g - .Ldbg_g
.Ldbg_f:
        .long   1, 3
        .value  8, 11
        .long   .Lfile_a - .Ldbg_f, .Lname_f - .Ldbg_f
.Lfile_a:
        .asciz  "a.ml"
.Lname_g:
        .asciz  "A.g"
.Lname_f:
        .asciz  "A.f"

        .section .note.GNU-stack, "", @progbits
