/*
 * domain_state.h -- the runtime state that generated code reaches through r14.
 *
 * OCaml code keeps a pointer to this struct in r14 and the minor-heap
 * allocation pointer in r15 (young_ptr is only up to date in memory while C
 * code runs).  Offsets are fixed: generated code and amd64.S use the DS_*
 * constants below, C uses the struct; a static assertion in domain.c keeps
 * them in agreement.  Inline allocation from OCaml code is
 *       sub $BYTES, %r15 ; cmp DS_YOUNG_LIMIT(%r14), %r15 ; jb <call caml_call_gc>
 */
#ifndef ROBUR_DOMAIN_STATE_H
#define ROBUR_DOMAIN_STATE_H

#define DS_YOUNG_LIMIT 0         /* lowest legal young_ptr; raised to force a GC */
#define DS_YOUNG_PTR 8           /* allocation pointer (copy of r15 while in C) */
#define DS_EXCEPTION_POINTER 16  /* rsp of the innermost OCaml trap frame */
#define DS_YOUNG_START 24        /* minor heap bounds [start, end) */
#define DS_YOUNG_END 32
#define DS_BOTTOM_OF_STACK 40    /* sp of the last OCaml frame that called C */
#define DS_LAST_RETURN_ADDRESS 48 /* its return address (frame-table key) */
#define DS_GC_REGS 56            /* registers saved by caml_call_gc */
#define DS_LOCAL_ROOTS 64        /* C local roots (CAMLparam/CAMLlocal) */
#define DS_BACKTRACE_POS 72
#define DS_BACKTRACE_ACTIVE 80
#define DS_YOUNG_TRIGGER 88      /* the real limit when young_limit is raised */
#define DS_STACK_LOW 96          /* lowest usable stack address (guard above) */
#define DS_STACK_HIGH 104        /* top of the stack */
#define DS_EXN_HANDLER_SAVED 112 /* scratch for the fault hook */
#define DS_SIZE 128

#ifndef __ASSEMBLER__
#include "mlvalues.h"

struct caml__roots_block;

struct caml_domain_state {
  value *young_limit;
  value *young_ptr;
  char *exception_pointer;
  value *young_start;
  value *young_end;
  char *bottom_of_stack;
  uintnat last_return_address;
  value *gc_regs;
  struct caml__roots_block *local_roots;
  intnat backtrace_pos;
  intnat backtrace_active;
  value *young_trigger;
  char *stack_low;
  char *stack_high;
  uintnat scratch;
  uintnat pad;
};

extern struct caml_domain_state *Caml_state;

/* A callback link, pushed by caml_start_program below its trap frame, lets
   the stack walk skip C frames between two stretches of OCaml frames. */
struct caml_context {
  char *bottom_of_stack;
  uintnat last_retaddr;
  value *gc_regs;
};
#endif

#endif
