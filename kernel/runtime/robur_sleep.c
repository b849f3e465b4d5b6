/*
 * robur_sleep.c -- the primitives of the Stdlib unit Robur (stdlib/robur.ml):
 * Robur.sleep and Robur.uptime.
 *
 * robur dev runs a program's main unit in a live image (RUN), and the
 * program's main loop calls Robur.sleep between iterations.  The VM has one
 * thread and reads the control channel only when nothing else runs, so
 * sleep is where a running program lets the host in: while a RUN program
 * runs at top level, sleep answers control frames (RELOAD, STATS, PING,
 * RESTART, SHUTDOWN...) until its deadline, then returns.  Everywhere else
 * (ordinary images, the unix target, an EVAL's phrase, an initialiser run
 * by a frame's handler, where serving would nest inside that handler) it
 * simply waits.
 *
 * Restart: a RESTART frame makes the current or next sleep of the running
 * program raise the exception registered as "Robur.Restart"; its RUN then
 * ends (RUN_REPLY status 1) and the VM is back at top level.
 * Shutdown: a SHUTDOWN received inside sleep is answered, the standard
 * channels are flushed and the VM exits with the code it asked for.
 */
#include "robur/mlvalues.h"
#include "robur/alloc.h"
#include "robur/fail.h"
#include "robur/io.h"
#include "robur/roots.h"
#include "robur/platform.h"
#include "control.h"
#include "loader.h"

static void raise_restart(void)
{
  const value *exn = caml_named_value("Robur.Restart");
  if (exn != NULL) caml_raise(*exn);
}

/* seconds -> an absolute deadline on the monotonic clock; negative and NaN
   mean "now", anything beyond a century is a century (no overflow). */
static uint64_t deadline_of(double s)
{
  uint64_t now = platform_monotonic_ns();
  if (!(s > 0)) return now;
  if (s > 3.2e9) s = 3.2e9;
  return now + (uint64_t)(s * 1e9);
}

CAMLprim value rb_robur_sleep(value seconds)
{
  uint64_t deadline = deadline_of(Double_val(seconds));
  if (!rb_control_active() || !rb_loader_program_running() || rb_control_in_dispatch()) {
    platform_sleep_until(deadline);
    return Val_unit;
  }
  for (;;) {
    if (rb_loader_take_restart()) raise_restart();
    int code = rb_control_serve_until(deadline);
    if (code >= 0) {   /* SHUTDOWN, already answered */
      caml_flush_std_channels();
      platform_exit(code);
    }
    if (rb_loader_take_restart()) raise_restart();
    if (code == RB_CTL_SERVE_TIMEOUT) return Val_unit;
    /* RB_CTL_SERVE_YIELD for some other reason: sleep on */
  }
}

CAMLprim value rb_robur_uptime(value unit)
{
  (void)unit;
  return caml_copy_double((double)platform_monotonic_ns() / 1e9);
}
