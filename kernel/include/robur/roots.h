/*
 * roots.h -- where the GC finds roots: frame tables (the OCaml stack),
 * module globals, registered global roots, C local roots.
 */
#ifndef ROBUR_ROOTS_H
#define ROBUR_ROOTS_H

#include "mlvalues.h"

/* One frame descriptor, OCaml's native format (see docs/runtime.md). */
typedef struct {
  uintnat retaddr;
  unsigned short frame_size;  /* bytes incl. return address; low 2 bits flags;
                                 0xFFFF = callback link */
  unsigned short num_live;
  unsigned short live_ofs[1]; /* even: byte offset from sp; odd: 2*reg+1 */
} frame_descr;

#define FRAME_HAS_DEBUGINFO 1
#define FRAME_IS_ALLOC 2
#define FRAME_RETURN_TO_C 0xFFFF

extern const void *caml_frametable[];  /* link-time, NULL-terminated */
extern value *caml_globals[];          /* link-time, NULL-terminated */

void caml_init_frame_descriptors(void);
void caml_register_frametable(const void *table);
/* For code that is unloaded (hot reload): its return addresses go away. */
void caml_unregister_frametable(const void *table);
const frame_descr *caml_find_frame_descr(uintnat retaddr);

typedef void (*scanning_action)(value *root);
/* Every root except the remembered set. */
void caml_do_roots(scanning_action f);
void caml_do_local_roots(scanning_action f);

/* Named values (Callback.register). */
value caml_register_named_value(value name, value v);
const value *caml_named_value(const char *name);

#endif
