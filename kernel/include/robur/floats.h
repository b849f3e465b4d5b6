/*
 * floats.h -- float primitives and the libm subset the runtime provides.
 */
#ifndef ROBUR_FLOATS_H
#define ROBUR_FLOATS_H

#include "mlvalues.h"

double rb_sqrt(double x);
double rb_floor(double x);
double rb_ceil(double x);
double rb_trunc(double x);
double rb_round(double x);
double rb_fmod(double x, double y);
double rb_exp(double x);
double rb_log(double x);
double rb_pow(double x, double y);
double rb_ldexp(double x, int e);
double rb_frexp(double x, int *e);

CAMLprim value caml_float_of_string(value s);
CAMLprim value caml_format_float(value fmt, value x);
CAMLprim value caml_float_compare(value a, value b);

#endif
