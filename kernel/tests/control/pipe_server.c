/* pipe_server.c: the same control server on the unix platform, with the
 * channel on fd 0 (requests) and fd 1 (replies) instead of a virtio port.
 * It runs as a plain Linux process, so tests/vm/test_control.py can fuzz
 * kernel/runtime/control.c with thousands of cases in seconds, where the
 * VM test affords a few hundred.  End of input on fd 0 ends the program
 * (exit 0).  Raw system calls: the unix platform has no libc either. */
#pragma GCC target("general-regs-only")
#include <robur/platform.h>
#include "../../runtime/control.h"

#define SYS_read 0
#define SYS_write 1
#define SYS_poll 7
#define POLLIN 1
#define EINTR 4

struct pollfd {
    int fd;
    short events, revents;
};

static long sys3(long n, long a, long b, long c)
{
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}

/* Non-blocking, as the transport contract asks: poll with a zero timeout. */
static size_t pipe_read(void *buf, size_t len)
{
    struct pollfd p = {0, POLLIN, 0};
    if (sys3(SYS_poll, (long)&p, 1, 0) <= 0) return 0;
    long n = sys3(SYS_read, 0, (long)buf, (long)len);
    if (n == 0) platform_exit(0);   /* the host closed the channel */
    return n > 0 ? (size_t)n : 0;
}

static void pipe_write(const void *const *parts, const size_t *lens, int n)
{
    for (int i = 0; i < n; i++) {
        const char *p = parts[i];
        size_t left = lens[i];
        while (left) {
            long w = sys3(SYS_write, 1, (long)p, (long)left);
            if (w == -EINTR) continue;
            if (w <= 0) platform_exit(0);   /* the host went away */
            p += w;
            left -= (size_t)w;
        }
    }
}

void rb_main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    struct rb_ctl_transport t = {pipe_read, pipe_write};
    if (rb_control_init(&t, 100000) != 0) platform_exit(4);
    platform_exit(rb_control_serve());
}
