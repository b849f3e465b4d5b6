/*
 * alloc.h -- allocating blocks from C.
 *
 * caml_alloc_small(wosize, tag) takes 1..Max_young_wosize words from the minor
 * heap and leaves the fields uninitialised (fill them before the next
 * allocation).  caml_alloc(wosize, tag) picks the minor or the major heap and
 * initialises scannable fields to Val_unit.  caml_alloc_shr allocates
 * directly in the major heap (fields uninitialised: use caml_initialize).
 * Every allocation may run the GC and may raise Out_of_memory.
 */
#ifndef ROBUR_ALLOC_H
#define ROBUR_ALLOC_H

#include "mlvalues.h"

#define Max_young_wosize 256

value caml_alloc_small(mlsize_t wosize, tag_t tag);
value caml_alloc(mlsize_t wosize, tag_t tag);
value caml_alloc_shr(mlsize_t wosize, tag_t tag);
value caml_alloc_tuple(mlsize_t n);
value caml_alloc_string(mlsize_t len);           /* uninitialised bytes */
value caml_alloc_initialized_string(mlsize_t len, const char *p);
value caml_copy_string(const char *s);
value caml_copy_double(double d);
value caml_alloc_float_array(mlsize_t len);
value caml_copy_int64(int64_t i);
value caml_copy_int32(int32_t i);
value caml_copy_nativeint(intnat i);
value caml_alloc_some(value v);
value caml_alloc_custom(const struct custom_operations *ops, mlsize_t bsz);

extern const struct custom_operations caml_int64_ops;
extern const struct custom_operations caml_int32_ops;
extern const struct custom_operations caml_nativeint_ops;

#endif
