/*
 * memory.h -- the write barrier and the roots that C code registers.
 *
 * Any store of a value into a block that may live in the major heap (or in
 * static data) must go through caml_modify (or caml_initialize for a field
 * that held no value yet): it records the field in the remembered set when
 * the new value is young.  Stores into a block just obtained from
 * caml_alloc_small may be plain writes.
 *
 * C code that holds values across an allocation registers them with
 * CAMLparam / CAMLlocal and leaves through CAMLreturn; the minor GC moves
 * blocks and updates those variables.
 */
#ifndef ROBUR_MEMORY_H
#define ROBUR_MEMORY_H

#include "mlvalues.h"
#include "domain_state.h"

void caml_modify(value *fp, value v);
void caml_initialize(value *fp, value v);
#define Store_field(block, offset, val) caml_modify(&Field((block), (offset)), (val))

/* Global roots: the address of a static or heap-external variable. */
void caml_register_global_root(value *r);
void caml_remove_global_root(value *r);
#define caml_register_generational_global_root caml_register_global_root
#define caml_remove_generational_global_root caml_remove_global_root

/* Local roots. */
struct caml__roots_block {
  struct caml__roots_block *next;
  intnat ntables;
  intnat nitems;
  value *tables[5];
};

#define CAMLparam0() \
  struct caml__roots_block *caml__frame = Caml_state->local_roots

#define CAMLxparam_(name, n, ...)                                          \
  struct caml__roots_block caml__roots_##name = {                          \
      Caml_state->local_roots, n, 1, {__VA_ARGS__}};                       \
  Caml_state->local_roots = &caml__roots_##name

#define CAMLxparam1(a) CAMLxparam_(a, 1, &a)
#define CAMLxparam2(a, b) CAMLxparam_(a, 2, &a, &b)
#define CAMLxparam3(a, b, c) CAMLxparam_(a, 3, &a, &b, &c)
#define CAMLxparam4(a, b, c, d) CAMLxparam_(a, 4, &a, &b, &c, &d)
#define CAMLxparam5(a, b, c, d, e) CAMLxparam_(a, 5, &a, &b, &c, &d, &e)

#define CAMLparam1(a) CAMLparam0(); CAMLxparam1(a)
#define CAMLparam2(a, b) CAMLparam0(); CAMLxparam2(a, b)
#define CAMLparam3(a, b, c) CAMLparam0(); CAMLxparam3(a, b, c)
#define CAMLparam4(a, b, c, d) CAMLparam0(); CAMLxparam4(a, b, c, d)
#define CAMLparam5(a, b, c, d, e) CAMLparam0(); CAMLxparam5(a, b, c, d, e)

#define CAMLlocal1(a) value a = Val_unit; CAMLxparam1(a)
#define CAMLlocal2(a, b) value a = Val_unit, b = Val_unit; CAMLxparam2(a, b)
#define CAMLlocal3(a, b, c) \
  value a = Val_unit, b = Val_unit, c = Val_unit; CAMLxparam3(a, b, c)
#define CAMLlocal4(a, b, c, d) \
  value a = Val_unit, b = Val_unit, c = Val_unit, d = Val_unit; \
  CAMLxparam4(a, b, c, d)
#define CAMLlocal5(a, b, c, d, e) \
  value a = Val_unit, b = Val_unit, c = Val_unit, d = Val_unit, e = Val_unit; \
  CAMLxparam5(a, b, c, d, e)

/* An array of n locals (n a constant). */
#define CAMLlocalN(arr, n)                                                 \
  value arr[n];                                                            \
  for (intnat caml__i_##arr = 0; caml__i_##arr < (n); caml__i_##arr++)    \
    arr[caml__i_##arr] = Val_unit;                                         \
  struct caml__roots_block caml__roots_##arr = {                           \
      Caml_state->local_roots, 1, (n), {arr}};                             \
  Caml_state->local_roots = &caml__roots_##arr

#define CAMLreturnT(type, result)                                          \
  do {                                                                     \
    type caml__result = (result);                                          \
    Caml_state->local_roots = caml__frame;                                 \
    return caml__result;                                                   \
  } while (0)
#define CAMLreturn(result) CAMLreturnT(value, result)
#define CAMLreturn0                                                        \
  do {                                                                     \
    Caml_state->local_roots = caml__frame;                                 \
    return;                                                                \
  } while (0)
#define CAMLdrop (Caml_state->local_roots = caml__frame)

#endif
