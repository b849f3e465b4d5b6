/*
 * str.h -- string and bytes primitives.
 */
#ifndef ROBUR_STR_H
#define ROBUR_STR_H

#include "mlvalues.h"

CAMLprim value caml_ml_string_length(value s);
CAMLprim value caml_create_bytes(value len);
CAMLprim value caml_string_equal(value s1, value s2);
CAMLprim value caml_string_compare(value s1, value s2);
CAMLprim value caml_blit_bytes(value s1, value ofs1, value s2, value ofs2, value n);
CAMLprim value caml_fill_bytes(value s, value ofs, value len, value c);

#endif
