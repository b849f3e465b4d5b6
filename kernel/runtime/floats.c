/*
 * floats.c -- float primitives, with the libm functions the runtime needs
 * written here (there is no libm).
 *
 * Exact: sqrt (sqrtsd), floor, ceil, trunc, round, fmod (x87 fprem), modf,
 * frexp, ldexp, copysign, nextafter, classify, conversions, comparisons,
 * printing and parsing (float_format.c / number_parse.c).
 * Not correctly rounded (x87 extended precision, usually within 1 ulp of
 * glibc, so a printed %.17g may differ in the last digit; trigonometric
 * arguments are reduced exactly enough, huge ones included): exp, expm1, log,
 * log1p, log2, log10, pow, sin, cos, tan, asin, acos, atan, atan2, sinh,
 * cosh, tanh, asinh, acosh, atanh, hypot, cbrt, erf, erfc (erf/erfc:
 * series, about 1e-15 relative), fma (not fused).  See docs/runtime.md.
 */
#include "robur/floats.h"
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/fail.h"
#include "float_format.h"
#include "number_parse.h"

typedef union {
  double d;
  uint64_t u;
} bits;

static inline uint64_t to_bits(double d)
{
  bits b;
  b.d = d;
  return b.u;
}
static inline double of_bits(uint64_t u)
{
  bits b;
  b.u = u;
  return b.d;
}

#define INF of_bits(0x7FF0000000000000ULL)
#define NAN_ of_bits(0xFFF8000000000000ULL) /* x86's default nan, as glibc returns */
static inline int is_nan(double x) { return x != x; }
static inline int isfinite_(double x) { return (to_bits(x) & 0x7FF0000000000000ULL) != 0x7FF0000000000000ULL; }
static inline int is_inf(double x) { return (to_bits(x) & ~(1ULL << 63)) == 0x7FF0000000000000ULL; }
static inline double fabs_(double x) { return of_bits(to_bits(x) & ~(1ULL << 63)); }
static inline double copysign_(double x, double y)
{
  return of_bits((to_bits(x) & ~(1ULL << 63)) | (to_bits(y) & (1ULL << 63)));
}

double rb_sqrt(double x)
{
  double r;
  __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
  return r;
}

double rb_trunc(double x)
{
  if (!(fabs_(x) < 4503599627370496.0)) return x; /* >= 2^52, inf, nan */
  return copysign_((double)(int64_t)x, x);
}

double rb_floor(double x)
{
  double t = rb_trunc(x);
  if (t > x) t -= 1.0;
  return t;
}

double rb_ceil(double x)
{
  double t = rb_trunc(x);
  if (t < x) t += 1.0;
  if (t == 0) return copysign_(0.0, x);
  return t;
}

double rb_round(double x)
{
  if (!(fabs_(x) < 4503599627370496.0)) return x;
  double a = fabs_(x);
  double t = rb_trunc(a);
  if (a - t >= 0.5) t += 1.0;
  return copysign_(t, x);
}

double rb_fmod(double x, double y)
{
  long double a = x, b = y, r;
  if (is_nan(x) || is_nan(y) || is_inf(x) || y == 0) return NAN_;
  if (is_inf(y)) return x;
  unsigned short sw;
  r = a;
  do {
    __asm__("fprem; fnstsw %%ax" : "=t"(r), "=a"(sw) : "0"(r), "u"(b));
  } while (sw & 0x400);
  return (double)r;
}

double rb_ldexp(double x, int e)
{
  if (x == 0 || is_nan(x) || is_inf(x)) return x;
  long double r;
  long double le = e;
  __asm__("fscale" : "=t"(r) : "0"((long double)x), "u"(le));
  return (double)r;
}

double rb_frexp(double x, int *e)
{
  *e = 0;
  if (x == 0 || is_nan(x) || is_inf(x)) return x;
  uint64_t u = to_bits(x);
  int ex = (int)((u >> 52) & 0x7FF);
  if (ex == 0) { /* subnormal */
    x *= 18014398509481984.0; /* 2^54 */
    u = to_bits(x);
    ex = (int)((u >> 52) & 0x7FF) - 54;
  }
  *e = ex - 1022;
  return of_bits((u & ~(0x7FFULL << 52)) | (1022ULL << 52));
}

/* --------------------------------------------------------- x87 helpers */

static long double sqrtl_(long double x)
{
  long double r;
  __asm__("fsqrt" : "=t"(r) : "0"(x));
  return r;
}

static long double x87_exp2(long double y)
{
  long double i, f, r;
  __asm__("frndint" : "=t"(i) : "0"(y));
  f = y - i;
  __asm__("f2xm1" : "=t"(r) : "0"(f));
  r += 1.0L;
  __asm__("fscale" : "=t"(r) : "0"(r), "u"(i));
  return r;
}

static long double x87_log2(long double x)
{
  long double r;
  __asm__("fld1; fxch; fyl2x" : "=t"(r) : "0"(x));
  return r;
}

double rb_exp(double x)
{
  if (is_nan(x)) return x;
  if (x > 709.8) return INF;
  if (x < -745.2) return 0.0;
  return (double)x87_exp2((long double)x * 1.44269504088896340735992468100189214L);
}

double rb_log(double x)
{
  if (is_nan(x)) return x;
  if (x < 0) return NAN_;
  if (x == 0) return -INF;
  if (is_inf(x)) return x;
  return (double)(x87_log2(x) * 0.693147180559945309417232121458176568L);
}

static double log2_(double x)
{
  if (is_nan(x)) return x;
  if (x < 0) return NAN_;
  if (x == 0) return -INF;
  if (is_inf(x)) return x;
  return (double)x87_log2(x);
}

static double log10_(double x)
{
  if (is_nan(x)) return x;
  if (x < 0) return -NAN_;
  if (x == 0) return -INF;
  if (is_inf(x)) return x;
  return (double)(x87_log2(x) * 0.301029995663981195213738894724493027L);
}

static int is_odd_integer(double y)
{
  if (fabs_(y) >= 9007199254740992.0) return 0; /* >= 2^53: even */
  return rb_trunc(y) == y && ((int64_t)y & 1);
}

double rb_pow(double x, double y)
{
  if (y == 0) return 1.0;
  if (x == 1.0) return 1.0;
  if (is_nan(x) || is_nan(y)) return NAN_;
  if (is_inf(y)) {
    double ax = fabs_(x);
    if (ax == 1.0) return 1.0;
    if ((ax < 1.0) == (y < 0)) return INF;
    return 0.0;
  }
  if (x == 0) {
    if (y < 0) return is_odd_integer(y) ? copysign_(INF, x) : INF;
    return is_odd_integer(y) ? x : 0.0;
  }
  if (is_inf(x)) {
    if (x < 0) {
      if (y < 0) return is_odd_integer(y) ? -0.0 : 0.0;
      return is_odd_integer(y) ? -INF : INF;
    }
    return y < 0 ? 0.0 : INF;
  }
  double sign = 1.0;
  if (x < 0) {
    if (rb_trunc(y) != y) return NAN_;
    if (is_odd_integer(y)) sign = -1.0;
    x = -x;
  }
  long double l = x87_log2(x) * (long double)y;
  if (l > 1030.0L) return sign * INF;
  if (l < -1080.0L) return sign * 0.0;
  return sign * (double)x87_exp2(l);
}

/* Trigonometry: reduction by pi/2, then the x87 instructions on
   |r| <= pi/4 in extended precision.  Below 3.3e9 the reduction is
   Cody-Waite (pi/2 split in three parts so that k * P1 and k * P2 are exact
   for |k| < 2^31); above, Payne-Hanek: x * 2/pi mod 4 computed exactly
   enough with 192 bits of 2/pi taken at the position x's exponent needs. */
#define P1 0x6487ed51p-30L
#define P2 0x85a308d3p-65L
#define P3 0x98cc51701b839a25p-132L
#define TWO_OVER_PI 0x517cc1b727220a95p-63L

/* 2/pi in binary: 1536 bits, 32 per word, most significant first. */
static const uint32_t two_over_pi_bits[48] = {
  0xa2f9836eu, 0x4e441529u, 0xfc2757d1u, 0xf534ddc0u, 0xdb629599u, 0x3c439041u,
  0xfe5163abu, 0xdebbc561u, 0xb7246e3au, 0x424dd2e0u, 0x06492eeau, 0x09d1921cu,
  0xfe1deb1cu, 0xb129a73eu, 0xe88235f5u, 0x2ebb4484u, 0xe99c7026u, 0xb45f7e41u,
  0x3991d639u, 0x835339f4u, 0x9c845f8bu, 0xbdf9283bu, 0x1ff897ffu, 0xde05980fu,
  0xef2f118bu, 0x5a0a6d1fu, 0x6d367ecfu, 0x27cb09b7u, 0x4f463f66u, 0x9e5fea2du,
  0x7527bac7u, 0xebe5f17bu, 0x3d0739f7u, 0x8a5292eau, 0x6bfb5fb1u, 0x1f8d5d08u,
  0x56033046u, 0xfc7b6babu, 0xf0cfbc20u, 0x9af4361du, 0xa9e39161u, 0x5ee61b08u,
  0x6599855fu, 0x14a06840u, 0x8dffd880u, 0x4d732731u, 0x06061556u, 0xca73a8c9u};

/* Payne-Hanek, for finite |x| >= 2^31: returns r in [-pi/4, pi/4] and the
   quadrant of |x| (the caller handles the sign). */
static long double reduce_huge(double ax, int *quadrant)
{
  uint64_t u = to_bits(ax);
  uint64_t m = (u & ((1ULL << 52) - 1)) | (1ULL << 52);
  int e = (int)((u >> 52) & 0x7FF) - 1075; /* ax = m * 2^e, e >= -21 */
  int k0 = e > 2 ? (e - 2) / 32 : 0;       /* words before k0 only add multiples of 4 */
  uint32_t w[6];
  for (int i = 0; i < 6; i++) w[i] = two_over_pi_bits[k0 + i];
  /* P = m * W, W = w[0..5] as a 192-bit integer; little-endian 32-bit words */
  uint32_t p[8] = {0};
  uint32_t mw[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
  for (int j = 0; j < 2; j++) {
    uint64_t carry = 0;
    for (int i = 5; i >= 0; i--) { /* least significant word first */
      int pos = (5 - i) + j;
      uint64_t t = (uint64_t)mw[j] * w[i] + p[pos] + carry;
      p[pos] = (uint32_t)t;
      carry = t >> 32;
    }
    for (int pos = 6 + j; carry != 0 && pos < 8; pos++) {
      uint64_t t = (uint64_t)p[pos] + carry;
      p[pos] = (uint32_t)t;
      carry = t >> 32;
    }
  }
  /* value = P * 2^(e - 32 * (k0 + 6)): `shift` fraction bits */
  int shift = 32 * (k0 + 6) - e;
  /* bits [shift - 64, shift + 2) of P: the fraction's top 64 bits, 2 integer bits */
  uint64_t frac = 0;
  for (int b = 0; b < 64; b++) {
    int pos = shift - 64 + b;
    frac |= (uint64_t)((p[pos >> 5] >> (pos & 31)) & 1) << b;
  }
  int q = (int)((p[shift >> 5] >> (shift & 31)) & 1) | (int)(((p[(shift + 1) >> 5] >> ((shift + 1) & 31)) & 1) << 1);
  long double f = (long double)frac * 0x1p-64L;
  if (f >= 0.5L) {
    f -= 1.0L;
    q++;
  }
  *quadrant = q & 3;
  return f * 0xc90fdaa22168c235p-63L; /* f * pi/2 */
}

static long double reduce(double x, int *quadrant)
{
  if (fabs_(x) >= 3.3e9) {
    long double r = reduce_huge(fabs_(x), quadrant);
    if (x < 0) { /* -x: negate r and mirror the quadrant */
      r = -r;
      *quadrant = (4 - *quadrant) & 3;
    }
    return r;
  }
  long double lx = x, k;
  if (fabs_(x) <= 0.785398163397448309615L) {
    *quadrant = 0;
    return lx;
  }
  __asm__("frndint" : "=t"(k) : "0"(lx * TWO_OVER_PI));
  *quadrant = (int)((int64_t)k & 3);
  return ((lx - k * P1) - k * P2) - k * P3;
}

static long double fsin_(long double r)
{
  long double s;
  __asm__("fsin" : "=t"(s) : "0"(r));
  return s;
}
static long double fcos_(long double r)
{
  long double c;
  __asm__("fcos" : "=t"(c) : "0"(r));
  return c;
}

static double sin_(double x)
{
  if (is_nan(x)) return x;
  if (is_inf(x)) return NAN_;
  int q;
  long double r = reduce(x, &q);
  switch (q) {
  case 0: return (double)fsin_(r);
  case 1: return (double)fcos_(r);
  case 2: return (double)-fsin_(r);
  default: return (double)-fcos_(r);
  }
}
static double cos_(double x)
{
  if (is_nan(x)) return x;
  if (is_inf(x)) return NAN_;
  int q;
  long double r = reduce(x, &q);
  switch (q) {
  case 0: return (double)fcos_(r);
  case 1: return (double)-fsin_(r);
  case 2: return (double)-fcos_(r);
  default: return (double)fsin_(r);
  }
}
static double tan_(double x)
{
  if (is_nan(x)) return x;
  if (is_inf(x)) return NAN_;
  long double r, one, t;
  int q = 0;
  r = reduce(x, &q);
  __asm__("fptan" : "=t"(one), "=u"(t) : "0"(r));
  (void)one;
  return (q & 1) ? (double)(-1.0L / t) : (double)t;
}
static double atan2_(double y, double x)
{
  long double r;
  __asm__("fpatan" : "=t"(r) : "0"((long double)x), "u"((long double)y) : "st(1)");
  return (double)r;
}
static double atan_(double x) { return atan2_(x, 1.0); }
static double asin_(double x)
{
  if (fabs_(x) > 1.0) return -NAN_;
  long double lx = x;
  return atan2_(x, (double)sqrtl_(1.0L - lx * lx));
}
static double acos_(double x)
{
  if (fabs_(x) > 1.0) return -NAN_;
  long double lx = x;
  return atan2_((double)sqrtl_(1.0L - lx * lx), x);
}

static long double expl_(long double x) { return x87_exp2(x * 1.44269504088896340735992468100189214L); }

static double expm1_(double x)
{
  if (is_nan(x)) return x;
  if (x > 709.8) return INF;
  if (x < -50) return -1.0;
  long double t = (long double)x * 1.44269504088896340735992468100189214L;
  if (t > -1.0L && t < 1.0L) {
    long double r;
    __asm__("f2xm1" : "=t"(r) : "0"(t));
    return x == 0 ? x : (double)r;
  }
  return (double)(x87_exp2(t) - 1.0L);
}

static double log1p_(double x)
{
  if (is_nan(x)) return x;
  if (x < -1.0) return NAN_;
  if (x == -1.0) return -INF;
  if (is_inf(x)) return x;
  if (x == 0) return x;
  if (fabs_(x) < 0.29) {
    long double r;
    __asm__("fldln2; fxch; fyl2xp1" : "=t"(r) : "0"((long double)x));
    return (double)r;
  }
  return (double)(x87_log2(1.0L + (long double)x) * 0.693147180559945309417232121458176568L);
}

static double sinh_(double x)
{
  if (is_nan(x) || is_inf(x) || x == 0) return x;
  if (fabs_(x) < 0.5) {
    long double e = expm1_(x);
    return (double)((e + e / (e + 1.0L)) / 2.0L);
  }
  if (fabs_(x) > 711) return copysign_(INF, x);
  long double e = expl_(x);
  return (double)((e - 1.0L / e) / 2.0L);
}
static double cosh_(double x)
{
  if (is_nan(x)) return x;
  if (fabs_(x) > 711) return INF;
  long double e = expl_(x);
  return (double)((e + 1.0L / e) / 2.0L);
}
static double tanh_(double x)
{
  if (is_nan(x) || x == 0) return x;
  if (fabs_(x) > 22) return copysign_(1.0, x);
  long double e = expm1_(2 * x);
  return (double)(e / (e + 2.0L));
}
static double asinh_(double x)
{
  if (is_nan(x) || is_inf(x) || x == 0) return x;
  long double a = fabs_(x);
  long double r;
  if (a > 1e10L)
    r = x87_log2(a) * 0.693147180559945309417232121458176568L + 0.693147180559945309417232121458176568L;
  else
    r = log1p_((double)(a + a * a / (1.0L + sqrtl_(1.0L + a * a))));
  return copysign_((double)r, x);
}
static double acosh_(double x)
{
  if (is_nan(x)) return x;
  if (x < 1) return NAN_;
  if (is_inf(x)) return x;
  long double a = x;
  return (double)(x87_log2(a + sqrtl_(a * a - 1.0L)) * 0.693147180559945309417232121458176568L);
}
static double atanh_(double x)
{
  if (is_nan(x) || x == 0) return x;
  if (fabs_(x) > 1) return NAN_;
  if (fabs_(x) == 1) return copysign_(INF, x);
  long double a = fabs_(x);
  return copysign_(0.5 * log1p_((double)(2.0L * a / (1.0L - a))), x);
}
static double hypot_(double x, double y)
{
  /* OCaml 4.13 (its own caml_hypot): nan as soon as one argument is nan,
   * even with the other infinite; that nan is the argument's own (x + y
   * propagates it, sign included: hypot nan 1. is nan, not -nan) */
  if (is_nan(x) || is_nan(y)) return x + y;
  if (is_inf(x) || is_inf(y)) return INF;
  long double a = x, b = y;
  return (double)sqrtl_(a * a + b * b);
}
static double cbrt_(double x)
{
  if (is_nan(x) || is_inf(x) || x == 0) return x;
  long double a = fabs_(x);
  long double r = x87_exp2(x87_log2(a) / 3.0L);
  r = r - (r * r * r - a) / (3.0L * r * r); /* one Newton step */
  return copysign_((double)r, x);
}
static double erf_series(double x)
{
  /* erf via its Taylor series for |x| < 2.5, else 1 - erfc continued fraction */
  if (is_nan(x)) return x;
  if (is_inf(x)) return copysign_(1.0, x);
  long double ax = fabs_(x);
  if (ax < 2.5L) {
    long double sum = ax, term = ax, x2 = ax * ax;
    for (int n = 1; n < 200; n++) {
      term *= -x2 / n;
      long double t = term / (2 * n + 1);
      sum += t;
      if (t < 1e-22L && t > -1e-22L) break;
    }
    return copysign_((double)(sum * 1.12837916709551257389615890312154517L), x);
  }
  /* continued fraction for erfc */
  long double f = 0;
  for (int n = 60; n >= 1; n--) f = (n / 2.0L) / (ax + f);
  long double erfc = expl_(-ax * ax) / (ax + f) * 0.564189583547756286948079451560772586L;
  return copysign_((double)(1.0L - erfc), x);
}
static double erfc_(double x)
{
  if (is_nan(x)) return x;
  long double ax = fabs_(x);
  if (ax < 2.5L) return (double)(1.0L - erf_series(x));
  long double f = 0;
  for (int n = 60; n >= 1; n--) f = (n / 2.0L) / (ax + f);
  long double e = ax > 27 ? 0.0L : expl_(-ax * ax) / (ax + f) * 0.564189583547756286948079451560772586L;
  return x > 0 ? (double)e : (double)(2.0L - e);
}

/* ------------------------------------------------------------ primitives */

CAMLprim value caml_sqrt_float(value f) { return caml_copy_double(rb_sqrt(Double_val(f))); }
CAMLprim value caml_floor_float(value f) { return caml_copy_double(rb_floor(Double_val(f))); }
CAMLprim value caml_ceil_float(value f) { return caml_copy_double(rb_ceil(Double_val(f))); }
CAMLprim value caml_trunc_float(value f) { return caml_copy_double(rb_trunc(Double_val(f))); }
CAMLprim value caml_round_float(value f) { return caml_copy_double(rb_round(Double_val(f))); }
CAMLprim value caml_exp_float(value f) { return caml_copy_double(rb_exp(Double_val(f))); }
CAMLprim value caml_log_float(value f) { return caml_copy_double(rb_log(Double_val(f))); }
CAMLprim value caml_log2_float(value f) { return caml_copy_double(log2_(Double_val(f))); }
CAMLprim value caml_log10_float(value f) { return caml_copy_double(log10_(Double_val(f))); }
CAMLprim value caml_expm1_float(value f) { return caml_copy_double(expm1_(Double_val(f))); }
CAMLprim value caml_log1p_float(value f) { return caml_copy_double(log1p_(Double_val(f))); }
CAMLprim value caml_sin_float(value f) { return caml_copy_double(sin_(Double_val(f))); }
CAMLprim value caml_cos_float(value f) { return caml_copy_double(cos_(Double_val(f))); }
CAMLprim value caml_tan_float(value f) { return caml_copy_double(tan_(Double_val(f))); }
CAMLprim value caml_asin_float(value f) { return caml_copy_double(asin_(Double_val(f))); }
CAMLprim value caml_acos_float(value f) { return caml_copy_double(acos_(Double_val(f))); }
CAMLprim value caml_atan_float(value f) { return caml_copy_double(atan_(Double_val(f))); }
CAMLprim value caml_sinh_float(value f) { return caml_copy_double(sinh_(Double_val(f))); }
CAMLprim value caml_cosh_float(value f) { return caml_copy_double(cosh_(Double_val(f))); }
CAMLprim value caml_tanh_float(value f) { return caml_copy_double(tanh_(Double_val(f))); }
CAMLprim value caml_asinh_float(value f) { return caml_copy_double(asinh_(Double_val(f))); }
CAMLprim value caml_acosh_float(value f) { return caml_copy_double(acosh_(Double_val(f))); }
CAMLprim value caml_atanh_float(value f) { return caml_copy_double(atanh_(Double_val(f))); }
CAMLprim value caml_cbrt_float(value f) { return caml_copy_double(cbrt_(Double_val(f))); }
CAMLprim value caml_erf_float(value f) { return caml_copy_double(erf_series(Double_val(f))); }
CAMLprim value caml_erfc_float(value f) { return caml_copy_double(erfc_(Double_val(f))); }
CAMLprim value caml_exp2_float(value f) { return caml_copy_double(rb_pow(2.0, Double_val(f))); }
CAMLprim value caml_atan2_float(value a, value b)
{
  return caml_copy_double(atan2_(Double_val(a), Double_val(b)));
}
/* Float.pow as OCaml 4.13 computes it: nan when either argument is nan
 * (even pow 1. nan and pow nan 0.) */
static double ocaml_pow(double x, double y)
{
  if (is_nan(x) || is_nan(y)) return NAN_;
  return rb_pow(x, y);
}
CAMLprim value caml_power_float(value a, value b)
{
  return caml_copy_double(ocaml_pow(Double_val(a), Double_val(b)));
}
CAMLprim value caml_hypot_float(value a, value b)
{
  return caml_copy_double(hypot_(Double_val(a), Double_val(b)));
}
CAMLprim value caml_fmod_float(value a, value b)
{
  return caml_copy_double(rb_fmod(Double_val(a), Double_val(b)));
}
CAMLprim value caml_copysign_float(value a, value b)
{
  return caml_copy_double(copysign_(Double_val(a), Double_val(b)));
}
/* fma: a * b + c rounded once (to nearest, ties to even), in integers.
 * The exact product (106 bits) and c are put in 128-bit integers with their
 * leading bit at bit 125, the smaller one shifted right with the lost bits
 * jammed into bit 0 (enough for correct rounding: cancellation only happens
 * for shifts of 0 or 1, which lose nothing), added, and rounded to the
 * double's precision (subnormals included).  No FMA instruction: the pvh
 * kernel does not enable AVX state. */
typedef unsigned __int128 u128;

static int msb128(u128 x)
{
  uint64_t hi = (uint64_t)(x >> 64);
  return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll((uint64_t)x);
}

static void split_double(double x, uint64_t *m, int *e)
{
  uint64_t b = to_bits(x);
  int ex = (int)((b >> 52) & 0x7FF);
  uint64_t frac = b & ((1ULL << 52) - 1);
  if (ex == 0) {
    *m = frac;
    *e = -1074;
  } else {
    *m = frac | (1ULL << 52);
    *e = ex - 1075;
  }
}

/* (-1)^neg * r * 2^e, r != 0, rounded to a double */
static double round_to_double(int neg, u128 r, int e)
{
  int k = msb128(r);
  int top = k + e; /* the value is in [2^top, 2^(top+1)) */
  uint64_t sign = neg ? 1ULL << 63 : 0;
  if (top > 1023) return of_bits(sign | 0x7FF0000000000000ULL);
  int lsb_exp = top >= -1022 ? top - 52 : -1074; /* exponent of the last kept bit */
  int shift = lsb_exp - e;                       /* bits of r to drop */
  u128 q;
  if (shift <= 0) {
    q = r << -shift;
  } else if (shift > 127) {
    q = 0; /* r < 2^(shift-1): below half an ulp */
  } else {
    q = r >> shift;
    u128 rem = r & (((u128)1 << shift) - 1), half = (u128)1 << (shift - 1);
    if (rem > half || (rem == half && (q & 1))) q++;
  }
  /* q * 2^lsb_exp; q <= 2^53 */
  if (q == 0) return of_bits(sign);
  if (lsb_exp == -1074) /* subnormal (or the smallest normals: q's bit 52 is the exponent's 1) */
    return of_bits(sign | (uint64_t)q);
  if (q == ((u128)1 << 53)) {
    q >>= 1;
    lsb_exp++;
  }
  int biased = lsb_exp + 52 + 1023;
  if (biased >= 0x7FF) return of_bits(sign | 0x7FF0000000000000ULL);
  return of_bits(sign | ((uint64_t)biased << 52) | ((uint64_t)q & ((1ULL << 52) - 1)));
}

static double fma_exact(double a, double b, double c)
{
  int fa = isfinite_(a), fb = isfinite_(b), fc = isfinite_(c);
  if (!(fa && fb)) return a * b + c;   /* nan or infinite product: IEEE arithmetic is exact */
  if (!fc) return c + 0.0 * a;         /* infinite or nan c, finite product */
  if (a == 0 || b == 0) return a * b + c;
  uint64_t ma, mb, mc;
  int ea, eb, ec;
  split_double(a, &ma, &ea);
  split_double(b, &mb, &eb);
  split_double(c, &mc, &ec);
  int sp = (to_bits(a) ^ to_bits(b)) >> 63, sc = to_bits(c) >> 63;
  u128 p = (u128)ma * mb;
  int ep = ea + eb;
  int sh = 125 - msb128(p);
  p <<= sh;
  ep -= sh;
  if (mc == 0) return round_to_double(sp, p, ep);
  u128 q = mc;
  sh = 125 - msb128(q);
  q <<= sh;
  ec -= sh;
  /* big: larger exponent */
  u128 big = p, small = q;
  int ebig = ep, esmall = ec, sbig = sp, ssmall = sc;
  if (ec > ep || (ec == ep && q > p)) {
    big = q, small = p, ebig = ec, esmall = ep, sbig = sc, ssmall = sp;
  }
  int d = ebig - esmall;
  if (d > 0) {
    if (d >= 128) small = small != 0;
    else {
      int sticky = (small & (((u128)1 << d) - 1)) != 0;
      small = (small >> d) | (u128)sticky;
    }
  }
  u128 r = sbig == ssmall ? big + small : big - small;
  if (r == 0) return 0.0;
  return round_to_double(sbig, r, ebig);
}

CAMLprim value caml_fma_float(value a, value b, value c)
{
  return caml_copy_double(fma_exact(Double_val(a), Double_val(b), Double_val(c)));
}

/* Float.Array's %floatarray_* primitives, which robur's lambda turns into
 * calls of caml_floatarray_*: a float array holds one double per word;
 * the checked accesses are array.c's. */
CAMLprim value caml_floatarray_length(value a) { return Val_long(Wosize_val(a)); }
CAMLprim value caml_floatarray_get(value a, value i);
CAMLprim value caml_floatarray_set(value a, value i, value v);
CAMLprim value caml_floatarray_safe_get(value a, value i) { return caml_floatarray_get(a, i); }
CAMLprim value caml_floatarray_safe_set(value a, value i, value v) { return caml_floatarray_set(a, i, v); }

/* Unboxed variants (ocamlopt calls these with [@unboxed] externals). */
double caml_sqrt(double x) { return rb_sqrt(x); }
double caml_floor(double x) { return rb_floor(x); }
double caml_ceil(double x) { return rb_ceil(x); }
double caml_trunc(double x) { return rb_trunc(x); }
double caml_round(double x) { return rb_round(x); }
double caml_fmod(double x, double y) { return rb_fmod(x, y); }
double caml_exp(double x) { return rb_exp(x); }
double caml_log(double x) { return rb_log(x); }
double caml_log2(double x) { return log2_(x); }
double caml_log10(double x) { return log10_(x); }
double caml_expm1(double x) { return expm1_(x); }
double caml_log1p(double x) { return log1p_(x); }
double caml_pow(double x, double y) { return ocaml_pow(x, y); }
double caml_sin(double x) { return sin_(x); }
double caml_cos(double x) { return cos_(x); }
double caml_tan(double x) { return tan_(x); }
double caml_asin(double x) { return asin_(x); }
double caml_acos(double x) { return acos_(x); }
double caml_atan(double x) { return atan_(x); }
double caml_atan2(double y, double x) { return atan2_(y, x); }
double caml_sinh(double x) { return sinh_(x); }
double caml_cosh(double x) { return cosh_(x); }
double caml_tanh(double x) { return tanh_(x); }
double caml_asinh(double x) { return asinh_(x); }
double caml_acosh(double x) { return acosh_(x); }
double caml_atanh(double x) { return atanh_(x); }
double caml_hypot(double x, double y) { return hypot_(x, y); }
double caml_cbrt(double x) { return cbrt_(x); }
double caml_erf(double x) { return erf_series(x); }
double caml_erfc(double x) { return erfc_(x); }
double caml_exp2(double x) { return rb_pow(2.0, x); }
double caml_copysign(double x, double y) { return copysign_(x, y); }
double caml_fma(double a, double b, double c) { return fma_exact(a, b, c); }
double caml_ldexp_float_unboxed(double x, intnat e)
{
  if (e > 10000) e = 10000;
  if (e < -10000) e = -10000;
  return rb_ldexp(x, (int)e);
}

CAMLprim value caml_ldexp_float(value f, value e)
{
  return caml_copy_double(caml_ldexp_float_unboxed(Double_val(f), Long_val(e)));
}

CAMLprim value caml_frexp_float(value f)
{
  CAMLparam1(f);
  CAMLlocal1(m);
  int e;
  m = caml_copy_double(rb_frexp(Double_val(f), &e));
  value r = caml_alloc_small(2, 0);
  Field(r, 0) = m;
  Field(r, 1) = Val_int(e);
  CAMLreturn(r);
}

CAMLprim value caml_modf_float(value f)
{
  CAMLparam1(f);
  CAMLlocal2(a, b);
  double x = Double_val(f);
  double ip = rb_trunc(x);
  double fp = is_inf(x) ? copysign_(0.0, x) : copysign_(x - ip, x);
  if (is_nan(x)) fp = ip = x;
  a = caml_copy_double(fp);
  b = caml_copy_double(ip);
  value r = caml_alloc_small(2, 0);
  Field(r, 0) = a;
  Field(r, 1) = b;
  CAMLreturn(r);
}

double caml_nextafter(double x, double y)
{
  if (is_nan(x) || is_nan(y)) return NAN_;
  if (x == y) return y;
  if (x == 0) return copysign_(of_bits(1), y);
  uint64_t u = to_bits(x);
  if ((x < y) == (x > 0)) u++;
  else u--;
  return of_bits(u);
}
CAMLprim value caml_nextafter_float(value a, value b)
{
  return caml_copy_double(caml_nextafter(Double_val(a), Double_val(b)));
}

intnat caml_signbit(double x) { return (intnat)(to_bits(x) >> 63); }
CAMLprim value caml_signbit_float(value f) { return Val_bool(caml_signbit(Double_val(f))); }

/* Stdlib.fpclass: FP_normal FP_subnormal FP_zero FP_infinite FP_nan */
value caml_classify_float_unboxed(double x)
{
  uint64_t u = to_bits(x);
  uint64_t e = (u >> 52) & 0x7FF, m = u & ((1ULL << 52) - 1);
  if (e == 0) return Val_int(m == 0 ? 2 : 1);
  if (e == 0x7FF) return Val_int(m == 0 ? 3 : 4);
  return Val_int(0);
}
CAMLprim value caml_classify_float(value f) { return caml_classify_float_unboxed(Double_val(f)); }

CAMLprim value caml_float_of_int(value n) { return caml_copy_double((double)Long_val(n)); }
CAMLprim value caml_int_of_float(value f) { return Val_long((intnat)Double_val(f)); }
CAMLprim value caml_neg_float(value f) { return caml_copy_double(-Double_val(f)); }
CAMLprim value caml_abs_float(value f) { return caml_copy_double(fabs_(Double_val(f))); }
CAMLprim value caml_add_float(value a, value b) { return caml_copy_double(Double_val(a) + Double_val(b)); }
CAMLprim value caml_sub_float(value a, value b) { return caml_copy_double(Double_val(a) - Double_val(b)); }
CAMLprim value caml_mul_float(value a, value b) { return caml_copy_double(Double_val(a) * Double_val(b)); }
CAMLprim value caml_div_float(value a, value b) { return caml_copy_double(Double_val(a) / Double_val(b)); }
CAMLprim value caml_eq_float(value a, value b) { return Val_bool(Double_val(a) == Double_val(b)); }
CAMLprim value caml_neq_float(value a, value b) { return Val_bool(Double_val(a) != Double_val(b)); }
CAMLprim value caml_lt_float(value a, value b) { return Val_bool(Double_val(a) < Double_val(b)); }
CAMLprim value caml_le_float(value a, value b) { return Val_bool(Double_val(a) <= Double_val(b)); }
CAMLprim value caml_gt_float(value a, value b) { return Val_bool(Double_val(a) > Double_val(b)); }
CAMLprim value caml_ge_float(value a, value b) { return Val_bool(Double_val(a) >= Double_val(b)); }

intnat caml_float_compare_unboxed(double f, double g)
{
  /* nan equal to itself and smaller than anything else, as compare */
  return (intnat)(f > g) - (intnat)(f < g) + (intnat)(f == f) - (intnat)(g == g);
}
CAMLprim value caml_float_compare(value a, value b)
{
  return Val_long(caml_float_compare_unboxed(Double_val(a), Double_val(b)));
}

CAMLprim value caml_int64_bits_of_float(value f) { return caml_copy_int64((int64_t)to_bits(Double_val(f))); }
CAMLprim value caml_int64_float_of_bits(value i) { return caml_copy_double(of_bits((uint64_t)Int64_val(i))); }
int64_t caml_int64_bits_of_float_unboxed(double d) { return (int64_t)to_bits(d); }
double caml_int64_float_of_bits_unboxed(int64_t i) { return of_bits((uint64_t)i); }
CAMLprim value caml_int32_bits_of_float(value f)
{
  float s = (float)Double_val(f);
  union {
    float f;
    int32_t i;
  } u;
  u.f = s;
  return caml_copy_int32(u.i);
}
CAMLprim value caml_int32_float_of_bits(value i)
{
  union {
    float f;
    int32_t i;
  } u;
  u.i = Int32_val(i);
  return caml_copy_double((double)u.f);
}

/* ------------------------------------------------- printing and parsing */

CAMLprim value caml_format_float(value fmt, value arg)
{
  CAMLparam2(fmt, arg);
  char small[64];
  size_t n = rb_format_float(small, sizeof small, String_val(fmt), Double_val(arg));
  value s = caml_alloc_string(n);
  if (n < sizeof small)
    for (size_t i = 0; i < n; i++) Byte(s, i) = small[i];
  else
    rb_format_float((char *)Bytes_val(s), n + 1, String_val(fmt), Double_val(arg));
  CAMLreturn(s);
}

CAMLprim value caml_hexstring_of_float(value arg, value prec, value style)
{
  char buf[64 + 32];
  intnat p = Long_val(prec);
  if (p > 64) {
    CAMLparam3(arg, prec, style);
    size_t n = rb_hexstring_of_float(NULL, 0, Double_val(arg), (int)p, (char)Long_val(style));
    value s = caml_alloc_string(n);
    rb_hexstring_of_float((char *)Bytes_val(s), n + 1, Double_val(arg), (int)p, (char)Long_val(style));
    CAMLreturn(s);
  }
  size_t n = rb_hexstring_of_float(buf, sizeof buf, Double_val(arg), (int)p, (char)Long_val(style));
  return caml_alloc_initialized_string(n, buf);
}

CAMLprim value caml_float_of_string(value s)
{
  double d;
  if (rb_parse_float(String_val(s), caml_string_length(s), &d) != 0)
    caml_failwith("float_of_string");
  return caml_copy_double(d);
}
