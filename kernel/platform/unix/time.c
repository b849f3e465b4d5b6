/* time.c: CLOCK_MONOTONIC through the clock_gettime system call (no vDSO:
 * that would need an ELF parser; the syscall costs well under a µs). */
#include "unix.h"

#define CLOCK_MONOTONIC 1

struct timespec64 {
    long sec, nsec;
};

static uint64_t now_ns(void)
{
    struct timespec64 ts = {0, 0};
    sys3(SYS_clock_gettime, CLOCK_MONOTONIC, (long)&ts, 0);
    return (uint64_t)ts.sec * 1000000000ULL + (uint64_t)ts.nsec;
}

static uint64_t boot_ns, boot_tsc;

uint64_t platform_monotonic_ns(void)
{
    if (!boot_ns) {
        boot_ns = now_ns();
        boot_tsc = rb_rdtsc();
    }
    return now_ns() - boot_ns;
}

/* For the stats line only: TSC rate measured against the clock since the
 * first platform_monotonic_ns call (made at least 1 ms ago). */
uint64_t time_tsc_khz(void)
{
    uint64_t ns = platform_monotonic_ns();
    while (ns < 1000000) ns = platform_monotonic_ns();
    return (rb_rdtsc() - boot_tsc) * 1000 / (ns / 1000);   /* no 128-bit division */
}

#define SYS_clock_nanosleep 230
#define TIMER_ABSTIME 1

/* An absolute deadline on CLOCK_MONOTONIC, so a signal that interrupts the
 * call (EINTR) just sleeps again for what is left. */
void platform_sleep_until(uint64_t deadline_ns)
{
    platform_monotonic_ns();   /* sets boot_ns */
    uint64_t abs_ns = boot_ns + deadline_ns;
    if (abs_ns < deadline_ns) return;   /* "forever" overflowed: never asked for */
    struct timespec64 ts = {(long)(abs_ns / 1000000000ULL), (long)(abs_ns % 1000000000ULL)};
    while (sys6(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, (long)&ts, 0, 0, 0) == -EINTR) {
    }
}

/* Nothing wakes a process early here (no NMI): just sleep. */
void platform_idle_until(uint64_t deadline_ns)
{
    platform_sleep_until(deadline_ns);
}
