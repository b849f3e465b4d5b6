/* mem.c: physical memory on pvh.  Memory map (physical = virtual):
 *
 *   0x00000000   page 0, unmapped: NULL dereferences fault
 *   0x00001000   low RAM (the loader's start_info and command line live here;
 *                boot.c copies them first, then the allocator owns it)
 *   0x0009fc00   EBDA, VGA hole, BIOS: reserved in the memory map, untouched
 *   0x00100000   the image: .text .rodata .note | .data | .bss (page
 *                tables, command-line copy) | .noinit (boot, fault stacks)
 *   __image_end  RAM handed out by platform_alloc_pages, lowest first
 *   0x001ff000   guard page, unmapped: a fault here is a stack overflow
 *   0x00200000   main stack (S = RAM/8 clamped to [64 KiB, 8 MiB]) up to 2M+S
 *                (when RAM is too small for that: at the top of RAM, with
 *                the guard page right below it)
 *   2M+S         RAM handed out by platform_alloc_pages
 *   top          end of the highest RAM range
 *   0xfe000000   MMIO (virtio-mmio at 0xfeb00000, IOAPIC, LAPIC) up to 4 GiB,
 *                mapped uncached; nothing else above the top of RAM is mapped
 *
 * Paging is an identity map of RAM and the MMIO window only: 4 KiB pages in
 * the first 2 MiB (page 0 left out) and around the guard page, 2 MiB pages
 * (1 GiB when the CPU has them) elsewhere.  start.S maps the first 16 MiB;
 * mem_init completes the same tables and flushes the TLB once.  Boot time is
 * instruction count here (kvm_pvm), so the loops are as short as the RAM.
 *
 * Nothing is ever unmapped or freed, so the allocator is a bump pointer over
 * a sorted list of free ranges.  Pages are zeroed when handed out: low RAM
 * has been used by the firmware. */
#include "pvh.h"

#define PTE_P 1UL
#define PTE_W 2UL
#define PTE_PWT 8UL
#define PTE_PCD 0x10UL
#define PTE_PS 0x80UL
#define PTE_ADDR 0x000ffffffffff000UL
#define GIB (1UL << 30)
#define MIB2 (1UL << 21)
#define MMIO_LO 0xfe000000UL

#define pml4 rb_pml4
#define pdpt rb_pdpt
#define pd0 rb_pd0
#define pt0 rb_pt0

struct range {
    uintptr_t lo, hi;
};
static struct range ranges[RB_MEMMAP_MAX + 2];
static int nranges;
static uintptr_t stack_lo, stack_hi, guard_lo;

static void add_range(uintptr_t lo, uintptr_t hi)
{
    lo = (lo + RB_PAGE_SIZE - 1) & ~(RB_PAGE_SIZE - 1);
    hi &= ~(RB_PAGE_SIZE - 1);
    if (lo < RB_PAGE_SIZE) lo = RB_PAGE_SIZE;
    if (hi > RB_MAX_PHYS) hi = RB_MAX_PHYS;
    uintptr_t img_lo = (uintptr_t)__image_start, img_hi = (uintptr_t)__image_end;
    if (lo < img_hi && hi > img_lo) {    /* cut the image out */
        add_range(lo, img_lo);
        add_range(img_hi, hi);
        return;
    }
    if (lo >= hi || nranges == (int)(sizeof ranges / sizeof ranges[0])) return;
    int i = nranges++;
    while (i > 0 && ranges[i - 1].lo > lo) {   /* keep sorted by address */
        ranges[i] = ranges[i - 1];
        i--;
    }
    ranges[i].lo = lo;
    ranges[i].hi = hi;
}

/* First fit, lowest address first but RAM below 1 MiB last: small early
 * allocations leave the big high range contiguous, and low RAM, which the
 * firmware used (for page tables too: under shadow paging, as with KVM's PVM
 * here, each write to such a page traps), only serves when the rest is
 * exhausted.  Not zeroed. */
static void *alloc_raw(size_t bytes)
{
    for (int low = 0; low < 2; low++)
        for (int i = 0; i < nranges; i++)
            if ((ranges[i].lo < 0x100000) == low && ranges[i].hi - ranges[i].lo >= bytes) {
                uintptr_t p = ranges[i].lo;
                ranges[i].lo += bytes;
                return (void *)p;
            }
    return NULL;
}

static void zero(void *p, size_t bytes)
{
    size_t n = bytes / 8;
    __asm__ volatile("rep stosq" : "+D"(p), "+c"(n) : "a"(0UL) : "memory");
}

static void *alloc_table(void)
{
    void *t = alloc_raw(RB_PAGE_SIZE);
    if (!t) platform_panic("out of memory for page tables");
    zero(t, RB_PAGE_SIZE);
    return t;
}

/* dst[i] = first + i * step for i < count.  Unrolled (about 2.4
 * instructions per entry instead of 5): under kvm_pvm (the build machines'
 * /dev/kvm) KVM's instruction emulator runs every guest instruction, and
 * filling pt0 is the longest loop of the boot.  No SSE: that emulator fails
 * on SSE moves like movq %rdx, %xmm4 (and platform code is built with
 * -mgeneral-regs-only anyway). */
static void fill(uint64_t *dst, size_t count, uint64_t first, uint64_t step)
{
    uint64_t *end = dst + count;
#pragma GCC unroll 8
    for (; dst < end; dst++, first += step) *dst = first;
}

static uint64_t *pd_of(uintptr_t addr) { return (uint64_t *)(pdpt[addr / GIB] & PTE_ADDR); }

uintptr_t mem_init(const struct hvm_memmap_entry *map, uint32_t n)
{
    uintptr_t top = 0;
    for (uint32_t i = 0; i < n; i++)
        if (map[i].type == HVM_MEMMAP_RAM) {
            add_range(map[i].addr, map[i].addr + map[i].size);
            if (map[i].addr + map[i].size > top) top = map[i].addr + map[i].size;
        }
    if (!nranges) platform_panic("no usable RAM in the memory map");

    /* Only what exists is mapped: RAM in 2 MiB pages (1 GiB pages when the
     * CPU has them), the first 2 MiB in 4 KiB pages without page 0, and the
     * top 32 MiB below 4 GiB (virtio-mmio at 0xfeb00000, IOAPIC, LAPIC)
     * uncached.  Nothing else, so stray pointers fault.  start.S mapped the
     * first 16 MiB with 2 MiB pages; these tables are completed in place. */
    if (top > RB_MAX_PHYS) top = RB_MAX_PHYS;
    top = (top + MIB2 - 1) & ~(MIB2 - 1);
    fill(pt0, 512, PTE_P | PTE_W, RB_PAGE_SIZE);
    pt0[0] = 0;
    pd0[0] = (uintptr_t)pt0 | PTE_P | PTE_W;
    uint32_t id[4];
    cpuid(0x80000000, 0, id);
    int gib_pages = 0;
    if (id[0] >= 0x80000001) {
        cpuid(0x80000001, 0, id);
        gib_pages = (id[3] >> 26) & 1;   /* PDPE1GB */
    }
    for (uintptr_t lo = RB_BOOT_MAPPED; lo < top; lo = (lo / GIB + 1) * GIB) {
        uintptr_t g = lo / GIB, hi = (g + 1) * GIB < top ? (g + 1) * GIB : top;
        if (gib_pages && lo == g * GIB && hi == (g + 1) * GIB) {
            pdpt[g] = lo | PTE_P | PTE_W | PTE_PS;
            continue;
        }
        if (!pdpt[g]) pdpt[g] = (uintptr_t)alloc_table() | PTE_P | PTE_W;
        fill(pd_of(lo) + (lo / MIB2) % 512, (hi - lo) / MIB2, lo | PTE_P | PTE_W | PTE_PS, MIB2);
    }
    uintptr_t mmio = top > MMIO_LO ? top : MMIO_LO;
    if (mmio < 4 * GIB) {
        static uint64_t pd3[512] __attribute__((aligned(4096)));   /* .bss: already zero */
        if (!pdpt[3]) pdpt[3] = (uintptr_t)pd3 | PTE_P | PTE_W;
        fill(pd_of(mmio) + (mmio / MIB2) % 512, (4 * GIB - mmio) / MIB2,
             mmio | PTE_P | PTE_W | PTE_PS | PTE_PCD | PTE_PWT, MIB2);
    }

    /* The main stack.  Preferably right above 2 MiB, so that its guard page
     * is the last page of the first 2 MiB, which pt0 already maps with 4 KiB
     * pages; otherwise at the top of the highest range that fits. */
    size_t total = platform_memory_available();
    size_t size = total / 8;
    if (size > RB_STACK_MAX) size = RB_STACK_MAX;
    if (size < RB_STACK_MIN) size = RB_STACK_MIN;
    size &= ~(RB_PAGE_SIZE - 1);
    int r;
    for (r = 0; r < nranges; r++)
        if (ranges[r].lo <= MIB2 - RB_STACK_GUARD && ranges[r].hi >= MIB2 + size) break;
    if (r < nranges && nranges < (int)(sizeof ranges / sizeof ranges[0])) {
        for (int i = nranges++; i > r; i--) ranges[i] = ranges[i - 1];
        stack_lo = MIB2;
        ranges[r].hi = MIB2 - RB_STACK_GUARD;
        ranges[r + 1].lo = MIB2 + size;
    } else {
        r = nranges - 1;
        while (r >= 0 && ranges[r].hi - ranges[r].lo < size + RB_STACK_GUARD) r--;
        if (r < 0) platform_panic("no memory for the stack");
        stack_lo = ranges[r].hi - size;
        ranges[r].hi = stack_lo - RB_STACK_GUARD;
    }
    stack_hi = stack_lo + size;
    guard_lo = stack_lo - RB_STACK_GUARD;

    /* Unmap the guard page, splitting its 2 MiB (or 1 GiB) page if needed. */
    for (uintptr_t a = guard_lo; a < stack_lo; a += RB_PAGE_SIZE) {
        if (pdpt[a / GIB] & PTE_PS) {
            uint64_t *pd = alloc_table();
            fill(pd, 512, (a & ~(GIB - 1)) | PTE_P | PTE_W | PTE_PS, MIB2);
            pdpt[a / GIB] = (uintptr_t)pd | PTE_P | PTE_W;
        }
        uint64_t *pde = &pd_of(a)[(a / MIB2) % 512];
        if (*pde & PTE_PS) {
            uint64_t *pt = alloc_table();
            fill(pt, 512, (a & ~(MIB2 - 1)) | PTE_P | PTE_W, RB_PAGE_SIZE);
            *pde = (uintptr_t)pt | PTE_P | PTE_W;
        }
        uint64_t *pt = (uint64_t *)(*pde & PTE_ADDR);
        pt[(a / RB_PAGE_SIZE) % 512] = 0;
    }
    __asm__ volatile("mov %0, %%cr3" : : "r"(pml4) : "memory");   /* flush the TLB */
    return stack_hi;
}

int mem_in_guard(uintptr_t addr) { return addr >= guard_lo && addr < stack_lo; }

void platform_stack_bounds(uintptr_t *lo, uintptr_t *hi)
{
    *lo = stack_lo;
    *hi = stack_hi;
}

void *platform_alloc_pages(size_t bytes)
{
    if (!bytes) bytes = 1;
    bytes = (bytes + RB_PAGE_SIZE - 1) & ~(RB_PAGE_SIZE - 1);
    void *p = alloc_raw(bytes);
    if (p) zero(p, bytes);
    return p;
}

size_t platform_memory_available(void)
{
    size_t total = 0;
    for (int i = 0; i < nranges; i++) total += ranges[i].hi - ranges[i].lo;
    return total;
}

size_t platform_memory_largest(void)
{
    size_t best = 0;
    for (int i = 0; i < nranges; i++)
        if (ranges[i].hi - ranges[i].lo > best) best = ranges[i].hi - ranges[i].lo;
    return best;
}

int rb_frame_readable(uintptr_t fp)
{
    uintptr_t boot = (uintptr_t)rb_boot_stack, fault = (uintptr_t)rb_fault_stack;
    return (fp >= stack_lo && fp < stack_hi) || (fp >= boot && fp < boot + RB_BOOT_STACK_SIZE) ||
           (fp >= fault && fp < fault + RB_FAULT_STACK_SIZE);
}
