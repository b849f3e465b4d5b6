/*
 * major_gc.c -- the major heap: chunks, free lists, mark & sweep.
 *
 * Design.
 *   The heap is a list of chunks obtained from platform_alloc_pages (pages are
 *   never given back to the platform).  Every word of a chunk belongs to a
 *   block with a header, so a chunk can be walked from start to end.  Free
 *   blocks are blue; their field 0 links them into a free list.  There is one
 *   exact-size list per small size (1..FL_SMALL words) and one first-fit list
 *   for larger blocks; a block is split from its end, the rest going back to
 *   the list of its new size.  A 1-word remainder (header only) is a
 *   "fragment" that the next sweep merges with its neighbours.
 *
 *   The collector is stop-the-world, not incremental: it runs only after a
 *   minor collection (the minor heap is empty), marks from the roots with an
 *   explicit bounded stack, then sweeps every chunk, merging adjacent free
 *   blocks and rebuilding the free lists.  Non-incremental marking keeps the
 *   write barrier to the remembered set alone (no darkening of overwritten
 *   values), which makes caml_modify shorter on the hot path; the pause is
 *   proportional to the heap, acceptable for unikernels whose heaps are small
 *   (tens of MB).  Making it incremental later only touches this file and
 *   caml_modify.
 *
 *   Colours: white = not (yet) reached, gray = reached, fields not scanned,
 *   black = reached and scanned, blue = free.  Blocks outside the heap
 *   (static data) must be black: the marker never changes a non-white block,
 *   so it never writes to static data, and no page table is needed.  When
 *   the mark stack overflows, the block stays gray and a flag is set; after
 *   the stack drains the chunks are rescanned for gray blocks.
 *
 *   The promotion reserve: the minor GC must never fail to promote, so a
 *   contiguous free region (the reserve) of at least the size of the minor
 *   heap's allocation area is kept out of the free lists; promotion uses the
 *   free lists first and the reserve as a last resort.  minor_gc.c refills
 *   the reserve after each minor collection (growing the heap or collecting)
 *   and shrinks the minor allocation area, then raises Out_of_memory, when it
 *   cannot.
 */
#include "robur/major_gc.h"
#include "robur/minor_gc.h"
#include "robur/roots.h"
#include "robur/fail.h"
#include "robur/platform.h"

#define FL_SMALL 16
#define MARK_STACK_SIZE 4096
#define CHUNK_MIN_BYTES (64 * 1024)
#define PAGE 4096

struct chunk {
  struct chunk *next;
  value *start; /* first header */
  value *end;
  uintnat pad;
};

struct rb_heap_stats caml_heap_stats;

static struct chunk *chunks;
static value *fl_small[FL_SMALL + 1]; /* heads: pointer to field 0 of a free block */
static value *fl_large;
static value *reserve_ptr, *reserve_end;

static value mark_stack[MARK_STACK_SIZE];
static uintnat mark_top;
static int mark_overflow;

/* ------------------------------------------------------------ free lists */

#define Next_free(b) (*(value **)(b))

static void fl_insert(value *hp, uintnat whsize)
{
  if (whsize == 0) return;
  uintnat wosize = whsize - 1;
  *hp = Make_header(wosize, Abstract_tag, Caml_blue);
  if (wosize == 0) {
    caml_heap_stats.fragments++;
    return;
  }
  value *b = hp + 1;
  if (wosize <= FL_SMALL) {
    Next_free(b) = fl_small[wosize];
    fl_small[wosize] = b;
  } else {
    Next_free(b) = fl_large;
    fl_large = b;
  }
  caml_heap_stats.free_words += whsize;
  caml_heap_stats.free_blocks++;
}

/* Carve a block of wosize out of free block b (already unlinked) of size bsz. */
static value split(value *b, mlsize_t bsz, mlsize_t wosize, tag_t tag)
{
  value *hp = b - 1;
  uintnat rest = bsz - wosize; /* whsize of the remainder */
  caml_heap_stats.free_words -= bsz + 1;
  caml_heap_stats.free_blocks--;
  fl_insert(hp, rest);
  value *nhp = hp + rest;
  *nhp = Make_header(wosize, tag, Caml_white);
  return (value)(nhp + 1);
}

value caml_heap_alloc(mlsize_t wosize, tag_t tag)
{
  if (wosize == 0) wosize = 1;
  if (wosize <= FL_SMALL) {
    for (mlsize_t s = wosize; s <= FL_SMALL; s++) {
      value *b = fl_small[s];
      if (b != NULL) {
        fl_small[s] = Next_free(b);
        return split(b, s, wosize, tag);
      }
    }
  }
  value **prev = &fl_large;
  for (value *b = fl_large; b != NULL; prev = (value **)b, b = Next_free(b)) {
    mlsize_t bsz = Wosize_hd(b[-1]);
    if (bsz >= wosize) {
      *prev = Next_free(b);
      return split(b, bsz, wosize, tag);
    }
  }
  return 0;
}

/* ---------------------------------------------------------------- chunks */

static struct chunk *new_chunk(uintnat words)
{
  uintnat bytes = sizeof(struct chunk) + words * sizeof(value);
  bytes = (bytes + PAGE - 1) & ~(uintnat)(PAGE - 1);
  uintnat heap_bytes = caml_heap_stats.heap_words * sizeof(value);
  if (caml_heap_stats.max_heap_bytes != 0 &&
      heap_bytes + bytes > caml_heap_stats.max_heap_bytes)
    return NULL;
  struct chunk *c = platform_alloc_pages(bytes);
  if (c == NULL) return NULL;
  c->start = (value *)(c + 1);
  c->end = (value *)((char *)c + bytes);
  /* keep the list sorted by address (walks and debugging read better) */
  struct chunk **p = &chunks;
  while (*p != NULL && *p < c) p = &(*p)->next;
  c->next = *p;
  *p = c;
  caml_heap_stats.heap_words += (uintnat)(c->end - c->start);
  caml_heap_stats.heap_chunks++;
  if (caml_heap_stats.heap_words > caml_heap_stats.top_heap_words)
    caml_heap_stats.top_heap_words = caml_heap_stats.heap_words;
  return c;
}

static uintnat chunk_words_for(uintnat words)
{
  uintnat want = caml_heap_stats.heap_words / 4; /* grow by 25% */
  if (want < CHUNK_MIN_BYTES / sizeof(value)) want = CHUNK_MIN_BYTES / sizeof(value);
  if (want < words) want = words;
  return want;
}

/* A new chunk able to hold `words` words, bigger if memory allows. */
static struct chunk *grow(uintnat words)
{
  struct chunk *c = new_chunk(chunk_words_for(words));
  if (c == NULL) c = new_chunk(words);
  return c;
}

int caml_heap_expand(uintnat words)
{
  struct chunk *c = grow(words + 1);
  if (c == NULL) return 0;
  fl_insert(c->start, (uintnat)(c->end - c->start));
  return 1;
}

void caml_init_major_heap(uintnat initial_bytes)
{
  caml_heap_expand(initial_bytes / sizeof(value));
}

int caml_is_in_heap(const void *p)
{
  for (struct chunk *c = chunks; c != NULL; c = c->next)
    if ((const value *)p >= c->start && (const value *)p < c->end) return 1;
  return 0;
}

/* ---------------------------------------------------------- the reserve */

value caml_reserve_alloc(mlsize_t wosize, tag_t tag)
{
  if (reserve_ptr == NULL || reserve_ptr + wosize + 1 > reserve_end) return 0;
  value *hp = reserve_ptr;
  reserve_ptr += wosize + 1;
  *hp = Make_header(wosize, tag, Caml_white);
  return (value)(hp + 1);
}

uintnat caml_reserve_words(void)
{
  return reserve_ptr == NULL ? 0 : (uintnat)(reserve_end - reserve_ptr);
}

static void release_reserve(void)
{
  if (reserve_ptr != NULL) fl_insert(reserve_ptr, (uintnat)(reserve_end - reserve_ptr));
  reserve_ptr = reserve_end = NULL;
}

/* Take a free block of at least `words` words (whsize) out of the lists,
   or the largest one when `words` is 0. */
static int take_free_block(uintnat words)
{
  value **best_prev = NULL;
  value *best = NULL;
  value **prev = &fl_large;
  for (value *b = fl_large; b != NULL; prev = (value **)b, b = Next_free(b)) {
    uintnat sz = Wosize_hd(b[-1]) + 1;
    if (words != 0 && sz >= words) {
      best = b;
      best_prev = prev;
      break;
    }
    if (best == NULL || sz > Wosize_hd(best[-1]) + 1) {
      best = b;
      best_prev = prev;
    }
  }
  if (best == NULL) return 0;
  uintnat sz = Wosize_hd(best[-1]) + 1;
  if (words != 0 && sz < words) return 0;
  *best_prev = Next_free(best);
  caml_heap_stats.free_words -= sz;
  caml_heap_stats.free_blocks--;
  reserve_ptr = best - 1;
  reserve_end = reserve_ptr + sz;
  return 1;
}

uintnat caml_refill_reserve(uintnat words, int allow_gc)
{
  if (caml_reserve_words() >= words) return caml_reserve_words();
  release_reserve();
  if (take_free_block(words)) return caml_reserve_words();
  struct chunk *c = grow(words);
  if (c != NULL) {
    reserve_ptr = c->start;
    reserve_end = c->end;
    return caml_reserve_words();
  }
  if (allow_gc) caml_major_collection_slice();
  if (!take_free_block(words)) take_free_block(0);
  return caml_reserve_words();
}

/* -------------------------------------------------------------- marking */

static inline void mark_value(value v)
{
  if (Is_long(v)) return;
  header_t hd = Hd_val(v);
  if (Tag_hd(hd) == Infix_tag) {
    v -= Infix_offset_hd(hd);
    hd = Hd_val(v);
  }
  if (Color_hd(hd) != Caml_white) return;
  if (Tag_hd(hd) >= No_scan_tag) {
    Hd_val(v) = hd | Caml_black;
    return;
  }
  Hd_val(v) = hd | Caml_gray;
  if (mark_top < MARK_STACK_SIZE)
    mark_stack[mark_top++] = v;
  else
    mark_overflow = 1;
}

static void mark_root(value *r) { mark_value(*r); }

static void scan_block(value v)
{
  header_t hd = Hd_val(v);
  mlsize_t sz = Wosize_hd(hd);
  mlsize_t i = 0;
  if (Tag_hd(hd) == Closure_tag) i = Start_env_closinfo(Closinfo_val(v));
  for (; i < sz; i++) mark_value(Field(v, i));
  Hd_val(v) = Whitehd_hd(hd) | Caml_black;
}

static void drain(void)
{
  while (mark_top > 0) scan_block(mark_stack[--mark_top]);
}

static void mark_all(void)
{
  mark_top = 0;
  mark_overflow = 0;
  caml_do_roots(mark_root);
  drain();
  while (mark_overflow) {
    mark_overflow = 0;
    for (struct chunk *c = chunks; c != NULL; c = c->next) {
      value *p = c->start;
      while (p < c->end) {
        header_t hd = *p;
        if (Color_hd(hd) == Caml_gray) {
          scan_block((value)(p + 1));
          drain();
        }
        p += Wosize_hd(hd) + 1;
      }
    }
  }
}

/* ------------------------------------------------------------- sweeping */

static void sweep(void)
{
  for (int i = 0; i <= FL_SMALL; i++) fl_small[i] = NULL;
  fl_large = NULL;
  caml_heap_stats.free_words = 0;
  caml_heap_stats.free_blocks = 0;
  caml_heap_stats.fragments = 0;
  caml_heap_stats.largest_free = 0;
  caml_heap_stats.live_words = 0;
  caml_heap_stats.live_blocks = 0;
  for (struct chunk *c = chunks; c != NULL; c = c->next) {
    value *p = c->start, *run = NULL;
    while (p < c->end) {
      header_t hd = *p;
      uintnat whsz = Wosize_hd(hd) + 1;
      if (Color_hd(hd) == Caml_black) {
        *p = Whitehd_hd(hd);
        caml_heap_stats.live_words += whsz;
        caml_heap_stats.live_blocks++;
        if (run != NULL) {
          uintnat n = (uintnat)(p - run);
          if (n > caml_heap_stats.largest_free) caml_heap_stats.largest_free = n;
          fl_insert(run, n);
          run = NULL;
        }
      } else if (run == NULL) {
        run = p;
      }
      p += whsz;
    }
    if (run != NULL) {
      uintnat n = (uintnat)(p - run);
      if (n > caml_heap_stats.largest_free) caml_heap_stats.largest_free = n;
      fl_insert(run, n);
    }
  }
}

void caml_major_collection_slice(void)
{
  release_reserve();
  mark_all();
  sweep();
  caml_heap_stats.major_collections++;
  caml_heap_stats.alloc_since_major = 0;
}
