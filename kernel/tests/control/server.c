/* server.c: the control-channel test program.  Opens the virtio-serial port,
 * says so on the serial console, then answers control frames until a
 * SHUTDOWN, and exits with the code that SHUTDOWN asked for.  Argument
 * "limit=N" caps the payload size (default: rb_control_init's).  Run by
 * tests/vm/test_control.py.  No SSE (see control.c). */
#pragma GCC target("general-regs-only")
#include <robur/platform.h>
#include "../../runtime/control.h"
#include "../../platform/pvh/virtio_console.h"

static void puts1(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    platform_console_write(1, s, n);
}

static size_t parse_limit(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *p = "limit=";
        while (*p && *a == *p) a++, p++;
        if (*p) continue;
        size_t v = 0;
        while (*a >= '0' && *a <= '9') v = v * 10 + (size_t)(*a++ - '0');
        return v;
    }
    return 0;
}

void rb_main(int argc, char **argv)
{
    int err = vcon_init();
    if (err) {
        puts1(err == VCON_E_NO_DEVICE ? "control: no virtio console\n"
              : err == VCON_E_LEGACY   ? "control: legacy virtio-mmio only\n"
              : err == VCON_E_FEATURES ? "control: feature negotiation failed\n"
              : err == VCON_E_QUEUES   ? "control: queue set-up failed\n"
                                       : "control: port never announced\n");
        platform_exit(3);
    }
    struct rb_ctl_transport t = {vcon_read, vcon_write};
    if (rb_control_init(&t, parse_limit(argc, argv)) != 0) {
        puts1("control: no memory for the receive buffer\n");
        platform_exit(4);
    }
    puts1("control: ready\n");
    int code = rb_control_serve();
    puts1("control: shutdown\n");
    platform_exit(code);
}
