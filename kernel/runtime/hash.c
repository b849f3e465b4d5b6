/*
 * hash.c -- the structural hash of OCaml 4.13, bit for bit.
 *
 * MurmurHash3's 32-bit mixing step is applied to each value met in a
 * breadth-first walk over at most `limit` values (a queue of HASH_QUEUE_SIZE
 * entries), stopping after `count` meaningful ones (integers, strings,
 * floats, ...).  Integers are folded to 32 bits as
 * (n >> 32) ^ (n >> 63) ^ n; floats normalise nan and -0.0; strings mix
 * 4 bytes at a time little-endian, then the tail, then their length.  Block
 * headers (colour cleared) are mixed but not counted; closures mix their
 * code pointers and closure info and queue their environment; Infix
 * pointers mix their offset; Forward chains are followed (at most
 * MAX_FORWARD links); objects mix their id; custom blocks their hash.  The
 * final value is fmix32(h) & 0x3FFFFFFF.
 */
#include "robur/hash.h"

#define HASH_QUEUE_SIZE 256
#define MAX_FORWARD 1024

#define ROTL32(x, n) (((x) << (n)) | ((x) >> (32 - (n))))

static inline uint32_t mix(uint32_t h, uint32_t d)
{
  d *= 0xcc9e2d51u;
  d = ROTL32(d, 15);
  d *= 0x1b873593u;
  h ^= d;
  h = ROTL32(h, 13);
  return h * 5 + 0xe6546b64u;
}

static inline uint32_t final_mix(uint32_t h)
{
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

uint32_t caml_hash_mix_uint32(uint32_t h, uint32_t d) { return mix(h, d); }

uint32_t caml_hash_mix_intnat(uint32_t h, intnat d)
{
  uint32_t n = (uint32_t)((d >> 32) ^ (d >> 63) ^ d);
  return mix(h, n);
}

uint32_t caml_hash_mix_int64(uint32_t h, int64_t d)
{
  uint32_t hi = (uint32_t)((uint64_t)d >> 32), lo = (uint32_t)d;
  return mix(mix(h, lo), hi);
}

uint32_t caml_hash_mix_double(uint32_t hash, double d)
{
  union {
    double d;
    uint64_t i;
  } u;
  u.d = d;
  uint32_t h = (uint32_t)(u.i >> 32), l = (uint32_t)u.i;
  if ((h & 0x7FF00000u) == 0x7FF00000u && (l | (h & 0xFFFFFu)) != 0) {
    h = 0x7FF00000u; /* all nans alike */
    l = 0x00000001u;
  } else if (h == 0x80000000u && l == 0) {
    h = 0; /* -0.0 like 0.0 */
  }
  return mix(mix(hash, l), h);
}

uint32_t caml_hash_mix_string(uint32_t h, value s)
{
  mlsize_t len = caml_string_length(s);
  const unsigned char *p = (const unsigned char *)String_val(s);
  mlsize_t i = 0;
  for (; i + 4 <= len; i += 4) {
    uint32_t w = (uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 |
                 (uint32_t)p[i + 3] << 24;
    h = mix(h, w);
  }
  uint32_t w = 0;
  switch (len & 3) {
  case 3:
    w = (uint32_t)p[i + 2] << 16; /* fallthrough */
  case 2:
    w |= (uint32_t)p[i + 1] << 8; /* fallthrough */
  case 1:
    w |= p[i];
    h = mix(h, w);
    break;
  default:
    break;
  }
  return h ^ (uint32_t)len;
}

CAMLprim value caml_hash(value count, value limit, value seed, value obj)
{
  value queue[HASH_QUEUE_SIZE];
  intnat sz = Long_val(limit);
  if (sz < 0 || sz > HASH_QUEUE_SIZE) sz = HASH_QUEUE_SIZE;
  intnat num = Long_val(count);
  uint32_t h = (uint32_t)Long_val(seed);
  intnat rd = 0, wr = 1;
  queue[0] = obj;
  while (rd < wr && num > 0) {
    value v = queue[rd++];
  again:
    if (Is_long(v)) {
      h = caml_hash_mix_intnat(h, v);
      num--;
      continue;
    }
    switch (Tag_val(v)) {
    case String_tag:
      h = caml_hash_mix_string(h, v);
      num--;
      break;
    case Double_tag:
      h = caml_hash_mix_double(h, Double_val(v));
      num--;
      break;
    case Double_array_tag: {
      mlsize_t n = Wosize_val(v);
      for (mlsize_t i = 0; i < n; i++) {
        h = caml_hash_mix_double(h, Double_flat_field(v, i));
        num--;
        if (num <= 0) break;
      }
      break;
    }
    case Abstract_tag:
      break;
    case Infix_tag:
      h = caml_hash_mix_uint32(h, (uint32_t)Infix_offset_val(v));
      v = v - (value)Infix_offset_val(v);
      goto again;
    case Forward_tag: {
      int i;
      for (i = MAX_FORWARD; i > 0; i--) {
        v = Forward_val(v);
        if (Is_long(v) || Tag_val(v) != Forward_tag) break;
      }
      if (i > 0) goto again;
      break;
    }
    case Object_tag:
      h = caml_hash_mix_intnat(h, Oid_val(v));
      num--;
      break;
    case Custom_tag:
      if (Custom_ops_val(v)->hash != NULL) {
        uint32_t n = (uint32_t)Custom_ops_val(v)->hash(v);
        h = caml_hash_mix_uint32(h, n);
        num--;
      }
      break;
    case Closure_tag: {
      mlsize_t len = Wosize_val(v);
      mlsize_t start = Start_env_closinfo(Closinfo_val(v));
      h = caml_hash_mix_uint32(h, (uint32_t)Whitehd_hd(Hd_val(v)));
      mlsize_t i = 0;
      for (; i < start; i++) {
        h = caml_hash_mix_intnat(h, Field(v, i));
        num--;
      }
      for (; i < len; i++) {
        if (wr >= sz) break;
        queue[wr++] = Field(v, i);
      }
      break;
    }
    default: {
      h = caml_hash_mix_uint32(h, (uint32_t)Whitehd_hd(Hd_val(v)));
      mlsize_t len = Wosize_val(v);
      for (mlsize_t i = 0; i < len; i++) {
        if (wr >= sz) break;
        queue[wr++] = Field(v, i);
      }
      break;
    }
    }
  }
  return Val_long(final_mix(h) & 0x3FFFFFFFu);
}
