/* time.c: the clock.  platform_monotonic_ns scales TSC ticks since the PVH
 * entry by a 32.32 fixed-point "ns per tick" factor.  The factor is found
 * lazily, on first use, so that boot never waits for it:
 *   - under KVM, from kvmclock (the hypervisor publishes the exact scale;
 *     no waiting),
 *   - otherwise by counting TSC ticks over 5 ms of the PIT (channel 0,
 *     1.193182 MHz, read back with latch commands: needs no speaker gate,
 *     which microvm lacks). */
#include "pvh.h"

#define MSR_KVM_SYSTEM_TIME_NEW 0x4b564d01
#define KVM_FEATURE_CLOCKSOURCE2 (1u << 3)
#define PIT_HZ 1193182
#define PIT_CH0 0x40
#define PIT_CMD 0x43
#define PIT_CALIBRATE_TICKS (PIT_HZ / 200)   /* 5 ms: 0.02% error from one tick */

struct pvclock_time_info {   /* written by the host */
    volatile uint32_t version, pad0;
    volatile uint64_t tsc_timestamp, system_time;
    volatile uint32_t tsc_to_system_mul;
    volatile int8_t tsc_shift;
    volatile uint8_t flags, pad[2];
};
static struct pvclock_time_info pvclock __attribute__((aligned(64)));

static uint64_t mult;   /* ns per TSC tick << 32; 0 until calibrated */

static int from_kvmclock(void)
{
    uint32_t r[4];
    cpuid(1, 0, r);
    if (!(r[2] & (1u << 31))) return 0;   /* no hypervisor */
    cpuid(0x40000000, 0, r);
    if (r[1] != 0x4b4d564b || r[2] != 0x564b4d56 || r[3] != 0x4d) return 0;   /* "KVMKVMKVM" */
    cpuid(0x40000001, 0, r);
    if (!(r[0] & KVM_FEATURE_CLOCKSOURCE2)) return 0;
    wrmsr(MSR_KVM_SYSTEM_TIME_NEW, (uintptr_t)&pvclock | 1);
    uint32_t version, mul;
    int8_t shift;
    do {   /* odd version: the host is writing */
        version = pvclock.version;
        __asm__ volatile("" ::: "memory");
        mul = pvclock.tsc_to_system_mul;
        shift = pvclock.tsc_shift;
        __asm__ volatile("" ::: "memory");
    } while ((version & 1) || version != pvclock.version || !mul);
    wrmsr(MSR_KVM_SYSTEM_TIME_NEW, 0);   /* we only needed the scale */
    mult = shift >= 0 ? (uint64_t)mul << shift : (uint64_t)mul >> -shift;
    return 1;
}

static uint16_t pit_read(void)
{
    outb(PIT_CMD, 0x00);   /* latch channel 0 */
    uint8_t lo = inb(PIT_CH0);
    return (uint16_t)(lo | inb(PIT_CH0) << 8);
}

static void from_pit(void)
{
    outb(PIT_CMD, 0x34);   /* channel 0, lo/hi byte, mode 2, binary */
    outb(PIT_CH0, 0xff);
    outb(PIT_CH0, 0xff);
    uint16_t start = pit_read();
    uint64_t t0 = rb_rdtsc();
    uint32_t elapsed = 0, stuck = 0;
    uint16_t last = start;
    while (elapsed < PIT_CALIBRATE_TICKS) {
        uint16_t now = pit_read();
        if (now == last && ++stuck > 1000000) break;   /* no PIT at all */
        last = now;
        elapsed = (uint16_t)(start - now);
    }
    uint64_t ticks = rb_rdtsc() - t0;
    if (elapsed < PIT_CALIBRATE_TICKS || !ticks) {
        mult = 1ULL << 32;   /* no PIT: pretend 1 GHz rather than hang */
        return;
    }
    uint64_t ns = (uint64_t)elapsed * 1000000000ULL / PIT_HZ;
    mult = (ns << 32) / ticks;
}

static void calibrate(void)
{
    if (!from_kvmclock()) from_pit();
}

uint64_t platform_monotonic_ns(void)
{
    if (!mult) calibrate();
    return (uint64_t)(((unsigned __int128)(rb_rdtsc() - rb_boot_tsc_entry) * mult) >> 32);
}

uint64_t time_tsc_khz(void)
{
    if (!mult) calibrate();
    return (1000000ULL << 32) / mult;
}

/* No interrupt is ever enabled (nothing would wake a hlt), so waiting is a
 * pause loop on the clock: under TCG each pause ends the translated block,
 * which keeps the loop from hogging the host CPU more than it must. */
void platform_sleep_until(uint64_t deadline_ns)
{
    while (platform_monotonic_ns() < deadline_ns) __asm__ volatile("pause");
}
