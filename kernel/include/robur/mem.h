/*
 * mem.h -- memory and C-string helpers (there is no libc).
 */
#ifndef ROBUR_MEM_H
#define ROBUR_MEM_H

#include <stddef.h>

void *rb_memcpy(void *dst, const void *src, size_t n);
void *rb_memmove(void *dst, const void *src, size_t n);
void *rb_memset(void *dst, int c, size_t n);
int rb_memcmp(const void *a, const void *b, size_t n);
size_t rb_strlen(const char *s);

#endif
