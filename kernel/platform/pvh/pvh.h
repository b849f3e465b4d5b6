/* pvh.h: the pvh platform's internal interface, grouped by file (like xv6's
 * defs.h), plus the x86 instruction wrappers every file needs. */
#ifndef ROBUR_PVH_H
#define ROBUR_PVH_H

#include <robur/params.h>
#include <robur/platform.h>
#include "shared.h"

/* hvm_start_info (Xen's public/arch-x86/hvm/start_info.h), the fields used. */
#define HVM_START_MAGIC 0x336ec578
struct hvm_start_info {
    uint32_t magic, version, flags, nr_modules;
    uint64_t modlist_paddr, cmdline_paddr, rsdp_paddr;
    uint64_t memmap_paddr;   /* version >= 1 */
    uint32_t memmap_entries, reserved;
};
struct hvm_memmap_entry {
    uint64_t addr, size;
    uint32_t type, reserved;
};
#define HVM_MEMMAP_RAM 1

/* start.S */
/* Identity-mapped from the PVH entry until mem_init: the loader's start_info,
 * command line and memory map must lie below this. */
#define RB_BOOT_MAPPED (16UL << 20)
extern uint64_t rb_boot_tsc_entry;
extern uint64_t rb_pml4[512], rb_pdpt[512], rb_pd0[512], rb_pt0[512];
extern char rb_boot_stack[], boot_stack_top[];
extern uint64_t rb_gdt[];
extern char __image_start[], __image_end[];

/* uart.c */
void uart_init(void);

/* mem.c */
/* Takes RAM from the memory map, maps it, carves the main stack and its
 * guard page; returns the stack top. */
uintptr_t mem_init(const struct hvm_memmap_entry *map, uint32_t n);
int mem_in_guard(uintptr_t addr);

/* trap.c */
void trap_init(void);
extern char rb_fault_stack[];
#define APIC_TIMER_VECTOR 0xf0
#define APIC_SPURIOUS_VECTOR 0xff
/* The local APIC, xAPIC or x2APIC: apic_enable software-enables it (0, or
 * -1 without one; idempotent); registers are named by their xAPIC offset. */
int apic_enable(void);
uint32_t apic_read(uint32_t reg);
void apic_write(uint32_t reg, uint32_t v);

/* time.c */
uint64_t time_tsc_khz(void);

/* exit.c */
extern uint64_t rb_boot_tsc_main;

/* ---- instructions ---- */
static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port)); }
static inline uint8_t inb(uint16_t port)
{
    uint8_t v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}
static inline void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
    __asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
}
static inline void wrmsr(uint32_t msr, uint64_t v)
{
    __asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)));
}
static inline uint64_t rdmsr(uint32_t msr)
{
    uint32_t lo, hi;
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return (uint64_t)hi << 32 | lo;
}
static inline void cpu_relax(void) { __asm__ volatile("pause"); }

#endif
