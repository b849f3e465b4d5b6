/* unix.h: the unix platform's internal interface and raw Linux x86-64
 * system calls (no libc): syscall number in rax, arguments in rdi rsi rdx
 * r10 r8 r9, result in rax (-errno on failure), rcx and r11 clobbered. */
#ifndef ROBUR_UNIX_H
#define ROBUR_UNIX_H

#include <robur/params.h>
#include <robur/platform.h>
#include "../pvh/shared.h"

#define SYS_read 0
#define SYS_write 1
#define SYS_mmap 9
#define SYS_mprotect 10
#define SYS_rt_sigaction 13
#define SYS_sigaltstack 131
#define SYS_clock_gettime 228
#define SYS_exit_group 231
#define SYS_getrandom 318

#define EINTR 4

static inline long sys3(long n, long a, long b, long c)
{
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}

static inline long sys6(long n, long a, long b, long c, long d, long e, long f)
{
    long r;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall"
                     : "=a"(r)
                     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return r;
}

/* start.S */
extern uint64_t rb_boot_tsc_entry;
void rb_sigreturn(void);

/* boot.c */
extern uint64_t rb_boot_tsc_main;

/* mem.c */
void *unix_mmap(size_t bytes);   /* anonymous RW, NULL on failure */
void mem_init(void);

/* fault.c */
/* Allocates the main stack with its guard and installs the signal handlers;
 * returns the stack top. */
uintptr_t fault_init(void);

/* time.c */
uint64_t time_tsc_khz(void);

#endif
