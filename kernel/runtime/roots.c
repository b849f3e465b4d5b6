/*
 * roots.c -- frame tables, the stack walk, and the other GC roots.
 *
 * Frame tables (OCaml's native format, see docs/runtime.md "Frame tables"):
 * each module emits a table { int64 count; frame_descr[count] }, every
 * descriptor 8-aligned.  caml_frametable[] (NULL-terminated, produced at link
 * time) lists the tables of a static image; caml_register_frametable adds one
 * at run time (the in-VM loader).  All descriptors go into one open-addressing
 * hash table keyed by return address (rebuilt, twice as large, when it gets
 * more than half full).
 *
 * The stack walk starts at Caml_state->bottom_of_stack and
 * last_return_address (set by caml_call_gc and caml_c_call): each descriptor
 * gives the frame size and the live slots (stack offsets from the frame's sp,
 * or registers saved in gc_regs); the next return address is the word just
 * below the next frame's sp.  A frame size of 0xFFFF marks the return into
 * caml_start_program / caml_callback_asm: the struct caml_context found 16
 * bytes above sp (past the trap frame) continues the walk in the OCaml frames
 * that called C, until a context with a NULL bottom_of_stack.
 */
#include "robur/roots.h"
#include "robur/memory.h"
#include "robur/mem.h"
#include "robur/platform.h"

__attribute__((weak)) const void *caml_frametable[] = {NULL};
__attribute__((weak)) value *caml_globals[] = {NULL};
extern const char caml_system_frametable[];

/* ---------------------------------------------------------- frame tables */

static const frame_descr **descr_table;
static uintnat descr_mask;  /* table size - 1 */
static uintnat descr_count;

/* Tables registered at run time (one per loaded module: a REPL loads one
   per phrase), in an array that doubles from platform pages. */
static const void **dyn_tables;
static uintnat num_dyn_tables, cap_dyn_tables;

#define Hash_retaddr(a) (((uintnat)(a) >> 3) & descr_mask)

static const frame_descr *next_descr(const frame_descr *d)
{
  const unsigned char *p = (const unsigned char *)&d->live_ofs[d->num_live];
  uintnat nallocs = 0;
  if (d->frame_size != FRAME_RETURN_TO_C) {
    if (d->frame_size & FRAME_IS_ALLOC) {
      nallocs = *p;
      p += 1 + nallocs;
    }
    if (d->frame_size & FRAME_HAS_DEBUGINFO) {
      p = (const unsigned char *)(((uintnat)p + 3) & ~(uintnat)3);
      p += 4 * ((d->frame_size & FRAME_IS_ALLOC) ? nallocs : 1);
    }
  }
  return (const frame_descr *)(((uintnat)p + 7) & ~(uintnat)7);
}

static void insert_table(const void *tbl)
{
  intnat n = *(const intnat *)tbl;
  const frame_descr *d = (const frame_descr *)((const intnat *)tbl + 1);
  for (intnat i = 0; i < n; i++) {
    uintnat h = Hash_retaddr(d->retaddr);
    while (descr_table[h] != NULL && descr_table[h]->retaddr != d->retaddr)
      h = (h + 1) & descr_mask;
    if (descr_table[h] == NULL) descr_count++;
    descr_table[h] = d;
    d = next_descr(d);
  }
}

static uintnat table_entries(const void *tbl) { return (uintnat) * (const intnat *)tbl; }

static void rebuild(uintnat needed)
{
  uintnat size = 256;
  while (size < 2 * needed) size *= 2;
  /* The old table is not given back: pages are never freed. */
  descr_table = platform_alloc_pages(size * sizeof(frame_descr *));
  if (descr_table == NULL) platform_panic("out of memory for frame tables");
  descr_mask = size - 1;
  descr_count = 0;
  insert_table(caml_system_frametable);
  for (const void *const *t = caml_frametable; *t != NULL; t++) insert_table(*t);
  for (uintnat i = 0; i < num_dyn_tables; i++) insert_table(dyn_tables[i]);
}

void caml_init_frame_descriptors(void)
{
  uintnat n = table_entries(caml_system_frametable);
  for (const void *const *t = caml_frametable; *t != NULL; t++) n += table_entries(*t);
  rebuild(n);
}

void caml_register_frametable(const void *table)
{
  if (num_dyn_tables == cap_dyn_tables) {
    uintnat ncap = cap_dyn_tables ? 2 * cap_dyn_tables : 4096 / sizeof(void *);
    const void **n = platform_alloc_pages(ncap * sizeof(void *));   /* the old array is abandoned */
    if (n == NULL) platform_panic("out of memory for frame tables");
    if (num_dyn_tables) rb_memcpy(n, dyn_tables, num_dyn_tables * sizeof(void *));
    dyn_tables = n;
    cap_dyn_tables = ncap;
  }
  dyn_tables[num_dyn_tables++] = table;
  uintnat n = descr_count + table_entries(table);
  if (2 * n > descr_mask + 1)
    rebuild(n);
  else
    insert_table(table);
}

void caml_unregister_frametable(const void *table)
{
  for (uintnat i = 0; i < num_dyn_tables; i++)
    if (dyn_tables[i] == table) {
      dyn_tables[i] = dyn_tables[--num_dyn_tables];
      rebuild(descr_count);
      return;
    }
}

const frame_descr *caml_find_frame_descr(uintnat retaddr)
{
  if (descr_table == NULL) return NULL;
  uintnat h = Hash_retaddr(retaddr);
  for (;;) {
    const frame_descr *d = descr_table[h];
    if (d == NULL) return NULL;
    if (d->retaddr == retaddr) return d;
    h = (h + 1) & descr_mask;
  }
}

/* ------------------------------------------------------------ the stack */

static void do_stack(scanning_action f)
{
  char *sp = Caml_state->bottom_of_stack;
  uintnat retaddr = Caml_state->last_return_address;
  value *regs = Caml_state->gc_regs;
  if (sp == NULL) return;
  for (;;) {
    const frame_descr *d = caml_find_frame_descr(retaddr);
    if (d == NULL) platform_panic("GC: no frame descriptor for a return address");
    if (d->frame_size != FRAME_RETURN_TO_C) {
      for (unsigned i = 0; i < d->num_live; i++) {
        unsigned ofs = d->live_ofs[i];
        value *root = (ofs & 1) ? regs + (ofs >> 1) : (value *)(sp + ofs);
        f(root);
      }
      sp += d->frame_size & 0xFFFC;
      retaddr = ((uintnat *)sp)[-1];
    } else {
      struct caml_context *ctx = (struct caml_context *)(sp + 16);
      sp = ctx->bottom_of_stack;
      retaddr = ctx->last_retaddr;
      regs = ctx->gc_regs;
      if (sp == NULL) break;
    }
  }
}

/* ------------------------------------------------------ other root sets */

#define GLOBAL_ROOTS_PER_PAGE (4096 / sizeof(value *))
static value **global_roots;
static uintnat num_global_roots, cap_global_roots;

void caml_register_global_root(value *r)
{
  if (num_global_roots == cap_global_roots) {
    uintnat ncap = cap_global_roots == 0 ? GLOBAL_ROOTS_PER_PAGE : 2 * cap_global_roots;
    value **n = platform_alloc_pages(ncap * sizeof(value *));
    if (n == NULL) platform_panic("out of memory for global roots");
    if (num_global_roots) rb_memcpy(n, global_roots, num_global_roots * sizeof(value *));
    global_roots = n;
    cap_global_roots = ncap;
  }
  global_roots[num_global_roots++] = r;
}

void caml_remove_global_root(value *r)
{
  for (uintnat i = 0; i < num_global_roots; i++)
    if (global_roots[i] == r) {
      global_roots[i] = global_roots[--num_global_roots];
      return;
    }
}

void caml_do_local_roots(scanning_action f)
{
  for (struct caml__roots_block *b = Caml_state->local_roots; b != NULL; b = b->next)
    for (intnat i = 0; i < b->ntables; i++)
      for (intnat j = 0; j < b->nitems; j++) f(&b->tables[i][j]);
}

void caml_do_roots(scanning_action f)
{
  for (value **g = caml_globals; *g != NULL; g++) {
    value blk = (value)*g;
    mlsize_t n = Wosize_val(blk);
    for (mlsize_t i = 0; i < n; i++) f(&Field(blk, i));
  }
  for (uintnat i = 0; i < num_global_roots; i++) f(global_roots[i]);
  do_stack(f);
  caml_do_local_roots(f);
}

/* --------------------------------------------------------- named values */

#define MAX_NAMED 64
static struct {
  const char *name; /* points into an OCaml string kept alive below */
  value str;
  value v;
} named[MAX_NAMED];
static int num_named;

static int streq(const char *a, const char *b)
{
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

const value *caml_named_value(const char *name)
{
  for (int i = 0; i < num_named; i++)
    if (streq(String_val(named[i].str), name)) return &named[i].v;
  return NULL;
}

/* Callback.register: external register_named_value : string -> Obj.t -> unit */
CAMLprim value caml_register_named_value(value name, value v)
{
  for (int i = 0; i < num_named; i++)
    if (streq(String_val(named[i].str), String_val(name))) {
      named[i].v = v;
      return Val_unit;
    }
  if (num_named == MAX_NAMED) platform_panic("too many named values");
  int i = num_named++;
  named[i].str = name;
  named[i].v = v;
  caml_register_global_root(&named[i].str);
  caml_register_global_root(&named[i].v);
  return Val_unit;
}
