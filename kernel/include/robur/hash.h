/*
 * hash.h -- OCaml 4.13's structural hash (Hashtbl.hash and friends).
 */
#ifndef ROBUR_HASH_H
#define ROBUR_HASH_H

#include "mlvalues.h"

uint32_t caml_hash_mix_uint32(uint32_t h, uint32_t d);
uint32_t caml_hash_mix_intnat(uint32_t h, intnat d);
uint32_t caml_hash_mix_int64(uint32_t h, int64_t d);
uint32_t caml_hash_mix_double(uint32_t h, double d);
uint32_t caml_hash_mix_string(uint32_t h, value s);

/* caml_hash(count, limit, seed, v): meaningful values, total values. */
CAMLprim value caml_hash(value count, value limit, value seed, value obj);

#endif
