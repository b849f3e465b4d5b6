/* platform.h: the one interface between the portable runtime (kernel/runtime)
 * and a platform (kernel/platform/pvh: a PVH unikernel on QEMU; unix: a static
 * Linux process).  Both platforms implement every function here under the
 * same names, so the runtime is compiled once per platform with no #ifdef.
 *
 * Boot contract: the platform brings the machine up (long mode, SSE, stack
 * with guard page, console, timer, memory) and then calls
 *
 *     void rb_main(int argc, char **argv);
 *
 * which the runtime defines.  If rb_main returns, the platform exits with
 * code 0.  argv[0] is the program name; argv[argc] == NULL.  On pvh argv is
 * split from the PVH command line (see docs/runtime.md "Boot" for the
 * quoting rules); on unix it is the real argv.
 *
 * Exit codes (both platforms): platform_exit(c) makes the host see c & 255.
 * platform_panic() and any unhandled CPU fault exit with RB_EXIT_PANIC.
 */
#ifndef ROBUR_PLATFORM_H
#define ROBUR_PLATFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Host-visible status of a kernel panic (unhandled fault, platform_panic). */
#define RB_EXIT_PANIC 125

/* ---- Console ------------------------------------------------------------ */

/* fd 1 = stdout, fd 2 = stderr.  Bytes go out unmodified (no "\n" -> "\r\n"),
 * so the host sees exactly the program's bytes.  On pvh both share COM1. */
void platform_console_write(int fd, const char *buf, size_t len);

/* Blocking read of at most len bytes; returns the number read (>= 1), or 0 at
 * end of input (unix: EOF on fd 0; pvh: never, a UART has no end). */
long platform_console_read(char *buf, size_t len);

/* ---- Exit and panic ----------------------------------------------------- */

_Noreturn void platform_exit(int code);

/* Prints "robur: panic: MSG", the caller's registers and a frame-pointer
 * backtrace on stderr, then exits with RB_EXIT_PANIC. */
_Noreturn void platform_panic(const char *msg);

/* ---- Time and randomness ------------------------------------------------ */

/* Nanoseconds since an arbitrary point at boot; never goes backwards. */
uint64_t platform_monotonic_ns(void);

/* Returns once platform_monotonic_ns() >= deadline_ns (at once if it
 * already is), using no CPU meanwhile: on pvh a loop of
 * platform_idle_until, on unix clock_nanosleep. */
void platform_sleep_until(uint64_t deadline_ns);

/* Waits, using no CPU, until deadline_ns at the latest; may return earlier
 * (pvh: any interrupt, e.g. an NMI; a deadline less than ~10 us away, or a
 * machine without an APIC timer, costs one `pause` and returns at once), so
 * the caller loops on its own condition.  Used by polling loops that have
 * nothing to do (the control channel, docs/runtime.md "Idling"). */
void platform_idle_until(uint64_t deadline_ns);

/* 1 and *out set on success (RDRAND on pvh, getrandom on unix), else 0. */
int platform_random_u64(uint64_t *out);

/* ---- Memory ------------------------------------------------------------- */

/* Page-aligned (4 KiB), zeroed memory, never freed; NULL when exhausted.
 * bytes is rounded up to a multiple of 4 KiB. */
void *platform_alloc_pages(size_t bytes);

/* Bytes platform_alloc_pages could still return (pvh: the exact remainder of
 * usable RAM; unix: what is left of the robur.mem budget, default
 * RB_UNIX_MEMORY_DEFAULT in params.h). */
size_t platform_memory_available(void);

/* Largest single request platform_alloc_pages can currently satisfy (pvh RAM
 * may come in a few separate ranges, e.g. below 640 KiB and above 1 MiB). */
size_t platform_memory_largest(void);

/* ---- Command line ------------------------------------------------------- */

/* The raw PVH command line (QEMU -append), "" when none; "" on unix. */
const char *platform_cmdline(void);

/* ---- Options ------------------------------------------------------------ */

/* Platform options are "robur.KEY=VALUE" words: on pvh the leading words of
 * the command line, on unix the ROBUR_OPTIONS environment variable.  Returns
 * VALUE for KEY ("" for a bare "robur.KEY"), NULL when absent.  Used for
 * robur.stats=1 and free for the runtime (e.g. "robur.gc.stress=100"). */
const char *platform_option(const char *key);

/* ---- Faults ------------------------------------------------------------- */

/* The machine state at a fault, as saved by the platform's fault handler.
 * The stack-overflow hook may modify rip, rsp, rax, rdi, rsi, rdx (and any
 * other field): the platform resumes execution with these values. */
struct rb_fault_ctx {
    uint64_t rax, rbx, rcx, rdx, rsi, rdi, rbp, rsp;
    uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
    uint64_t rip, rflags;
    uint64_t fault_addr;   /* CR2 on pvh, si_addr on unix */
    uint64_t error_code;   /* page-fault error code (0 when unknown) */
    uint64_t vector;       /* CPU exception vector (14 = page fault) */
};

/* Called when a page fault hits the guard page below the main stack (pvh) or
 * SIGSEGV hits the stack's guard zone (unix).  Runs on a separate stack.
 * Return 1 after redirecting ctx (e.g. rip/rsp to raise Stack_overflow):
 * execution resumes from ctx.  Return 0 to panic.  The platform provides a
 * weak default that returns 0; the runtime overrides it. */
int rb_stack_overflow_hook(struct rb_fault_ctx *ctx);

/* Bounds of the main stack: [lo, hi).  lo is just above the guard page. */
void platform_stack_bounds(uintptr_t *lo, uintptr_t *hi);

/* ---- Entry supplied by the runtime -------------------------------------- */

void rb_main(int argc, char **argv);

#endif /* ROBUR_PLATFORM_H */
