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

/* OCaml's caml_format_int copies the format, inserts the length modifier
 * ("l" for int, int64 and nativeint, none for int32) before its LAST
 * character -- taken to be the conversion -- and gives the whole string to
 * snprintf.  Printf only ever passes one conversion ("%5d"), but the
 * primitive can be called directly, so text around the conversion behaves
 * as in OCaml ("q=%d" gives "q=3"; "[%5d]" gives "[  -12l]").  render()
 * is that snprintf, for conversions of one integer; it returns the length
 * and writes at most cap bytes. */
#define MAX_FORMAT 128

static size_t render(const char *f, int64_t v, char *out, size_t cap)
{
  size_t len = 0;
  char spec[MAX_FORMAT + 1];
  char piece[MAX_FORMAT + 40];
  while (*f) {
    if (f[0] != '%') {
      if (out != NULL && len < cap) out[len] = *f;
      len++, f++;
      continue;
    }
    if (f[1] == '%') {
      if (out != NULL && len < cap) out[len] = '%';
      len++, f += 2;
      continue;
    }
    size_t k = 0;
    const char *p = f + 1;
    while (*p && !(*p == 'd' || *p == 'i' || *p == 'u' || *p == 'x' || *p == 'X' || *p == 'o'))
      p++;
    if (!*p) {                          /* no conversion: copy the rest */
      while (*f) { if (out != NULL && len < cap) out[len] = *f; len++, f++; }
      break;
    }
    for (const char *q = f; q <= p && k < MAX_FORMAT; q++) spec[k++] = *q;
    spec[k] = 0;
    size_t n = rb_format_int(piece, sizeof piece, spec, v);
    for (size_t i = 0; i < n && i < sizeof piece - 1; i++, len++)
      if (out != NULL && len < cap) out[len] = piece[i];
    f = p + 1;
  }
  return len;
}

static value format_with(value fmt, int64_t v, const char *modifier)
{
  CAMLparam1(fmt);
  char c_format[MAX_FORMAT + 4];
  mlsize_t n = caml_string_length(fmt), m = 0;
  while (modifier[m]) m++;
  /* OCaml's format buffer holds 32 bytes */
  if (n + m + 1 >= 32) caml_invalid_argument("format_int: format too long");
  if (n == 0) CAMLreturn(caml_alloc_string(0));
  const char *f = String_val(fmt);
  mlsize_t k = 0;
  for (mlsize_t i = 0; i + 1 < n; i++) c_format[k++] = f[i];
  for (const char *m = modifier; *m; m++) c_format[k++] = *m;
  c_format[k++] = f[n - 1];
  c_format[k] = 0;
  size_t len = render(c_format, v, NULL, 0);
  value s = caml_alloc_string(len);
  render(c_format, v, (char *)Bytes_val(s), len);
  CAMLreturn(s);
}

static value format(value fmt, int64_t v) { return format_with(fmt, v, "l"); }

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
  return format_with(fmt, v, "");
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
