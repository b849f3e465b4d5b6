/* Hosted test driver for kernel/runtime/{float_format,number_parse}.c.
 *
 * The runtime files are compiled freestanding (see the Makefile in this
 * directory) and linked into this ordinary hosted program, which streams
 * commands from stdin so that millions of values cost one process.
 *
 *   driver floats FMT1|FMT2|...   stdin: 16-hex-digit bit patterns, one per
 *       line; stdout: one line per value, the results joined by '|'.  Besides
 *       printf conversions, FMT may be "%h"/"%.Nh"/"%H"/"%+h" (OCaml's %h)
 *       and "sof" (OCaml's string_of_float).
 *   driver parsefloat   stdin: hex-encoded byte strings; stdout: bits or FAIL
 *   driver parseint     stdin: hex-encoded byte strings; stdout: the results
 *       for int (63 bits), Int32, Int64, Nativeint, each a decimal or FAIL
 *   driver formatint FMT1|...   stdin: "i VALUE" (OCaml int) or "L VALUE"
 *       (Int64) or "l VALUE" (Int32); stdout: results joined by '|'
 *   driver selfcheck N SEED   compares rb_format_float / rb_format_int /
 *       rb_parse_float against this host's glibc snprintf/strtod on N random
 *       values and random formats; prints mismatches, exit 1 if any.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <inttypes.h>
#include <ctype.h>
#include "../../runtime/float_format.h"
#include "../../runtime/number_parse.h"

static char out[1 << 20];

static double from_bits(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static uint64_t to_bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

/* OCaml 4.13 Stdlib.valid_float_lexem (string_of_float = it o "%.12g") */
static void string_of_float(char *buf, double x)
{
    rb_format_float(buf, 64, "%.12g", x);
    size_t n = strlen(buf);
    for (size_t i = 0; i < n; i++) {
        char c = buf[i];
        if (!(c == '-' || (c >= '0' && c <= '9'))) return;
    }
    buf[n] = '.';
    buf[n + 1] = 0;
}

static void format_one(char *dst, size_t cap, const char *fmt, double x)
{
    size_t fl = strlen(fmt);
    if (strcmp(fmt, "sof") == 0) {
        string_of_float(dst, x);
    } else if (fl >= 2 && (fmt[fl - 1] == 'h' || fmt[fl - 1] == 'H')) {
        int prec = -1;
        char style = '-';
        const char *p = fmt + 1;
        if (*p == '+' || *p == ' ') style = *p++;
        if (*p == '.') prec = atoi(p + 1);
        rb_hexstring_of_float(dst, cap, x, prec, style);
        if (fmt[fl - 1] == 'H')
            for (char *q = dst; *q; q++) *q = (char)toupper((unsigned char)*q);
    } else {
        size_t n = rb_format_float(dst, cap, fmt, x);
        if (n >= cap) { fprintf(stderr, "truncated\n"); exit(3); }
    }
}

static int split(char *s, char **parts, int max)
{
    int n = 0;
    parts[n++] = s;
    for (; *s; s++)
        if (*s == '|' && n < max) { *s = 0; parts[n++] = s + 1; }
    return n;
}

static size_t unhex(const char *line, char *dst)
{
    size_t n = 0;
    for (const char *p = line; isxdigit((unsigned char)p[0]) && isxdigit((unsigned char)p[1]); p += 2) {
        unsigned v;
        sscanf(p, "%2x", &v);
        dst[n++] = (char)v;
    }
    return n;
}

static int cmd_floats(char *fmts)
{
    char *f[64];
    int nf = split(fmts, f, 64);
    char line[256];
    while (fgets(line, sizeof line, stdin)) {
        double x = from_bits(strtoull(line, NULL, 16));
        for (int i = 0; i < nf; i++) {
            format_one(out, sizeof out, f[i], x);
            fputs(out, stdout);
            putchar(i + 1 < nf ? '|' : '\n');
        }
    }
    return 0;
}

static char line[1 << 16], str[1 << 16];

static int cmd_parsefloat(void)
{
    while (fgets(line, sizeof line, stdin)) {
        size_t n = unhex(line, str);
        double d;
        if (rb_parse_float(str, n, &d) == 0) printf("%016" PRIx64 "\n", to_bits(d));
        else puts("FAIL");
    }
    return 0;
}

static int cmd_parseint(void)
{
    static const int bits[4] = { 63, 32, 64, 64 };
    while (fgets(line, sizeof line, stdin)) {
        size_t n = unhex(line, str);
        for (int i = 0; i < 4; i++) {
            int64_t v;
            if (rb_parse_int(str, n, bits[i], &v) == 0) printf("%" PRId64, v);
            else printf("FAIL");
            putchar(i < 3 ? ' ' : '\n');
        }
    }
    return 0;
}

static int cmd_formatint(char *fmts)
{
    char *f[64];
    int nf = split(fmts, f, 64);
    while (fgets(line, sizeof line, stdin)) {
        char kind = line[0];
        int64_t v = strtoll(line + 2, NULL, 10);
        for (int i = 0; i < nf; i++) {
            char c = f[i][strlen(f[i]) - 1];
            int unsig = c == 'u' || c == 'x' || c == 'X' || c == 'o';
            int64_t arg = v;
            if (unsig && kind == 'i') arg = (int64_t)((uint64_t)v & 0x7fffffffffffffffULL);
            if (unsig && kind == 'l') arg = (int64_t)(uint32_t)v;
            size_t n = rb_format_int(out, sizeof out, f[i], arg);
            if (n >= sizeof out) return 3;
            fputs(out, stdout);
            putchar(i + 1 < nf ? '|' : '\n');
        }
    }
    return 0;
}

/* ---- self check against the host libc ---- */
static uint64_t rs;
static uint64_t rnd(void) { rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17; return rs; }

static double rand_double(void)
{
    switch (rnd() % 5) {
    case 4: { /* just below a power of ten: rounding carries into a new digit */
        double p10 = 1;
        int k = (int)(rnd() % 40) - 20;
        for (int i = 0; i < (k < 0 ? -k : k); i++) p10 = k < 0 ? p10 / 10 : p10 * 10;
        double eps = 1;
        int j = (int)(rnd() % 17);
        for (int i = 0; i < j; i++) eps /= 10;
        double x = p10 * (1 - eps * (0.3 + (double)(rnd() % 1000) / 2500));
        return rnd() % 2 ? -x : x; }
    case 0: return from_bits(rnd());
    case 1: { /* small integers and halves: rounding ties */
        double d = (double)(int64_t)(rnd() % 20000 - 10000) / (double)(1 << (rnd() % 12));
        return d; }
    case 2: { /* few significant bits, any exponent */
        uint64_t u = rnd() & 0xfff0000000000000ULL; u |= (rnd() & 0xff) << 44; return from_bits(u); }
    default: { char b[64]; snprintf(b, sizeof b, "%.*e", (int)(rnd() % 17), from_bits(rnd())); return strtod(b, NULL); }
    }
}

/* Fixed cases: huge precisions and widths, malformed formats. */
static int fixed_checks(void)
{
    static char a[1 << 18], b[1 << 18];
    int bad = 0;
    const char *fmts[] = { "%.100000f", "%.100000e", "%.100000g", "%#.100000g", "%100000.3f",
                           "%-100000e", "%.1074f", "%.767e", "%.800g" };
    const double xs[] = { 1e300, 5e-324, 1.7976931348623157e308, 0.1, -2.2250738585072014e-308,
                          123.456, 0.0, -0.0 };
    for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++)
        for (size_t j = 0; j < sizeof xs / sizeof *xs; j++) {
            int la = snprintf(a, sizeof a, fmts[i], xs[j]);
            size_t lb = rb_format_float(b, sizeof b, fmts[i], xs[j]);
            if ((size_t)la != lb || strcmp(a, b) || lb > rb_format_float_bound(fmts[i])) {
                printf("FIXED %s %g differs\n", fmts[i], xs[j]);
                bad++;
            }
        }
    /* non-finite values and zeros under every flag set and conversion */
    const uint64_t specials[] = { 0x7ff8000000000000ULL, 0xfff8000000000000ULL, 0x7ff0000000000000ULL,
                                  0xfff0000000000000ULL, 0x7ff0000000000001ULL, 0, 0x8000000000000000ULL };
    const char *fl[] = { "", "-", "+", " ", "0", "#", "+0", "-0", " 0", "-#+", "0#" };
    for (size_t i = 0; i < sizeof specials / sizeof *specials; i++)
        for (size_t f = 0; f < sizeof fl / sizeof *fl; f++)
            for (const char *cv = "fFeEgG"; *cv; cv++)
                for (int wi = 0; wi < 3; wi++) {
                    char fmt[32];
                    const char *wp[] = { "", "7", "12.3" };
                    snprintf(fmt, sizeof fmt, "%%%s%s%c", fl[f], wp[wi], *cv);
                    double x = from_bits(specials[i]);
                    int la = snprintf(a, sizeof a, fmt, x);
                    size_t lb = rb_format_float(b, sizeof b, fmt, x);
                    if ((size_t)la != lb || strcmp(a, b)) {
                        printf("SPECIAL %s %016" PRIx64 " libc [%s] mine [%s]\n", fmt, specials[i], a, b);
                        bad++;
                    }
                }
    const char *badf[] = { "", "%", "%q", "%5", "%f%", "x%f", "%*f", "%.*f", "%d", "%5.3", "%f ",
                           "%999999999999f", "%.999999999999f" };
    for (size_t i = 0; i < sizeof badf / sizeof *badf; i++) {
        b[0] = 'Z';
        if (rb_format_float(b, 8, badf[i], 1.0) != 0 || b[0] != 0 || rb_format_float_bound(badf[i]) != 0) {
            printf("MALFORMED float format %s accepted\n", badf[i]);
            bad++;
        }
        b[0] = 'Z';
        if (i != 8 && (rb_format_int(b, 8, badf[i], 1) != 0 || b[0] != 0)) {
            printf("MALFORMED int format %s accepted\n", badf[i]);
            bad++;
        }
    }
    /* cap 0 never writes */
    if (rb_format_float(NULL, 0, "%f", 1.5) != 8 || rb_format_int(NULL, 0, "%d", 42) != 2 ||
        rb_hexstring_of_float(NULL, 0, 1.5, -1, '-') != 8) {
        printf("cap 0 misbehaves\n");
        bad++;
    }
    return bad;
}

static int selfcheck(long n, uint64_t seed)
{
    static char a[1 << 14], b[1 << 14];
    rs = seed * 2654435761u + 1;
    int bad = fixed_checks();
    const char convs[] = "feEgGF";
    const char *flags[] = { "", "", "", "-", "+", " ", "0", "#", "+0", "-#", " 0#", "+-" };
    for (long i = 0; i < n && bad < 20; i++) {
        double x = rand_double();
        char fmt[64];
        int p = (int)(rnd() % 5);
        int prec = p == 0 ? -1 : p == 1 ? (int)(rnd() % 3) : p == 2 ? (int)(rnd() % 20) : p == 3 ? (int)(rnd() % 60) : (int)(rnd() % 1100);
        int width = rnd() % 3 == 0 ? (int)(rnd() % 30) : -1;
        char *q = fmt;
        q += sprintf(q, "%%%s", flags[rnd() % 12]);
        if (width >= 0) q += sprintf(q, "%d", width);
        if (prec >= 0) q += sprintf(q, ".%d", prec);
        sprintf(q, "%c", convs[rnd() % 6]);
        int la = snprintf(a, sizeof a, fmt, x);
        size_t lb = rb_format_float(b, sizeof b, fmt, x);
        if ((size_t)la != lb || strcmp(a, b) || lb > rb_format_float_bound(fmt)) {
            printf("FLOAT %s %016" PRIx64 "\n  libc: %s\n  mine: %s\n", fmt, to_bits(x), a, b);
            bad++;
        }
        /* truncation behaves like snprintf */
        size_t cap = rnd() % 8;
        char t1[8], t2[8];
        memset(t1, 'Z', 8); memset(t2, 'Z', 8);
        snprintf(t1, cap, fmt, x);
        rb_format_float(t2, cap, fmt, x);
        if (memcmp(t1, t2, 8)) { printf("TRUNC %s cap %zu\n", fmt, cap); bad++; }
        /* integers */
        const char iconv[] = "diuxXo";
        int64_t v = (int64_t)rnd();
        if (rnd() % 2) v >>= rnd() % 64;
        q = fmt;
        q += sprintf(q, "%%%s", (const char *[]){ "", "-", "+", " ", "0", "#", "#0", "-#", "+ " }[rnd() % 9]);
        if (rnd() % 2) q += sprintf(q, "%d", (int)(rnd() % 25));
        if (rnd() % 3 == 0) q += sprintf(q, ".%d", (int)(rnd() % 25));
        char c = iconv[rnd() % 6];
        sprintf(q, "l%c", c);
        la = snprintf(a, sizeof a, fmt, (long)v);
        lb = rb_format_int(b, sizeof b, fmt, v);
        if ((size_t)la != lb || strcmp(a, b)) {
            printf("INT %s %" PRId64 "\n  libc: %s\n  mine: %s\n", fmt, v, a, b);
            bad++;
        }
        /* parsing: the decimal string printed above must come back as strtod */
        if (i % 4 == 0) {
            const char *s = a;
            snprintf(a, sizeof a, "%.*e", (int)(rnd() % 25), x);
            if (rnd() % 4 == 0) {
                /* tweak the last digits to hit near-halfway strings */
                size_t L = strlen(a);
                char *e = strchr(a, 'e');
                if (e && e - a > 3) e[-1] = (char)('0' + rnd() % 10);
                (void)L;
            }
            double d1 = strtod(s, NULL), d2;
            if (rb_parse_float(s, strlen(s), &d2) != 0 || to_bits(d1) != to_bits(d2)) {
                printf("PARSE %s\n  libc: %016" PRIx64 "\n  mine: %016" PRIx64 "\n", s, to_bits(d1), to_bits(d2));
                bad++;
            }
        }
    }
    return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: driver floats|parsefloat|parseint|formatint|selfcheck ...\n"); return 2; }
    setvbuf(stdout, NULL, _IOFBF, 1 << 16);
    if (!strcmp(argv[1], "floats") && argc == 3) return cmd_floats(argv[2]);
    if (!strcmp(argv[1], "parsefloat")) return cmd_parsefloat();
    if (!strcmp(argv[1], "parseint")) return cmd_parseint();
    if (!strcmp(argv[1], "formatint") && argc == 3) return cmd_formatint(argv[2]);
    if (!strcmp(argv[1], "selfcheck") && argc == 4) return selfcheck(atol(argv[2]), strtoull(argv[3], NULL, 10));
    fprintf(stderr, "bad command\n");
    return 2;
}
