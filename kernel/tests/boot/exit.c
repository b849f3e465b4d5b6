/* exit.c: "exit N" prints a line and exits with code N through platform_exit;
 * "exit" alone returns from rb_main (the platform then exits with 0). */
#include "testlib.h"

void rb_main(int argc, char **argv)
{
    t_puts("exiting\n");
    if (argc > 1) platform_exit((int)t_atoi(argv[1]));
}
