/*
 * fail.c -- raising exceptions from C, and the predefined exceptions.
 *
 * The twelve predefined exception constructors are static blocks
 * (Object_tag, fields: name string, id = -index-1, as ocamlopt numbers them),
 * black so the GC leaves them alone.  The symbols caml_exn_<Name> label their
 * first field, as in OCaml, so generated code can raise them directly.
 *
 * caml_raise unwinds to the innermost OCaml trap frame: C local-root frames
 * that lie below that handler on the stack are dropped first.  With no OCaml
 * handler at all (an exception escaping rb_main's own C code) the exception
 * is fatal.
 */
#include "robur/fail.h"
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/printexc.h"
#include "robur/backtrace.h"

RB_STATIC_STRING(s_oom, "Out_of_memory");
RB_STATIC_STRING(s_sys_error, "Sys_error");
RB_STATIC_STRING(s_failure, "Failure");
RB_STATIC_STRING(s_invalid, "Invalid_argument");
RB_STATIC_STRING(s_eof, "End_of_file");
RB_STATIC_STRING(s_zero, "Division_by_zero");
RB_STATIC_STRING(s_not_found, "Not_found");
RB_STATIC_STRING(s_match, "Match_failure");
RB_STATIC_STRING(s_stack, "Stack_overflow");
RB_STATIC_STRING(s_blocked, "Sys_blocked_io");
RB_STATIC_STRING(s_assert, "Assert_failure");
RB_STATIC_STRING(s_undef, "Undefined_recursive_module");

#define EXN(i, s) \
  {Make_header(2, Object_tag, Caml_black), RB_STATIC_STRING_VAL(s), Val_long(-(i)-1)}

value caml_predef_exn_blocks[NUM_PREDEF_EXN][3] = {
    EXN(0, s_oom),       EXN(1, s_sys_error), EXN(2, s_failure),
    EXN(3, s_invalid),   EXN(4, s_eof),       EXN(5, s_zero),
    EXN(6, s_not_found), EXN(7, s_match),     EXN(8, s_stack),
    EXN(9, s_blocked),   EXN(10, s_assert),   EXN(11, s_undef),
};

#define ALIAS(name, i)                                                  \
  __asm__(".globl caml_exn_" #name "\n"                                 \
          ".set caml_exn_" #name ", caml_predef_exn_blocks + " #i " * 24 + 8\n")
ALIAS(Out_of_memory, 0);
ALIAS(Sys_error, 1);
ALIAS(Failure, 2);
ALIAS(Invalid_argument, 3);
ALIAS(End_of_file, 4);
ALIAS(Division_by_zero, 5);
ALIAS(Not_found, 6);
ALIAS(Match_failure, 7);
ALIAS(Stack_overflow, 8);
ALIAS(Sys_blocked_io, 9);
ALIAS(Assert_failure, 10);
ALIAS(Undefined_recursive_module, 11);

value caml_predef_exn(int i) { return (value)&caml_predef_exn_blocks[i][1]; }

int caml_is_special_exception(value exn)
{
  return exn == caml_predef_exn(MATCH_FAILURE_EXN) ||
         exn == caml_predef_exn(ASSERT_FAILURE_EXN) ||
         exn == caml_predef_exn(UNDEFINED_RECURSIVE_MODULE_EXN);
}

void caml_raise(value exn)
{
  if (Caml_state->backtrace_active)
    caml_stash_backtrace(exn, Caml_state->last_return_address, Caml_state->bottom_of_stack,
                         Caml_state->exception_pointer);
  if (Caml_state->exception_pointer == NULL) caml_fatal_uncaught_exception(exn);
  while (Caml_state->local_roots != NULL &&
         (char *)Caml_state->local_roots < Caml_state->exception_pointer)
    Caml_state->local_roots = Caml_state->local_roots->next;
  caml_raise_exception(Caml_state, exn);
}

void caml_raise_constant(value tag) { caml_raise(tag); }

void caml_raise_with_arg(value tag, value arg)
{
  CAMLparam2(tag, arg);
  CAMLlocal1(bucket);
  bucket = caml_alloc_small(2, 0);
  Field(bucket, 0) = tag;
  Field(bucket, 1) = arg;
  CAMLdrop;
  caml_raise(bucket);
}

void caml_raise_with_string(value tag, const char *msg)
{
  CAMLparam1(tag);
  value s = caml_copy_string(msg);
  CAMLdrop;
  caml_raise_with_arg(tag, s);
}

void caml_failwith(const char *msg)
{
  caml_raise_with_string(caml_predef_exn(FAILURE_EXN), msg);
}
void caml_failwith_value(value msg)
{
  caml_raise_with_arg(caml_predef_exn(FAILURE_EXN), msg);
}
void caml_invalid_argument(const char *msg)
{
  caml_raise_with_string(caml_predef_exn(INVALID_EXN), msg);
}
void caml_invalid_argument_value(value msg)
{
  caml_raise_with_arg(caml_predef_exn(INVALID_EXN), msg);
}
void caml_raise_out_of_memory(void) { caml_raise(caml_predef_exn(OUT_OF_MEMORY_EXN)); }
void caml_raise_stack_overflow(void) { caml_raise(caml_predef_exn(STACK_OVERFLOW_EXN)); }
void caml_raise_sys_error(value msg)
{
  caml_raise_with_arg(caml_predef_exn(SYS_ERROR_EXN), msg);
}
void caml_raise_end_of_file(void) { caml_raise(caml_predef_exn(END_OF_FILE_EXN)); }
void caml_raise_zero_divide(void) { caml_raise(caml_predef_exn(ZERO_DIVIDE_EXN)); }
void caml_raise_not_found(void) { caml_raise(caml_predef_exn(NOT_FOUND_EXN)); }
void caml_raise_sys_blocked_io(void) { caml_raise(caml_predef_exn(SYS_BLOCKED_IO)); }
void caml_array_bound_error(void) { caml_invalid_argument("index out of bounds"); }
