/* random.c: the kernel's getrandom(2). */
#include "unix.h"

int platform_random_u64(uint64_t *out)
{
    return sys3(SYS_getrandom, (long)out, sizeof *out, 0) == (long)sizeof *out;
}
