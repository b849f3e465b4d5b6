/* params.h: every fixed limit of the platforms, in one place, so that the
 * memory a VM needs can be read off this file.  Anything that scales with the
 * machine (the main stack, the heap) is sized from the memory map at boot. */
#ifndef ROBUR_PARAMS_H
#define ROBUR_PARAMS_H

/* Constants shared with assembly: no UL suffix there. */
#ifdef __ASSEMBLER__
#define RB_UL(x) x
#else
#define RB_UL(x) x##UL
#endif

#define RB_PAGE_SIZE RB_UL(4096)

/* Main stack (the one rb_main and OCaml code run on): RAM/8, clamped to
 * [RB_STACK_MIN, RB_STACK_MAX], so a 2 MiB VM still boots while every VM with
 * >= 64 MiB gets the same 8 MiB as the unix platform (same overflow depth). */
#define RB_STACK_MAX (8UL << 20)
#define RB_STACK_MIN (64UL << 10)
/* Unmapped bytes right below the main stack; a fault there is an overflow. */
#define RB_STACK_GUARD RB_PAGE_SIZE

/* pvh: stack used from PVH entry until rb_main, and the IST stack on which
 * CPU exceptions (and the stack-overflow hook) run. */
#define RB_BOOT_STACK_SIZE (RB_UL(8) << 10)
#define RB_FAULT_STACK_SIZE (RB_UL(8) << 10)

/* pvh: the command line and memory map are copied out of the loader's memory
 * (which then becomes usable RAM).  Longer command lines are truncated. */
#define RB_CMDLINE_MAX 4096
#define RB_ARGV_MAX 64
#define RB_MEMMAP_MAX 32
/* pvh: RAM is identity-mapped up to max(top of RAM, 4 GiB); above this limit
 * it is ignored (one PDPT: 512 GiB). */
#define RB_MAX_PHYS (512UL << 30)

/* unix: default budget of platform_alloc_pages (robur.mem=MiB overrides). */
#define RB_UNIX_MEMORY_DEFAULT (1024UL << 20)

/* Platform options: "robur.KEY=VALUE" words (see docs/runtime.md "Boot"). */
#define RB_OPTIONS_MAX 16

#endif /* ROBUR_PARAMS_H */
