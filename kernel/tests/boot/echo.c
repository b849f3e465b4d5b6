/* echo.c: reads the console until a newline (or end of input) and echoes
 * what it read between brackets. */
#include "testlib.h"

void rb_main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    char line[256];
    size_t n = 0;
    while (n < sizeof line) {
        long r = platform_console_read(line + n, 1);
        if (r <= 0 || line[n] == '\n') break;
        n++;
    }
    t_puts("read [");
    platform_console_write(1, line, n);
    t_puts("]\n");
}
