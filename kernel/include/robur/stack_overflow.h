/*
 * stack_overflow.h -- turning a guard-page fault into Stack_overflow.
 *
 * A fault is recoverable when it happens in OCaml code (an address inside a
 * registered code segment) or at the stack probes of caml_call_gc and
 * caml_c_call, where the runtime state is consistent.
 */
#ifndef ROBUR_STACK_OVERFLOW_H
#define ROBUR_STACK_OVERFLOW_H

#include "mlvalues.h"

struct caml_code_segment {
  const char *begin, *end;
};
/* Link time: NULL-terminated {begin, end} pairs, one per OCaml module. */
extern const struct caml_code_segment caml_code_segments[];
void caml_register_code_fragment(const char *begin, const char *end);
void caml_unregister_code_fragment(const char *begin);
int caml_is_ocaml_code(uintnat pc);
void caml_init_stack_overflow(void);

#endif
