/* args.c: prints argc and every argv word in brackets (quoting test); with
 * "--cmdline" first, also the raw platform command line and options. */
#include "testlib.h"

void rb_main(int argc, char **argv)
{
    t_puts("argc=");
    t_putd(argc);
    t_puts("\n");
    for (int i = 0; i < argc; i++) {
        t_puts("[");
        t_puts(argv[i]);
        t_puts("]\n");
    }
    if (argc > 1 && t_eq(argv[1], "--cmdline")) {
        t_puts("cmdline=<");
        t_puts(platform_cmdline());
        t_puts(">\n");
        const char *v = platform_option("test.opt");
        t_puts("test.opt=");
        t_puts(v ? v : "(none)");
        t_puts("\n");
    }
}
