/* shared.h: the platform-neutral helpers that both platforms compile (they
 * live here in pvh/ and kernel/Makefile also builds them for unix): number
 * formatting, the fault report (registers + backtrace), the exit trailers the
 * host launcher parses, and the command-line/option splitter.  Each platform
 * supplies the few hooks declared at the bottom. */
#ifndef ROBUR_PLATFORM_SHARED_H
#define ROBUR_PLATFORM_SHARED_H

#include <robur/platform.h>

/* ---- report.c ---- */
void rb_puts(const char *s);                 /* to stderr */
void rb_put_hex(uint64_t v);                 /* 0x-prefixed, 16 digits */
void rb_put_dec(uint64_t v);
/* "robur: panic: WHAT", the registers in ctx and a backtrace from ctx->rbp. */
void rb_report_fault(const char *what, const struct rb_fault_ctx *ctx);
/* When the robur.stats option is set, writes the stats control line the
 * launcher parses and strips (docs/runtime.md "Exit codes"). */
void rb_report_stats(void);
/* Writes one control line "\x01robur-NAME VALUE\n" to stderr. */
void rb_control_line(const char *name, uint64_t value);

/* ---- regs.S ---- */
/* Fills ctx with the caller's registers (rip = return address, rsp = the
 * caller's rsp after the return). */
void rb_save_regs(struct rb_fault_ctx *ctx);
/* Switches to stack top and calls fn(arg); rbp = 0 ends backtraces there. */
_Noreturn void rb_call_on_stack(void *top, void (*fn)(void *), void *arg);

/* ---- args.c ---- */
/* Splits s in place into words (quoting: docs/runtime.md "Boot"); returns the
 * number of words, at most max.  Words beginning with "robur." are taken as
 * options while take_options is set; the first other word clears it. */
int rb_split_args(char *s, char **words, int max, int options_first);
/* Records one "robur.KEY[=VALUE]" word (without the "robur." prefix). */
void rb_add_option(char *word);

/* ---- supplied by each platform ---- */
/* 1 when fp may be dereferenced as a frame record (saved rbp, return rip). */
int rb_frame_readable(uintptr_t fp);
/* TSC stamps for the stats line: entry, before rb_main, TSC kHz (0 unknown). */
void rb_boot_stamps(uint64_t *entry, uint64_t *main, uint64_t *khz);
/* Ends the program with the panic status (pvh: the isa-debug-exit panic
 * value; unix: exit_group(RB_EXIT_PANIC)), printing nothing more. */
_Noreturn void rb_panic_exit(void);

static inline uint64_t rb_rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

#endif
