/*
 * array.c -- array primitives.
 *
 * An array of floats is flat (Double_array_tag, one double per word) as in
 * OCaml with the flat float array option (the default): caml_make_vect picks
 * that layout when the initial element is a boxed float.  The empty array is
 * Atom(0) whatever its type.  Large arrays go to the major heap; filling one
 * with a young value first empties the minor heap, so no remembered-set
 * entry is needed (as OCaml does).  Blits into an old array go through
 * caml_modify, in the direction that is safe for overlapping ranges.
 */
#include "robur/array.h"
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/minor_gc.h"
#include "robur/fail.h"
#include "robur/mem.h"

#define Is_float_array(a) (Is_block(a) && Tag_val(a) == Double_array_tag)

CAMLprim value caml_make_vect(value len, value init)
{
  CAMLparam2(len, init);
  mlsize_t size = (mlsize_t)Long_val(len);
  value res;
  if (size == 0) CAMLreturn(Atom(0));
  if (size > Max_wosize) caml_invalid_argument("Array.make");
  if (Is_block(init) && Tag_val(init) == Double_tag) {
    double d = Double_val(init);
    res = caml_alloc_float_array(size);
    for (mlsize_t i = 0; i < size; i++) Store_double_flat_field(res, i, d);
  } else if (size <= Max_young_wosize) {
    res = caml_alloc_small(size, 0);
    for (mlsize_t i = 0; i < size; i++) Field(res, i) = init;
  } else {
    if (Is_block(init) && Is_young(init)) {
      caml_request_minor_gc();
      caml_alloc_small_dispatch(0); /* init is promoted */
    }
    res = caml_alloc_shr(size, 0);
    for (mlsize_t i = 0; i < size; i++) Field(res, i) = init;
  }
  CAMLreturn(res);
}

CAMLprim value caml_make_float_vect(value len)
{
  mlsize_t size = (mlsize_t)Long_val(len);
  if (size > Max_wosize) caml_invalid_argument("Float.Array.create");   /* as OCaml 4.13 says it */
  return caml_alloc_float_array(size);
}
CAMLprim value caml_floatarray_create(value len) { return caml_make_float_vect(len); }

/* Copy pieces of arrays into a fresh array. */
static value gather(int n, value *arrays, mlsize_t *ofs, mlsize_t *lens)
{
  mlsize_t size = 0;
  int isfloat = 0;
  for (int i = 0; i < n; i++) {
    size += lens[i];
    if (Is_float_array(arrays[i])) isfloat = 1;
  }
  if (size == 0) return Atom(0);
  value res;
  if (isfloat) {
    if (size > Max_wosize) caml_invalid_argument("Array.concat");
    res = caml_alloc_float_array(size);
    mlsize_t pos = 0;
    for (int i = 0; i < n; i++) {
      rb_memcpy((double *)res + pos, (double *)arrays[i] + ofs[i], lens[i] * sizeof(double));
      pos += lens[i];
    }
  } else if (size <= Max_young_wosize) {
    res = caml_alloc_small(size, 0);
    mlsize_t pos = 0;
    for (int i = 0; i < n; i++) {
      rb_memcpy(&Field(res, pos), &Field(arrays[i], ofs[i]), lens[i] * sizeof(value));
      pos += lens[i];
    }
  } else {
    if (size > Max_wosize) caml_invalid_argument("Array.concat");
    res = caml_alloc_shr(size, 0);
    mlsize_t pos = 0;
    for (int i = 0; i < n; i++)
      for (mlsize_t j = 0; j < lens[i]; j++) caml_initialize(&Field(res, pos++), Field(arrays[i], ofs[i] + j));
  }
  return res;
}

CAMLprim value caml_array_sub(value a, value ofs, value len)
{
  CAMLparam1(a);
  mlsize_t o = (mlsize_t)Long_val(ofs), l = (mlsize_t)Long_val(len);
  CAMLreturn(gather(1, &a, &o, &l));
}
CAMLprim value caml_floatarray_sub(value a, value ofs, value len) { return caml_array_sub(a, ofs, len); }

CAMLprim value caml_array_append(value a1, value a2)
{
  CAMLparam2(a1, a2);
  CAMLlocalN(arrs, 2);
  arrs[0] = a1;
  arrs[1] = a2;
  mlsize_t ofs[2] = {0, 0};
  mlsize_t lens[2] = {Wosize_val(a1), Wosize_val(a2)};
  CAMLreturn(gather(2, arrs, ofs, lens));
}
CAMLprim value caml_floatarray_append(value a1, value a2) { return caml_array_append(a1, a2); }

CAMLprim value caml_array_concat(value list)
{
  CAMLparam1(list);
  CAMLlocal2(res, l);
  mlsize_t size = 0;
  int isfloat = 0;
  for (l = list; l != Val_emptylist; l = Field(l, 1)) {
    size += Wosize_val(Field(l, 0));
    if (Is_float_array(Field(l, 0))) isfloat = 1;
  }
  if (size == 0) CAMLreturn(Atom(0));
  if (size > Max_wosize) caml_invalid_argument("Array.concat");
  if (isfloat)
    res = caml_alloc_float_array(size);
  else if (size <= Max_young_wosize)
    res = caml_alloc_small(size, 0);
  else
    res = caml_alloc_shr(size, 0);
  mlsize_t pos = 0;
  for (l = list; l != Val_emptylist; l = Field(l, 1)) {
    value a = Field(l, 0);
    mlsize_t n = Wosize_val(a);
    if (isfloat || size <= Max_young_wosize)
      rb_memcpy(&Field(res, pos), &Field(a, 0), n * sizeof(value));
    else
      for (mlsize_t j = 0; j < n; j++) caml_initialize(&Field(res, pos + j), Field(a, j));
    pos += n;
  }
  CAMLreturn(res);
}

CAMLprim value caml_array_blit(value a1, value ofs1, value a2, value ofs2, value n)
{
  intnat o1 = Long_val(ofs1), o2 = Long_val(ofs2), len = Long_val(n);
  if (len <= 0) return Val_unit;
  if (Is_float_array(a2)) {
    rb_memmove((double *)a2 + o2, (double *)a1 + o1, (size_t)len * sizeof(double));
    return Val_unit;
  }
  if (Is_young(a2)) {
    rb_memmove(&Field(a2, o2), &Field(a1, o1), (size_t)len * sizeof(value));
    return Val_unit;
  }
  if (a1 == a2 && o1 < o2) {
    for (intnat i = len - 1; i >= 0; i--) caml_modify(&Field(a2, o2 + i), Field(a1, o1 + i));
  } else {
    for (intnat i = 0; i < len; i++) caml_modify(&Field(a2, o2 + i), Field(a1, o1 + i));
  }
  return Val_unit;
}
CAMLprim value caml_floatarray_blit(value a1, value o1, value a2, value o2, value n)
{
  return caml_array_blit(a1, o1, a2, o2, n);
}

CAMLprim value caml_array_fill(value a, value ofs, value len, value v)
{
  intnat o = Long_val(ofs), l = Long_val(len);
  if (Is_float_array(a)) {
    double d = Double_val(v);
    for (intnat i = 0; i < l; i++) Store_double_flat_field(a, o + i, d);
  } else if (Is_young(a)) {
    for (intnat i = 0; i < l; i++) Field(a, o + i) = v;
  } else {
    for (intnat i = 0; i < l; i++) caml_modify(&Field(a, o + i), v);
  }
  return Val_unit;
}
CAMLprim value caml_floatarray_fill(value a, value ofs, value len, value v)
{
  return caml_array_fill(a, ofs, len, v);
}

static mlsize_t index_of(value a, value i)
{
  intnat k = Long_val(i);
  if (k < 0 || (mlsize_t)k >= Wosize_val(a)) caml_array_bound_error();
  return (mlsize_t)k;
}

CAMLprim value caml_array_unsafe_get(value a, value i)
{
  if (Is_float_array(a)) return caml_copy_double(Double_flat_field(a, Long_val(i)));
  return Field(a, Long_val(i));
}
CAMLprim value caml_array_get(value a, value i)
{
  index_of(a, i);
  return caml_array_unsafe_get(a, i);
}
CAMLprim value caml_array_unsafe_set(value a, value i, value v)
{
  if (Is_float_array(a))
    Store_double_flat_field(a, Long_val(i), Double_val(v));
  else
    caml_modify(&Field(a, Long_val(i)), v);
  return Val_unit;
}
CAMLprim value caml_array_set(value a, value i, value v)
{
  index_of(a, i);
  return caml_array_unsafe_set(a, i, v);
}
CAMLprim value caml_array_get_addr(value a, value i) { return Field(a, index_of(a, i)); }
CAMLprim value caml_array_set_addr(value a, value i, value v)
{
  caml_modify(&Field(a, index_of(a, i)), v);
  return Val_unit;
}
CAMLprim value caml_floatarray_get(value a, value i)
{
  return caml_copy_double(Double_flat_field(a, index_of(a, i)));
}
CAMLprim value caml_array_get_float(value a, value i) { return caml_floatarray_get(a, i); }
CAMLprim value caml_floatarray_set(value a, value i, value v)
{
  Store_double_flat_field(a, index_of(a, i), Double_val(v));
  return Val_unit;
}
CAMLprim value caml_array_set_float(value a, value i, value v) { return caml_floatarray_set(a, i, v); }
CAMLprim value caml_floatarray_unsafe_get(value a, value i)
{
  return caml_copy_double(Double_flat_field(a, Long_val(i)));
}
CAMLprim value caml_floatarray_unsafe_set(value a, value i, value v)
{
  Store_double_flat_field(a, Long_val(i), Double_val(v));
  return Val_unit;
}
