/* uart.c: the console, a 16550 UART at COM1 (0x3f8), polled, no interrupts.
 * stdout and stderr both go there unmodified: no "\n" -> "\r\n", because the
 * host launcher wants exactly the program's bytes (QEMU's serial chardev
 * passes bytes through raw).  Register names follow the 16550 data sheet. */
#include "pvh.h"

#define COM1 0x3f8
#define RBR 0   /* receive buffer (read, DLAB=0) */
#define THR 0   /* transmit holding (write, DLAB=0) */
#define DLL 0   /* divisor latch low (DLAB=1) */
#define IER 1   /* interrupt enable (DLAB=0) */
#define DLM 1   /* divisor latch high (DLAB=1) */
#define FCR 2   /* FIFO control (write): left alone, see uart_init */
#define LCR 3   /* line control */
#define MCR 4   /* modem control */
#define LSR 5   /* line status */

#define LCR_8N1 0x03
#define LCR_DLAB 0x80
#define MCR_DTR_RTS_OUT2 0x0b
#define LSR_DR 0x01             /* a received byte is waiting */
#define LSR_THRE 0x20           /* transmit FIFO empty */

/* A byte that arrived before uart_init (the host may type ahead). */
static int early_byte = -1;

/* The FIFO control register is never written: switching the FIFO on or off
 * resets both FIFOs and would drop input that QEMU already delivered.  So
 * transmission checks THRE before every byte, which is right in either mode. */
void uart_init(void)
{
    if (inb(COM1 + LSR) & LSR_DR) early_byte = inb(COM1 + RBR);
    outb(COM1 + IER, 0);                /* polled: no interrupts */
    outb(COM1 + LCR, LCR_DLAB);
    outb(COM1 + DLL, 1);                /* 115200 baud */
    outb(COM1 + DLM, 0);
    outb(COM1 + LCR, LCR_8N1);
    outb(COM1 + MCR, MCR_DTR_RTS_OUT2);
}

void platform_console_write(int fd, const char *buf, size_t len)
{
    (void)fd;
    for (size_t i = 0; i < len; i++) {
        while (!(inb(COM1 + LSR) & LSR_THRE)) cpu_relax();
        outb(COM1 + THR, (uint8_t)buf[i]);
    }
}

long platform_console_read(char *buf, size_t len)
{
    if (!len) return 0;
    size_t n = 0;
    if (early_byte >= 0) {
        buf[n++] = (char)early_byte;
        early_byte = -1;
        if (!(inb(COM1 + LSR) & LSR_DR)) return 1;
    }
    while (!n && !(inb(COM1 + LSR) & LSR_DR)) cpu_relax();
    /* Return what has arrived, up to len, without waiting for more. */
    while (n < len && (inb(COM1 + LSR) & LSR_DR)) buf[n++] = (char)inb(COM1 + RBR);
    return (long)n;
}
