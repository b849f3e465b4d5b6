/* console.c: stdout/stderr/stdin are the process's fds 1, 2 and 0. */
#include "unix.h"

void platform_console_write(int fd, const char *buf, size_t len)
{
    while (len) {
        long n = sys3(SYS_write, fd == 2 ? 2 : 1, (long)buf, (long)len);
        if (n == -EINTR) continue;
        if (n <= 0) return;   /* closed pipe: drop the output, as pvh would */
        buf += n;
        len -= (size_t)n;
    }
}

long platform_console_read(char *buf, size_t len)
{
    for (;;) {
        long n = sys3(SYS_read, 0, (long)buf, (long)len);
        if (n == -EINTR) continue;
        return n < 0 ? 0 : n;
    }
}
