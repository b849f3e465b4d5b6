/*
 * amd64.S -- the glue between OCaml code and the C runtime.
 *
 * Register conventions of OCaml code (see docs/runtime.md, "Calling convention"):
 *   r14 = pointer to the domain state (domain_state.h), r15 = young_ptr;
 *   arguments in rax rbx rdi rsi rdx rcx r8 r9 r12 r13, then on the stack;
 *   result in rax; every register is caller-saved across OCaml calls;
 *   rsp is 16-byte aligned at every call instruction.
 *
 * Entry points:
 *   caml_start_program(state)          C -> OCaml: run caml_program.
 *   caml_callback_asm(state, clos, args) C -> OCaml: apply a closure to args[0].
 *     Both save the C callee-saved registers, push a callback link
 *     (bottom_of_stack, last_return_address, gc_regs: struct caml_context) and a
 *     trap frame, and return the result, or the exception with bit 1 set.
 *   caml_call_gc                       allocation slow path (r15 already lowered).
 *   caml_alloc1/2/3, caml_allocN       out-of-line allocation.
 *   caml_c_call                        OCaml -> C primitive whose address is in rax.
 *   caml_raise_exn                     raise rax from OCaml code.
 *   caml_raise_exception(state, exn)   raise from C.
 *   caml_ml_array_bound_error          raise Invalid_argument "index out of bounds".
 *
 * Trap frame (16 bytes, on the OCaml stack):  [rsp] = previous exception
 * pointer, [rsp+8] = handler address; DS_EXCEPTION_POINTER holds its rsp.
 * A raise is: rsp = exception_pointer; pop exception_pointer; ret.
 */
#include "robur/domain_state.h"

/* Bytes below rsp touched before entering C, so that a stack overflow is
   detected at a point where the runtime state is consistent (must stay
   below the size of the guard page). */
#define STACK_PROBE 3072

        .weak   caml_program
        .text

/* ---------------------------------------------------------------- GC entry */
        .globl  caml_call_gc
        .type   caml_call_gc, @function
        .align  16
caml_call_gc:
        .globl  caml_call_gc_probe
caml_call_gc_probe:
        testq   %rax, -STACK_PROBE(%rsp)
        /* gc_regs[] order: rax rbx rdi rsi rdx rcx r8 r9 r12 r13 r10 r11 rbp */
        pushq   %rbp
        pushq   %r11
        pushq   %r10
        pushq   %r13
        pushq   %r12
        pushq   %r9
        pushq   %r8
        pushq   %rcx
        pushq   %rdx
        pushq   %rsi
        pushq   %rdi
        pushq   %rbx
        pushq   %rax
        movq    %rsp, DS_GC_REGS(%r14)
        movq    104(%rsp), %rax
        movq    %rax, DS_LAST_RETURN_ADDRESS(%r14)
        leaq    112(%rsp), %rax
        movq    %rax, DS_BOTTOM_OF_STACK(%r14)
        movq    %r15, DS_YOUNG_PTR(%r14)
        /* Align the C stack whatever the caller did; rbp keeps the old rsp. */
        movq    %rsp, %rbp
        andq    $-16, %rsp
        subq    $256, %rsp
        movdqa  %xmm0, 0(%rsp)
        movdqa  %xmm1, 16(%rsp)
        movdqa  %xmm2, 32(%rsp)
        movdqa  %xmm3, 48(%rsp)
        movdqa  %xmm4, 64(%rsp)
        movdqa  %xmm5, 80(%rsp)
        movdqa  %xmm6, 96(%rsp)
        movdqa  %xmm7, 112(%rsp)
        movdqa  %xmm8, 128(%rsp)
        movdqa  %xmm9, 144(%rsp)
        movdqa  %xmm10, 160(%rsp)
        movdqa  %xmm11, 176(%rsp)
        movdqa  %xmm12, 192(%rsp)
        movdqa  %xmm13, 208(%rsp)
        movdqa  %xmm14, 224(%rsp)
        movdqa  %xmm15, 240(%rsp)
        call    caml_garbage_collection
        movdqa  0(%rsp), %xmm0
        movdqa  16(%rsp), %xmm1
        movdqa  32(%rsp), %xmm2
        movdqa  48(%rsp), %xmm3
        movdqa  64(%rsp), %xmm4
        movdqa  80(%rsp), %xmm5
        movdqa  96(%rsp), %xmm6
        movdqa  112(%rsp), %xmm7
        movdqa  128(%rsp), %xmm8
        movdqa  144(%rsp), %xmm9
        movdqa  160(%rsp), %xmm10
        movdqa  176(%rsp), %xmm11
        movdqa  192(%rsp), %xmm12
        movdqa  208(%rsp), %xmm13
        movdqa  224(%rsp), %xmm14
        movdqa  240(%rsp), %xmm15
        movq    %rbp, %rsp
        movq    DS_YOUNG_PTR(%r14), %r15
        popq    %rax
        popq    %rbx
        popq    %rdi
        popq    %rsi
        popq    %rdx
        popq    %rcx
        popq    %r8
        popq    %r9
        popq    %r12
        popq    %r13
        popq    %r10
        popq    %r11
        popq    %rbp
        ret
        .size   caml_call_gc, .-caml_call_gc

/* r15 already lowered by the caller; the frame descriptor of the caller's
   call gives the allocation sizes, exactly as for an inline allocation. */
        .globl  caml_allocN
        .type   caml_allocN, @function
caml_allocN:
        cmpq    DS_YOUNG_LIMIT(%r14), %r15
        jb      caml_call_gc
        ret
        .size   caml_allocN, .-caml_allocN

        .globl  caml_alloc1
        .type   caml_alloc1, @function
caml_alloc1:
        subq    $16, %r15
        jmp     caml_allocN
        .size   caml_alloc1, .-caml_alloc1

        .globl  caml_alloc2
        .type   caml_alloc2, @function
caml_alloc2:
        subq    $24, %r15
        jmp     caml_allocN
        .size   caml_alloc2, .-caml_alloc2

        .globl  caml_alloc3
        .type   caml_alloc3, @function
caml_alloc3:
        subq    $32, %r15
        jmp     caml_allocN
        .size   caml_alloc3, .-caml_alloc3

/* ------------------------------------------------------------ C primitives */
        .globl  caml_c_call
        .type   caml_c_call, @function
        .align  16
caml_c_call:
        .globl  caml_c_call_probe
caml_c_call_probe:
        cmpq    $0, -STACK_PROBE(%rsp)
        popq    %r12
        movq    %r12, DS_LAST_RETURN_ADDRESS(%r14)
        movq    %rsp, DS_BOTTOM_OF_STACK(%r14)
        movq    %r15, DS_YOUNG_PTR(%r14)
        call    *%rax
        movq    DS_YOUNG_PTR(%r14), %r15
        pushq   %r12
        ret
        .size   caml_c_call, .-caml_c_call

/* ------------------------------------------------------ entering OCaml code */
        .macro  PUSH_CALLEE_SAVED
        pushq   %rbx
        pushq   %rbp
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        .endm

        .globl  caml_start_program
        .type   caml_start_program, @function
        .align  16
caml_start_program:
        PUSH_CALLEE_SAVED
        movq    %rdi, %r14
        leaq    caml_program(%rip), %r12
        jmp     .Lstart_code
        .size   caml_start_program, .-caml_start_program

        .globl  caml_callback_asm
        .type   caml_callback_asm, @function
        .align  16
caml_callback_asm:
        PUSH_CALLEE_SAVED
        movq    %rdi, %r14
        movq    %rsi, %rbx
        movq    0(%rdx), %rax
        movq    0(%rbx), %r12
.Lstart_code:
        /* callback link (struct caml_context) */
        pushq   DS_GC_REGS(%r14)
        pushq   DS_LAST_RETURN_ADDRESS(%r14)
        pushq   DS_BOTTOM_OF_STACK(%r14)
        movq    DS_YOUNG_PTR(%r14), %r15
        /* trap frame */
        leaq    .Lhandler(%rip), %r13
        pushq   %r13
        pushq   DS_EXCEPTION_POINTER(%r14)
        movq    %rsp, DS_EXCEPTION_POINTER(%r14)
        call    *%r12
.Lret_from_ocaml:
        popq    DS_EXCEPTION_POINTER(%r14)
        popq    %r12
.Lreturn:
        movq    %r15, DS_YOUNG_PTR(%r14)
        popq    DS_BOTTOM_OF_STACK(%r14)
        popq    DS_LAST_RETURN_ADDRESS(%r14)
        popq    DS_GC_REGS(%r14)
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbp
        popq    %rbx
        ret
.Lhandler:
        orq     $2, %rax
        jmp     .Lreturn
        .size   caml_callback_asm, .-caml_callback_asm

/* --------------------------------------------------------------- exceptions */
        .globl  caml_raise_exn
        .type   caml_raise_exn, @function
        .align  16
caml_raise_exn:
        cmpq    $0, DS_BACKTRACE_ACTIVE(%r14)
        jne     .Lraise_bt
.Lraise:
        movq    DS_EXCEPTION_POINTER(%r14), %rsp
        popq    DS_EXCEPTION_POINTER(%r14)
        ret
.Lraise_bt:
        /* record the frames from the caller of caml_raise_exn up to the
           handler: caml_stash_backtrace(exn, pc, sp, trapsp) */
        movq    %rax, %r12
        movq    %rax, %rdi
        movq    0(%rsp), %rsi
        leaq    8(%rsp), %rdx
        movq    DS_EXCEPTION_POINTER(%r14), %rcx
        andq    $-16, %rsp
        call    caml_stash_backtrace
        movq    %r12, %rax
        jmp     .Lraise
        .size   caml_raise_exn, .-caml_raise_exn

        .globl  caml_raise_exception
        .type   caml_raise_exception, @function
caml_raise_exception:
        movq    %rdi, %r14
        movq    %rsi, %rax
        movq    DS_YOUNG_PTR(%r14), %r15
        movq    DS_EXCEPTION_POINTER(%r14), %rsp
        popq    DS_EXCEPTION_POINTER(%r14)
        ret
        .size   caml_raise_exception, .-caml_raise_exception

        .globl  caml_ml_array_bound_error
        .type   caml_ml_array_bound_error, @function
caml_ml_array_bound_error:
        leaq    caml_array_bound_error(%rip), %rax
        jmp     caml_c_call
        .size   caml_ml_array_bound_error, .-caml_ml_array_bound_error

/* ----------------------------------------------------- the runtime's frames */
        .section .data.rel.ro, "aw"
        .globl  caml_system_frametable
        .align  8
caml_system_frametable:
        .quad   1
        .quad   .Lret_from_ocaml
        .value  -1              /* frame size 0xFFFF: a callback link follows */
        .value  0
        .align  8

        .section .note.GNU-stack, "", @progbits
