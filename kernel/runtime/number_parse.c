/* number_parse.c: float_of_string and int_of_string as OCaml 4.13 on glibc.
 *
 * Design.  OCaml deletes every '_' and then either runs its own hex parser
 * (caml_float_of_hex, when the string is [+-]0x...) or glibc's strtod, which
 * must consume everything.  We cannot copy the string (no heap, unbounded
 * length), so a cursor walks the original bytes and skips '_' on the fly;
 * the grammar checks are then plain recursive-descent over that cursor.
 *
 * Decimal conversion is exact.  Significant digits are kept up to
 * KEEP_DIGITS = 800; if non-zero digits are dropped we append a '1' digit
 * ("sticky").  That is enough because every number where the rounding of a
 * double can change (a midpoint between two doubles, or the overflow
 * threshold) has at most 768 significant digits, so truncating beyond 800
 * digits and nudging upward never moves the value across one of them.
 * The value D * 10^e10 is then computed as a ratio of big integers
 * X / Y * 2^b (X = D*5^e10 or D, Y = 1 or 5^-e10), a 64-bit quotient is
 * obtained by restoring long division one bit at a time (64 steps of
 * compare/subtract/shift over at most ~90 limbs: simple and exact, and fast
 * enough for a parser), and the remainder becomes a sticky bit.  The final
 * 64-bit-mantissa -> double rounding (half to even, subnormals, overflow) is
 * one shared routine, also used for hex input.  Small inputs (<= 15 digits,
 * |e10| <= 22) take the classic exact fast path: one IEEE multiply or divide
 * of two exactly representable doubles is correctly rounded.
 *
 * Integers follow OCaml's parse_intnat: 64-bit unsigned accumulation with
 * overflow checks, then the range rule for signed (decimal) versus unsigned
 * (prefixed) literals.
 */
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "number_parse.h"

/* ---------- a cursor over the string with '_' deleted ---------- */

typedef struct {
    const char *s;
    size_t len;
    size_t i;       /* index of the next byte (never at a '_') */
} cursor;

static void cur_skip(cursor *c)
{
    while (c->i < c->len && c->s[c->i] == '_')
        c->i++;
}

static void cur_init(cursor *c, const char *s, size_t len)
{
    c->s = s;
    c->len = len;
    c->i = 0;
    cur_skip(c);
}

static bool cur_end(const cursor *c) { return c->i >= c->len; }

/* next character, or -1 at the end */
static int cur_peek(const cursor *c)
{
    return c->i < c->len ? (unsigned char)c->s[c->i] : -1;
}

/* the character after the next one, or -1 */
static int cur_peek2(const cursor *c)
{
    size_t j = c->i + 1;
    while (j < c->len && c->s[j] == '_')
        j++;
    return j < c->len ? (unsigned char)c->s[j] : -1;
}

static void cur_next(cursor *c)
{
    c->i++;
    cur_skip(c);
}

static int lower(int ch) { return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch; }

static int hexval(int ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    ch = lower(ch);
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    return -1;
}

/* matches the word w (lower case) case-insensitively; consumes on success */
static bool cur_word(cursor *c, const char *w)
{
    cursor save = *c;
    for (; *w; w++) {
        if (lower(cur_peek(c)) != *w) {
            *c = save;
            return false;
        }
        cur_next(c);
    }
    return true;
}

static bool is_space(int ch)
{
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

/* ---------- doubles from bits ---------- */

typedef union { double d; uint64_t u; } dbits;

static double from_bits(uint64_t u)
{
    dbits b;
    b.u = u;
    return b.d;
}

/* Rounds (q + sticky*epsilon) * 2^e2 to a double, half to even, with
 * gradual underflow and overflow to infinity.  q == 0 gives 0. */
static uint64_t round_to_double(uint64_t q, int64_t e2, bool sticky)
{
    if (q == 0)
        return 0;
    while (!(q >> 63)) {
        q <<= 1;
        e2--;
    }
    int64_t top = e2 + 63;                /* exponent of the leading bit */
    if (top > 1023)
        return UINT64_C(0x7ff) << 52;
    int64_t shift = top >= -1022 ? 11 : -1074 - e2;  /* bits dropped */
    uint64_t mant;
    bool up;
    if (shift > 64) {
        return 0;                       /* below half the least subnormal */
    } else if (shift == 64) {
        mant = 0;
        up = q > (UINT64_C(1) << 63) || (q == (UINT64_C(1) << 63) && sticky);
    } else {
        mant = q >> shift;
        uint64_t rem = q & ((UINT64_C(1) << shift) - 1);
        uint64_t half = UINT64_C(1) << (shift - 1);
        up = rem > half || (rem == half && (sticky || (mant & 1)));
    }
    mant += up;
    if (top >= -1022) {
        /* mant includes the implicit bit: biased exponent top+1023, minus
         * one because adding mant's bit 52 adds one to the exponent field;
         * a rounding carry to 2^53 then correctly bumps the exponent, up to
         * the infinity pattern. */
        return ((uint64_t)(top + 1022) << 52) + mant;
    }
    return mant;                        /* subnormal; carry gives the min normal */
}

/* ---------- big integers for the decimal path ---------- */

#define BIG_LIMBS 100           /* 3200 bits; we need < 2700 (see below) */
#define KEEP_DIGITS 800
#define EXP_SATURATE INT64_C(1000000000000000)

typedef struct {
    uint32_t w[BIG_LIMBS];
    int n;
} big;

static void big_mul_add(big *b, uint32_t k, uint32_t add)
{
    uint64_t carry = add;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] * k + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        b->w[b->n++] = (uint32_t)carry;
}

static void big_mul_pow5(big *b, long e)
{
    while (e >= 13) {
        big_mul_add(b, 1220703125u, 0);
        e -= 13;
    }
    uint32_t p = 1;
    while (e-- > 0)
        p *= 5;
    if (p > 1)
        big_mul_add(b, p, 0);
}

static int big_bitlen(const big *b)
{
    if (b->n == 0)
        return 0;
    int l = (b->n - 1) * 32;
    for (uint32_t t = b->w[b->n - 1]; t; t >>= 1)
        l++;
    return l;
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

static void big_shr1(big *b)
{
    for (int i = 0; i < b->n; i++) {
        uint32_t hi = i + 1 < b->n ? b->w[i + 1] << 31 : 0;
        b->w[i] = (b->w[i] >> 1) | hi;
    }
    while (b->n > 0 && b->w[b->n - 1] == 0)
        b->n--;
}

static int big_cmp(const big *a, const big *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i])
            return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

static void big_sub(big *a, const big *b)     /* a -= b, a >= b */
{
    uint64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        a->w[i] = (uint32_t)t;
        borrow = (t >> 32) & 1;
    }
    while (a->n > 0 && a->w[a->n - 1] == 0)
        a->n--;
}

/* Top 64 bits of X/Y as q with X/Y = (q + r) * 2^*e2, 0 <= r < 1;
 * returns whether r != 0.  X and Y are destroyed. */
static bool big_ratio64(big *x, big *y, uint64_t *q, long *e2)
{
    /* Align so that the quotient has 64 bits: Y*2^63 <= X' < Y*2^65 */
    int t = big_bitlen(y) - big_bitlen(x) + 63;
    if (t > 0)
        big_shl(x, t);
    else if (t < 0)
        big_shl(y, -t);
    *e2 = -t;
    /* restoring division: quotient bits 64..0 with Y shifted down */
    big_shl(y, 64);
    uint64_t r = 0;
    bool top = false;       /* quotient bit 64 */
    for (int i = 64; i >= 0; i--) {
        if (big_cmp(x, y) >= 0) {
            big_sub(x, y);
            if (i == 64) top = true;
            else r |= UINT64_C(1) << i;
        }
        if (i > 0)
            big_shr1(y);
    }
    bool sticky = x->n != 0;
    if (top) {
        /* quotient = 2^64 + r: keep the top 64 bits */
        sticky = sticky || (r & 1);
        r = (r >> 1) | (UINT64_C(1) << 63);
        (*e2)++;
    }
    *q = r;
    return sticky;
}

/* ---------- decimal ---------- */

static const double exact_pow10[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* Value of the digits dig[0..nd) (no leading zero) times 10^e10. */
static uint64_t decimal_to_bits(const char *dig, int nd, int64_t e10)
{
    if (nd == 0)
        return 0;
    if (e10 + nd > 310)
        return UINT64_C(0x7ff) << 52;   /* >= 10^310 */
    if (e10 + nd < -324)
        return 0;                       /* < 10^-324 < 2^-1075 */
    if (nd <= 15 && e10 >= -22 && e10 <= 22) {
        uint64_t v = 0;
        for (int i = 0; i < nd; i++)
            v = v * 10 + (uint64_t)(dig[i] - '0');
        double d = (double)(int64_t)v;  /* exact: v < 10^15 < 2^53 */
        d = e10 >= 0 ? d * exact_pow10[e10] : d / exact_pow10[-e10];
        dbits b;
        b.d = d;
        return b.u;
    }
    /* Sizes: D < 10^801 < 2^2661; for e10 >= 0, D*10^e10 < 10^310;
     * for e10 < 0, Y = 5^-e10 with -e10 <= 324 + 801, < 2^2612, and the
     * alignment shift makes either side at most ~2612 + 66 bits. */
    big x, y;
    x.n = 0;
    int i = 0;
    while (i < nd) {
        uint32_t chunk = 0, mul = 1;
        for (int j = 0; j < 9 && i < nd; j++, i++) {
            chunk = chunk * 10 + (uint32_t)(dig[i] - '0');
            mul *= 10;
        }
        if (x.n == 0) {
            if (chunk)
                x.w[x.n++] = chunk;
        } else {
            big_mul_add(&x, mul, chunk);
        }
    }
    y.n = 1;
    y.w[0] = 1;
    long bin = 0;
    if (e10 >= 0) {
        big_mul_pow5(&x, e10);
        bin = e10;
    } else {
        big_mul_pow5(&y, -e10);
        bin = e10;
    }
    uint64_t q;
    long e2;
    bool sticky = big_ratio64(&x, &y, &q, &e2);
    return round_to_double(q, e2 + bin, sticky);
}

/* glibc strtod's decimal syntax at c (sign already consumed): digits with an
 * optional point, at least one digit, optional exponent.  Must end the
 * string.  Returns false if malformed. */
static bool parse_decimal(cursor *c, uint64_t *bits)
{
    char dig[KEEP_DIGITS + 2];
    int nd = 0;
    int64_t adj = 0;          /* e10 correction from the point and dropped digits */
    bool any = false, point = false, sticky = false;
    for (;;) {
        int ch = cur_peek(c);
        if (ch == '.' && !point) {
            point = true;
        } else if (ch >= '0' && ch <= '9') {
            any = true;
            if (nd == 0 && ch == '0') {
                if (point)
                    adj--;          /* leading zero after the point */
            } else if (nd < KEEP_DIGITS) {
                dig[nd++] = (char)ch;
                if (point)
                    adj--;
            } else {
                if (ch != '0')
                    sticky = true;
                if (!point)
                    adj++;          /* a dropped integer digit */
            }
        } else {
            break;
        }
        cur_next(c);
    }
    if (!any)
        return false;
    int64_t ex = 0;
    int ch = cur_peek(c);
    if (ch == 'e' || ch == 'E') {
        cur_next(c);
        bool eneg = false;
        ch = cur_peek(c);
        if (ch == '+' || ch == '-') {
            eneg = ch == '-';
            cur_next(c);
        }
        ch = cur_peek(c);
        if (!(ch >= '0' && ch <= '9'))
            return false;
        while ((ch = cur_peek(c)) >= '0' && ch <= '9') {
            /* saturate far beyond any double but also beyond any possible
             * digit-count correction (adj is bounded by the string length) */
            if (ex < EXP_SATURATE)
                ex = ex * 10 + (ch - '0');
            cur_next(c);
        }
        if (eneg)
            ex = -ex;
    }
    if (!cur_end(c))
        return false;
    if (sticky) {
        dig[nd++] = '1';
        adj--;
    }
    *bits = decimal_to_bits(dig, nd, ex + adj);
    return true;
}

/* glibc strtod's hex syntax after "0x": hex digits with an optional point, at
 * least one digit, then optionally p[+-]digits.  Correctly rounded. */
static bool parse_hex_strtod(cursor *c, uint64_t *bits)
{
    uint64_t q = 0;
    int64_t e2 = 0;
    bool any = false, point = false, sticky = false;
    for (;;) {
        int ch = cur_peek(c);
        int d = hexval(ch);
        if (ch == '.' && !point) {
            point = true;
        } else if (d >= 0) {
            any = true;
            if (q >> 60) {
                if (d)
                    sticky = true;
                if (!point)
                    e2 += 4;
            } else {
                q = q * 16 + (uint64_t)d;
                if (point)
                    e2 -= 4;
            }
        } else {
            break;
        }
        cur_next(c);
    }
    if (!any)
        return false;
    int ch = cur_peek(c);
    if (ch == 'p' || ch == 'P') {
        cur_next(c);
        bool eneg = false;
        int64_t ex = 0;
        ch = cur_peek(c);
        if (ch == '+' || ch == '-') {
            eneg = ch == '-';
            cur_next(c);
        }
        ch = cur_peek(c);
        if (!(ch >= '0' && ch <= '9'))
            return false;
        while ((ch = cur_peek(c)) >= '0' && ch <= '9') {
            if (ex < EXP_SATURATE)
                ex = ex * 10 + (ch - '0');
            cur_next(c);
        }
        e2 += eneg ? -ex : ex;
    }
    if (!cur_end(c))
        return false;
    *bits = round_to_double(q, e2, sticky);
    return true;
}

/* glibc's nan(n-char-sequence): the payload is strtoull(seq, 0) when that
 * consumes the whole sequence; its low 51 bits go below the quiet bit. */
static bool parse_nan_payload(cursor *c, uint64_t *bits)
{
    *bits = UINT64_C(0x7ff8000000000000);
    if (cur_peek(c) != '(')
        return true;
    cur_next(c);
    /* strtoull's base-0 prefix: 0x<hexdigit> is hex, other leading 0 octal */
    unsigned base = 10;
    if (cur_peek(c) == '0') {
        base = 8;
        cursor t = *c;
        cur_next(&t);
        if (lower(cur_peek(&t)) == 'x') {
            cur_next(&t);
            if (hexval(cur_peek(&t)) >= 0) {
                base = 16;
                *c = t;
            }
        }
    }
    uint64_t v = 0;
    bool valid = true;
    int ch;
    while ((ch = cur_peek(c)) != -1 &&
           ((ch >= '0' && ch <= '9') || (lower(ch) >= 'a' && lower(ch) <= 'z'))) {
        int d = hexval(ch);
        if (d < 0 || (unsigned)d >= base)
            valid = false;      /* strtoull stops early: payload ignored */
        else if (v > (UINT64_MAX - (unsigned)d) / base)
            v = UINT64_MAX;     /* strtoull saturates */
        else
            v = v * base + (unsigned)d;
        cur_next(c);
    }
    if (ch != ')')
        return false;           /* glibc then only consumes "nan" */
    cur_next(c);
    v &= (UINT64_C(1) << 51) - 1;
    if (valid && v)
        *bits |= v;
    return true;
}

/* strtod on the whole (cleaned) string. */
static bool parse_strtod(cursor *c, uint64_t *bits)
{
    while (is_space(cur_peek(c)))
        cur_next(c);
    bool neg = false;
    int ch = cur_peek(c);
    if (ch == '+' || ch == '-') {
        neg = ch == '-';
        cur_next(c);
    }
    bool ok;
    ch = lower(cur_peek(c));
    if (ch == 'i') {
        ok = cur_word(c, "inf");
        if (ok)
            (void)cur_word(c, "inity");
        *bits = UINT64_C(0x7ff) << 52;
        ok = ok && cur_end(c);
    } else if (ch == 'n') {
        ok = cur_word(c, "nan") && parse_nan_payload(c, bits) && cur_end(c);
    } else if (ch == '0' && lower(cur_peek2(c)) == 'x') {
        cur_next(c);
        cur_next(c);
        /* if this fails, strtod reads just "0" and stops at the 'x', which
         * OCaml rejects as trailing garbage */
        ok = parse_hex_strtod(c, bits);
    } else {
        ok = parse_decimal(c, bits);
    }
    if (neg)
        *bits |= UINT64_C(1) << 63;
    return ok;
}

/* OCaml's caml_float_of_hex on what follows "0x". */
static bool parse_hex_ocaml(cursor *c, uint64_t *bits)
{
    uint64_t m = 0;
    long n_bits = 0, m_bits = 0, x_bits = 0, dec_point = -1;
    long ex = 0;                /* fits an int: OCaml's is int */
    const long INT_MAX_ = 2147483647L, INT_MIN_ = -2147483647L - 1;
    while (!cur_end(c)) {
        int ch = cur_peek(c);
        cur_next(c);
        if (ch == '.') {
            if (dec_point >= 0)
                return false;
            dec_point = n_bits;
        } else if (ch == 'p' || ch == 'P') {
            if (cur_end(c))
                return false;
            /* strtol: white space, sign, decimal digits; all the rest of
             * the string must be consumed, and at least one digit read */
            while (is_space(cur_peek(c)))
                cur_next(c);
            bool eneg = false;
            int s = cur_peek(c);
            if (s == '+' || s == '-') {
                eneg = s == '-';
                cur_next(c);
            }
            s = cur_peek(c);
            if (!(s >= '0' && s <= '9'))
                return false;
            long long e = 0;
            while ((s = cur_peek(c)) >= '0' && s <= '9') {
                if (e < 10000000000LL)  /* saturate like strtol would */
                    e = e * 10 + (s - '0');
                cur_next(c);
            }
            if (!cur_end(c))
                return false;
            if (eneg)
                e = -e;
            if (e <= INT_MIN_) {
                *bits = 0;
                return true;
            }
            if (e >= INT_MAX_) {
                *bits = m == 0 ? 0 : UINT64_C(0x7ff) << 52;
                return true;
            }
            ex = (long)e;
        } else {
            int d = hexval(ch);
            if (d < 0)
                return false;
            n_bits += 4;
            if (d == 0 && m == 0)
                continue;       /* leading zeros */
            if (m_bits < 60) {
                m = (m << 4) + (uint64_t)d;
                m_bits += 4;
            } else {
                if (d)
                    m |= 1;     /* round to odd: keeps the later rounding right */
                x_bits += 4;
            }
        }
    }
    if (n_bits == 0)
        return false;
    /* f = (double)m: round m to 53 bits */
    uint64_t f = round_to_double(m, 0, false);
    long adj = x_bits;
    if (dec_point >= 0)
        adj += dec_point - n_bits;
    if (adj > 0 && ex > INT_MAX_ - adj)
        ex = INT_MAX_;
    else if (adj < 0 && ex < INT_MIN_ - adj)
        ex = INT_MIN_;
    else
        ex += adj;
    if (ex != 0 && f != 0) {
        /* ldexp(f, ex): exact unless the result leaves the normal range,
         * where it rounds the 53-bit f once more */
        int fe = (int)(f >> 52);           /* f is a normal double here */
        uint64_t fm = (f & ((UINT64_C(1) << 52) - 1)) | (UINT64_C(1) << 52);
        long e2 = (long)fe - 1075 + ex;
        if (e2 > 2000)
            f = UINT64_C(0x7ff) << 52;
        else if (e2 < -2000)
            f = 0;
        else
            f = round_to_double(fm, e2, false);
    }
    *bits = f;
    return true;
}

int rb_parse_float(const char *s, size_t len, double *out)
{
    cursor c;
    cur_init(&c, s, len);
    if (cur_end(&c))
        return -1;
    uint64_t bits;
    bool ok;
    cursor h = c;
    bool neg = false;
    int ch = cur_peek(&h);
    if (ch == '-' || ch == '+') {
        neg = ch == '-';
        cur_next(&h);
    }
    if (cur_peek(&h) == '0' && lower(cur_peek2(&h)) == 'x') {
        cur_next(&h);
        cur_next(&h);
        ok = parse_hex_ocaml(&h, &bits);
        if (neg)
            bits |= UINT64_C(1) << 63;
    } else {
        ok = parse_strtod(&c, &bits);
    }
    if (!ok)
        return -1;
    *out = from_bits(bits);
    return 0;
}

/* ---------- integers ---------- */

int rb_parse_int(const char *s, size_t len, int nbits, int64_t *out)
{
    if (nbits < 2 || nbits > 64)
        return -1;
    size_t i = 0;
    bool neg = false, is_signed = true;
    unsigned base = 10;
    if (i < len && (s[i] == '-' || s[i] == '+')) {
        neg = s[i] == '-';
        i++;
    }
    if (i + 1 < len && s[i] == '0') {
        switch (s[i + 1]) {
        case 'x': case 'X': base = 16; is_signed = false; i += 2; break;
        case 'o': case 'O': base = 8; is_signed = false; i += 2; break;
        case 'b': case 'B': base = 2; is_signed = false; i += 2; break;
        case 'u': case 'U': is_signed = false; i += 2; break;
        default: break;
        }
    }
    /* the first character after sign and prefix must be a digit */
    if (i >= len)
        return -1;
    int d = hexval((unsigned char)s[i]);
    if (d < 0 || (unsigned)d >= base)
        return -1;
    uint64_t res = (uint64_t)d;
    uint64_t threshold = UINT64_MAX / base;
    for (i++; i < len; i++) {
        if (s[i] == '_')
            continue;
        d = hexval((unsigned char)s[i]);
        if (d < 0 || (unsigned)d >= base)
            return -1;          /* OCaml: stops, then "not at the end" */
        if (res > threshold)
            return -1;
        res = res * base + (uint64_t)d;
        if (res < (uint64_t)d)
            return -1;
    }
    if (is_signed) {
        uint64_t lim = UINT64_C(1) << (nbits - 1);
        if (neg ? res > lim : res >= lim)
            return -1;
    } else if (nbits < 64 && res >= (UINT64_C(1) << nbits)) {
        return -1;
    }
    if (neg)
        res = -res;
    /* keep nbits, sign-extend (what Val_long / (int32_t) do) */
    if (nbits < 64) {
        uint64_t sign = UINT64_C(1) << (nbits - 1);
        res &= (UINT64_C(1) << nbits) - 1;
        res = (res ^ sign) - sign;
    }
    *out = (int64_t)res;
    return 0;
}
