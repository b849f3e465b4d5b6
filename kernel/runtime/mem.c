/*
 * mem.c -- memcpy and friends for a runtime without libc.
 *
 * The rb_ names are what the runtime calls.  gcc may also emit calls to
 * memcpy/memset/memmove/memcmp on its own (struct copies, loop idioms); weak
 * definitions of those satisfy it without clashing with a libc that a
 * platform might link.
 */
#include "robur/mem.h"
#include <stdint.h>

void *rb_memcpy(void *dst, const void *src, size_t n)
{
  void *d = dst;
  __asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(n) : : "memory");
  return dst;
}

void *rb_memmove(void *dst, const void *src, size_t n)
{
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (d <= s || d >= s + n) return rb_memcpy(dst, src, n);
  /* overlapping with dst above src: copy backwards */
  d += n - 1;
  s += n - 1;
  __asm__ volatile("std\n\trep movsb\n\tcld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
  return dst;
}

void *rb_memset(void *dst, int c, size_t n)
{
  void *d = dst;
  __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
  return dst;
}

int rb_memcmp(const void *a, const void *b, size_t n)
{
  const unsigned char *p = a, *q = b;
  for (size_t i = 0; i < n; i++)
    if (p[i] != q[i]) return p[i] < q[i] ? -1 : 1;
  return 0;
}

size_t rb_strlen(const char *s)
{
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

__attribute__((weak)) void *memcpy(void *dst, const void *src, size_t n)
{
  return rb_memcpy(dst, src, n);
}
__attribute__((weak)) void *memmove(void *dst, const void *src, size_t n)
{
  return rb_memmove(dst, src, n);
}
__attribute__((weak)) void *memset(void *dst, int c, size_t n)
{
  return rb_memset(dst, c, n);
}
__attribute__((weak)) int memcmp(const void *a, const void *b, size_t n)
{
  return rb_memcmp(a, b, n);
}
