/* report.c: what the platforms print about themselves (shared by both):
 * the fault report (message, every register, a frame-pointer backtrace) and
 * the control lines for the host launcher.  Everything goes to stderr through
 * platform_console_write and uses no allocator and no libc, so it works from
 * a fault handler with a corrupt heap.
 *
 * Control lines start with \x01 ("robur-NAME VALUE...") and end with "\n";
 * the launcher strips them from the output (docs/runtime.md "Exit codes"). */
#include "shared.h"

static size_t str_len(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

void rb_puts(const char *s) { platform_console_write(2, s, str_len(s)); }

void rb_put_hex(uint64_t v)
{
    char buf[18];
    buf[0] = '0';
    buf[1] = 'x';
    for (int i = 0; i < 16; i++) buf[2 + i] = "0123456789abcdef"[(v >> (60 - 4 * i)) & 15];
    platform_console_write(2, buf, sizeof buf);
}

void rb_put_dec(uint64_t v)
{
    char buf[20];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    platform_console_write(2, buf + i, sizeof buf - (size_t)i);
}

static void reg(const char *name, uint64_t v)
{
    rb_puts(name);
    rb_put_hex(v);
}

static void flush_repeats(uint64_t n)
{
    if (!n) return;
    rb_puts("  (and ");
    rb_put_dec(n);
    rb_puts(n == 1 ? " more time)" : " more times)");
}

void rb_report_fault(const char *what, const struct rb_fault_ctx *c)
{
    rb_puts("robur: panic: ");
    rb_puts(what);
    reg("\n  rip ", c->rip);
    reg("  rsp ", c->rsp);
    reg("  rbp ", c->rbp);
    reg("  rflags ", c->rflags);
    reg("\n  rax ", c->rax);
    reg("  rbx ", c->rbx);
    reg("  rcx ", c->rcx);
    reg("  rdx ", c->rdx);
    reg("\n  rsi ", c->rsi);
    reg("  rdi ", c->rdi);
    reg("  r8  ", c->r8);
    reg("  r9  ", c->r9);
    reg("\n  r10 ", c->r10);
    reg("  r11 ", c->r11);
    reg("  r12 ", c->r12);
    reg("  r13 ", c->r13);
    reg("\n  r14 ", c->r14);
    reg("  r15 ", c->r15);
    reg("  cr2 ", c->fault_addr);
    reg("  err ", c->error_code);
    rb_puts("\nbacktrace:\n  ");
    rb_put_hex(c->rip);
    /* Every frame starts with push rbp; mov rsp, rbp (-fno-omit-frame-pointer),
     * so [rbp] is the caller's rbp and [rbp+8] our return address.  Stop at
     * rbp = 0 (set at stack creation), at unreadable or non-increasing rbp,
     * after 32 lines or 4096 frames; a run of one return address prints
     * once, with its count. */
    uint64_t fp = c->rbp, last = 0, repeats = 0;
    int lines = 0;
    for (int depth = 0; depth < 4096 && lines < 32 && fp && (fp & 7) == 0; depth++) {
        if (!rb_frame_readable(fp) || !rb_frame_readable(fp + 8)) break;
        uint64_t ret = ((uint64_t *)fp)[1];
        if (!ret) break;
        if (ret == last) {   /* deep recursion: one line, not a screenful */
            repeats++;
        } else {
            flush_repeats(repeats);
            repeats = 0;
            rb_puts("\n  ");
            rb_put_hex(ret);
            last = ret;
            lines++;
        }
        uint64_t next = ((uint64_t *)fp)[0];
        if (next <= fp) break;
        fp = next;
    }
    flush_repeats(repeats);
    rb_puts("\n");
}

void rb_control_line(const char *name, uint64_t value)
{
    rb_puts("\001robur-");
    rb_puts(name);
    rb_puts(" ");
    rb_put_dec(value);
    rb_puts("\n");
}

void rb_report_stats(void)
{
    const char *on = platform_option("stats");
    if (!on || on[0] == '0') return;
    uint64_t entry, main, khz, now = rb_rdtsc();
    rb_boot_stamps(&entry, &main, &khz);
    rb_puts("\001robur-stats entry_tsc=");
    rb_put_dec(entry);
    rb_puts(" main_tsc=");
    rb_put_dec(main);
    rb_puts(" exit_tsc=");
    rb_put_dec(now);
    rb_puts(" tsc_khz=");
    rb_put_dec(khz);
    rb_puts("\n");
}
