/*
 * sys.h -- the Sys module's primitives on a machine without a file system.
 */
#ifndef ROBUR_SYS_H
#define ROBUR_SYS_H

#include "mlvalues.h"

CAMLprim value caml_sys_exit(value code);
CAMLprim value caml_sys_argv(value unit);
CAMLprim value caml_sys_time(value unit);
double caml_sys_time_unboxed(value unit);
CAMLprim value caml_sys_random_seed(value unit);

#endif
