/* live.c: the server of a live image (robur repl, robur dev).
 *
 * A live image is the whole Stdlib, the loader and the control loop linked
 * statically; its one program unit calls rb_live_serve through caml_c_call,
 * so the runtime is fully up (heap, Stdlib initialised) before the host
 * sends anything.  The control loop then serves LOAD_MODULE, EVAL, STATS...
 * until SHUTDOWN (docs/protocol.md), and runs the programs of robur dev
 * (RUN) between two frames.  A missing control device is a
 * configuration error of the host: say so on the serial console and stop. */
#pragma GCC target("general-regs-only")
#include <robur/platform.h>
#include "robur/mlvalues.h"
#include "robur/io.h"
#include "../../runtime/control.h"
#include "../../runtime/loader.h"
#include "virtio_console.h"

/* The largest frame a live VM accepts: phrase and module objects are small,
 * a whole program's units together stay well below this. */
#define LIVE_MAX_PAYLOAD (16u << 20)

static void say(const char *s)
{
  size_t n = 0;
  while (s[n]) n++;
  platform_console_write(2, s, n);
}

value rb_live_serve(value unit)
{
  (void)unit;
  if (vcon_init()) {
    say("robur: this live image needs the control channel (a virtio-serial port)\n");
    platform_exit(3);
  }
  struct rb_ctl_transport t = {vcon_read, vcon_write};
  if (rb_control_init(&t, LIVE_MAX_PAYLOAD) != 0) {
    say("robur: not enough memory for the control channel\n");
    platform_exit(4);
  }
  /* Serve until SHUTDOWN.  A RUN makes the loop return (RB_CTL_SERVE_YIELD)
     once its frame is answered; its initialiser then runs here, at top
     level, inside no frame's handler, so that its Robur.sleep may serve the
     channel in turn (robur_sleep.c).  Then back to serving. */
  rb_loader_enable_run();
  int code;
  while ((code = rb_control_serve_until(RB_CTL_FOREVER)) < 0) rb_loader_run_pending();
  caml_flush_std_channels();
  platform_exit(code);
  return Val_unit;
}
