/* boot.c: the pvh platform's C entry, called by start.S in long mode on the
 * boot stack.  The boot order, each step relying on the previous ones:
 *   1. uart_init   the console, so that every later step can panic visibly
 *   2. trap_init   TSS + IDT: faults from here on are reported, on IST1
 *   3. copy the command line and memory map out of the loader's memory,
 *      which becomes ordinary RAM in step 4 (SeaBIOS puts the memory map
 *      in page 0, which step 4 unmaps so that NULL dereferences fault)
 *   4. mem_init    usable RAM, page tables for it, main stack + guard page
 *   5. split the command line into platform options and argv
 *   6. switch to the main stack and call rb_main(argc, argv); exit 0 after.
 * The clock is calibrated lazily (time.c), so none of this waits. */
#include "pvh.h"

uint64_t rb_boot_tsc_main;
static char cmdline[RB_CMDLINE_MAX];
static char argbuf[RB_CMDLINE_MAX];
static char *argv[RB_ARGV_MAX + 1];
static int argc;
static struct hvm_memmap_entry memmap[RB_MEMMAP_MAX];

static void enter_main(void *unused)
{
    (void)unused;
    rb_boot_tsc_main = rb_rdtsc();
    rb_main(argc, argv);
    platform_exit(0);
}

void pvh_boot(const struct hvm_start_info *si)
{
    uart_init();
    trap_init();
    if ((uintptr_t)si >= RB_BOOT_MAPPED - sizeof *si) platform_panic("start_info above 16 MiB");
    if (si->magic != HVM_START_MAGIC) platform_panic("bad hvm_start_info magic");
    if (si->version < 1 || !si->memmap_paddr || !si->memmap_entries)
        platform_panic("the loader gave no memory map (PVH start_info version >= 1 needed)");
    if (si->cmdline_paddr >= RB_BOOT_MAPPED - RB_CMDLINE_MAX ||
        si->memmap_paddr >= RB_BOOT_MAPPED - RB_MEMMAP_MAX * sizeof(struct hvm_memmap_entry))
        platform_panic("the loader put the command line or memory map above 16 MiB");

    if (si->cmdline_paddr) {
        const char *src = (const char *)(uintptr_t)si->cmdline_paddr;
        for (int i = 0; i < RB_CMDLINE_MAX - 1 && src[i]; i++) cmdline[i] = argbuf[i] = src[i];
    }
    uint32_t n = si->memmap_entries < RB_MEMMAP_MAX ? si->memmap_entries : RB_MEMMAP_MAX;
    const struct hvm_memmap_entry *map = (const struct hvm_memmap_entry *)(uintptr_t)si->memmap_paddr;
    for (uint32_t i = 0; i < n; i++) memmap[i] = map[i];

    uintptr_t stack_top = mem_init(memmap, n);

    argc = rb_split_args(argbuf, argv, RB_ARGV_MAX, 1);
    if (!argc) argv[argc++] = "robur";
    argv[argc] = NULL;

    rb_call_on_stack((void *)stack_top, enter_main, NULL);
}

const char *platform_cmdline(void) { return cmdline; }

void rb_boot_stamps(uint64_t *entry, uint64_t *main, uint64_t *khz)
{
    *entry = rb_boot_tsc_entry;
    *main = rb_boot_tsc_main;
    *khz = time_tsc_khz();
}
