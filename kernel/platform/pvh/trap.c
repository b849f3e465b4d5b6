/* trap.c: CPU exceptions, the local APIC and its two interrupts.  Maskable
 * interrupts stay disabled (IF = 0) except inside platform_idle_until's
 * `sti; hlt` (time.c), so the IDT has the 32 exception vectors, the APIC
 * timer's vector and the APIC's spurious vector, and nothing else.
 * Exceptions run on IST1, a separate stack: a stack overflow faults with
 * rsp pointing into the guard page, and only a fresh stack can then run any
 * code.  A page fault inside the guard page goes to
 * rb_stack_overflow_hook (the runtime raises Stack_overflow from there); any
 * other exception is a panic with a register dump and a backtrace.
 *
 * The NMI (vector 2) is the host's interrupt (docs/protocol.md,
 * "Interrupts"): it goes to rb_nmi_hook when the runtime defines one, and is
 * otherwise ignored.  It has its own stack, IST2, since it can arrive while
 * IST1 is in use (a fault being handled).
 *
 * The timer and spurious interrupts (vectors.S: rb_timer_stub,
 * rb_spurious_stub) only wake a hlt: the timer's stub writes the EOI and
 * returns, the spurious one just returns.  They run on IST3, a small stack
 * of their own, so that the interrupted stack is never written. */
#include "pvh.h"

struct trap_frame {   /* as pushed by vectors.S, lowest address first */
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;   /* pushed by the CPU */
};

struct idt_entry {   /* offset 0..15, selector, IST, type, offset 16..31 | offset 32..63 */
    uint64_t lo, hi;
};

/* 64-bit TSS: ist[0..2] (IST1-3) are used. */
struct tss {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3, iomap_base;
} __attribute__((packed));

extern const uint64_t trap_stubs[32];   /* trap_stubs[v] = trap_stubs[0] + 16 v */
extern char rb_timer_stub[], rb_spurious_stub[];
static struct idt_entry idt[256] __attribute__((aligned(16)));
static struct tss tss __attribute__((aligned(16)));
char rb_fault_stack[RB_FAULT_STACK_SIZE] __attribute__((aligned(16), section(".noinit")));
static char nmi_stack[RB_FAULT_STACK_SIZE] __attribute__((aligned(16), section(".noinit")));
static char irq_stack[512] __attribute__((aligned(16), section(".noinit")));   /* 8 quads used */

/* Defined by the runtime that takes interrupts (kernel/runtime/loader.c):
 * may redirect ctx like rb_stack_overflow_hook and return 1. */
extern int rb_nmi_hook(struct rb_fault_ctx *ctx) __attribute__((weak));

#define KERNEL_CS 0x08
#define TSS_SEL 0x18
#define GATE_INTERRUPT 0x8e   /* present, DPL 0, 64-bit interrupt gate */

static void set_gate(int v, uintptr_t a, uint64_t ist)
{
    idt[v].lo = (a & 0xffff) | (uint64_t)KERNEL_CS << 16 | ist << 32 | (uint64_t)GATE_INTERRUPT << 40 |
                (uint64_t)(a >> 16 & 0xffff) << 48;
    idt[v].hi = (uint64_t)a >> 32;
}

void trap_init(void)
{
    uintptr_t t = (uintptr_t)&tss;
    tss.ist[0] = (uintptr_t)rb_fault_stack + RB_FAULT_STACK_SIZE;
    tss.ist[1] = (uintptr_t)nmi_stack + RB_FAULT_STACK_SIZE;
    tss.ist[2] = (uintptr_t)irq_stack + sizeof irq_stack;
    tss.iomap_base = sizeof tss;
    /* Available 64-bit TSS descriptor: limit, base split over two quads. */
    rb_gdt[3] = (sizeof tss - 1) | ((t & 0xffffff) << 16) | (0x89UL << 40) | ((t >> 24 & 0xff) << 56);
    rb_gdt[4] = t >> 32;
    __asm__ volatile("ltr %w0" : : "r"(TSS_SEL));

    /* The stubs are 16 bytes apart (vectors.S), so consecutive gates differ
     * only in the low offset bits: one 64-bit add per gate. */
    uint64_t a = trap_stubs[0];
    uint64_t lo = (a & 0xffff) | (uint64_t)KERNEL_CS << 16 | 1ULL << 32 | (uint64_t)GATE_INTERRUPT << 40 |
                  (a >> 16 & 0xffff) << 48;
    for (int v = 0; v < 32; v++, lo += 16) {
        idt[v].lo = v == 2 ? (lo & ~(7ULL << 32)) | 2ULL << 32 : lo;   /* NMI: IST2 */
        idt[v].hi = a >> 32;
    }
    set_gate(APIC_TIMER_VECTOR, (uintptr_t)rb_timer_stub, 3);
    set_gate(APIC_SPURIOUS_VECTOR, (uintptr_t)rb_spurious_stub, 3);
    struct {
        uint16_t limit;
        uint64_t base;
    } __attribute__((packed)) desc = {sizeof idt - 1, (uintptr_t)idt};
    __asm__ volatile("lidt %0" : : "m"(desc));
}

/* ---- the local APIC ----
 * In xAPIC mode its registers are 32-bit MMIO at the base address from
 * IA32_APIC_BASE (inside the mapped MMIO window); in x2APIC mode (firmware
 * or hypervisor may have switched to it) they are MSRs 0x800 + offset / 16.
 * apic_read and apic_write take the xAPIC offset and hide the difference. */
#define MSR_APIC_BASE 0x1b
#define APIC_SVR 0xf0
#define APIC_LVT_LINT0 0x350
#define APIC_LVT_LINT1 0x360

static int apic_state;                 /* 0 not yet, 1 enabled, -1 none */
static volatile uint32_t *apic_mmio;   /* NULL in x2APIC mode */
/* The EOI register for rb_timer_stub (vectors.S): NULL means x2APIC (MSR
 * 0x80b). */
volatile uint32_t *rb_apic_eoi;

uint32_t apic_read(uint32_t reg)
{
    if (apic_mmio) return apic_mmio[reg / 4];
    return (uint32_t)rdmsr(0x800 + reg / 16);
}

void apic_write(uint32_t reg, uint32_t v)
{
    if (apic_mmio)
        apic_mmio[reg / 4] = v;
    else
        wrmsr(0x800 + reg / 16, v);
}

/* Software-enables the APIC (spurious vector 0xff) and masks LINT0, which
 * QEMU and KVM set to ExtINT on the boot CPU: the legacy PIC (and the PIT
 * left running by time.c's calibration) must never interrupt an idle hlt.
 * Every other LVT entry stays as reset left it, masked.  Idempotent; needs
 * the MMIO window mapped (mem_init).  0, or -1 without a usable APIC. */
int apic_enable(void)
{
    if (apic_state) return apic_state > 0 ? 0 : -1;
    apic_state = -1;
    uint32_t r[4];
    cpuid(1, 0, r);
    if (!(r[3] & (1u << 9))) return -1;    /* no APIC */
    uint64_t base = rdmsr(MSR_APIC_BASE);
    if (!(base & (1u << 11))) return -1;   /* globally disabled */
    if (!(base & (1u << 10))) {            /* xAPIC: MMIO, must lie in the mapped window */
        uint64_t a = base & 0xffffff000ULL;
        if (a < 0xfe000000ULL || a >= 0x100000000ULL) return -1;
        apic_mmio = (volatile uint32_t *)(uintptr_t)a;
        rb_apic_eoi = apic_mmio + 0xb0 / 4;
    }
    apic_write(APIC_SVR, 0x100 | APIC_SPURIOUS_VECTOR);
    apic_write(APIC_LVT_LINT0, 1u << 16);   /* masked */
    apic_state = 1;
    return 0;
}

/* QEMU and KVM deliver an injected NMI through the local APIC's LINT1 pin,
 * which is masked at reset: enable the APIC (maskable interrupts stay off)
 * and make LINT1 an unmasked NMI.  Called once the MMIO window is mapped
 * (the loader does it on its first load).  Returns 0, or -1 without an
 * APIC. */
int rb_platform_nmi_enable(void)
{
    if (apic_enable()) return -1;
    apic_write(APIC_LVT_LINT1, 0x400);   /* NMI, unmasked */
    return 0;
}

static const char *const names[32] = {
    "divide error", "debug", "NMI", "breakpoint", "overflow", "bound range",
    "invalid opcode", "device not available", "double fault", "coprocessor overrun",
    "invalid TSS", "segment not present", "stack fault", "general protection fault",
    "page fault", "reserved 15", "x87 floating-point error", "alignment check",
    "machine check", "SIMD floating-point error", "virtualization", "control protection",
    "reserved 22", "reserved 23", "reserved 24", "reserved 25", "reserved 26",
    "reserved 27", "reserved 28", "VMM communication", "security", "reserved 31",
};

static int in_fault;   /* a fault while reporting one, or inside the hook */

static void copy_back(struct trap_frame *f, const struct rb_fault_ctx *c)
{
    f->rax = c->rax, f->rbx = c->rbx, f->rcx = c->rcx, f->rdx = c->rdx;
    f->rsi = c->rsi, f->rdi = c->rdi, f->rbp = c->rbp, f->rsp = c->rsp;
    f->r8 = c->r8, f->r9 = c->r9, f->r10 = c->r10, f->r11 = c->r11;
    f->r12 = c->r12, f->r13 = c->r13, f->r14 = c->r14, f->r15 = c->r15;
    f->rip = c->rip, f->rflags = c->rflags;
}

void trap_handler(struct trap_frame *f)
{
    struct rb_fault_ctx c = {
        .rax = f->rax, .rbx = f->rbx, .rcx = f->rcx, .rdx = f->rdx,
        .rsi = f->rsi, .rdi = f->rdi, .rbp = f->rbp, .rsp = f->rsp,
        .r8 = f->r8, .r9 = f->r9, .r10 = f->r10, .r11 = f->r11,
        .r12 = f->r12, .r13 = f->r13, .r14 = f->r14, .r15 = f->r15,
        .rip = f->rip, .rflags = f->rflags, .error_code = f->error, .vector = f->vector,
    };
    if (f->vector == 2) {   /* NMIs are blocked until our iretq: no nesting */
        if (rb_nmi_hook && rb_nmi_hook(&c)) copy_back(f, &c);
        return;
    }
    if (f->vector == 14) {
        uint64_t cr2;
        __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
        c.fault_addr = cr2;
        int handled = 0;
        if (!in_fault && mem_in_guard(cr2)) {
            /* The hook runs on this IST stack: a fault inside it would
             * restart IST1 from the top over our frame, so it must panic. */
            in_fault = 1;
            handled = rb_stack_overflow_hook(&c);
            in_fault = 0;
        }
        if (handled) {
            copy_back(f, &c);
            return;
        }
    }
    if (in_fault) {
        rb_puts("robur: panic: fault inside the stack-overflow hook or a fault report\n");
        rb_panic_exit();
    }
    in_fault = 1;
    rb_report_fault(f->vector == 14 && mem_in_guard(c.fault_addr) ? "stack overflow (guard page hit)"
                                                                  : names[f->vector & 31],
                    &c);
    rb_panic_exit();
}
