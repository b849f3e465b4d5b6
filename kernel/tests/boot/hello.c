/* hello.c: the smallest program: one line on stdout, exit 0 by returning. */
#include <robur/platform.h>

void rb_main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    platform_console_write(1, "hello, world\n", 13);
}
