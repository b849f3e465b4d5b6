/* exit.c: exit_group carries the whole 0..255 code; a panic exits with
 * RB_EXIT_PANIC (125), as the pvh launcher reports one. */
#include "unix.h"

static _Noreturn void exit_group(int code)
{
    for (;;) sys3(SYS_exit_group, code, 0, 0);
}

_Noreturn void platform_exit(int code)
{
    rb_report_stats();
    exit_group(code & 255);
}

_Noreturn void rb_panic_exit(void)
{
    rb_report_stats();
    exit_group(RB_EXIT_PANIC);
}

_Noreturn void platform_panic(const char *msg)
{
    struct rb_fault_ctx c = {0};
    rb_save_regs(&c);
    rb_report_fault(msg, &c);
    rb_panic_exit();
}
