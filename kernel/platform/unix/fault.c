/* fault.c: the main stack and CPU faults on unix.  The main stack is an
 * mmap'ed region whose lowest RB_STACK_GUARD bytes are PROT_NONE; SIGSEGV
 * there is a stack overflow and goes to rb_stack_overflow_hook with the same
 * struct rb_fault_ctx as on pvh, built from (and written back to) the signal's
 * ucontext, so that rt_sigreturn resumes wherever the hook redirected.  The
 * handler runs on a sigaltstack (the faulting stack is unusable).  Any other
 * SIGSEGV/SIGBUS/SIGILL/SIGFPE/SIGTRAP is a panic, as on pvh. */
#include "unix.h"

#define SIGILL 4
#define SIGTRAP 5
#define SIGBUS 7
#define SIGFPE 8
#define SIGSEGV 11
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#define SA_RESTORER 0x04000000
#define PROT_NONE 0

struct kernel_sigaction {   /* the kernel's layout, not libc's */
    void (*handler)(int, void *, void *);
    unsigned long flags;
    void (*restorer)(void);
    uint64_t mask;
};

struct stack_t {
    void *sp;
    int flags;
    size_t size;
};

/* Linux x86-64 ucontext: uc_flags, uc_link, uc_stack, then the saved
 * registers (struct sigcontext) in this order. */
struct mcontext {
    uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
    uint64_t rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip, rflags;
    uint64_t cs_gs_fs_ss, err, trapno, oldmask, cr2;
};
struct ucontext {
    unsigned long flags;
    struct ucontext *link;
    struct stack_t stack;
    struct mcontext mc;
};

struct siginfo {
    int signo, errno_, code, pad;
    uint64_t addr;
};

static uintptr_t guard_lo, stack_lo, stack_hi;
static char altstack[RB_FAULT_STACK_SIZE] __attribute__((aligned(16)));

static const char *signame(int sig)
{
    switch (sig) {
    case SIGILL: return "illegal instruction (SIGILL)";
    case SIGTRAP: return "breakpoint (SIGTRAP)";
    case SIGBUS: return "bus error (SIGBUS)";
    case SIGFPE: return "arithmetic exception (SIGFPE)";
    default: return "segmentation fault (SIGSEGV)";
    }
}

static void handler(int sig, void *info_, void *uc_)
{
    struct siginfo *info = info_;
    struct mcontext *m = &((struct ucontext *)uc_)->mc;
    struct rb_fault_ctx c = {
        .rax = m->rax, .rbx = m->rbx, .rcx = m->rcx, .rdx = m->rdx,
        .rsi = m->rsi, .rdi = m->rdi, .rbp = m->rbp, .rsp = m->rsp,
        .r8 = m->r8, .r9 = m->r9, .r10 = m->r10, .r11 = m->r11,
        .r12 = m->r12, .r13 = m->r13, .r14 = m->r14, .r15 = m->r15,
        .rip = m->rip, .rflags = m->rflags, .fault_addr = info->addr,
        .error_code = m->err, .vector = m->trapno,
    };
    int overflow = sig == SIGSEGV && info->addr >= guard_lo && info->addr < stack_lo;
    if (overflow && rb_stack_overflow_hook(&c)) {
        m->rax = c.rax, m->rbx = c.rbx, m->rcx = c.rcx, m->rdx = c.rdx;
        m->rsi = c.rsi, m->rdi = c.rdi, m->rbp = c.rbp, m->rsp = c.rsp;
        m->r8 = c.r8, m->r9 = c.r9, m->r10 = c.r10, m->r11 = c.r11;
        m->r12 = c.r12, m->r13 = c.r13, m->r14 = c.r14, m->r15 = c.r15;
        m->rip = c.rip, m->rflags = c.rflags;
        return;
    }
    rb_report_fault(overflow ? "stack overflow (guard page hit)" : signame(sig), &c);
    rb_panic_exit();
}

uintptr_t fault_init(void)
{
    size_t size = RB_STACK_MAX;
    char *base = unix_mmap(size + RB_STACK_GUARD);
    if (!base) platform_panic("cannot map the main stack");
    sys3(SYS_mprotect, (long)base, RB_STACK_GUARD, PROT_NONE);
    guard_lo = (uintptr_t)base;
    stack_lo = guard_lo + RB_STACK_GUARD;
    stack_hi = stack_lo + size;

    struct stack_t ss = {altstack, 0, sizeof altstack};
    sys3(SYS_sigaltstack, (long)&ss, 0, 0);
    struct kernel_sigaction sa = {handler, SA_SIGINFO | SA_ONSTACK | SA_RESTORER, rb_sigreturn, 0};
    static const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP};
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sys6(SYS_rt_sigaction, sigs[i], (long)&sa, 0, sizeof sa.mask, 0, 0);
    return stack_hi;
}

void platform_stack_bounds(uintptr_t *lo, uintptr_t *hi)
{
    *lo = stack_lo;
    *hi = stack_hi;
}

int rb_frame_readable(uintptr_t fp)
{
    uintptr_t alt = (uintptr_t)altstack;
    return (fp >= stack_lo && fp < stack_hi) || (fp >= alt && fp < alt + sizeof altstack);
}
