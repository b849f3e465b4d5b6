/* testlib.h: the few helpers the boot test programs share (static inline:
 * each program is one object linked against librobur.a only). */
#ifndef ROBUR_TESTLIB_H
#define ROBUR_TESTLIB_H
#include <robur/platform.h>

static inline size_t t_len(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    return n;
}
static inline void t_puts(const char *s) { platform_console_write(1, s, t_len(s)); }
static inline void t_putd(long v)
{
    char b[24];
    int i = sizeof b;
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
    do b[--i] = (char)('0' + u % 10); while (u /= 10);
    if (v < 0) b[--i] = '-';
    platform_console_write(1, b + i, sizeof b - (size_t)i);
}
static inline long t_atoi(const char *s)
{
    long v = 0, sign = 1;
    if (*s == '-') sign = -1, s++;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}
static inline int t_eq(const char *a, const char *b)
{
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}
#endif
