/* time.c: the clock, and waiting on it (the APIC timer, at the end).
 * platform_monotonic_ns scales TSC ticks since the PVH entry by a 32.32
 * fixed-point "ns per tick" factor.  The factor is found
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

/* ---- waiting: the local APIC timer ----
 * platform_idle_until arms the APIC timer for its deadline and halts with
 * interrupts enabled for exactly one instruction (`sti; hlt`: sti takes
 * effect after the next instruction, so an interrupt that is already
 * pending, or arrives in between, still wakes the hlt), then `cli`.  The
 * timer's interrupt handler only writes the EOI (vectors.S).  Modes:
 *   - TSC-deadline (CPUID.1:ECX[24], common under KVM): the deadline is
 *     written as an absolute TSC value, so no calibration is needed;
 *   - one-shot otherwise (QEMU's TCG): the APIC counts down at its bus
 *     clock, measured once, on the first wait, against this file's clock
 *     over TIMER_CALIBRATE_NS; the count is cut by 1/64 so that the timer
 *     fires early rather than late, and the caller waits again for the
 *     rest.
 * Set up lazily on the first wait (boot never pays for it).  Without an
 * APIC, or with a timer that does not count, waiting is a pause loop. */
#define MSR_TSC_DEADLINE 0x6e0
#define APIC_LVT_TIMER 0x320
#define APIC_TIMER_INIT 0x380
#define APIC_TIMER_CURRENT 0x390
#define APIC_TIMER_DIVIDE 0x3e0
#define LVT_MASKED (1u << 16)
#define LVT_TSC_DEADLINE (2u << 17)
#define TIMER_CALIBRATE_NS 2000000ULL   /* 2 ms */
#define IDLE_MIN_NS 10000ULL            /* closer deadlines are spun for */
#define IDLE_MAX_NS 1000000000ULL       /* longer waits are cut into 1 s halts */

enum { TIMER_UNKNOWN, TIMER_NONE, TIMER_DEADLINE, TIMER_ONESHOT };
static int timer_mode;
static uint64_t tsc_per_ns;    /* TSC ticks per ns << 32 (TSC-deadline mode) */
static uint64_t apic_per_ns;   /* APIC timer ticks per ns << 32 (one-shot mode) */

static int timer_setup(void)
{
    platform_monotonic_ns();   /* calibrates the clock: mult */
    if (apic_enable()) return TIMER_NONE;
    uint32_t r[4];
    cpuid(1, 0, r);
    if (r[2] & (1u << 24)) {
        tsc_per_ns = UINT64_MAX / mult;
        apic_write(APIC_LVT_TIMER, LVT_TSC_DEADLINE | APIC_TIMER_VECTOR);
        /* The LVT write must be done before the first deadline write
         * (the SDM's advice for the x2APIC, where neither serializes). */
        __asm__ volatile("mfence" ::: "memory");
        return TIMER_DEADLINE;
    }
    apic_write(APIC_TIMER_DIVIDE, 0xb);   /* divide by 1 */
    apic_write(APIC_LVT_TIMER, LVT_MASKED | APIC_TIMER_VECTOR);   /* one-shot, silent */
    apic_write(APIC_TIMER_INIT, 0xffffffffu);
    /* Each count is paired with the middle of two clock readings around it:
     * under an emulator reading either costs microseconds. */
    uint64_t a = platform_monotonic_ns();
    uint32_t c0 = apic_read(APIC_TIMER_CURRENT);
    uint64_t t0 = platform_monotonic_ns(), t1;
    t0 = a + (t0 - a) / 2;
    while ((t1 = platform_monotonic_ns()) - t0 < TIMER_CALIBRATE_NS) cpu_relax();
    uint32_t c1 = apic_read(APIC_TIMER_CURRENT);
    t1 += (platform_monotonic_ns() - t1) / 2;
    apic_write(APIC_TIMER_INIT, 0);   /* stopped */
    if (c1 >= c0 || c0 - c1 < 1000) return TIMER_NONE;   /* not counting */
    apic_per_ns = ((uint64_t)(c0 - c1) << 32) / (t1 - t0);
    if (!apic_per_ns) return TIMER_NONE;
    apic_write(APIC_LVT_TIMER, APIC_TIMER_VECTOR);   /* one-shot, unmasked */
    return TIMER_ONESHOT;
}

/* Waits until deadline_ns or any interrupt (the timer, an NMI), whichever
 * comes first; may return early, so callers loop on their own condition. */
void platform_idle_until(uint64_t deadline_ns)
{
    if (timer_mode == TIMER_UNKNOWN) timer_mode = timer_setup();   /* may take 2 ms */
    uint64_t now = platform_monotonic_ns();
    if (now >= deadline_ns) return;
    uint64_t left = deadline_ns - now;
    if (timer_mode == TIMER_NONE || left < IDLE_MIN_NS) {
        cpu_relax();
        return;
    }
    if (left > IDLE_MAX_NS) left = IDLE_MAX_NS;
    if (timer_mode == TIMER_DEADLINE) {
        uint64_t ticks = (uint64_t)(((unsigned __int128)(now + left) * tsc_per_ns) >> 32);
        wrmsr(MSR_TSC_DEADLINE, rb_boot_tsc_entry + ticks + 1);
    } else {
        uint64_t count = (uint64_t)(((unsigned __int128)left * apic_per_ns) >> 32);
        count -= count >> 6;
        if (count > 0xffffffffu) count = 0xffffffffu;
        apic_write(APIC_TIMER_INIT, count ? (uint32_t)count : 1);
    }
    __asm__ volatile("sti; hlt; cli" ::: "memory");
}

void platform_sleep_until(uint64_t deadline_ns)
{
    while (platform_monotonic_ns() < deadline_ns) platform_idle_until(deadline_ns);
}
