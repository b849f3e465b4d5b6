/* stack.c: the stack guard page and the overflow hook.  Deep recursion hits
 * the guard; our hook (overriding the platform's weak default) checks the
 * fault address and moves rip/rsp to recovered(), on a fresh stack top, as
 * the runtime does to raise Stack_overflow.  Done twice to show the guard
 * keeps working after a recovery. */
#include "testlib.h"

static int rounds;
static uintptr_t fault_addr;

__attribute__((noinline)) static long recurse(long n)
{
    volatile char pad[512];
    pad[0] = (char)n;
    if (n < 0) return 0;   /* never: keeps -Winfinite-recursion quiet */
    return recurse(n + 1) + pad[0];
}

static void start_round(void);

_Noreturn static void recovered(void)
{
    uintptr_t lo, hi;
    platform_stack_bounds(&lo, &hi);
    int in_guard = fault_addr < lo && fault_addr >= lo - 4096;
    t_puts(in_guard ? "recovered: fault in the guard page\n" : "recovered: fault elsewhere\n");
    if (++rounds < 2) start_round();
    platform_exit(0);
}

int rb_stack_overflow_hook(struct rb_fault_ctx *ctx)
{
    uintptr_t lo, hi;
    platform_stack_bounds(&lo, &hi);
    fault_addr = ctx->fault_addr;
    ctx->rip = (uint64_t)(uintptr_t)recovered;
    ctx->rsp = hi - 64 - 8;   /* as after a call: rsp + 8 is 16-aligned */
    ctx->rbp = 0;
    return 1;
}

static void start_round(void)
{
    t_puts("recursing\n");
    recurse(0);
    t_puts("not reached\n");
}

void rb_main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    start_round();
}
