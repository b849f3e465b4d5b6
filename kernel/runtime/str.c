/*
 * str.c -- string and bytes primitives (lengths, creation, blits, fills,
 * comparisons, indexed access with bounds checks, 16/32/64-bit loads and
 * stores).  The length of a string is its byte size minus the padding
 * count stored in its last byte (mlvalues.h).
 */
#include "robur/str.h"
#include "robur/alloc.h"
#include "robur/fail.h"
#include "robur/mem.h"

mlsize_t caml_string_length(value s)
{
  mlsize_t b = Bosize_val(s) - 1;
  return b - Byte_u(s, b);
}

CAMLprim value caml_ml_string_length(value s) { return Val_long(caml_string_length(s)); }
CAMLprim value caml_ml_bytes_length(value s) { return Val_long(caml_string_length(s)); }

CAMLprim value caml_create_bytes(value len)
{
  mlsize_t n = (mlsize_t)Long_val(len);
  if (n > Bsize_wsize(Max_wosize) - 1) caml_invalid_argument("Bytes.create");
  return caml_alloc_string(n);
}
CAMLprim value caml_create_string(value len)
{
  mlsize_t n = (mlsize_t)Long_val(len);
  if (n > Bsize_wsize(Max_wosize) - 1) caml_invalid_argument("String.create");
  return caml_alloc_string(n);
}

CAMLprim value caml_blit_bytes(value s1, value ofs1, value s2, value ofs2, value n)
{
  rb_memmove(Bytes_val(s2) + Long_val(ofs2), Bytes_val(s1) + Long_val(ofs1),
             (size_t)Long_val(n));
  return Val_unit;
}
CAMLprim value caml_blit_string(value s1, value ofs1, value s2, value ofs2, value n)
{
  return caml_blit_bytes(s1, ofs1, s2, ofs2, n);
}

CAMLprim value caml_fill_bytes(value s, value ofs, value len, value c)
{
  rb_memset(Bytes_val(s) + Long_val(ofs), (int)Long_val(c), (size_t)Long_val(len));
  return Val_unit;
}
CAMLprim value caml_fill_string(value s, value ofs, value len, value c)
{
  return caml_fill_bytes(s, ofs, len, c);
}

/* -------------------------------------------------------------- compare */

CAMLprim value caml_string_equal(value s1, value s2)
{
  if (s1 == s2) return Val_true;
  mlsize_t w = Wosize_val(s1);
  if (w != Wosize_val(s2)) return Val_false;
  for (mlsize_t i = 0; i < w; i++)
    if (Field(s1, i) != Field(s2, i)) return Val_false;
  return Val_true;
}
CAMLprim value caml_string_notequal(value s1, value s2)
{
  return Val_bool(caml_string_equal(s1, s2) == Val_false);
}

static intnat cmp(value s1, value s2)
{
  if (s1 == s2) return 0;
  mlsize_t l1 = caml_string_length(s1), l2 = caml_string_length(s2);
  int r = rb_memcmp(String_val(s1), String_val(s2), l1 <= l2 ? l1 : l2);
  if (r != 0) return r;
  return l1 < l2 ? -1 : (l1 > l2 ? 1 : 0);
}

CAMLprim value caml_string_compare(value s1, value s2)
{
  intnat r = cmp(s1, s2);
  return Val_int(r < 0 ? -1 : (r > 0 ? 1 : 0));
}
CAMLprim value caml_string_lessthan(value a, value b) { return Val_bool(cmp(a, b) < 0); }
CAMLprim value caml_string_lessequal(value a, value b) { return Val_bool(cmp(a, b) <= 0); }
CAMLprim value caml_string_greaterthan(value a, value b) { return Val_bool(cmp(a, b) > 0); }
CAMLprim value caml_string_greaterequal(value a, value b) { return Val_bool(cmp(a, b) >= 0); }
CAMLprim value caml_bytes_equal(value a, value b) { return caml_string_equal(a, b); }
CAMLprim value caml_bytes_notequal(value a, value b) { return caml_string_notequal(a, b); }
CAMLprim value caml_bytes_compare(value a, value b) { return caml_string_compare(a, b); }
CAMLprim value caml_bytes_lessthan(value a, value b) { return caml_string_lessthan(a, b); }
CAMLprim value caml_bytes_lessequal(value a, value b) { return caml_string_lessequal(a, b); }
CAMLprim value caml_bytes_greaterthan(value a, value b) { return caml_string_greaterthan(a, b); }
CAMLprim value caml_bytes_greaterequal(value a, value b) { return caml_string_greaterequal(a, b); }

/* ------------------------------------------------------- indexed access */

static mlsize_t check(value s, value idx, mlsize_t width)
{
  intnat i = Long_val(idx);
  if (i < 0 || (mlsize_t)i + width > caml_string_length(s)) caml_array_bound_error();
  return (mlsize_t)i;
}

CAMLprim value caml_string_get(value s, value i) { return Val_int(Byte_u(s, check(s, i, 1))); }
CAMLprim value caml_bytes_get(value s, value i) { return caml_string_get(s, i); }
CAMLprim value caml_bytes_set(value s, value i, value c)
{
  Byte_u(s, check(s, i, 1)) = (unsigned char)Long_val(c);
  return Val_unit;
}
CAMLprim value caml_string_set(value s, value i, value c) { return caml_bytes_set(s, i, c); }

static uint64_t load(value s, mlsize_t i, int n)
{
  uint64_t r = 0;
  for (int k = n - 1; k >= 0; k--) r = (r << 8) | Byte_u(s, i + (mlsize_t)k);
  return r;
}
static void store(value s, mlsize_t i, int n, uint64_t v)
{
  for (int k = 0; k < n; k++, v >>= 8) Byte_u(s, i + (mlsize_t)k) = (unsigned char)v;
}

CAMLprim value caml_string_get16(value s, value i) { return Val_long(load(s, check(s, i, 2), 2)); }
CAMLprim value caml_string_get32(value s, value i)
{
  return caml_copy_int32((int32_t)load(s, check(s, i, 4), 4));
}
CAMLprim value caml_string_get64(value s, value i)
{
  return caml_copy_int64((int64_t)load(s, check(s, i, 8), 8));
}
CAMLprim value caml_bytes_get16(value s, value i) { return caml_string_get16(s, i); }
CAMLprim value caml_bytes_get32(value s, value i) { return caml_string_get32(s, i); }
CAMLprim value caml_bytes_get64(value s, value i) { return caml_string_get64(s, i); }
CAMLprim value caml_bytes_set16(value s, value i, value v)
{
  store(s, check(s, i, 2), 2, (uint64_t)Long_val(v));
  return Val_unit;
}
CAMLprim value caml_bytes_set32(value s, value i, value v)
{
  store(s, check(s, i, 4), 4, (uint64_t)(uint32_t)Int32_val(v));
  return Val_unit;
}
CAMLprim value caml_bytes_set64(value s, value i, value v)
{
  store(s, check(s, i, 8), 8, (uint64_t)Int64_val(v));
  return Val_unit;
}

CAMLprim value caml_string_of_bytes(value b) { return b; }
CAMLprim value caml_bytes_of_string(value s) { return s; }
