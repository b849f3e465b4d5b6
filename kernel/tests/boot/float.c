/* float.c: SSE2 floating point works (CR0/CR4 set up by the platform):
 * a few double operations the code generator will emit, checked exactly. */
#include "testlib.h"

static volatile double three = 3.0, seven = 7.0;

void rb_main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    double q = seven / three;                    /* divsd */
    double s = q * three + 0.5;                  /* mulsd, addsd */
    long t = (long)(s * 1e6);                    /* cvttsd2si */
    double back = (double)t;                     /* cvtsi2sd */
    t_puts("float ");
    t_putd(t);
    t_puts(back == 7500000.0 && q > 2.333333 && q < 2.333334 ? " ok\n" : " BAD\n");
}
