/*
 * ints.h -- integer primitives: formatting, parsing, boxed Int32/Int64/
 * Nativeint (custom blocks "_i", "_j", "_n").
 */
#ifndef ROBUR_INTS_H
#define ROBUR_INTS_H

#include "mlvalues.h"

CAMLprim value caml_format_int(value fmt, value arg);
CAMLprim value caml_int_of_string(value s);

#endif
