/* exit.c: leaving the VM.  QEMU's isa-debug-exit device (port 0x501) exits
 * QEMU with status (v << 1) | 1 when v is written to it.  Only 7 bits survive
 * that trip, and status 1 (v = 0) is also what QEMU returns on its own
 * errors, so the values are (docs/runtime.md "Exit codes"):
 *
 *   v = code + 1   for exit codes 0..124        (QEMU status 3..251)
 *   v = 126        kernel panic                 (QEMU status 253)
 *   v = 127        exit code 125..255, sent first as the control line
 *                  "\x01robur-exit CODE"        (QEMU status 255)
 *
 * Without the device (another PVH loader) the CPU halts with interrupts off. */
#include "pvh.h"

#define DEBUG_EXIT_PORT 0x501
#define DEBUG_EXIT_PANIC 126
#define DEBUG_EXIT_BIG 127
#define MAX_DIRECT_CODE 124

static _Noreturn void debug_exit(uint8_t v)
{
    outb(DEBUG_EXIT_PORT, v);
    for (;;) __asm__ volatile("cli; hlt");
}

_Noreturn void platform_exit(int code)
{
    code &= 255;
    rb_report_stats();
    if (code <= MAX_DIRECT_CODE) debug_exit((uint8_t)(code + 1));
    rb_control_line("exit", (uint64_t)code);
    debug_exit(DEBUG_EXIT_BIG);
}

_Noreturn void rb_panic_exit(void)
{
    rb_report_stats();
    debug_exit(DEBUG_EXIT_PANIC);
}

_Noreturn void platform_panic(const char *msg)
{
    struct rb_fault_ctx c = {0};
    rb_save_regs(&c);
    rb_report_fault(msg, &c);
    rb_panic_exit();
}
