/*
 * gc_ctrl.c -- the Gc module's primitives.
 *
 * Gc.stat / Gc.quick_stat return OCaml 4.13's record of 17 fields:
 *   minor_words promoted_words major_words (floats), minor_collections
 *   major_collections heap_words heap_chunks live_words live_blocks
 *   free_words free_blocks largest_free fragments compactions
 *   top_heap_words stack_size forced_major_collections.
 * live_* and free_* are those measured by the last sweep.  minor_words
 * includes the words allocated since the last minor collection.
 */
#include "robur/gc_ctrl.h"
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/minor_gc.h"
#include "robur/major_gc.h"
#include "robur/io.h"
#include "robur/startup.h"

static double minor_words_now(void)
{
  return caml_minor_stats.minor_words +
         (double)(Caml_state->young_end - Caml_state->young_ptr);
}

CAMLprim value caml_gc_quick_stat(value unit)
{
  (void)unit;
  CAMLparam0();
  CAMLlocal4(res, mw, pw, jw);
  mw = caml_copy_double(minor_words_now());
  pw = caml_copy_double(caml_minor_stats.promoted_words);
  jw = caml_copy_double(caml_minor_stats.major_words + caml_minor_stats.promoted_words);
  res = caml_alloc_tuple(17);
  struct rb_heap_stats *h = &caml_heap_stats;
  Store_field(res, 0, mw);
  Store_field(res, 1, pw);
  Store_field(res, 2, jw);
  Store_field(res, 3, Val_long(caml_minor_stats.minor_collections));
  Store_field(res, 4, Val_long(h->major_collections));
  Store_field(res, 5, Val_long(h->heap_words));
  Store_field(res, 6, Val_long(h->heap_chunks));
  Store_field(res, 7, Val_long(h->live_words));
  Store_field(res, 8, Val_long(h->live_blocks));
  Store_field(res, 9, Val_long(h->free_words));
  Store_field(res, 10, Val_long(h->free_blocks));
  Store_field(res, 11, Val_long(h->largest_free));
  Store_field(res, 12, Val_long(h->fragments));
  Store_field(res, 13, Val_long(0));
  Store_field(res, 14, Val_long(h->top_heap_words));
  Store_field(res, 15, Val_long((Caml_state->stack_high - Caml_state->stack_low) / 8));
  Store_field(res, 16, Val_long(caml_minor_stats.forced_major_collections));
  CAMLreturn(res);
}

CAMLprim value caml_gc_stat(value unit) { return caml_gc_quick_stat(unit); }

CAMLprim value caml_gc_counters(value unit)
{
  (void)unit;
  CAMLparam0();
  CAMLlocal4(res, mw, pw, jw);
  mw = caml_copy_double(minor_words_now());
  pw = caml_copy_double(caml_minor_stats.promoted_words);
  jw = caml_copy_double(caml_minor_stats.major_words + caml_minor_stats.promoted_words);
  res = caml_alloc_small(3, 0);
  Field(res, 0) = mw;
  Field(res, 1) = pw;
  Field(res, 2) = jw;
  CAMLreturn(res);
}

CAMLprim value caml_gc_minor_words(value unit)
{
  (void)unit;
  return caml_copy_double(minor_words_now());
}

CAMLprim value caml_gc_minor(value unit)
{
  (void)unit;
  caml_request_minor_gc();
  caml_alloc_small_dispatch(0); /* collects, then applies the heap policy */
  return Val_unit;
}

CAMLprim value caml_gc_full_major(value unit)
{
  (void)unit;
  caml_minor_stats.forced_major_collections++;
  caml_full_major();
  return Val_unit;
}
CAMLprim value caml_gc_major(value unit) { return caml_gc_full_major(unit); }
CAMLprim value caml_gc_compaction(value unit) { return caml_gc_full_major(unit); }
CAMLprim value caml_gc_major_slice(value n)
{
  (void)n;
  return Val_long(0);
}

/* Gc.get / Gc.set: OCaml 4.13's control record (11 fields).  robur's GC
 * policy is fixed: get answers OCaml's defaults (minor_heap_size is robur's
 * own), and set records the values it is given -- get then returns them, as
 * in OCaml -- without changing the policy.  window_size and the custom_*
 * ratios are kept as set too. */
static intnat gc_control[11];
static int gc_control_set;

static void gc_control_init(void)
{
  if (gc_control_set) return;
  static const intnat defaults[11] = {0, 15, 120, 0, 500, 0, 2, 1, 44, 100, 8192};
  for (int i = 0; i < 11; i++) gc_control[i] = defaults[i];
  gc_control[0] = (intnat)caml_minor_heap_wsz();
}

CAMLprim value caml_gc_get(value unit)
{
  (void)unit;
  gc_control_init();
  value r = caml_alloc_tuple(11);
  for (int i = 0; i < 11; i++) Field(r, i) = Val_long(gc_control[i]);
  return r;
}

CAMLprim value caml_gc_set(value v)
{
  gc_control_init();
  gc_control_set = 1;
  mlsize_t n = Wosize_val(v) < 11 ? Wosize_val(v) : 11;
  for (mlsize_t i = 0; i < n; i++) gc_control[i] = Long_val(Field(v, i));
  return Val_unit;
}

static void put_num(const char *label, uintnat n)
{
  char buf[64];
  int i = 0;
  while (*label) buf[i++] = *label++;
  char tmp[24];
  int k = 0;
  do tmp[k++] = (char)('0' + n % 10); while ((n /= 10) != 0);
  while (k > 0) buf[i++] = tmp[--k];
  buf[i++] = '\n';
  caml_console_write(2, buf, (size_t)i);
}

void caml_print_gc_stats(void)
{
  put_num("minor_collections: ", caml_minor_stats.minor_collections);
  put_num("major_collections: ", caml_heap_stats.major_collections);
  put_num("minor_words: ", (uintnat)minor_words_now());
  put_num("promoted_words: ", (uintnat)caml_minor_stats.promoted_words);
  put_num("heap_words: ", caml_heap_stats.heap_words);
  put_num("top_heap_words: ", caml_heap_stats.top_heap_words);
}

/* Finalisers are not supported: registering one is accepted and ignored. */
CAMLprim value caml_final_register(value f, value v)
{
  (void)f;
  (void)v;
  return Val_unit;
}
CAMLprim value caml_final_register_called_without_value(value f, value v)
{
  return caml_final_register(f, v);
}
CAMLprim value caml_final_release(value unit)
{
  (void)unit;
  return Val_unit;
}
CAMLprim value caml_get_minor_free(value unit)
{
  (void)unit;
  return Val_long(Caml_state->young_ptr - Caml_state->young_trigger);
}
CAMLprim value caml_get_major_bucket(value n)
{
  (void)n;
  return Val_long(0);
}
CAMLprim value caml_get_major_credit(value unit)
{
  (void)unit;
  return Val_long(0);
}
CAMLprim value caml_gc_huge_fallback_count(value unit)
{
  (void)unit;
  return Val_long(0);
}
CAMLprim value caml_memprof_start(value a, value b, value c)
{
  (void)a;
  (void)b;
  (void)c;
  return Val_unit;
}
CAMLprim value caml_memprof_stop(value unit)
{
  (void)unit;
  return Val_unit;
}
CAMLprim value caml_eventlog_pause(value unit)
{
  (void)unit;
  return Val_unit;
}
CAMLprim value caml_eventlog_resume(value unit)
{
  (void)unit;
  return Val_unit;
}
double caml_gc_minor_words_unboxed(void) { return minor_words_now(); }
