/*
 * ints.c -- integer primitives.
 *
 * Formatting and parsing are float_format.c's rb_format_int and
 * number_parse.c's rb_parse_int; this file adapts OCaml's value
 * representations to them (63-bit ints: unsigned conversions see the 63-bit
 * pattern; Int32: the 32-bit pattern) and raises OCaml's exceptions.
 * Boxed integers are custom blocks with OCaml's identifiers, compare and
 * hash functions, so polymorphic compare and Hashtbl.hash treat them as
 * OCaml does.
 */
#include "robur/ints.h"
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/fail.h"
#include "float_format.h"
#include "number_parse.h"

static int cmp64(int64_t a, int64_t b) { return (a > b) - (a < b); }
static int int64_cmp(value a, value b) { return cmp64(Int64_val(a), Int64_val(b)); }
static intnat int64_hash(value v)
{
  int64_t x = Int64_val(v);
  return (intnat)(uint32_t)((uint32_t)x ^ (uint32_t)((uint64_t)x >> 32));
}
static int int32_cmp(value a, value b) { return cmp64(Int32_val(a), Int32_val(b)); }
static intnat int32_hash(value v) { return (intnat)(uint32_t)Int32_val(v); }
static int nativeint_cmp(value a, value b) { return cmp64(Nativeint_val(a), Nativeint_val(b)); }

const struct custom_operations caml_int64_ops = {"_j", NULL, int64_cmp, int64_hash, NULL, NULL, NULL, NULL};
const struct custom_operations caml_int32_ops = {"_i", NULL, int32_cmp, int32_hash, NULL, NULL, NULL, NULL};
const struct custom_operations caml_nativeint_ops = {"_n", NULL, nativeint_cmp, int64_hash, NULL, NULL, NULL, NULL};

static char conv_of(value fmt)
{
  mlsize_t n = caml_string_length(fmt);
  return n == 0 ? 0 : String_val(fmt)[n - 1];
}

static value format(value fmt, int64_t v)
{
  CAMLparam1(fmt);
  char small[64];
  size_t n = rb_format_int(small, sizeof small, String_val(fmt), v);
  value s = caml_alloc_string(n);
  if (n < sizeof small)
    for (size_t i = 0; i < n; i++) Byte(s, i) = small[i];
  else
    rb_format_int((char *)Bytes_val(s), n + 1, String_val(fmt), v);
  CAMLreturn(s);
}

static int is_unsigned(char c) { return c == 'u' || c == 'x' || c == 'X' || c == 'o'; }

CAMLprim value caml_format_int(value fmt, value arg)
{
  int64_t v = Long_val(arg);
  if (is_unsigned(conv_of(fmt))) v = (int64_t)((uint64_t)v & 0x7FFFFFFFFFFFFFFFULL);
  return format(fmt, v);
}
CAMLprim value caml_int64_format(value fmt, value arg) { return format(fmt, Int64_val(arg)); }
CAMLprim value caml_nativeint_format(value fmt, value arg) { return format(fmt, Nativeint_val(arg)); }
CAMLprim value caml_int32_format(value fmt, value arg)
{
  int64_t v = Int32_val(arg);
  if (is_unsigned(conv_of(fmt))) v = (int64_t)(uint32_t)v;
  return format(fmt, v);
}

static int64_t parse(value s, int nbits, const char *err)
{
  int64_t r;
  if (rb_parse_int(String_val(s), caml_string_length(s), nbits, &r) != 0) caml_failwith(err);
  return r;
}

CAMLprim value caml_int_of_string(value s) { return Val_long(parse(s, 63, "int_of_string")); }
CAMLprim value caml_int32_of_string(value s) { return caml_copy_int32((int32_t)parse(s, 32, "Int32.of_string")); }
CAMLprim value caml_int64_of_string(value s) { return caml_copy_int64(parse(s, 64, "Int64.of_string")); }
CAMLprim value caml_nativeint_of_string(value s)
{
  return caml_copy_nativeint(parse(s, 64, "Nativeint.of_string"));
}

/* Conversions with floats (truncation as cvttsd2si, like ocamlopt). */
CAMLprim value caml_int64_of_float(value f) { return caml_copy_int64((int64_t)Double_val(f)); }
CAMLprim value caml_int64_to_float(value i) { return caml_copy_double((double)Int64_val(i)); }
CAMLprim value caml_int32_of_float(value f) { return caml_copy_int32((int32_t)(int64_t)Double_val(f)); }
CAMLprim value caml_int32_to_float(value i) { return caml_copy_double((double)Int32_val(i)); }
CAMLprim value caml_nativeint_of_float(value f) { return caml_copy_nativeint((intnat)Double_val(f)); }
CAMLprim value caml_nativeint_to_float(value i) { return caml_copy_double((double)Nativeint_val(i)); }
int64_t caml_int64_of_float_unboxed(double d) { return (int64_t)d; }
double caml_int64_to_float_unboxed(int64_t i) { return (double)i; }
int32_t caml_int32_of_float_unboxed(double d) { return (int32_t)(int64_t)d; }
double caml_int32_to_float_unboxed(int32_t i) { return (double)i; }
intnat caml_nativeint_of_float_unboxed(double d) { return (intnat)d; }
double caml_nativeint_to_float_unboxed(intnat i) { return (double)i; }

CAMLprim value caml_int64_compare(value a, value b) { return Val_int(int64_cmp(a, b)); }
CAMLprim value caml_int32_compare(value a, value b) { return Val_int(int32_cmp(a, b)); }
CAMLprim value caml_nativeint_compare(value a, value b) { return Val_int(nativeint_cmp(a, b)); }
