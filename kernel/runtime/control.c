/*
 * control.c -- the VM side of the control channel: a frame scanner over one
 * linear input buffer, validation in a fixed order, and a dispatcher that
 * answers each request (wire format: robur/control_abi.h).
 *
 * Input.  Bytes from the transport are appended to `in`, which holds the
 * unparsed bytes [head, tail); it starts at 64 KiB and grows (room_for) to
 * hold the largest frame seen so far plus one transport read.  No parse
 * state survives between calls: each step looks at in[head..] afresh, so
 * every failure is handled the same way, by moving head and scanning on.
 *
 * Validation order, and what each failure costs:
 *   1. magic           bytes before it are skipped; one BAD_MAGIC error per
 *                      run of garbage (sent when a magic is found or the
 *                      line goes idle)
 *   2. version         BAD_VERSION, head += 1 (the header may mean anything)
 *   3. header CRC      BAD_HEADER_CRC, head += 1
 *   4. reserved, flags, length <= RB_CTL_MAX_PAYLOAD
 *                      BAD_HEADER, head += 1
 *   5. length <= this VM's limit
 *                      TOO_LARGE; the header is trustworthy (its CRC held),
 *                      so the payload is drained, never stored
 *   6. payload complete within RB_CTL_IDLE_TIMEOUT_MS of the last byte
 *                      TRUNCATED, head += 1: the bytes held so far are
 *                      rescanned, so a frame sent after a truncated one
 *                      (and swallowed as its payload) is still found
 *   7. payload CRC     BAD_PAYLOAD_CRC, head += 1 (rescan, as above)
 *   8. kind, payload   UNKNOWN_KIND, UNSUPPORTED (reserved kinds),
 *                      BAD_PAYLOAD; the frame is consumed
 * After a refusal at steps 2-7 the bytes skipped on the way to the next magic
 * belong to the refused frame and raise no BAD_MAGIC of their own.
 *
 * Output.  A reply is the header plus at most two payload pieces, written
 * with one transport call; an ECHO reply points at the request's bytes in
 * `in` (and reuses its CRC), so echoing copies nothing.
 *
 * Every length is checked before it is used, arithmetic stays in size_t
 * with values below 2^25, and the loop has no other exit than SHUTDOWN: no
 * input can crash or stop the server.
 *
 * No SSE: this file is built with the runtime's flags, which let gcc copy
 * structures through xmm registers, and KVM's instruction emulator (kvm_pvm,
 * docs/runtime.md) stops on those.  The channel must work under every
 * accelerator, so the file opts out, like the platform code.
 */
#pragma GCC target("general-regs-only")
#include "control.h"
#include "robur/platform.h"
#include "robur/mem.h"
#include "robur/major_gc.h"
#include "robur/minor_gc.h"

/* GC counters, when the program links the GC (weak: a bare test program
   without the OCaml runtime has none, and STATS then says so). */
extern struct rb_heap_stats caml_heap_stats __attribute__((weak));
extern struct rb_minor_stats caml_minor_stats __attribute__((weak));

#define READ_CHUNK 4096
#define INITIAL_CAP (64 * 1024)        /* grown on demand: see room_for */
#define DEFAULT_FRACTION 4             /* default limit: 1/4 of the largest range */
#define IDLE_NS ((uint64_t)RB_CTL_IDLE_TIMEOUT_MS * 1000000)
/* Waiting for input (nothing raises an interrupt when a frame arrives):
   for SPIN_NS after the last input or handled frame the loop polls
   continuously (a pause loop), so a frame that follows at once is served
   at once; after that it halts (platform_idle_until) between two looks at
   the line, POLL_NS at a time, and POLL_IDLE_NS at a time once the line
   has been quiet for QUIET_NS.  The period bounds the delay before a frame
   is noticed; each look costs a wakeup, which is what an idle VM spends
   its CPU on (docs/runtime.md, "Idling"). */
#define SPIN_NS 300000ULL
#define POLL_NS 1000000ULL
#define POLL_IDLE_NS 2000000ULL
#define QUIET_NS 1000000000ULL

static const char vm_name[] = "robur";

static struct rb_ctl_transport io;
static uint8_t *in;
static size_t cap, head, tail, max_payload;

static size_t skipped;                 /* garbage bytes not yet reported */
static int quiet;                      /* skipping the rest of a refused frame */
static size_t drain;                   /* payload bytes of a TOO_LARGE frame still to drop */
static uint64_t last_byte_ns;          /* when input last arrived */
static uint64_t active_ns;             /* when input last arrived or a frame was last handled */

static uint64_t frames_in, frames_refused, bytes_in, bytes_out;

static int yield_requested;            /* rb_control_yield: leave serve_until after this frame */
static int dispatch_depth;             /* frames being handled (handlers may run OCaml code) */

/* ---- CRC-32: slicing by 8, tables built at init (2,048 steps) ---- */

static uint32_t crc_table[8][256];

static void crc_init(void)
{
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & -(c & 1));
    crc_table[0][i] = c;
  }
  for (int t = 1; t < 8; t++)
    for (int i = 0; i < 256; i++) {
      uint32_t c = crc_table[t - 1][i];
      crc_table[t][i] = (c >> 8) ^ crc_table[0][c & 0xff];
    }
}

typedef uint64_t __attribute__((may_alias)) word64;

uint32_t rb_crc32(uint32_t crc, const void *buf, size_t len)
{
  const uint8_t *p = buf;
  uint32_t c = ~crc;
  while (len && ((uintptr_t)p & 7)) {
    c = (c >> 8) ^ crc_table[0][(c ^ *p++) & 0xff];
    len--;
  }
  while (len >= 8) {
    uint64_t w = *(const word64 *)p;   /* aligned by the loop above */
    uint32_t lo = c ^ (uint32_t)w, hi = (uint32_t)(w >> 32);
    c = crc_table[7][lo & 0xff] ^ crc_table[6][(lo >> 8) & 0xff] ^
        crc_table[5][(lo >> 16) & 0xff] ^ crc_table[4][lo >> 24] ^
        crc_table[3][hi & 0xff] ^ crc_table[2][(hi >> 8) & 0xff] ^
        crc_table[1][(hi >> 16) & 0xff] ^ crc_table[0][hi >> 24];
    p += 8;
    len -= 8;
  }
  while (len--) c = (c >> 8) ^ crc_table[0][(c ^ *p++) & 0xff];
  return ~c;
}

/* ---- little-endian access ---- */

static uint32_t get32(const uint8_t *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static void put32(uint8_t *p, uint32_t v)
{
  p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8), p[2] = (uint8_t)(v >> 16), p[3] = (uint8_t)(v >> 24);
}
static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8); }
static void put64(uint8_t *p, uint64_t v)
{
  put32(p, (uint32_t)v);
  put32(p + 4, (uint32_t)(v >> 32));
}

/* ---- output ---- */

/* Sends a frame whose payload is a ++ b; crc is its CRC when the caller
   already knows it (ECHO), else computed here. */
static void send_frame(uint16_t kind, uint32_t seq, const void *a, size_t alen,
                       const void *b, size_t blen, const uint32_t *known_crc)
{
  uint8_t h[RB_CTL_HEADER_SIZE];
  uint32_t crc = known_crc ? *known_crc : rb_crc32(rb_crc32(0, a, alen), b, blen);
  put32(h + RB_CTL_OFF_MAGIC, RB_CTL_MAGIC);
  put16(h + RB_CTL_OFF_VERSION, RB_CTL_VERSION);
  put16(h + RB_CTL_OFF_KIND, kind);
  put32(h + RB_CTL_OFF_FLAGS, RB_CTL_F_REPLY);
  put32(h + RB_CTL_OFF_SEQ, seq);
  put32(h + RB_CTL_OFF_LENGTH, (uint32_t)(alen + blen));
  put32(h + RB_CTL_OFF_PAYLOAD_CRC, crc);
  put32(h + RB_CTL_OFF_RESERVED, 0);
  put32(h + RB_CTL_OFF_HEADER_CRC, rb_crc32(0, h, RB_CTL_HEADER_CRC_SPAN));
  const void *parts[3] = {h, a, b};
  size_t lens[3] = {sizeof h, alen, blen};
  io.write(parts, lens, 3);
  bytes_out += sizeof h + alen + blen;
}

static size_t cstrlen(const char *s)
{
  size_t n = 0;
  while (s[n] && n < RB_CTL_MAX_ERROR_MESSAGE) n++;
  return n;
}

/* ERROR frame: u32 code, u32 0, "msg" followed by an optional number. */
static void send_error(uint32_t seq, uint32_t code, const char *msg, int has_num, uint64_t num)
{
  uint8_t fixed[8];
  char text[RB_CTL_MAX_ERROR_MESSAGE];
  size_t n = cstrlen(msg);
  rb_memcpy(text, msg, n);
  if (has_num && n + 21 <= sizeof text) {
    char digits[20];
    int k = 0;
    do digits[k++] = (char)('0' + num % 10); while (num /= 10);
    text[n++] = ' ';
    while (k) text[n++] = digits[--k];
  }
  put32(fixed, code);
  put32(fixed + 4, 0);
  frames_refused++;
  send_frame(RB_CTL_K_ERROR, seq, fixed, sizeof fixed, text, n, 0);
}

/* ---- requests ---- */

static void reply_hello(uint32_t seq)
{
  uint8_t p[16];
  put32(p, RB_CTL_VERSION);
  put32(p + 4, (uint32_t)max_payload);
  put32(p + 8, &caml_heap_stats && &caml_minor_stats ? RB_CTL_FEAT_STATS_GC : 0);
  put32(p + 12, 0);
  send_frame(RB_CTL_K_HELLO_REPLY, seq, p, sizeof p, vm_name, sizeof vm_name - 1, 0);
}

static void reply_stats(uint32_t seq)
{
  uint64_t f[RB_CTL_STATS_FIELDS] = {0};
  uint64_t valid = ~0ULL & ((1ULL << RB_CTL_STATS_FIELDS) - 1);
  f[RB_CTL_S_UPTIME_NS] = platform_monotonic_ns();
  f[RB_CTL_S_MEM_AVAILABLE] = platform_memory_available();
  f[RB_CTL_S_MEM_LARGEST] = platform_memory_largest();
  if (&caml_heap_stats && &caml_minor_stats) {
    f[RB_CTL_S_HEAP_WORDS] = caml_heap_stats.heap_words;
    f[RB_CTL_S_MINOR_COLLECTIONS] = caml_minor_stats.minor_collections;
    f[RB_CTL_S_MAJOR_COLLECTIONS] = caml_heap_stats.major_collections;
  } else {
    valid &= ~(1ULL << RB_CTL_S_HEAP_WORDS | 1ULL << RB_CTL_S_MINOR_COLLECTIONS |
               1ULL << RB_CTL_S_MAJOR_COLLECTIONS);
  }
  f[RB_CTL_S_FRAMES_IN] = frames_in;
  f[RB_CTL_S_FRAMES_REFUSED] = frames_refused;
  f[RB_CTL_S_BYTES_IN] = bytes_in;
  f[RB_CTL_S_BYTES_OUT] = bytes_out;
  f[RB_CTL_S_MAX_PAYLOAD] = max_payload;
  f[RB_CTL_S_VALID] = valid;
  uint8_t p[8 * RB_CTL_STATS_FIELDS];
  for (int i = 0; i < RB_CTL_STATS_FIELDS; i++) put64(p + 8 * i, f[i]);
  send_frame(RB_CTL_K_STATS_REPLY, seq, p, sizeof p, 0, 0, 0);
}

__attribute__((weak)) int rb_control_extension(uint16_t kind, uint32_t seq,
                                               const uint8_t *payload, size_t len)
{
  (void)kind, (void)seq, (void)payload, (void)len;
  return 0;
}

void rb_control_reply(uint16_t kind, uint32_t seq, const void *a, size_t alen,
                      const void *b, size_t blen)
{
  send_frame(kind, seq, a, alen, b, blen, 0);
}

void rb_control_error(uint32_t seq, uint32_t code, const char *msg)
{
  send_error(seq, code, msg, 0, 0);
}

/* Handles one complete, checked frame.  Returns 1 for SHUTDOWN (with *code
   set), else 0. */
static int dispatch(uint16_t kind, uint32_t seq, const uint8_t *payload, size_t len,
                    uint32_t crc, int *code)
{
  frames_in++;
  switch (kind) {
  case RB_CTL_K_HELLO:
    reply_hello(seq);
    return 0;
  case RB_CTL_K_PING:
    if (len > RB_CTL_MAX_PING) break;
    send_frame(RB_CTL_K_PONG, seq, payload, len, 0, 0, &crc);
    return 0;
  case RB_CTL_K_STATS:
    if (len) break;
    reply_stats(seq);
    return 0;
  case RB_CTL_K_ECHO:
    send_frame(RB_CTL_K_ECHO_REPLY, seq, payload, len, 0, 0, &crc);
    return 0;
  case RB_CTL_K_SHUTDOWN:
    if (len != 0 && len != 4) break;
    *code = len ? (int)(get32(payload) & 255) : 0;
    send_frame(RB_CTL_K_SHUTDOWN_REPLY, seq, 0, 0, 0, 0, 0);
    return 1;
  default:
    if (kind >= RB_CTL_K_FIRST_RESERVED && kind <= RB_CTL_K_LAST_RESERVED &&
        rb_control_extension(kind, seq, payload, len))
      return 0;
    frames_in--;
    if (kind >= RB_CTL_K_FIRST_RESERVED && kind <= RB_CTL_K_LAST_RESERVED)
      send_error(seq, RB_CTL_E_UNSUPPORTED, "kind not implemented by this VM:", 1, kind);
    else
      send_error(seq, RB_CTL_E_UNKNOWN_KIND, "unknown frame kind", 1, kind);
    return 0;
  }
  frames_in--;
  send_error(seq, RB_CTL_E_BAD_PAYLOAD, "malformed payload for kind", 1, kind);
  return 0;
}

/* ---- the input buffer ---- */

/* Makes `in` large enough for a frame of `length` payload bytes: the buffer
   starts small (zeroing 16 MiB of fresh pages costs seconds under KVM's
   instruction emulator) and doubles on demand, up to the limit.  The old
   buffer is abandoned (pages are never freed), so at most as much again is
   wasted.  0 when memory runs out. */
static int room_for(size_t length)
{
  size_t need = RB_CTL_HEADER_SIZE + length + READ_CHUNK;
  if (need <= cap) return 1;
  size_t full = RB_CTL_HEADER_SIZE + max_payload + READ_CHUNK, n = cap;
  while (n < need) n *= 2;
  if (n > full) n = full;
  uint8_t *bigger = platform_alloc_pages(n);
  if (!bigger) return 0;
  rb_memcpy(bigger, in + head, tail - head);
  in = bigger;
  tail -= head;
  head = 0;
  cap = n;
  return 1;
}

/* Moves the unparsed bytes to the start of the buffer, eight at a time
   (moving down, so the overlap is harmless). */
static void compact(void)
{
  if (head == 0) return;
  uint8_t *d = in;
  const uint8_t *s = in + head;
  size_t n = tail - head, words = n >> 3, bytes = n & 7;
  __asm__ volatile("rep movsq" : "+D"(d), "+S"(s), "+c"(words) : : "memory");
  __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(bytes) : : "memory");
  tail -= head;
  head = 0;
}

/* ---- scanning ---- */

/* The garbage skipped so far is reported (unless it was the tail of a
   refused frame). */
static void report_skipped(void)
{
  if (skipped && !quiet) send_error(0, RB_CTL_E_BAD_MAGIC, "bytes skipped before a frame magic:", 1, skipped);
  skipped = 0;
  quiet = 0;
}

/* Refuses the frame at head and resumes the scan one byte further. */
static void refuse(uint32_t seq, uint32_t code, const char *msg, int has_num, uint64_t num)
{
  report_skipped();
  send_error(seq, code, msg, has_num, num);
  head++;
  quiet = 1;
}

static const uint8_t magic_bytes[4] = {
  RB_CTL_MAGIC & 0xff, (RB_CTL_MAGIC >> 8) & 0xff, (RB_CTL_MAGIC >> 16) & 0xff, RB_CTL_MAGIC >> 24,
};

/* Moves head to the next possible magic; 1 when a whole magic is at head.
   Eight bytes at a time while none of them can start a magic (the classic
   "has a zero byte" test on the word xor the first magic byte repeated):
   rescanning a refused megabyte must stay cheap even where every guest
   instruction is emulated. */
static int find_magic(void)
{
  const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const uint64_t first = ones * magic_bytes[0];
  for (;;) {
    while (tail - head >= 8) {
      uint64_t x = *(const word64 *)(in + head) ^ first;   /* unaligned loads are fine on x86 */
      if ((x - ones) & ~x & highs) break;
      head += 8;
      skipped += 8;
    }
    size_t avail = tail - head, k = 0;
    if (!avail) return 0;
    while (k < 4 && k < avail && in[head + k] == magic_bytes[k]) k++;
    if (k == 4) return 1;
    if (k == avail) return 0;   /* a prefix of the magic: wait for more */
    head++;
    skipped++;
  }
}

enum step { NEED_MORE, PROGRESS, SHUTDOWN };

static enum step step(int *code)
{
  if (drain) {
    size_t n = tail - head < drain ? tail - head : drain;
    head += n;
    drain -= n;
    return drain ? NEED_MORE : PROGRESS;
  }
  if (!find_magic()) return NEED_MORE;
  if (tail - head < 8) return NEED_MORE;
  const uint8_t *h = in + head;
  uint16_t version = get16(h + RB_CTL_OFF_VERSION);
  if (version != RB_CTL_VERSION) {
    refuse(0, RB_CTL_E_BAD_VERSION, "protocol version not spoken here:", 1, version);
    return PROGRESS;
  }
  if (tail - head < RB_CTL_HEADER_SIZE) return NEED_MORE;
  uint32_t seq = get32(h + RB_CTL_OFF_SEQ);
  if (get32(h + RB_CTL_OFF_HEADER_CRC) != rb_crc32(0, h, RB_CTL_HEADER_CRC_SPAN)) {
    refuse(seq, RB_CTL_E_BAD_HEADER_CRC, "header CRC mismatch", 0, 0);
    return PROGRESS;
  }
  uint32_t length = get32(h + RB_CTL_OFF_LENGTH);
  if (get32(h + RB_CTL_OFF_RESERVED) != 0 || (get32(h + RB_CTL_OFF_FLAGS) & ~(uint32_t)RB_CTL_F_KNOWN)) {
    refuse(seq, RB_CTL_E_BAD_HEADER, "reserved field or unknown flag set", 0, 0);
    return PROGRESS;
  }
  if (length > RB_CTL_MAX_PAYLOAD) {
    refuse(seq, RB_CTL_E_BAD_HEADER, "length above the protocol limit:", 1, length);
    return PROGRESS;
  }
  report_skipped();
  if (length > max_payload || !room_for(length)) {
    send_error(seq, RB_CTL_E_TOO_LARGE,
               length > max_payload ? "payload above this VM's limit:" : "no memory for a payload of",
               1, length > max_payload ? max_payload : length);
    head += RB_CTL_HEADER_SIZE;
    drain = length;
    return PROGRESS;
  }
  /* A frame that will not fit where it starts moves now, while little of
     it has arrived (room_for may also have moved the buffer). */
  if (head + RB_CTL_HEADER_SIZE + (size_t)length + READ_CHUNK > cap) compact();
  h = in + head;
  if (tail - head < RB_CTL_HEADER_SIZE + (size_t)length) return NEED_MORE;
  const uint8_t *payload = h + RB_CTL_HEADER_SIZE;
  uint32_t crc = get32(h + RB_CTL_OFF_PAYLOAD_CRC);
  if (rb_crc32(0, payload, length) != crc) {
    refuse(seq, RB_CTL_E_BAD_PAYLOAD_CRC, "payload CRC mismatch", 0, 0);
    return PROGRESS;
  }
  uint16_t kind = get16(h + RB_CTL_OFF_KIND);
  /* The frame is consumed before it is handled: a handler that runs OCaml
     code may reach Robur.sleep, whose serving must not see this frame
     again.  The handler reads the payload only while nothing else serves
     (sleep does not serve inside a dispatch: rb_control_in_dispatch). */
  head += RB_CTL_HEADER_SIZE + (size_t)length;
  dispatch_depth++;
  int stop = dispatch(kind, seq, payload, length, crc, code);
  dispatch_depth--;
  active_ns = platform_monotonic_ns();
  return stop ? SHUTDOWN : PROGRESS;
}

/* The line has been quiet for RB_CTL_IDLE_TIMEOUT_MS with bytes pending. */
static void idle(void)
{
  if (drain) {
    send_error(0, RB_CTL_E_TRUNCATED, "frame truncated; payload bytes missing:", 1, drain);
    drain = 0;
    return;
  }
  if (tail - head >= 4 && get32(in + head) == RB_CTL_MAGIC) {
    uint32_t seq = tail - head >= RB_CTL_HEADER_SIZE ? get32(in + head + RB_CTL_OFF_SEQ) : 0;
    refuse(seq, RB_CTL_E_TRUNCATED, "frame truncated after bytes:", 1, tail - head);
    return;
  }
  /* Only a partial magic (or nothing) left: it is garbage too. */
  skipped += tail - head;
  head = tail;
  report_skipped();
}

/* Reads what has arrived; 1 if anything did. */
static int fill(void)
{
  if (head == tail) head = tail = 0;   /* nothing to keep: start over for free */
  if (cap - tail < READ_CHUNK) compact();
  size_t room = cap - tail;
  if (drain && tail == head) {   /* draining: read straight over the buffer */
    head = tail = 0;
    room = cap;
  }
  size_t n = io.read(in + tail, room);
  if (!n) return 0;
  tail += n;
  bytes_in += n;
  last_byte_ns = active_ns = platform_monotonic_ns();
  return 1;
}

size_t rb_control_max_payload(void) { return max_payload; }

int rb_control_init(const struct rb_ctl_transport *t, size_t limit)
{
  io = *t;
  crc_init();
  if (limit == 0) limit = platform_memory_largest() / DEFAULT_FRACTION;
  if (limit > RB_CTL_MAX_PAYLOAD) limit = RB_CTL_MAX_PAYLOAD;
  max_payload = limit;
  cap = RB_CTL_HEADER_SIZE + limit + READ_CHUNK;
  if (cap > INITIAL_CAP) cap = INITIAL_CAP;
  in = platform_alloc_pages(cap);
  if (!in) return -1;
  head = tail = 0;
  return 0;
}

/* The one serving loop.  Returns the exit code of a SHUTDOWN (its reply
   sent), RB_CTL_SERVE_TIMEOUT once the clock passes deadline_ns with no
   complete frame left to handle, or RB_CTL_SERVE_YIELD after a frame whose
   handler asked for it (rb_control_yield).  The deadline is also checked
   between frames, so a flood of requests cannot keep a sleeping program
   from running.  With nothing to do it spins for SPIN_NS, then halts
   POLL_NS at a time (never past the deadline, nor past the moment pending
   bytes become a truncated frame).  Nothing here holds a pointer into `in`
   between calls: a handler may serve again (Robur.sleep inside a program
   started by RUN), and the nested loop may compact or replace the buffer. */
static int serve_until(uint64_t deadline_ns)
{
  int code = 0;
  for (;;) {
    enum step s = step(&code);
    if (s == SHUTDOWN) return code;
    if (yield_requested) {
      yield_requested = 0;
      return RB_CTL_SERVE_YIELD;
    }
    uint64_t now = platform_monotonic_ns();
    if (deadline_ns != RB_CTL_FOREVER && now >= deadline_ns) return RB_CTL_SERVE_TIMEOUT;
    if (s == PROGRESS) continue;
    if (fill()) continue;
    int pending = tail > head || drain || skipped;
    if (pending && now - last_byte_ns > IDLE_NS) {
      idle();
    } else if (now - active_ns < SPIN_NS) {
      __asm__ volatile("pause");
    } else {
      uint64_t wake = now + (now - active_ns < QUIET_NS ? POLL_NS : POLL_IDLE_NS);
      if (wake > deadline_ns) wake = deadline_ns;
      if (pending && wake > last_byte_ns + IDLE_NS + 1) wake = last_byte_ns + IDLE_NS + 1;
      platform_idle_until(wake);
    }
  }
}

int rb_control_serve_until(uint64_t deadline_ns)
{
  return serve_until(deadline_ns);
}

int rb_control_serve(void)
{
  for (;;) {
    int code = serve_until(RB_CTL_FOREVER);
    if (code >= 0) return code;
  }
}

void rb_control_yield(void) { yield_requested = 1; }

int rb_control_active(void) { return in != NULL; }

int rb_control_in_dispatch(void) { return dispatch_depth > 0; }
