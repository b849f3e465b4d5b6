/* virtio_console.h: one byte-stream port of a virtio-serial device (virtio
 * console, device id 3) in multiport mode, polled.  It carries the control
 * channel (kernel/runtime/control.c); see virtio_console.c for why the port
 * is a virtserialport and not the console port 0. */
#ifndef ROBUR_VIRTIO_CONSOLE_H
#define ROBUR_VIRTIO_CONSOLE_H

#include <stddef.h>
#include <stdint.h>

/* The port the host plugs the control socket into:
 *   -device virtserialport,chardev=ctl,nr=1,name=robur.ctl */
#define VCON_PORT 1

/* Finds the device, negotiates, sets up the queues and opens port VCON_PORT.
 * Returns 0 on success, else a negative VCON_E_* value (nothing usable). */
#define VCON_E_NO_DEVICE (-1)     /* no virtio console in any slot */
#define VCON_E_LEGACY (-2)        /* only the legacy (version 1) layout */
#define VCON_E_FEATURES (-3)      /* VERSION_1 or MULTIPORT refused */
#define VCON_E_QUEUES (-4)        /* queue set-up or memory failed */
#define VCON_E_NO_PORT (-5)       /* the device never announced VCON_PORT */
int vcon_init(void);

/* Copies up to len bytes that have arrived; never waits.  Returns the number
 * copied, 0 when nothing is pending. */
size_t vcon_read(void *buf, size_t len);

/* Sends the concatenation of n buffers (n <= VCON_MAX_PARTS) as one
 * descriptor chain and waits until the device has taken all of it. */
#define VCON_MAX_PARTS 4
void vcon_write(const void *const *parts, const size_t *lens, int n);

/* 1 while the host end of the port is connected (as last reported). */
int vcon_host_connected(void);

#endif
