/*
 * fail.h -- raising exceptions from C; the predefined exceptions.
 */
#ifndef ROBUR_FAIL_H
#define ROBUR_FAIL_H

#include "mlvalues.h"

/* OCaml's numbering of the predefined exceptions (id field = -index-1). */
#define OUT_OF_MEMORY_EXN 0
#define SYS_ERROR_EXN 1
#define FAILURE_EXN 2
#define INVALID_EXN 3
#define END_OF_FILE_EXN 4
#define ZERO_DIVIDE_EXN 5
#define NOT_FOUND_EXN 6
#define MATCH_FAILURE_EXN 7
#define STACK_OVERFLOW_EXN 8
#define SYS_BLOCKED_IO 9
#define ASSERT_FAILURE_EXN 10
#define UNDEFINED_RECURSIVE_MODULE_EXN 11
#define NUM_PREDEF_EXN 12

/* The constructor block (Object_tag, [name; id]); also exported to OCaml
   code as the symbols caml_exn_Out_of_memory, caml_exn_Failure, ... */
value caml_predef_exn(int i);
int caml_is_special_exception(value exn);

CAMLnoreturn void caml_raise(value exn);
CAMLnoreturn void caml_raise_constant(value tag);
CAMLnoreturn void caml_raise_with_arg(value tag, value arg);
CAMLnoreturn void caml_raise_with_string(value tag, const char *msg);
CAMLnoreturn void caml_failwith(const char *msg);
CAMLnoreturn void caml_failwith_value(value msg);
CAMLnoreturn void caml_invalid_argument(const char *msg);
CAMLnoreturn void caml_invalid_argument_value(value msg);
CAMLnoreturn void caml_raise_out_of_memory(void);
CAMLnoreturn void caml_raise_stack_overflow(void);
CAMLnoreturn void caml_raise_sys_error(value msg);
CAMLnoreturn void caml_raise_end_of_file(void);
CAMLnoreturn void caml_raise_zero_divide(void);
CAMLnoreturn void caml_raise_not_found(void);
CAMLnoreturn void caml_raise_sys_blocked_io(void);
CAMLnoreturn void caml_array_bound_error(void);

/* asm (amd64.S): jump to the innermost OCaml handler. */
CAMLnoreturn void caml_raise_exception(void *state, value exn);

#endif
