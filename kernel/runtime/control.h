/*
 * control.h -- the VM side of the control channel: frame parsing,
 * validation and dispatch (wire format: robur/control_abi.h, prose:
 * docs/protocol.md).
 *
 * The runtime does not know which device carries the bytes: the caller hands
 * rb_control_init a transport (on pvh, the virtio-serial port of
 * kernel/platform/pvh/virtio_console.c; see kernel/tests/control/server.c).
 */
#ifndef ROBUR_CONTROL_H
#define ROBUR_CONTROL_H

#include <stddef.h>
#include <stdint.h>
#include "robur/control_abi.h"

struct rb_ctl_transport {
  /* Copies up to len bytes that have arrived; never waits; 0 when none. */
  size_t (*read)(void *buf, size_t len);
  /* Sends the concatenation of n buffers (n <= 3); returns once the bytes
     are on their way and the buffers may be reused. */
  void (*write)(const void *const *parts, const size_t *lens, int n);
};

/* Sets up the channel over t with a receive buffer for payloads of up to
   max_payload bytes (0: RB_CTL_MAX_PAYLOAD or a quarter of the largest free
   RAM range, whichever is smaller; never above RB_CTL_MAX_PAYLOAD).
   Returns 0, or -1 when the buffer cannot be allocated. */
int rb_control_init(const struct rb_ctl_transport *t, size_t max_payload);

/* Answers frames until a SHUTDOWN arrives; returns the exit code it asked
   for (0 by default) after its reply has been sent.  Never returns on any
   other input: malformed frames get ERROR replies. */
int rb_control_serve(void);

/* The serving loop of rb_control_serve, with an end: answers frames until
   the monotonic clock reaches deadline_ns (RB_CTL_FOREVER: no deadline) and
   returns RB_CTL_SERVE_TIMEOUT, or until a handler calls rb_control_yield
   (RB_CTL_SERVE_YIELD, after that frame), or until a SHUTDOWN, whose exit
   code (>= 0) it returns after the reply.  Robur.sleep serves with it
   (robur_sleep.c); live.c serves with it and runs RUN programs between two
   calls.  May be called again from OCaml code a handler runs, but only
   outside every handler (rb_control_in_dispatch() == 0). */
#define RB_CTL_FOREVER UINT64_MAX
#define RB_CTL_SERVE_TIMEOUT (-1)
#define RB_CTL_SERVE_YIELD (-2)
int rb_control_serve_until(uint64_t deadline_ns);

/* Makes the current rb_control_serve_until return RB_CTL_SERVE_YIELD once
   the frame being handled is answered (RUN, RESTART). */
void rb_control_yield(void);

/* 1 once rb_control_init has succeeded: the image serves a channel. */
int rb_control_active(void);

/* 1 while a frame is being handled (its handler may be running OCaml). */
int rb_control_in_dispatch(void);

/* The payload limit chosen by rb_control_init. */
size_t rb_control_max_payload(void);

/* Reserved kinds (LOAD_MODULE, EVAL, ...) are served by the component that
   implements them (the loader) by defining rb_control_extension: it answers
   the frame with rb_control_reply / rb_control_error and returns 1, or
   returns 0 to let the VM answer UNSUPPORTED.  The default, weak
   definition serves nothing, so images without those components are
   unchanged. */
int rb_control_extension(uint16_t kind, uint32_t seq, const uint8_t *payload, size_t len);
void rb_control_reply(uint16_t kind, uint32_t seq, const void *a, size_t alen,
                      const void *b, size_t blen);
void rb_control_error(uint32_t seq, uint32_t code, const char *msg);

/* Console capture (io.c): while a sink is set, the standard channels'
   flushes and caml_console_write go to it instead of the platform console
   (EVAL with RB_CTL_EVAL_CAPTURE sends them as CONSOLE_OUTPUT frames).
   NULL restores the console. */
typedef void (*rb_console_sink)(int fd, const char *buf, size_t len);
void rb_io_capture(rb_console_sink sink);

/* CRC-32 (zlib's): crc = rb_crc32(0, buf, len), continued with
   rb_crc32(crc, more, n). */
uint32_t rb_crc32(uint32_t crc, const void *buf, size_t len);

#endif
