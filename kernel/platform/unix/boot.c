/* boot.c: the unix platform's C entry (from _start, on the process stack).
 * Boot order, as on pvh:
 *   1. argv from the process stack; platform options from ROBUR_OPTIONS
 *   2. mem_init    the allocation budget (robur.mem option)
 *   3. fault_init  main stack with guard page, signal stack, handlers
 *   4. switch to the main stack and call rb_main(argc, argv); exit 0 after.
 * The same fixed-size main stack as pvh (not the process stack), so a deep
 * recursion overflows at the same depth on both platforms. */
#include "unix.h"

uint64_t rb_boot_tsc_main;
static int argc;
static char **argv;
static char optbuf[RB_CMDLINE_MAX];

static int prefix(const char *p, const char *s)
{
    while (*p && *p == *s) p++, s++;
    return !*p;
}

static void enter_main(void *unused)
{
    (void)unused;
    rb_boot_tsc_main = rb_rdtsc();
    rb_main(argc, argv);
    platform_exit(0);
}

void unix_boot(long *sp)
{
    argc = (int)sp[0];
    argv = (char **)(sp + 1);
    for (char **env = argv + argc + 1; *env; env++)
        if (prefix("ROBUR_OPTIONS=", *env)) {
            const char *v = *env + 14;
            for (int i = 0; i < RB_CMDLINE_MAX - 1 && v[i]; i++) optbuf[i] = v[i];
            char *ignored[1];
            rb_split_args(optbuf, ignored, 0, 1);
        }
    mem_init();
    uintptr_t top = fault_init();
    rb_call_on_stack((void *)top, enter_main, NULL);
}

const char *platform_cmdline(void) { return ""; }

void rb_boot_stamps(uint64_t *entry, uint64_t *main, uint64_t *khz)
{
    *entry = rb_boot_tsc_entry;
    *main = rb_boot_tsc_main;
    *khz = time_tsc_khz();
}
