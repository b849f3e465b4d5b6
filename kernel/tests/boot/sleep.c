/* sleep.c: "sleep MS [N]" waits MS milliseconds N times (default once) with
 * platform_sleep_until and prints how long each wait took, in microseconds:
 * an idle VM must use (almost) no host CPU meanwhile
 * (tests/kernel/test_idle.py). */
#include "testlib.h"

void rb_main(int argc, char **argv)
{
    long ms = argc > 1 ? t_atoi(argv[1]) : 100;
    long n = argc > 2 ? t_atoi(argv[2]) : 1;
    for (long i = 0; i < n; i++) {
        uint64_t t0 = platform_monotonic_ns();
        platform_sleep_until(t0 + (uint64_t)ms * 1000000);
        uint64_t t1 = platform_monotonic_ns();
        t_puts("slept ");
        t_putd((long)((t1 - t0) / 1000));
        t_puts(" us\n");
    }
}
