/*
 * minor_gc.h -- the minor heap, the remembered set, GC triggering.
 */
#ifndef ROBUR_MINOR_GC_H
#define ROBUR_MINOR_GC_H

#include "mlvalues.h"
#include "domain_state.h"

#define Is_young(v) \
  ((char *)(v) < (char *)Caml_state->young_end && \
   (char *)(v) >= (char *)Caml_state->young_start)

struct rb_minor_stats {
  double minor_words;     /* words allocated in the minor heap (completed collections) */
  double promoted_words;
  double major_words;     /* promoted + directly allocated in the major heap */
  uintnat minor_collections;
  uintnat forced_major_collections;
};
extern struct rb_minor_stats caml_minor_stats;

void caml_init_minor_heap(uintnat wsize);
void caml_add_to_ref_table(value *fp);

/* Empty the minor heap (promote the live young blocks). */
void caml_minor_collection(void);
/* Minor collection, then a major one. */
void caml_full_major(void);
/* Make room for whsize words in the minor heap, collecting as needed
   (and counting the allocation for the stress mode); then allocates them:
   on return young_ptr has been lowered by whsize words. */
void caml_alloc_small_dispatch(uintnat whsize);
/* Request a minor collection at the next allocation. */
void caml_request_minor_gc(void);

/* GC stress mode: collect at every n-th allocation (0 = off);
   a major collection every m-th forced minor one. */
void caml_set_gc_stress(uintnat n, uintnat m);

uintnat caml_minor_heap_wsz(void);

#endif
