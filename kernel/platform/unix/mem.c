/* mem.c: memory on unix is anonymous mmap, which the kernel hands out
 * zeroed and page-aligned.  A budget (robur.mem=MiB, default
 * RB_UNIX_MEMORY_DEFAULT) stands in for the VM's RAM so that heap exhaustion
 * behaves as on pvh instead of waking the OOM killer. */
#include "unix.h"

#define PROT_RW 3
#define MAP_PRIVATE_ANON 0x22
#define MAP_NORESERVE 0x4000

static size_t budget;

void mem_init(void)
{
    budget = RB_UNIX_MEMORY_DEFAULT;
    const char *mib = platform_option("mem");
    if (mib && *mib) {
        size_t v = 0;
        while (*mib >= '0' && *mib <= '9') v = v * 10 + (size_t)(*mib++ - '0');
        budget = v << 20;
    }
}

void *unix_mmap(size_t bytes)
{
    long p = sys6(SYS_mmap, 0, (long)bytes, PROT_RW, MAP_PRIVATE_ANON | MAP_NORESERVE, -1, 0);
    return p < 0 && p > -4096 ? NULL : (void *)p;
}

void *platform_alloc_pages(size_t bytes)
{
    if (!bytes) bytes = 1;
    bytes = (bytes + RB_PAGE_SIZE - 1) & ~(RB_PAGE_SIZE - 1);
    if (bytes > budget) return NULL;
    void *p = unix_mmap(bytes);
    if (p) budget -= bytes;
    return p;
}

size_t platform_memory_available(void) { return budget; }
size_t platform_memory_largest(void) { return budget; }
