/*
 * array.h -- array primitives (generic arrays and flat float arrays).
 */
#ifndef ROBUR_ARRAY_H
#define ROBUR_ARRAY_H

#include "mlvalues.h"

CAMLprim value caml_make_vect(value len, value init);
CAMLprim value caml_make_float_vect(value len);
CAMLprim value caml_array_sub(value a, value ofs, value len);
CAMLprim value caml_array_append(value a1, value a2);
CAMLprim value caml_array_concat(value list);
CAMLprim value caml_array_blit(value a1, value ofs1, value a2, value ofs2, value n);

#endif
