/*
 * alloc.c -- allocating blocks from C.
 *
 * Small blocks come from the minor heap exactly as generated code gets them
 * (young_ptr goes down; below young_limit the slow path collects, or counts
 * the allocation in stress mode); bigger ones from the major heap.  Blocks of
 * size 0 are the static atoms.
 */
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/minor_gc.h"
#include "robur/major_gc.h"
#include "robur/fail.h"
#include "robur/mem.h"

value caml_alloc_small(mlsize_t wosize, tag_t tag)
{
  uintnat whsize = wosize + 1;
  value *p = Caml_state->young_ptr - whsize;
  if (p < Caml_state->young_limit) {
    caml_alloc_small_dispatch(whsize);
    p = Caml_state->young_ptr;
  } else {
    Caml_state->young_ptr = p;
  }
  *p = Make_header(wosize, tag, Caml_white);
  return (value)(p + 1);
}

value caml_alloc_shr(mlsize_t wosize, tag_t tag)
{
  if (wosize > Max_wosize) caml_raise_out_of_memory();
  value v = caml_heap_alloc(wosize, tag);
  if (v == 0 && caml_heap_expand(wosize + 1)) v = caml_heap_alloc(wosize, tag);
  if (v == 0) {
    caml_full_major();
    v = caml_heap_alloc(wosize, tag);
  }
  if (v == 0) caml_raise_out_of_memory();
  caml_heap_stats.alloc_since_major += wosize + 1;
  caml_minor_stats.major_words += (double)(wosize + 1);
  return v;
}

value caml_alloc(mlsize_t wosize, tag_t tag)
{
  value v;
  if (wosize == 0) return Atom(tag);
  if (wosize <= Max_young_wosize) {
    v = caml_alloc_small(wosize, tag);
    if (tag < No_scan_tag)
      for (mlsize_t i = 0; i < wosize; i++) Field(v, i) = Val_unit;
  } else {
    v = caml_alloc_shr(wosize, tag);
    if (tag < No_scan_tag)
      for (mlsize_t i = 0; i < wosize; i++) Field(v, i) = Val_unit;
  }
  return v;
}

value caml_alloc_tuple(mlsize_t n) { return caml_alloc(n, 0); }

value caml_alloc_string(mlsize_t len)
{
  mlsize_t wosize = (len + sizeof(value)) / sizeof(value);
  value s;
  if (wosize <= Max_young_wosize)
    s = caml_alloc_small(wosize, String_tag);
  else
    s = caml_alloc_shr(wosize, String_tag);
  Field(s, wosize - 1) = 0;
  mlsize_t last = Bsize_wsize(wosize) - 1;
  Byte(s, last) = (char)(last - len);
  return s;
}

value caml_alloc_initialized_string(mlsize_t len, const char *p)
{
  value s = caml_alloc_string(len);
  rb_memcpy(Bytes_val(s), p, len);
  return s;
}

value caml_copy_string(const char *s)
{
  return caml_alloc_initialized_string(rb_strlen(s), s);
}

value caml_copy_double(double d)
{
  value v = caml_alloc_small(Double_wosize, Double_tag);
  Store_double_val(v, d);
  return v;
}

value caml_alloc_float_array(mlsize_t len)
{
  if (len == 0) return Atom(0);
  if (len <= Max_young_wosize) return caml_alloc_small(len, Double_array_tag);
  return caml_alloc_shr(len, Double_array_tag);
}

value caml_alloc_some(value v)
{
  CAMLparam1(v);
  value r = caml_alloc_small(1, 0);
  Field(r, 0) = v;
  CAMLreturn(r);
}

value caml_alloc_custom(const struct custom_operations *ops, mlsize_t bsz)
{
  mlsize_t wosize = 1 + (bsz + sizeof(value) - 1) / sizeof(value);
  value v = wosize <= Max_young_wosize ? caml_alloc_small(wosize, Custom_tag)
                                       : caml_alloc_shr(wosize, Custom_tag);
  Custom_ops_val(v) = (struct custom_operations *)ops;
  return v;
}

value caml_copy_int64(int64_t i)
{
  value v = caml_alloc_custom(&caml_int64_ops, 8);
  Int64_val(v) = i;
  return v;
}

value caml_copy_int32(int32_t i)
{
  value v = caml_alloc_custom(&caml_int32_ops, 4);
  Field(v, 1) = 0;
  Int32_val(v) = i;
  return v;
}

value caml_copy_nativeint(intnat i)
{
  value v = caml_alloc_custom(&caml_nativeint_ops, 8);
  Nativeint_val(v) = i;
  return v;
}
