/*
 * compare.h -- polymorphic comparison (OCaml's compare, =, <, ...).
 */
#ifndef ROBUR_COMPARE_H
#define ROBUR_COMPARE_H

#include "mlvalues.h"

/* Negative, zero, positive; or UNORDERED (only when total == 0, a nan). */
#define UNORDERED ((intnat)((uintnat)1 << 63))
intnat caml_compare_val(value v1, value v2, int total);

CAMLprim value caml_compare(value v1, value v2);
CAMLprim value caml_equal(value v1, value v2);
CAMLprim value caml_notequal(value v1, value v2);
CAMLprim value caml_lessthan(value v1, value v2);
CAMLprim value caml_lessequal(value v1, value v2);
CAMLprim value caml_greaterthan(value v1, value v2);
CAMLprim value caml_greaterequal(value v1, value v2);
CAMLprim value caml_int_compare(value v1, value v2);

#endif
