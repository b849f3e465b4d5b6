/* float_format.c: exact printf-style formatting of doubles and integers.
 *
 * Design.  A finite double is |x| = m * 2^e with m < 2^53 an integer.  Every
 * conversion (%f %e %g) only ever needs the integer N = floor(|x| * 10^q) for
 * one q >= 0, plus a "tail class" saying whether the discarded fraction
 * |x|*10^q - N is zero, below one half, exactly one half or above one half.
 * With that, rounding the decimal string half-to-even is exact, which is what
 * glibc does (it also works on the exact value).  N is computed exactly with a
 * small fixed-size big integer on the stack:
 *
 *   e >= 0:  |x| is an integer m*2^e (< 2^1024); N = (its digits) * 10^q,
 *            the q zeros are never materialised, tail = 0.
 *   e < 0 (k = -e):  |x|*10^q = m*5^q / 2^(k-q).
 *            q >= k: N = m*5^k * 10^(q-k) exactly (zeros again implicit);
 *            q <  k: N = (m*5^q) >> (k-q) and the shifted-out bits give the
 *                    tail class (top bit = the 1/2 bit, the rest = sticky).
 *
 * For %f, q is the precision.  For %e/%g with P significant digits, q is
 * chosen from a lower estimate of the decimal exponent so that N has at least
 * P+1 digits; the string is then rounded at P digits.  The big integer never
 * exceeds m*5^1074 < 2^2547 (80 limbs of 32 bits; we reserve 84), N has at
 * most 1090 decimal digits (x < 2^53 with 1073 fractional digits), so all
 * buffers below are fixed and small: gcc -fstack-usage reports 1376 bytes for
 * rb_format_float plus 944 for exact_scaled, about 2.3 KiB at the deepest.
 * Digits beyond the exact expansion are always zeros and are produced on the
 * fly, so any precision works without larger buffers.
 *
 * Big-integer limbs are 32 bits so that every product and every division fits
 * the native 64-bit instructions (no __int128 division, which would need
 * libgcc).  Conversion to decimal divides repeatedly by 10^9.
 *
 * Output goes through a small writer that counts everything and stores what
 * fits, giving snprintf's return convention.  Justification needs the body
 * length first, so the body is emitted twice: once counting, once writing.
 */
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "float_format.h"

/* ---------- output writer ---------- */

typedef struct {
    char *buf;
    size_t cap;   /* bytes we may store, NUL included */
    size_t len;   /* bytes of the full result so far */
    bool dry;     /* counting pass: store nothing */
} writer;

static void w_putc(writer *w, char c)
{
    if (!w->dry && w->len + 1 < w->cap)
        w->buf[w->len] = c;
    w->len++;
}

static void w_rep(writer *w, char c, long long n)
{
    while (n-- > 0)
        w_putc(w, c);
}

static void w_puts(writer *w, const char *s)
{
    while (*s)
        w_putc(w, *s++);
}

static size_t w_finish(writer *w)
{
    if (w->cap > 0)
        w->buf[w->len < w->cap ? w->len : w->cap - 1] = '\0';
    return w->len;
}

/* ---------- format spec parsing ---------- */

typedef struct {
    bool minus, plus, space, zero, alt;
    long width;   /* 0 if absent */
    long prec;    /* -1 if absent */
    char conv;
} spec;

/* Parses "%[flags][width][.prec][lenmods]conv" and nothing else.  Returns
 * false on anything malformed (including '*' and out-of-range fields). */
static bool parse_spec(const char *f, spec *sp, const char *convs)
{
    sp->minus = sp->plus = sp->space = sp->zero = sp->alt = false;
    sp->width = 0;
    sp->prec = -1;
    if (*f++ != '%')
        return false;
    for (;; f++) {
        if (*f == '-') sp->minus = true;
        else if (*f == '+') sp->plus = true;
        else if (*f == ' ') sp->space = true;
        else if (*f == '0') sp->zero = true;
        else if (*f == '#') sp->alt = true;
        else break;
    }
    while (*f >= '0' && *f <= '9') {
        sp->width = sp->width * 10 + (*f++ - '0');
        if (sp->width > RB_FMT_MAX_FIELD)
            return false;
    }
    if (*f == '.') {
        f++;
        sp->prec = 0;   /* "%.f" means precision 0, as in C */
        while (*f >= '0' && *f <= '9') {
            sp->prec = sp->prec * 10 + (*f++ - '0');
            if (sp->prec > RB_FMT_MAX_FIELD)
                return false;
        }
    }
    while (*f == 'l' || *f == 'L' || *f == 'n' || *f == 'h' || *f == 'j' ||
           *f == 'z' || *f == 't' || *f == 'q')
        f++;
    sp->conv = *f;
    if (sp->conv == '\0' || f[1] != '\0')
        return false;
    for (; *convs; convs++)
        if (*convs == sp->conv)
            return true;
    return false;
}

/* ---------- fixed-size big integers ---------- */

#define BIG_LIMBS 84            /* m*5^1074 < 2^2547 needs 80 */
#define MAX_DIGITS 1100         /* floor(x*10^q) for q < k: <= 1090 digits */

typedef struct {
    uint32_t w[BIG_LIMBS];      /* little endian */
    int n;                      /* limbs in use; w[n-1] != 0 unless n == 0 */
} big;

static void big_set_u64(big *b, uint64_t v)
{
    b->n = 0;
    while (v) {
        b->w[b->n++] = (uint32_t)v;
        v >>= 32;
    }
}

static void big_mul_small(big *b, uint32_t k)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] * k + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        b->w[b->n++] = (uint32_t)carry;
}

static void big_mul_pow5(big *b, int e)
{
    /* 5^13 is the largest power of 5 below 2^32. */
    while (e >= 13) {
        big_mul_small(b, 1220703125u);
        e -= 13;
    }
    uint32_t p = 1;
    while (e-- > 0)
        p *= 5;
    if (p > 1)
        big_mul_small(b, p);
}

static void big_shl(big *b, int s)
{
    int limbs = s / 32, bits = s % 32;
    if (b->n == 0)
        return;
    if (bits) {
        uint32_t carry = 0;
        for (int i = 0; i < b->n; i++) {
            uint32_t v = b->w[i];
            b->w[i] = (v << bits) | carry;
            carry = v >> (32 - bits);
        }
        if (carry)
            b->w[b->n++] = carry;
    }
    if (limbs) {
        for (int i = b->n - 1; i >= 0; i--)
            b->w[i + limbs] = b->w[i];
        for (int i = 0; i < limbs; i++)
            b->w[i] = 0;
        b->n += limbs;
    }
}

/* Tail classes of a discarded fraction. */
enum { TAIL_ZERO, TAIL_LOW, TAIL_HALF, TAIL_HIGH };

static bool big_bit(const big *b, int i)
{
    return i / 32 < b->n && ((b->w[i / 32] >> (i % 32)) & 1u);
}

/* b >>= s (s >= 1); returns the tail class of the bits shifted out. */
static int big_shr_tail(big *b, int s)
{
    bool half = big_bit(b, s - 1);
    bool sticky = false;
    for (int i = 0; i < (s - 1) / 32 && i < b->n; i++)
        if (b->w[i]) { sticky = true; break; }
    if (!sticky && (s - 1) % 32 && (s - 1) / 32 < b->n)
        sticky = (b->w[(s - 1) / 32] & ((1u << ((s - 1) % 32)) - 1)) != 0;

    int limbs = s / 32, bits = s % 32;
    if (limbs >= b->n) {
        b->n = 0;
    } else {
        int n = b->n - limbs;
        for (int i = 0; i < n; i++) {
            uint32_t lo = b->w[i + limbs] >> bits;
            uint32_t hi = (bits && i + limbs + 1 < b->n)
                              ? b->w[i + limbs + 1] << (32 - bits) : 0;
            b->w[i] = lo | hi;
        }
        b->n = n;
        while (b->n > 0 && b->w[b->n - 1] == 0)
            b->n--;
    }
    if (!half)
        return sticky ? TAIL_LOW : TAIL_ZERO;
    return sticky ? TAIL_HIGH : TAIL_HALF;
}

/* Decimal digits of b (destroyed) into out, most significant first, no
 * leading zeros (zero gives no digits).  Returns the digit count. */
static int big_to_dec(big *b, char *out)
{
    uint32_t chunk[MAX_DIGITS / 9 + 2];
    int nc = 0;
    while (b->n > 0) {
        uint64_t r = 0;
        for (int i = b->n - 1; i >= 0; i--) {
            uint64_t cur = (r << 32) | b->w[i];
            b->w[i] = (uint32_t)(cur / 1000000000u);
            r = cur % 1000000000u;
        }
        while (b->n > 0 && b->w[b->n - 1] == 0)
            b->n--;
        chunk[nc++] = (uint32_t)r;
    }
    int nd = 0;
    for (int c = nc - 1; c >= 0; c--) {
        char tmp[9];
        uint32_t v = chunk[c];
        for (int i = 8; i >= 0; i--) {
            tmp[i] = (char)('0' + v % 10);
            v /= 10;
        }
        int start = 0;
        if (c == nc - 1)
            while (start < 8 && tmp[start] == '0')
                start++;
        for (int i = start; i < 9; i++)
            out[nd++] = tmp[i];
    }
    return nd;
}

/* ---------- exact scaled digits ---------- */

/* A decimal digit string d[0..nd) followed by `zeros` implicit zeros. */
typedef struct {
    char d[MAX_DIGITS + 2];
    int nd;
    long long zeros;
    int tail;
} decimal;

/* floor(m * 2^e * 10^q) for q >= 0, m != 0, with the tail class. */
static void exact_scaled(uint64_t m, int e, long q, decimal *out)
{
    big b;
    big_set_u64(&b, m);
    out->tail = TAIL_ZERO;
    out->zeros = 0;
    if (e >= 0) {
        big_shl(&b, e);
        out->zeros = q;
    } else {
        long k = -(long)e;
        if (q >= k) {
            big_mul_pow5(&b, (int)k);
            out->zeros = q - k;
        } else {
            big_mul_pow5(&b, (int)q);
            out->tail = big_shr_tail(&b, (int)(k - q));
        }
    }
    /* d[0] is kept free so a rounding carry can prepend a '1'. */
    out->nd = big_to_dec(&b, out->d + 1);
}

/* Adds one unit in the last place of d[1..1+n); returns true if the carry
 * came out of the top (then the digits are 000... and d[0] must become 1). */
static bool incr_digits(char *d, int n)
{
    for (int i = n - 1; i >= 0; i--) {
        if (d[i] != '9') {
            d[i]++;
            return false;
        }
        d[i] = '0';
    }
    return true;
}

static bool round_up(int tail, char last_digit)
{
    return tail == TAIL_HIGH ||
           (tail == TAIL_HALF && ((last_digit - '0') & 1));
}

/* floor(log10(2^(b-1))) or one less: a lower estimate of the decimal
 * exponent of a value in [2^(b-1), 2^b).  78913/2^18 < log10(2). */
static long dec_exp_estimate(long b)
{
    long t = (b - 1) * 78913;
    return t >= 0 ? t >> 18 : -((-t + 262143) >> 18);
}

/* Significant digits of |x| rounded to P digits (P >= 1).  On return
 * dig[0..*ndig) are the leading digits (the rest up to P are zeros) and *X is
 * the decimal exponent of the first digit.  Returns true if rounding carried
 * into a new leading digit (99.6 -> 1.0e2). */
static bool sig_digits(uint64_t m, int e, long P, decimal *dc,
                       const char **dig, int *ndig, long *X)
{
    int bl = 0;
    for (uint64_t t = m; t; t >>= 1)
        bl++;
    long est = dec_exp_estimate(bl + e);
    long q = P - est;
    if (q < 0)
        q = 0;
    exact_scaled(m, e, q, dc);
    char *d = dc->d + 1;
    long long total = dc->nd + dc->zeros;
    *X = (long)(total - 1 - q);
    if (total <= P || P >= dc->nd) {
        /* Everything that gets dropped is zero (tail is zero here: the
         * choice of q guarantees more than P digits when q < k). */
        *dig = d;
        *ndig = dc->nd < P ? dc->nd : (int)P;
        return false;
    }
    /* P < nd: round at digit P. */
    int n = (int)P;
    char first = d[n];
    bool rest = dc->tail != TAIL_ZERO;
    for (int i = n + 1; i < dc->nd && !rest; i++)
        if (d[i] != '0')
            rest = true;
    bool up = first > '5' || (first == '5' && (rest || ((d[n - 1] - '0') & 1)));
    bool carry = up && incr_digits(d, n);
    if (carry) {
        d[-1] = '1';
        d--;
        (*X)++;
    }
    *dig = d;
    *ndig = n;
    return carry;
}

/* ---------- float bodies ---------- */

typedef struct {
    /* what to print, computed once, emitted twice */
    char sign;              /* 0, '-', '+', ' ' */
    bool special;           /* inf or nan: text only */
    const char *text;
    /* digit source: dig[0..ndig) then zeros */
    const char *dig;
    long long ndig;
    /* layout */
    char kind;              /* 'f' or 'e' */
    bool intzero;           /* 'f': integer part is "0", digits all after '.' */
    long long intlen;       /* 'f': number of integer digits (>= 1) */
    long long fraclen;      /* digits after the point */
    long long lead_zeros;   /* 'f': zeros between '.' and dig (tiny %g) */
    bool point;
    long expo;              /* 'e' */
    bool upper;
} fbody;

static char src_digit(const fbody *fb, long long i)
{
    return i < fb->ndig ? fb->dig[i] : '0';
}

static void emit_number(writer *w, const fbody *fb)
{
    if (fb->special) {
        w_puts(w, fb->text);
        return;
    }
    if (fb->kind == 'f') {
        long long i = 0;
        if (fb->intzero)
            w_putc(w, '0');
        else
            for (; i < fb->intlen; i++)
                w_putc(w, src_digit(fb, i));
        if (fb->point)
            w_putc(w, '.');
        long long lz = fb->lead_zeros < fb->fraclen ? fb->lead_zeros : fb->fraclen;
        w_rep(w, '0', lz);
        /* real digits, then the implicit zeros in one run */
        long long left = fb->fraclen - lz;
        while (left > 0 && i < fb->ndig) {
            w_putc(w, fb->dig[i++]);
            left--;
        }
        w_rep(w, '0', left);
    } else {
        w_putc(w, src_digit(fb, 0));
        if (fb->point)
            w_putc(w, '.');
        long long i = 1, left = fb->fraclen;
        while (left > 0 && i < fb->ndig) {
            w_putc(w, fb->dig[i++]);
            left--;
        }
        w_rep(w, '0', left);
        w_putc(w, fb->upper ? 'E' : 'e');
        long ex = fb->expo;
        w_putc(w, ex < 0 ? '-' : '+');
        if (ex < 0)
            ex = -ex;
        char tmp[8];
        int n = 0;
        do {
            tmp[n++] = (char)('0' + ex % 10);
            ex /= 10;
        } while (ex);
        if (n < 2)
            tmp[n++] = '0';
        while (n > 0)
            w_putc(w, tmp[--n]);
    }
}

static size_t emit_padded(writer *w, const spec *sp, const fbody *fb)
{
    writer cnt = { 0, 0, 0, true };
    emit_number(&cnt, fb);
    long long body = (long long)cnt.len + (fb->sign ? 1 : 0);
    long long pad = sp->width > body ? sp->width - body : 0;
    /* '0' pads after the sign, '-' overrides '0'; glibc never zero-pads
     * inf and nan. */
    bool zero = sp->zero && !sp->minus && !fb->special;
    if (!sp->minus && !zero)
        w_rep(w, ' ', pad);
    if (fb->sign)
        w_putc(w, fb->sign);
    if (zero)
        w_rep(w, '0', pad);
    emit_number(w, fb);
    if (sp->minus)
        w_rep(w, ' ', pad);
    return w_finish(w);
}

typedef union { double d; uint64_t u; } dbits;

size_t rb_format_float(char *buf, size_t cap, const char *fmt, double x)
{
    writer w = { buf, cap, 0, false };
    spec sp;
    if (!parse_spec(fmt, &sp, "fFeEgG"))
        return w_finish(&w);
    dbits v;
    v.d = x;
    bool neg = (v.u >> 63) != 0;
    int bexp = (int)((v.u >> 52) & 0x7ff);
    uint64_t frac = v.u & ((UINT64_C(1) << 52) - 1);
    char lc = sp.conv | 0x20;
    bool upper = sp.conv != lc;
    long prec = sp.prec < 0 ? 6 : sp.prec;

    fbody fb;
    fb.sign = neg ? '-' : sp.plus ? '+' : sp.space ? ' ' : 0;
    fb.special = false;
    fb.upper = upper;
    fb.lead_zeros = 0;
    fb.intzero = false;
    if (bexp == 0x7ff) {
        fb.special = true;
        fb.text = frac ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return emit_padded(&w, &sp, &fb);
    }
    uint64_t m = bexp ? frac | (UINT64_C(1) << 52) : frac;
    int e = bexp ? bexp - 1075 : -1074;

    decimal dc;
    if (lc == 'f') {
        fb.kind = 'f';
        fb.fraclen = prec;
        fb.point = prec > 0 || sp.alt;
        if (m == 0) {
            fb.dig = "0";
            fb.ndig = 1;
            fb.intlen = 1;
            return emit_padded(&w, &sp, &fb);
        }
        exact_scaled(m, e, prec, &dc);
        char *d = dc.d + 1;
        int nd = dc.nd;
        if (nd == 0) {
            /* |x|*10^prec < 1: the result is 0 or 1 unit of the last place */
            if (round_up(dc.tail, '0')) {
                d[0] = '1';
                nd = 1;
            }
        } else if (dc.zeros == 0 && round_up(dc.tail, d[nd - 1])) {
            if (incr_digits(d, nd)) {
                d--;
                d[0] = '1';
                nd++;
            }
        }
        long long total = nd + dc.zeros;
        fb.dig = d;
        fb.ndig = nd;
        if (total > prec) {
            fb.intlen = total - prec;
        } else {
            /* integer part 0: the digits sit right-aligned in the fraction */
            fb.intzero = true;
            fb.lead_zeros = prec - total;
        }
        return emit_padded(&w, &sp, &fb);
    }

    /* e and g: P significant digits */
    long P = lc == 'e' ? prec + 1 : (prec == 0 ? 1 : prec);
    const char *dig;
    int ndig;
    long X;
    bool carry = false;
    if (m == 0) {
        dig = "0";
        ndig = 1;
        X = 0;
    } else {
        carry = sig_digits(m, e, P, &dc, &dig, &ndig, &X);
    }
    fb.dig = dig;
    fb.ndig = ndig;
    if (lc == 'e' || !(P > X && X >= -4)) {
        fb.kind = 'e';
        fb.expo = X;
        fb.fraclen = P - 1;
        if (lc == 'g' && carry && X == P) {
            /* glibc quirk, visible only with '#': it picked fixed notation
             * from the unrounded exponent P-1, i.e. 0 decimals, and keeps
             * that count when the carry forces exponent notation
             * ("%#.2g" of 99.6 is "1.e+02") */
            fb.fraclen = 0;
        } else if (lc == 'g' && !sp.alt) {
            /* %g drops trailing zeros, and the point if nothing follows */
            long long last = ndig - 1;
            while (last > 0 && dig[last] == '0')
                last--;
            fb.fraclen = last;
        }
        fb.point = fb.fraclen > 0 || sp.alt;
        return emit_padded(&w, &sp, &fb);
    }
    /* %g in fixed notation: P - 1 - X decimals, same digits */
    fb.kind = 'f';
    long long fraclen = P - 1 - X;
    if (!sp.alt) {
        /* drop trailing zeros: digits [0..last] are the significant ones */
        long long last = ndig - 1;
        while (last > 0 && dig[last] == '0')
            last--;
        long long after = X >= 0 ? last - X : last + 1;
        if (after < 0)
            after = 0;
        fraclen = X >= 0 ? after : (-X - 1) + after;
    }
    fb.fraclen = fraclen;
    fb.point = fraclen > 0 || sp.alt;
    if (X >= 0) {
        fb.intlen = X + 1;
    } else {
        /* "0." then -X-1 zeros then the digits */
        fb.intzero = true;
        fb.lead_zeros = -X - 1;
    }
    return emit_padded(&w, &sp, &fb);
}

size_t rb_format_float_bound(const char *fmt)
{
    spec sp;
    if (!parse_spec(fmt, &sp, "fFeEgG"))
        return 0;
    long prec = sp.prec < 0 ? 6 : sp.prec;
    /* %f: sign + 309 integer digits + '.' + prec; %e: sign + 2 + prec + 6 */
    size_t body = (size_t)prec + 320;
    return (size_t)sp.width > body ? (size_t)sp.width : body;
}

/* ---------- %h ---------- */

size_t rb_hexstring_of_float(char *buf, size_t cap, double x, int prec, char style)
{
    writer w = { buf, cap, 0, false };
    dbits v;
    v.d = x;
    int bexp = (int)((v.u >> 52) & 0x7ff);
    uint64_t m = v.u & ((UINT64_C(1) << 52) - 1);
    if (v.u >> 63)
        w_putc(&w, '-');
    else if (style == '+' || style == ' ')
        w_putc(&w, style);
    if (bexp == 0x7ff) {
        w_puts(&w, m ? "nan" : "infinity");
        return w_finish(&w);
    }
    int ex;
    if (bexp == 0) {
        ex = m ? -1022 : 0;     /* subnormals print as 0x0.xxxp-1022 */
    } else {
        ex = bexp - 1023;
        m |= UINT64_C(1) << 52;
    }
    if (prec >= 0 && prec < 13) {
        /* round the 52 fraction bits to 4*prec, half to even; a carry may
         * turn the leading digit into 2 (OCaml keeps it, e.g. 0x2p+0) */
        int drop = 52 - 4 * prec;
        uint64_t unit = UINT64_C(1) << drop;
        uint64_t rem = m & (unit - 1);
        m -= rem;
        if (rem > unit / 2 || (rem == unit / 2 && (m & unit)))
            m += unit;
    }
    static const char hex[] = "0123456789abcdef";
    w_puts(&w, "0x");
    w_putc(&w, hex[(m >> 52) & 0xf]);
    uint64_t f = m & ((UINT64_C(1) << 52) - 1);
    if (prec < 0) {
        if (f) {
            w_putc(&w, '.');
            while (f) {
                w_putc(&w, hex[f >> 48]);
                f = (f << 4) & ((UINT64_C(1) << 52) - 1);
            }
        }
    } else if (prec > 0) {
        w_putc(&w, '.');
        for (int i = 0; i < prec; i++) {
            w_putc(&w, hex[f >> 48]);
            f = (f << 4) & ((UINT64_C(1) << 52) - 1);
        }
    }
    w_putc(&w, 'p');
    w_putc(&w, ex < 0 ? '-' : '+');
    unsigned ue = (unsigned)(ex < 0 ? -ex : ex);
    char tmp[8];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + ue % 10);
        ue /= 10;
    } while (ue);
    while (n > 0)
        w_putc(&w, tmp[--n]);
    return w_finish(&w);
}

/* ---------- integers ---------- */

size_t rb_format_int(char *buf, size_t cap, const char *fmt, int64_t v)
{
    writer w = { buf, cap, 0, false };
    spec sp;
    if (!parse_spec(fmt, &sp, "diuxXo"))
        return w_finish(&w);
    bool is_signed = sp.conv == 'd' || sp.conv == 'i';
    uint64_t u;
    char sign = 0;
    if (is_signed) {
        if (v < 0) {
            sign = '-';
            u = -(uint64_t)v;
        } else {
            u = (uint64_t)v;
            sign = sp.plus ? '+' : sp.space ? ' ' : 0;
        }
    } else {
        u = (uint64_t)v;
    }
    unsigned base = sp.conv == 'o' ? 8 : (sp.conv == 'x' || sp.conv == 'X') ? 16 : 10;
    const char *digs = sp.conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[24];
    int nd = 0;
    for (uint64_t t = u; t; t /= base)
        tmp[nd++] = digs[t % base];
    /* C: precision = minimum digit count (default 1); "%.0d" of 0 is "" */
    long prec = sp.prec < 0 ? 1 : sp.prec;
    long long zeros = prec > nd ? prec - nd : 0;
    const char *prefix = "";
    if (sp.alt) {
        if (base == 16 && u != 0)
            prefix = sp.conv == 'X' ? "0X" : "0x";
        else if (base == 8 && zeros == 0 && (nd == 0 || tmp[nd - 1] != '0'))
            zeros = 1;      /* '#o' forces a leading 0 */
    }
    long long plen = prefix[0] ? 2 : 0;
    long long body = (sign ? 1 : 0) + plen + zeros + nd;
    long long pad = sp.width > body ? sp.width - body : 0;
    /* '0' is ignored with '-' and when a precision is given */
    bool zpad = sp.zero && !sp.minus && sp.prec < 0;
    if (!sp.minus && !zpad)
        w_rep(&w, ' ', pad);
    if (sign)
        w_putc(&w, sign);
    w_puts(&w, prefix);
    if (zpad)
        w_rep(&w, '0', pad);
    w_rep(&w, '0', zeros);
    while (nd > 0)
        w_putc(&w, tmp[--nd]);
    if (sp.minus)
        w_rep(&w, ' ', pad);
    return w_finish(&w);
}
