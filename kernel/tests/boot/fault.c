/* fault.c: deliberate crashes, selected by argv[1]: "ud2" (invalid opcode),
 * "null" (write to address 0), "panic" (platform_panic), "overflow" (deep
 * recursion with no stack-overflow hook: the default hook refuses).  Each
 * must end in a register dump and the panic exit code. */
#include "testlib.h"

static volatile long sink;

__attribute__((noinline)) static long recurse(long n)
{
    volatile char pad[256];
    pad[0] = (char)n;
    if (n < 0) return 0;   /* never: keeps -Winfinite-recursion quiet */
    return recurse(n + 1) + pad[0];
}

__attribute__((noinline)) static void crash(const char *how)
{
    if (t_eq(how, "ud2")) __asm__ volatile("ud2");
    if (t_eq(how, "null")) *(volatile long *)sink = 42;
    if (t_eq(how, "panic")) platform_panic("deliberate panic");
    if (t_eq(how, "overflow")) sink = recurse(0);
}

void rb_main(int argc, char **argv)
{
    t_puts("crashing\n");
    if (argc > 1) crash(argv[1]);
    t_puts("not crashed\n");
}
