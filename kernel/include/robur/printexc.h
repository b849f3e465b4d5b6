/*
 * printexc.h -- turning an exception into OCaml's text; the fatal error.
 */
#ifndef ROBUR_PRINTEXC_H
#define ROBUR_PRINTEXC_H

#include "mlvalues.h"

/* Writes OCaml's default rendering of exn (Printexc.to_string without
   printers) into buf (NUL-terminated, truncated to cap). */
void caml_format_exception_buf(value exn, char *buf, size_t cap);
CAMLprim value caml_format_exception(value exn);
/* "Fatal error: exception ...", at_exit processing, exit code 2. */
CAMLnoreturn void caml_fatal_uncaught_exception(value exn);

#endif
