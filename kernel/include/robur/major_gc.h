/*
 * major_gc.h -- the major heap: chunks, free lists, mark & sweep.
 */
#ifndef ROBUR_MAJOR_GC_H
#define ROBUR_MAJOR_GC_H

#include "mlvalues.h"

struct rb_heap_stats {
  uintnat heap_words;      /* words in all chunks */
  uintnat top_heap_words;  /* maximum of heap_words */
  uintnat heap_chunks;
  uintnat free_words;      /* words in free lists (after the last sweep, then tracked) */
  uintnat free_blocks;
  uintnat largest_free;
  uintnat fragments;
  uintnat live_words;      /* after the last major GC */
  uintnat live_blocks;
  uintnat major_collections;
  uintnat alloc_since_major; /* words allocated in the major heap since the last GC */
  uintnat max_heap_bytes;  /* 0 = limited by the platform only */
};
extern struct rb_heap_stats caml_heap_stats;

void caml_init_major_heap(uintnat initial_bytes);

/* Free-list allocation of a block; NULL when the heap must grow.  The header
   is written (white); fields are not initialised. */
value caml_heap_alloc(mlsize_t wosize, tag_t tag);
/* Add a chunk of at least wosize+1 usable words; 0 if the platform refuses. */
int caml_heap_expand(uintnat words);

/* Reserve used by the minor GC to promote without failing (see major_gc.c). */
value caml_reserve_alloc(mlsize_t wosize, tag_t tag);
uintnat caml_reserve_words(void);
/* Make the reserve at least `words` large; returns its size afterwards. */
uintnat caml_refill_reserve(uintnat words, int allow_gc);

/* Full major collection; the minor heap must be empty. */
void caml_major_collection_slice(void);

/* Whether an address lies in a major-heap chunk (slow, for debugging). */
int caml_is_in_heap(const void *p);

#endif
