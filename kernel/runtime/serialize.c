/*
 * serialize.c -- OCaml values as a bounded tree (serialize.h,
 * docs/protocol.md "Value trees").
 *
 * Preorder: a block's header goes out, then its children, then its
 * `present` count is patched to the number of children actually written.
 * The walk keeps the open blocks on an explicit stack (depth <= max_depth),
 * so deep or cyclic values cost no C stack; every node written takes one
 * unit of the node budget, which bounds the walk whatever the value's shape.
 * Only the words of scannable blocks are followed: closures, custom and
 * abstract blocks are never looked into (except the payload of the three
 * boxed-integer customs), so the walk reads nothing but valid values.
 *
 * No SSE (like loader.c and control.c): floats are copied as their bits.
 */
#pragma GCC target("general-regs-only")
#include "serialize.h"
#include "robur/alloc.h"
#include "robur/mem.h"
#include "robur/platform.h"

struct open_block {
  value v;
  uint32_t next, size;      /* next field to walk, wosize */
  uint32_t present;         /* children written so far */
  uint32_t chain;           /* the previous open block in its hash bucket, +1 (0: none) */
  size_t present_at;        /* where its present field is */
};

/* The open blocks (the path from the root) hashed by address, so that a
   block met again on its own path is written as ANCESTOR d rather than
   walked round its cycle: the host prints <cycle> there, as the toplevel
   does.  Buckets hold stack index + 1; pushes and pops are LIFO, so a pop
   restores its bucket's head from the block's chain. */
#define ANCESTOR_BUCKETS 4096
static uint32_t *buckets;

static uint32_t bucket_of(value v)
{
  return (uint32_t)(((uint64_t)v >> 3) * 0x9E3779B97F4A7C15ull >> 52) & (ANCESTOR_BUCKETS - 1);
}

static uint8_t *buf;
static size_t cap, pos;
static struct open_block *stack;
static uint32_t stack_cap;

static uint32_t nodes_left, bytes_left, max_depth;
static int stopped;          /* the node budget ran out: close every open block */

static void put8(uint8_t v) { buf[pos++] = v; }
static void put32(uint32_t v)
{
  for (int i = 0; i < 4; i++) buf[pos++] = (uint8_t)(v >> 8 * i);
}
static void put64(uint64_t v)
{
  for (int i = 0; i < 8; i++) buf[pos++] = (uint8_t)(v >> 8 * i);
}
static void patch32(size_t at, uint32_t v)
{
  for (int i = 0; i < 4; i++) buf[at + i] = (uint8_t)(v >> 8 * i);
}

static uint64_t word_bits(const void *p)
{
  uint64_t w;
  rb_memcpy(&w, p, 8);
  return w;
}

/* Writes one node for v at the given depth; a scannable block with fields
   is pushed at stack[depth] (its children follow) and 1 returned.  Always
   writes exactly one node. */
static int node(value v, uint32_t depth)
{
  if (nodes_left == 0) {
    put8(RB_CTL_V_CUT);
    stopped = 1;
    return 0;
  }
  nodes_left--;
  if (Is_long(v)) {
    put8(RB_CTL_V_INT);
    put64((uint64_t)Long_val(v));
    return 0;
  }
  if (v < 4096 || (v & 7)) {   /* not a pointer to a block: never dereferenced */
    put8(RB_CTL_V_ABSTRACT);
    return 0;
  }
  header_t hd = Hd_val(v);
  mlsize_t wosize = Wosize_hd(hd);
  switch (Tag_hd(hd)) {
  case Closure_tag:
  case Infix_tag:
    put8(RB_CTL_V_CLOSURE);
    return 0;
  case String_tag: {
    mlsize_t len = 0;
    if (wosize > 0) {
      mlsize_t wb = wosize * 8;
      uint8_t last = ((const uint8_t *)v)[wb - 1];
      len = last < wb ? wb - 1 - last : 0;
    }
    if (len > UINT32_MAX) len = UINT32_MAX;
    uint32_t present = len < bytes_left ? (uint32_t)len : bytes_left;
    bytes_left -= present;
    put8(RB_CTL_V_STRING);
    put32((uint32_t)len);
    put32(present);
    rb_memcpy(buf + pos, (const void *)v, present);
    pos += present;
    return 0;
  }
  case Double_tag:
    put8(RB_CTL_V_FLOAT);
    put64(wosize >= 1 ? word_bits((const void *)v) : 0);
    return 0;
  case Double_array_tag: {
    uint32_t n = wosize > UINT32_MAX ? UINT32_MAX : (uint32_t)wosize;
    uint32_t present = n < bytes_left / 8 ? n : bytes_left / 8;
    bytes_left -= 8 * present;
    put8(RB_CTL_V_FLOATARRAY);
    put32(n);
    put32(present);
    for (uint32_t i = 0; i < present; i++) put64(word_bits((const value *)v + i));
    return 0;
  }
  case Custom_tag: {
    const struct custom_operations *ops = wosize >= 2 ? Custom_ops_val(v) : NULL;
    int k = ops == &caml_int32_ops ? 0 : ops == &caml_int64_ops ? 1 : ops == &caml_nativeint_ops ? 2 : -1;
    if (k < 0) {
      put8(RB_CTL_V_ABSTRACT);
      return 0;
    }
    put8(RB_CTL_V_BOXED);
    put8((uint8_t)k);
    put64(k == 0 ? (uint64_t)(int64_t)Int32_val(v) : (uint64_t)Int64_val(v));
    return 0;
  }
  default:
    if (Tag_hd(hd) >= No_scan_tag) {
      put8(RB_CTL_V_ABSTRACT);
      return 0;
    }
    for (uint32_t i = buckets[bucket_of(v)]; i; i = stack[i - 1].chain) {
      if (stack[i - 1].v == v) {
        put8(RB_CTL_V_ANCESTOR);
        put32(depth - (i - 1));
        return 0;
      }
    }
    if (depth >= max_depth) {
      put8(RB_CTL_V_CUT);
      return 0;
    }
    put8(RB_CTL_V_BLOCK);
    put8((uint8_t)Tag_hd(hd));
    uint32_t n = wosize > UINT32_MAX ? UINT32_MAX : (uint32_t)wosize;
    put32(n);
    size_t at = pos;
    put32(0);
    if (n > 0) {
      struct open_block *b = &stack[depth];   /* depth == number of open blocks */
      b->v = v;
      b->next = 0;
      b->size = n;
      b->present = 0;
      b->present_at = at;
      uint32_t h = bucket_of(v);
      b->chain = buckets[h];
      buckets[h] = depth + 1;
      return 1;
    }
    return 0;
  }
}

static int reserve(size_t need)
{
  if (need <= cap) return 0;
  size_t n = cap ? cap : 65536;
  while (n < need) n *= 2;
  uint8_t *b = platform_alloc_pages(n);   /* the old buffer is abandoned: pages are never freed */
  if (!b) return -1;
  buf = b;
  cap = n;
  return 0;
}

static struct rb_ser_limits clamp(struct rb_ser_limits lim)
{
  if (lim.max_depth > RB_SER_MAX_DEPTH) lim.max_depth = RB_SER_MAX_DEPTH;
  if (lim.max_nodes > RB_SER_MAX_NODES) lim.max_nodes = RB_SER_MAX_NODES;
  if (lim.max_bytes > RB_SER_MAX_BYTES) lim.max_bytes = RB_SER_MAX_BYTES;
  return lim;
}

int rb_serialize_prepare(struct rb_ser_limits lim, size_t extra)
{
  lim = clamp(lim);
  /* every node is at most 10 bytes, plus the budgeted bytes, plus the CUT
     that ends the walk */
  if (reserve(10 * ((size_t)lim.max_nodes + 1) + lim.max_bytes + extra + 16)) return -1;
  if (!buckets) {
    buckets = platform_alloc_pages(ANCESTOR_BUCKETS * sizeof *buckets);
    if (!buckets) return -1;
    rb_memset(buckets, 0, ANCESTOR_BUCKETS * sizeof *buckets);
  }
  if (lim.max_depth + 1 > stack_cap) {
    struct open_block *s = platform_alloc_pages(((size_t)lim.max_depth + 1) * sizeof *s);
    if (!s) return -1;
    stack = s;
    stack_cap = lim.max_depth + 1;
  }
  return 0;
}

uint8_t *rb_serialize(value v, struct rb_ser_limits lim, size_t extra, size_t *len)
{
  lim = clamp(lim);
  if (rb_serialize_prepare(lim, extra)) return NULL;
  pos = 0;
  nodes_left = lim.max_nodes;
  bytes_left = lim.max_bytes;
  max_depth = lim.max_depth;
  stopped = 0;
  /* sp counts the open blocks; node() pushes at stack[depth] where depth == sp */
  uint32_t sp = (uint32_t)node(v, 0);
  while (sp > 0) {
    struct open_block *b = &stack[sp - 1];
    if (stopped || b->next == b->size) {
      patch32(b->present_at, b->present);
      buckets[bucket_of(b->v)] = b->chain;
      sp--;
      continue;
    }
    value child = Field(b->v, b->next);
    b->next++;
    b->present++;
    sp += (uint32_t)node(child, sp);
  }
  *len = pos;
  return buf;
}
