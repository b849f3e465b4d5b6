/*
 * md5.c -- MD5 (RFC 1321), for Digest and Random.full_init (OCaml seeds its
 * generator with MD5 digests, so the same seed must give the same digests).
 *
 *   caml_md5_string(s, ofs, len) : the 16-byte digest of s[ofs, ofs+len)
 *
 * Written for robur from the RFC's description: 64-byte blocks, four rounds
 * of 16 steps, little-endian words, the length in bits appended.
 */
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/mlvalues.h"
#include "robur/mem.h"

struct md5 {
  uint32_t h[4];
  uint64_t bytes;
  unsigned char buf[64];
  unsigned used;
};

/* K[i] = floor(abs(sin(i + 1)) * 2^32) */
static const uint32_t K[64] = {
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

/* per-round rotation amounts */
static const unsigned char R[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static uint32_t rotl(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }

static void md5_block(uint32_t h[4], const unsigned char *p)
{
  uint32_t w[16];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 |
           (uint32_t)p[4 * i + 3] << 24;
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
  for (int i = 0; i < 64; i++) {
    uint32_t f;
    int g, round = i / 16;
    switch (round) {
    case 0: f = (b & c) | (~b & d); g = i; break;
    case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
    case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
    default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
    }
    uint32_t t = d;
    d = c;
    c = b;
    b = b + rotl(a + f + K[i] + w[g], R[round][i % 4]);
    a = t;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
}

static void md5_init(struct md5 *m)
{
  m->h[0] = 0x67452301;
  m->h[1] = 0xefcdab89;
  m->h[2] = 0x98badcfe;
  m->h[3] = 0x10325476;
  m->bytes = 0;
  m->used = 0;
}

static void md5_update(struct md5 *m, const unsigned char *p, uintnat len)
{
  m->bytes += len;
  while (len > 0) {
    if (m->used == 0 && len >= 64) {
      md5_block(m->h, p);
      p += 64;
      len -= 64;
      continue;
    }
    unsigned take = 64 - m->used;
    if (take > len) take = (unsigned)len;
    for (unsigned i = 0; i < take; i++) m->buf[m->used + i] = p[i];
    m->used += take;
    p += take;
    len -= take;
    if (m->used == 64) {
      md5_block(m->h, m->buf);
      m->used = 0;
    }
  }
}

static void md5_final(struct md5 *m, unsigned char out[16])
{
  uint64_t bits = m->bytes * 8;
  unsigned char pad[72];
  unsigned n = (m->used < 56 ? 56 : 120) - m->used;
  pad[0] = 0x80;
  for (unsigned i = 1; i < n; i++) pad[i] = 0;
  for (int i = 0; i < 8; i++) pad[n + i] = (unsigned char)(bits >> (8 * i));
  md5_update(m, pad, n + 8);
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) out[4 * i + j] = (unsigned char)(m->h[i] >> (8 * j));
}

CAMLprim value caml_md5_string(value str, value ofs, value len)
{
  struct md5 m;
  unsigned char d[16];
  md5_init(&m);
  md5_update(&m, (const unsigned char *)String_val(str) + Long_val(ofs), (uintnat)Long_val(len));
  md5_final(&m, d);
  value r = caml_alloc_string(16);
  for (int i = 0; i < 16; i++) Bytes_val(r)[i] = d[i];
  return r;
}
