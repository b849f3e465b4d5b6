/* random.c: hardware randomness from RDRAND, when CPUID.1:ECX[30] says the
 * CPU has it (KVM with -cpu host does; TCG's default CPU does not). */
#include "pvh.h"

int platform_random_u64(uint64_t *out)
{
    static int have = -1;
    if (have < 0) {
        uint32_t r[4];
        cpuid(1, 0, r);
        have = (r[2] >> 30) & 1;
    }
    if (!have) return 0;
    for (int tries = 0; tries < 10; tries++) {   /* Intel: retry up to 10 times */
        uint64_t v;
        uint8_t ok;
        __asm__ volatile("rdrand %0; setc %1" : "=r"(v), "=qm"(ok));
        if (ok) {
            *out = v;
            return 1;
        }
    }
    return 0;
}
