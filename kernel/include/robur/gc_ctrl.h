/*
 * gc_ctrl.h -- the Gc module's primitives (statistics, forced collections).
 */
#ifndef ROBUR_GC_CTRL_H
#define ROBUR_GC_CTRL_H

#include "mlvalues.h"

void caml_print_gc_stats(void);
CAMLprim value caml_gc_stat(value unit);
CAMLprim value caml_gc_quick_stat(value unit);
CAMLprim value caml_gc_counters(value unit);
CAMLprim value caml_gc_minor(value unit);
CAMLprim value caml_gc_major(value unit);
CAMLprim value caml_gc_full_major(value unit);
CAMLprim value caml_gc_compaction(value unit);

#endif
