/* memory.c: the page allocator, the clock and randomness (RDRAND: the
 * launcher's CPU models have it under KVM and TCG; getrandom on unix).  Allocates blocks
 * of pages until NULL, checking alignment and zeroing and writing a pattern
 * into each; prints only platform-independent facts so that the output is
 * the same on pvh and unix.  "memory N" limits the total to N MiB. */
#include "testlib.h"

void rb_main(int argc, char **argv)
{
    size_t limit = argc > 1 ? (size_t)t_atoi(argv[1]) << 20 : (size_t)-1;
    size_t before = platform_memory_available(), got = 0, chunk = 64 << 10;
    int ok = before > 0 && platform_memory_largest() <= before;
    while (got < limit) {
        uint64_t *p = platform_alloc_pages(chunk);
        if (!p) break;
        if ((uintptr_t)p & 4095) ok = 0;
        for (size_t i = 0; i < chunk / 8; i += 512) {
            if (p[i]) ok = 0;
            p[i] = (uintptr_t)&p[i];
        }
        got += chunk;
    }
    if (platform_memory_available() != before - got) ok = 0;
    t_puts(ok ? "memory ok\n" : "memory BAD\n");
    if (limit != (size_t)-1) {
        t_puts(got >= limit ? "got the limit\n" : "short of the limit\n");
    }

    uint64_t t0 = platform_monotonic_ns(), t1 = t0;
    for (int i = 0; i < 1000000 && t1 == t0; i++) t1 = platform_monotonic_ns();
    t_puts(t1 > t0 ? "time ok\n" : "time BAD\n");

    uint64_t a = 0, b = 0;
    if (!platform_random_u64(&a) || !platform_random_u64(&b)) t_puts("random unavailable\n");
    else t_puts(a != b ? "random ok\n" : "random BAD\n");
    t_puts("done\n");
}
