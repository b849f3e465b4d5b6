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
/* OCaml's nativeint hash on 64 bits: a value that fits in 32 bits hashes as
 * the Int32 of the same value (32/64-bit compatibility), i.e. the high word
 * is complemented for negative numbers before it is xored with the low one. */
static intnat nativeint_hash(value v)
{
  intnat n = Nativeint_val(v);
  uint32_t lo = (uint32_t)n, hi = (uint32_t)((uint64_t)n >> 32);
  if (n < 0) hi = ~hi;
  return (intnat)(hi ^ lo);
}

const struct custom_operations caml_int64_ops = {"_j", NULL, int64_cmp, int64_hash, NULL, NULL, NULL, NULL};
const struct custom_operations caml_int32_ops = {"_i", NULL, int32_cmp, int32_hash, NULL, NULL, NULL, NULL};
const struct custom_operations caml_nativeint_ops = {"_n", NULL, nativeint_cmp, nativeint_hash, NULL, NULL, NULL, NULL};

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
    /* snprintf reads an int unless the conversion has an l modifier: OCaml's
     * "%-5d|" (the l inserted before the '|') prints the low 32 bits */
    int has_l = 0;
    for (size_t i = 0; i < k; i++) has_l |= spec[i] == 'l';
    int64_t w = v;
    if (!has_l) w = (*p == 'd' || *p == 'i') ? (int64_t)(int32_t)v : (int64_t)(uint32_t)v;
    size_t n = rb_format_int(piece, sizeof piece, spec, w);
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
int32_t caml_int32_of_float_unboxed(double d);
/* Int32.of_float is OCaml's C primitive (int32_t)d: a 32-bit cvttsd2si, so an
 * out-of-range float gives min_int. */
CAMLprim value caml_int32_of_float(value f) { return caml_copy_int32(caml_int32_of_float_unboxed(Double_val(f))); }
CAMLprim value caml_int32_to_float(value i) { return caml_copy_double((double)Int32_val(i)); }
CAMLprim value caml_nativeint_of_float(value f) { return caml_copy_nativeint((intnat)Double_val(f)); }
CAMLprim value caml_nativeint_to_float(value i) { return caml_copy_double((double)Nativeint_val(i)); }
int64_t caml_int64_of_float_unboxed(double d) { return (int64_t)d; }
double caml_int64_to_float_unboxed(int64_t i) { return (double)i; }
int32_t caml_int32_of_float_unboxed(double d)
{
  int32_t r;
  __asm__("cvttsd2si %1, %0" : "=r"(r) : "x"(d));
  return r;
}
double caml_int32_to_float_unboxed(int32_t i) { return (double)i; }
intnat caml_nativeint_of_float_unboxed(double d) { return (intnat)d; }
double caml_nativeint_to_float_unboxed(intnat i) { return (double)i; }

CAMLprim value caml_int64_compare(value a, value b) { return Val_int(int64_cmp(a, b)); }
CAMLprim value caml_int32_compare(value a, value b) { return Val_int(int32_cmp(a, b)); }
CAMLprim value caml_nativeint_compare(value a, value b) { return Val_int(nativeint_cmp(a, b)); }

/* The %int32_*, %int64_*, %nativeint_* primitives as C functions: robur's
 * lambda translates a %-primitive it does not know into a call of caml_NAME,
 * so Int32.add is caml_int32_add here.  Arithmetic wraps; shifts behave as
 * ocamlopt's code on amd64 (the count is taken modulo 64 on the 64-bit
 * register, an int32 being kept sign-extended); division by zero raises
 * Division_by_zero and min_int / -1 is min_int (remainder 0), as in OCaml. */
#define BOXED_OPS(K, T, UT, GET, COPY, LSR_MASK)                                              \
  CAMLprim value caml_##K##_neg(value a) { return COPY((T)(0 - (UT)GET(a))); }                 \
  CAMLprim value caml_##K##_add(value a, value b) { return COPY((T)((UT)GET(a) + (UT)GET(b))); } \
  CAMLprim value caml_##K##_sub(value a, value b) { return COPY((T)((UT)GET(a) - (UT)GET(b))); } \
  CAMLprim value caml_##K##_mul(value a, value b) { return COPY((T)((UT)GET(a) * (UT)GET(b))); } \
  CAMLprim value caml_##K##_and(value a, value b) { return COPY(GET(a) & GET(b)); }            \
  CAMLprim value caml_##K##_or(value a, value b) { return COPY(GET(a) | GET(b)); }             \
  CAMLprim value caml_##K##_xor(value a, value b) { return COPY(GET(a) ^ GET(b)); }            \
  CAMLprim value caml_##K##_div(value a, value b)                                              \
  {                                                                                            \
    T x = GET(a), y = GET(b);                                                                  \
    if (y == 0) caml_raise_zero_divide();                                                      \
    if (y == -1) return COPY((T)(0 - (UT)x));                                                  \
    return COPY(x / y);                                                                        \
  }                                                                                            \
  CAMLprim value caml_##K##_mod(value a, value b)                                              \
  {                                                                                            \
    T x = GET(a), y = GET(b);                                                                  \
    if (y == 0) caml_raise_zero_divide();                                                      \
    if (y == -1) return COPY(0);                                                               \
    return COPY(x % y);                                                                        \
  }                                                                                            \
  CAMLprim value caml_##K##_lsl(value a, value n)                                              \
  {                                                                                            \
    return COPY((T)((uint64_t)(int64_t)GET(a) << (Long_val(n) & 63)));                         \
  }                                                                                            \
  CAMLprim value caml_##K##_asr(value a, value n)                                              \
  {                                                                                            \
    return COPY((T)((int64_t)GET(a) >> (Long_val(n) & 63)));                                   \
  }                                                                                            \
  CAMLprim value caml_##K##_lsr(value a, value n)                                              \
  {                                                                                            \
    return COPY((T)(((uint64_t)(int64_t)GET(a) & (LSR_MASK)) >> (Long_val(n) & 63)));          \
  }                                                                                            \
  CAMLprim value caml_##K##_of_int(value n) { return COPY((T)Long_val(n)); }                   \
  CAMLprim value caml_##K##_to_int(value a) { return Val_long((intnat)GET(a)); }

BOXED_OPS(int32, int32_t, uint32_t, Int32_val, caml_copy_int32, 0xFFFFFFFFULL)
BOXED_OPS(int64, int64_t, uint64_t, Int64_val, caml_copy_int64, ~0ULL)
BOXED_OPS(nativeint, intnat, uintnat, Nativeint_val, caml_copy_nativeint, ~0ULL)

CAMLprim value caml_int64_of_int32(value a) { return caml_copy_int64((int64_t)Int32_val(a)); }
CAMLprim value caml_int64_to_int32(value a) { return caml_copy_int32((int32_t)Int64_val(a)); }
CAMLprim value caml_int64_of_nativeint(value a) { return caml_copy_int64((int64_t)Nativeint_val(a)); }
CAMLprim value caml_int64_to_nativeint(value a) { return caml_copy_nativeint((intnat)Int64_val(a)); }
CAMLprim value caml_nativeint_of_int32(value a) { return caml_copy_nativeint((intnat)Int32_val(a)); }
CAMLprim value caml_nativeint_to_int32(value a) { return caml_copy_int32((int32_t)Nativeint_val(a)); }
