/*
 * serialize.h -- OCaml values as a bounded tree for the host (the payload of
 * the control channel's RESULT and EXCEPTION frames; docs/protocol.md,
 * "Value trees").
 *
 * A preorder walk with an explicit stack (no C recursion), bounded by a
 * depth, a node and a byte budget: shared blocks and cycles are walked again
 * each time they are reached, until a budget runs out.  Nothing is
 * allocated on the OCaml heap, so the value cannot move during the walk.
 */
#ifndef ROBUR_SERIALIZE_H
#define ROBUR_SERIALIZE_H

#include <stddef.h>
#include <stdint.h>
#include "robur/mlvalues.h"
#include "robur/control_abi.h"

/* The node kinds are RB_CTL_V_* (robur/control_abi.h). */

/* Clamps keep a whole reply below the channel's 16 MiB payload limit:
   at most 10 bytes per node plus the byte budget. */
#define RB_SER_MAX_DEPTH 10000
#define RB_SER_MAX_NODES 1000000
#define RB_SER_MAX_BYTES (4u << 20)

struct rb_ser_limits {
  uint32_t max_depth;   /* blocks at this depth (the root is at 0) become CUT */
  uint32_t max_nodes;   /* nodes written; the first one over the budget is a CUT
                           that ends the walk */
  uint32_t max_bytes;   /* string bytes and float-array elements (8 each) */
};

/* Makes sure the buffers for these limits exist (they only grow), so that
   rb_serialize with them cannot fail; -1 when memory runs out.  Call it
   before running code whose result must be sent. */
int rb_serialize_prepare(struct rb_ser_limits lim, size_t extra);

/* Serialises v.  Returns a buffer owned by serialize.c (valid until the
   next call) holding *len bytes, with room for `extra` more bytes after
   them; NULL when memory runs out.  Limits above the clamps are clamped. */
uint8_t *rb_serialize(value v, struct rb_ser_limits lim, size_t extra, size_t *len);

#endif
