/*
 * minor_gc.c -- the minor heap, the remembered set, and when to collect.
 *
 * Design.
 *   The minor heap is one contiguous area [young_start, young_end) from
 *   platform_alloc_pages.  Allocation goes downwards: young_ptr starts at
 *   young_end; OCaml code does `sub $bytes, %r15; cmp young_limit(%r14), %r15;
 *   jb caml_call_gc`.  young_trigger is the real lowest address of the
 *   allocation area (it is above young_start when memory is short); young_limit
 *   equals young_trigger, except that it is raised to young_end to make the
 *   next allocation trap (a requested collection, or the stress mode).
 *
 *   A minor collection copies the live young blocks into the major heap
 *   (promotion), leaving a forwarding pointer (header 0, field 0 = new
 *   address) in the old copy.  Blocks still to be scanned are chained through
 *   field 1 of their old copy, so no auxiliary memory is needed; one-field
 *   blocks are followed in a loop instead.  Roots: the OCaml stack (frame
 *   tables), module globals, registered roots, C local roots, and the
 *   remembered set (the ref table: addresses of major or static fields that
 *   may point to young blocks, recorded by caml_modify).
 *
 *   The ref table is a list of page-sized chunks reused from one collection
 *   to the next; when it grows past a soft limit a collection is requested.
 *
 *   After each minor collection: a major collection runs when the words
 *   allocated in the major heap since the last one exceed a threshold
 *   (space_overhead of the live heap); then the promotion reserve
 *   (major_gc.c) is refilled; if it cannot cover the minor allocation area
 *   the area shrinks, and if it falls below MIN_AREA words Out_of_memory is
 *   raised at the allocation that triggered the collection.
 *
 *   Stress mode (caml_set_gc_stress): young_limit is kept equal to young_ptr
 *   so every allocation enters caml_alloc_small_dispatch, which collects at
 *   every n-th one (and runs a major collection every m-th time).
 */
#include "robur/minor_gc.h"
#include "robur/major_gc.h"
#include "robur/roots.h"
#include "robur/fail.h"
#include "robur/mem.h"
#include "robur/platform.h"

#define MIN_AREA 1024          /* words; > Max_young_wosize + 1 */
#define SPACE_OVERHEAD 80      /* percent, as OCaml 4.13's default */
#define REF_CHUNK_ENTRIES 510

struct ref_chunk {
  struct ref_chunk *next;
  uintnat n;
  value *entries[REF_CHUNK_ENTRIES];
};

struct rb_minor_stats caml_minor_stats;

static uintnat minor_wsz;
static struct ref_chunk *ref_chunks, *ref_pool;
static uintnat ref_count, ref_soft_limit;
static int gc_requested;
static uintnat stress_n, stress_m, stress_count, stress_minors;
static value todo_list;

uintnat caml_minor_heap_wsz(void) { return minor_wsz; }

static void reset_limit(void)
{
  if (stress_n != 0 || gc_requested)
    Caml_state->young_limit = stress_n != 0 && !gc_requested
                                  ? Caml_state->young_ptr
                                  : Caml_state->young_end;
  else
    Caml_state->young_limit = Caml_state->young_trigger;
}

void caml_init_minor_heap(uintnat wsize)
{
  value *area = platform_alloc_pages(wsize * sizeof(value));
  if (area == NULL) platform_panic("cannot allocate the minor heap");
  minor_wsz = wsize;
  Caml_state->young_start = area;
  Caml_state->young_end = area + wsize;
  Caml_state->young_ptr = Caml_state->young_end;
  Caml_state->young_trigger = area;
  ref_soft_limit = wsize / 8 > 4096 ? wsize / 8 : 4096;
  reset_limit();
}

void caml_set_gc_stress(uintnat n, uintnat m)
{
  stress_n = n;
  stress_m = m;
  stress_count = 0;
  reset_limit();
}

void caml_request_minor_gc(void)
{
  gc_requested = 1;
  Caml_state->young_limit = Caml_state->young_end;
}

/* ------------------------------------------------------------ ref table */

void caml_add_to_ref_table(value *fp)
{
  struct ref_chunk *c = ref_chunks;
  if (c == NULL || c->n == REF_CHUNK_ENTRIES) {
    c = ref_pool;
    if (c != NULL)
      ref_pool = c->next;
    else {
      c = platform_alloc_pages(sizeof(struct ref_chunk));
      if (c == NULL) platform_panic("out of memory for the remembered set");
    }
    c->n = 0;
    c->next = ref_chunks;
    ref_chunks = c;
  }
  c->entries[c->n++] = fp;
  if (++ref_count == ref_soft_limit) caml_request_minor_gc();
}

static void clear_ref_table(void)
{
  while (ref_chunks != NULL) {
    struct ref_chunk *c = ref_chunks;
    ref_chunks = c->next;
    c->next = ref_pool;
    ref_pool = c;
  }
  ref_count = 0;
}

/* ------------------------------------------------------------ promotion */

static value promote_alloc(mlsize_t wosize, tag_t tag)
{
  value r = caml_heap_alloc(wosize, tag);
  if (r == 0) r = caml_reserve_alloc(wosize, tag);
  if (r == 0 && caml_heap_expand(wosize + 1)) r = caml_heap_alloc(wosize, tag);
  if (r == 0) platform_panic("minor GC: promotion failed (reserve exhausted)");
  caml_minor_stats.promoted_words += wosize + 1;
  caml_heap_stats.alloc_since_major += wosize + 1;
  return r;
}

static void oldify_one(value v, value *p)
{
  for (;;) {
    if (Is_long(v) || !Is_young(v)) {
      *p = v;
      return;
    }
    header_t hd = Hd_val(v);
    if (hd == 0) { /* already forwarded */
      *p = Field(v, 0);
      return;
    }
    tag_t tag = Tag_hd(hd);
    if (tag == Infix_tag) {
      uintnat off = Infix_offset_hd(hd);
      oldify_one(v - (value)off, p); /* the enclosing closure: no Infix_tag */
      *p += (value)off;
      return;
    }
    mlsize_t sz = Wosize_hd(hd);
    value r = promote_alloc(sz, tag);
    *p = r;
    if (tag >= No_scan_tag) {
      rb_memcpy((void *)r, (void *)v, sz * sizeof(value));
      Hd_val(v) = 0;
      Field(v, 0) = r;
      return;
    }
    if (sz == 1) {
      value f = Field(v, 0);
      Hd_val(v) = 0;
      Field(v, 0) = r;
      v = f;
      p = &Field(r, 0);
      continue;
    }
    for (mlsize_t i = 0; i < sz; i++) Field(r, i) = Field(v, i);
    Hd_val(v) = 0;
    Field(v, 0) = r;
    Field(v, 1) = todo_list;
    todo_list = v;
    return;
  }
}

static void oldify_root(value *r) { oldify_one(*r, r); }

static void oldify_todo(void)
{
  while (todo_list != 0) {
    value v = todo_list;
    todo_list = Field(v, 1);
    value r = Field(v, 0);
    mlsize_t sz = Wosize_val(r);
    mlsize_t i = 0;
    if (Tag_val(r) == Closure_tag) i = Start_env_closinfo(Closinfo_val(r));
    for (; i < sz; i++) oldify_one(Field(r, i), &Field(r, i));
  }
}

void caml_minor_collection(void)
{
  todo_list = 0;
  caml_do_roots(oldify_root);
  for (struct ref_chunk *c = ref_chunks; c != NULL; c = c->next)
    for (uintnat i = 0; i < c->n; i++) oldify_root(c->entries[i]);
  oldify_todo();
  clear_ref_table();
  value *yp = Caml_state->young_ptr;
  if (yp < Caml_state->young_start) yp = Caml_state->young_start;
  caml_minor_stats.minor_words += (double)(Caml_state->young_end - yp);
  caml_minor_stats.minor_collections++;
  Caml_state->young_ptr = Caml_state->young_end;
  gc_requested = 0;
}

static uintnat major_threshold(void)
{
  uintnat t = caml_heap_stats.live_words / 100 * SPACE_OVERHEAD;
  if (t < 2 * minor_wsz) t = 2 * minor_wsz;
  return t;
}

/* Policy after an emptied minor heap: maybe a major GC, refill the reserve,
   size the allocation area.  Returns 0 when memory is exhausted. */
static int after_minor(int force_major)
{
  if (force_major || caml_heap_stats.alloc_since_major >= major_threshold())
    caml_major_collection_slice();
  uintnat avail = caml_refill_reserve(minor_wsz, 1);
  uintnat area = avail < minor_wsz ? avail : minor_wsz;
  /* Never more than the reserve covers: the next minor GC cannot fail. */
  Caml_state->young_trigger = Caml_state->young_end - area;
  return area >= MIN_AREA;
}

void caml_full_major(void)
{
  caml_minor_collection();
  after_minor(1);
  reset_limit();
}

void caml_alloc_small_dispatch(uintnat whsize)
{
  int collect = gc_requested;
  int major = 0;
  if (stress_n != 0 && ++stress_count >= stress_n) {
    stress_count = 0;
    collect = 1;
    if (stress_m != 0 && ++stress_minors >= stress_m) {
      stress_minors = 0;
      major = 1;
    }
  }
  if (Caml_state->young_ptr - whsize < Caml_state->young_trigger) collect = 1;
  if (collect) {
    caml_minor_collection();
    if (!after_minor(major)) {
      reset_limit();
      caml_raise_out_of_memory();
    }
  }
  Caml_state->young_ptr -= whsize;
  reset_limit();
}

/* Called by caml_call_gc (amd64.S) with all registers saved: young_ptr has
   already been lowered by the allocation(s) of the allocation point, whose
   sizes the frame descriptor lists (OCaml 4.13's format).  Undo, collect as
   needed, redo: on return young_ptr points at the new block(s). */
void caml_garbage_collection(void)
{
  const frame_descr *d = caml_find_frame_descr(Caml_state->last_return_address);
  if (d == NULL || d->frame_size == FRAME_RETURN_TO_C || !(d->frame_size & FRAME_IS_ALLOC))
    platform_panic("caml_call_gc: no allocation frame descriptor");
  const unsigned char *p = (const unsigned char *)&d->live_ofs[d->num_live];
  uintnat nallocs = *p++, whsize = 0;
  for (uintnat i = 0; i < nallocs; i++) whsize += (uintnat)p[i] + 2; /* wosize-1 stored */
  Caml_state->young_ptr += whsize;
  caml_alloc_small_dispatch(whsize);
}
