/*
 * backtrace.h -- exception backtraces (Printexc.record_backtrace).
 *
 * When recording is on, every raise stores the frame descriptors between the
 * raise point and its handler (a re-raise of the same exception appends);
 * locations come from the debug info of the descriptors (docs/runtime.md,
 * "Frame tables").
 */
#ifndef ROBUR_BACKTRACE_H
#define ROBUR_BACKTRACE_H

#include "mlvalues.h"

/* The debug info a frame descriptor with flag 1 points to. */
struct rb_debuginfo {
  uint32_t kind;        /* bit 0: a raise (else a call); bit 1: inlined */
  uint32_t line;
  uint16_t start_char, end_char;
  int32_t filename;     /* byte offset from this record to a C string */
  int32_t defname;      /* likewise: the function's name, e.g. "A.f" */
};

/* Called by caml_raise_exn (amd64.S) and caml_raise: pc/sp of the raising
   frame, trapsp the handler's trap frame. */
void caml_stash_backtrace(value exn, uintnat pc, char *sp, char *trapsp);
/* Prints the recorded backtrace on stderr, as OCaml's runtime does. */
void caml_print_exception_backtrace(void);

CAMLprim value caml_record_backtrace(value flag);
CAMLprim value caml_backtrace_status(value unit);

#endif
