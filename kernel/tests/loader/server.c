/* server.c: the loader test VM.  An OCaml program (a one-line unit built by
 * tests/vm/test_loader.py) calls the primitive rb_loader_server_main through
 * caml_c_call, so the runtime is fully up and loaded initialisers can run
 * through caml_callback_exn.  The primitive opens the virtio-serial port and
 * serves frames: HELLO, PING, ECHO, LOAD_MODULE, SHUTDOWN.
 *
 * kernel/runtime/control.c has no hook for the reserved kinds yet, so this
 * file carries its own small frame loop (the same header checks, in the
 * same order, and the same ERROR replies; no statistics).  Once control.c
 * dispatches LOAD_MODULE to rb_loader_load, this loop goes away. */
#pragma GCC target("general-regs-only")
#include <robur/platform.h>
#include "robur/mlvalues.h"
#include "robur/mem.h"
#include "robur/io.h"
#include "../../runtime/control.h"
#include "../../runtime/loader.h"
#include "../../platform/pvh/virtio_console.h"

#define LIMIT (4u << 20)
#define IDLE_NS (250ull * 1000 * 1000)

static uint8_t *buf;
static size_t have;

static uint32_t g32(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static void p32(uint8_t *p, uint32_t v) { for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> 8 * i); }
static void p64(uint8_t *p, uint64_t v) { for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> 8 * i); }

static void puts1(const char *s)
{
  size_t n = 0;
  while (s[n]) n++;
  platform_console_write(1, s, n);
}

static void send(uint16_t kind, uint32_t seq, const void *a, size_t alen, const void *b, size_t blen)
{
  uint8_t h[RB_CTL_HEADER_SIZE];
  p32(h + RB_CTL_OFF_MAGIC, RB_CTL_MAGIC);
  h[RB_CTL_OFF_VERSION] = RB_CTL_VERSION, h[RB_CTL_OFF_VERSION + 1] = 0;
  h[RB_CTL_OFF_KIND] = (uint8_t)kind, h[RB_CTL_OFF_KIND + 1] = (uint8_t)(kind >> 8);
  p32(h + RB_CTL_OFF_FLAGS, RB_CTL_F_REPLY);
  p32(h + RB_CTL_OFF_SEQ, seq);
  p32(h + RB_CTL_OFF_LENGTH, (uint32_t)(alen + blen));
  p32(h + RB_CTL_OFF_PAYLOAD_CRC, rb_crc32(rb_crc32(0, a, alen), b, blen));
  p32(h + RB_CTL_OFF_RESERVED, 0);
  p32(h + RB_CTL_OFF_HEADER_CRC, rb_crc32(0, h, RB_CTL_HEADER_CRC_SPAN));
  const void *parts[3] = {h, a, b};
  size_t lens[3] = {sizeof h, alen, blen};
  vcon_write(parts, lens, 3);
}

static void send_error(uint32_t seq, uint32_t code, const char *msg)
{
  uint8_t fixed[8];
  size_t n = 0;
  while (msg[n] && n < RB_CTL_MAX_ERROR_MESSAGE) n++;
  p32(fixed, code);
  p32(fixed + 4, 0);
  send(RB_CTL_K_ERROR, seq, fixed, 8, msg, n);
}

static void drop(size_t n)
{
  rb_memmove(buf, buf + n, have - n);
  have -= n;
}

/* Reads until at least want bytes are held; 0 when the line went idle. */
static int fill(size_t want, int idle_timeout)
{
  uint64_t last = platform_monotonic_ns();
  while (have < want) {
    size_t got = vcon_read(buf + have, LIMIT + RB_CTL_HEADER_SIZE - have);
    if (got) {
      have += got;
      last = platform_monotonic_ns();
    } else if (idle_timeout && platform_monotonic_ns() - last > IDLE_NS) {
      return 0;
    }
  }
  return 1;
}

static void load(uint32_t seq, const uint8_t *payload, size_t len)
{
  static struct rb_load_result r;
  rb_loader_load(payload, len, &r);
  if (r.status == RB_LOAD_REFUSED) {
    send_error(seq, RB_CTL_E_BAD_PAYLOAD, r.msg);
    return;
  }
  uint8_t fixed[20];
  p32(fixed, (uint32_t)r.status);
  p64(fixed + 4, r.code_bytes);
  p64(fixed + 12, r.data_bytes);
  size_t n = 0;
  while (r.msg[n]) n++;
  send(RB_CTL_K_LOAD_REPLY, seq, fixed, sizeof fixed, r.msg, n);
}

/* Returns the exit code once a SHUTDOWN arrived. */
static int serve(void)
{
  static const uint8_t magic[4] = {RB_CTL_MAGIC & 0xff, (RB_CTL_MAGIC >> 8) & 0xff,
                                   (RB_CTL_MAGIC >> 16) & 0xff, RB_CTL_MAGIC >> 24};
  for (;;) {
    fill(4, 0);
    size_t skip = 0;
    while (have >= 4 && (buf[0] != magic[0] || buf[1] != magic[1] || buf[2] != magic[2] || buf[3] != magic[3])) {
      drop(1), skip++;
      if (have < 4) fill(4, 0);
    }
    if (skip) send_error(0, RB_CTL_E_BAD_MAGIC, "bytes skipped before a magic");
    if (!fill(RB_CTL_HEADER_SIZE, 1)) {
      send_error(0, RB_CTL_E_TRUNCATED, "truncated header");
      drop(1);
      continue;
    }
    const uint8_t *h = buf;
    uint32_t seq = g32(h + RB_CTL_OFF_SEQ), len = g32(h + RB_CTL_OFF_LENGTH);
    uint16_t kind = (uint16_t)(h[RB_CTL_OFF_KIND] | h[RB_CTL_OFF_KIND + 1] << 8);
    if ((h[RB_CTL_OFF_VERSION] | h[RB_CTL_OFF_VERSION + 1] << 8) != RB_CTL_VERSION) {
      send_error(0, RB_CTL_E_BAD_VERSION, "bad version");
      drop(1);
      continue;
    }
    if (rb_crc32(0, h, RB_CTL_HEADER_CRC_SPAN) != g32(h + RB_CTL_OFF_HEADER_CRC)) {
      send_error(0, RB_CTL_E_BAD_HEADER_CRC, "bad header CRC");
      drop(1);
      continue;
    }
    if (g32(h + RB_CTL_OFF_RESERVED) || g32(h + RB_CTL_OFF_FLAGS) || len > RB_CTL_MAX_PAYLOAD) {
      send_error(seq, RB_CTL_E_BAD_HEADER, "bad header");
      drop(1);
      continue;
    }
    if (len > LIMIT) {
      send_error(seq, RB_CTL_E_TOO_LARGE, "frame larger than this VM's limit");
      drop(1);
      continue;
    }
    if (!fill(RB_CTL_HEADER_SIZE + (size_t)len, 1)) {
      send_error(seq, RB_CTL_E_TRUNCATED, "truncated frame");
      drop(1);
      continue;
    }
    const uint8_t *payload = buf + RB_CTL_HEADER_SIZE;
    if (rb_crc32(0, payload, len) != g32(h + RB_CTL_OFF_PAYLOAD_CRC)) {
      send_error(seq, RB_CTL_E_BAD_PAYLOAD_CRC, "bad payload CRC");
      drop(1);
      continue;
    }
    int code = -1;
    switch (kind) {
    case RB_CTL_K_HELLO: {
      uint8_t p[16];
      p32(p, RB_CTL_VERSION), p32(p + 4, LIMIT), p32(p + 8, 0), p32(p + 12, 0);
      send(RB_CTL_K_HELLO_REPLY, seq, p, 16, "robur", 5);
      break;
    }
    case RB_CTL_K_PING:
      if (len > RB_CTL_MAX_PING) send_error(seq, RB_CTL_E_BAD_PAYLOAD, "PING too large");
      else send(RB_CTL_K_PONG, seq, payload, len, 0, 0);
      break;
    case RB_CTL_K_ECHO:
      send(RB_CTL_K_ECHO_REPLY, seq, payload, len, 0, 0);
      break;
    case RB_CTL_K_LOAD_MODULE:
      load(seq, payload, len);
      break;
    case RB_CTL_K_SHUTDOWN:
      code = len == 4 ? (int)(g32(payload) & 255) : 0;
      send(RB_CTL_K_SHUTDOWN_REPLY, seq, 0, 0, 0, 0);
      break;
    default:
      send_error(seq, kind >= RB_CTL_K_FIRST_RESERVED && kind <= RB_CTL_K_LAST_RESERVED
                          ? RB_CTL_E_UNSUPPORTED : RB_CTL_E_UNKNOWN_KIND, "kind not served");
    }
    drop(RB_CTL_HEADER_SIZE + (size_t)len);
    if (code >= 0) return code;
  }
}

value rb_loader_server_main(value unit)
{
  (void)unit;
  if (vcon_init()) {
    puts1("loader: no virtio console\n");
    platform_exit(3);
  }
  /* rb_control_init builds the CRC tables that rb_crc32 uses (its own
     receive buffer stays unused here) */
  struct rb_ctl_transport t = {vcon_read, vcon_write};
  buf = rb_control_init(&t, 4096) == 0 ? platform_alloc_pages(LIMIT + RB_CTL_HEADER_SIZE) : NULL;
  if (!buf) {
    puts1("loader: no memory\n");
    platform_exit(4);
  }
  puts1("loader: ready\n");
  int code = serve();
  caml_flush_std_channels();
  puts1("loader: shutdown\n");
  platform_exit(code);
  return Val_unit;
}
