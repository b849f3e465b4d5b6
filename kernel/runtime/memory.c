/*
 * memory.c -- the write barrier.
 *
 * The major GC is not incremental, so the barrier only maintains the
 * remembered set: a store of a young value into a field outside the minor
 * heap records the field's address, unless the old value was already young
 * (then the field is recorded already).
 */
#include "robur/memory.h"
#include "robur/minor_gc.h"

void caml_modify(value *fp, value v)
{
  if (Is_young((value)fp)) {
    *fp = v;
    return;
  }
  value old = *fp;
  *fp = v;
  if (Is_block(old) && Is_young(old)) return;
  if (Is_block(v) && Is_young(v)) caml_add_to_ref_table(fp);
}

void caml_initialize(value *fp, value v)
{
  *fp = v;
  if (!Is_young((value)fp) && Is_block(v) && Is_young(v)) caml_add_to_ref_table(fp);
}
