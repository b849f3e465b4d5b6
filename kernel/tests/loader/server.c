/* server.c: the loader test VM.  An OCaml program (a one-line unit built by
 * tests/vm/test_loader.py) calls the primitive rb_loader_server_main through
 * caml_c_call, so the runtime is fully up and loaded initialisers can run
 * through caml_callback_exn.  The primitive opens the virtio-serial port and
 * runs the VM's control loop (kernel/runtime/control.c), which hands
 * LOAD_MODULE, EVAL and INTERRUPT to the loader (rb_control_extension in
 * loader.c). */
#pragma GCC target("general-regs-only")
#include <robur/platform.h>
#include "robur/mlvalues.h"
#include "robur/mem.h"
#include "robur/io.h"
#include "../../runtime/control.h"
#include "../../runtime/loader.h"
#include "../../platform/pvh/virtio_console.h"

#define LIMIT (4u << 20)

static void puts1(const char *s)
{
  size_t n = 0;
  while (s[n]) n++;
  platform_console_write(1, s, n);
}

value rb_loader_server_main(value unit)
{
  (void)unit;
  if (vcon_init()) {
    puts1("loader: no virtio console\n");
    platform_exit(3);
  }
  struct rb_ctl_transport t = {vcon_read, vcon_write};
  if (rb_control_init(&t, LIMIT) != 0) {
    puts1("loader: no memory\n");
    platform_exit(4);
  }
  puts1("loader: ready\n");
  int code = rb_control_serve();
  caml_flush_std_channels();
  puts1("loader: shutdown\n");
  platform_exit(code);
  return Val_unit;
}
