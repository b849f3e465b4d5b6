/*
 * backtrace.c -- exception backtraces.
 *
 * Printexc.record_backtrace true sets backtrace_active.  Then caml_raise_exn
 * (for raises from OCaml code) and caml_raise (from C) call
 * caml_stash_backtrace, which walks the frames from the raise point up to the
 * handler's trap frame, storing frame descriptors in a fixed buffer
 * (BACKTRACE_SIZE entries; a new exception restarts it, a re-raise of the
 * same one appends).  A raw backtrace is an OCaml array of descriptor
 * addresses with bit 0 set (so the GC sees integers).  Locations come from
 * the struct rb_debuginfo that descriptors with flag 1 point to; frames
 * without debug info are skipped when printing, as OCaml skips them.
 */
#include "robur/backtrace.h"
#include "robur/domain_state.h"
#include "robur/roots.h"
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/fail.h"
#include "robur/io.h"
#include "robur/platform.h"

#define BACKTRACE_SIZE 1024

static const frame_descr *bt_buffer[BACKTRACE_SIZE];
static value bt_last_exn = Val_unit;
static int bt_root_registered;

CAMLprim value caml_record_backtrace(value flag)
{
  Caml_state->backtrace_active = Bool_val(flag);
  Caml_state->backtrace_pos = 0;
  bt_last_exn = Val_unit;
  if (!bt_root_registered) {
    bt_root_registered = 1;
    caml_register_global_root(&bt_last_exn);
  }
  return Val_unit;
}

CAMLprim value caml_backtrace_status(value unit)
{
  (void)unit;
  return Val_bool(Caml_state->backtrace_active);
}

/* The descriptor of pc, moving (pc, sp) to the caller; callback links are
   crossed.  NULL at the end of the stack. */
static const frame_descr *next_frame(uintnat *pc, char **sp)
{
  for (;;) {
    const frame_descr *d = caml_find_frame_descr(*pc);
    if (d == NULL) return NULL;
    if (d->frame_size != FRAME_RETURN_TO_C) {
      *sp += d->frame_size & 0xFFFC;
      *pc = ((uintnat *)*sp)[-1];
      return d;
    }
    struct caml_context *ctx = (struct caml_context *)(*sp + 16);
    *sp = ctx->bottom_of_stack;
    *pc = ctx->last_retaddr;
    if (*sp == NULL) return NULL;
  }
}

void caml_stash_backtrace(value exn, uintnat pc, char *sp, char *trapsp)
{
  if (exn != bt_last_exn) {
    Caml_state->backtrace_pos = 0;
    bt_last_exn = exn;
  }
  while (sp != NULL) {
    const frame_descr *d = next_frame(&pc, &sp);
    if (d == NULL) return;
    if (Caml_state->backtrace_pos >= BACKTRACE_SIZE) return;
    bt_buffer[Caml_state->backtrace_pos++] = d;
    if (sp > trapsp) return;
  }
}

static const struct rb_debuginfo *debuginfo(const frame_descr *d)
{
  if (!(d->frame_size & FRAME_HAS_DEBUGINFO) || d->frame_size == FRAME_RETURN_TO_C) return NULL;
  const unsigned char *p = (const unsigned char *)&d->live_ofs[d->num_live];
  if (d->frame_size & FRAME_IS_ALLOC) p += 1 + *p;
  const int32_t *ofs = (const int32_t *)(((uintnat)p + 3) & ~(uintnat)3);
  return (const struct rb_debuginfo *)((const char *)ofs + *ofs);
}

static const char *di_string(const struct rb_debuginfo *di, int32_t ofs)
{
  return (const char *)di + ofs;
}

/* ------------------------------------------------------------- printing */

static void err(const char *s)
{
  size_t n = 0;
  while (s[n]) n++;
  platform_console_write(2, s, n);
}

static void err_num(uintnat n)
{
  char b[24];
  int i = sizeof b;
  b[--i] = 0;
  do b[--i] = (char)('0' + n % 10); while (n /= 10);
  err(b + i);
}

void caml_print_exception_backtrace(void)
{
  caml_flush_std_channels();
  for (intnat i = 0; i < Caml_state->backtrace_pos; i++) {
    const struct rb_debuginfo *di = debuginfo(bt_buffer[i]);
    if (di == NULL) continue; /* no location: OCaml treats it as a re-raise */
    int is_raise = di->kind & 1;
    err(is_raise ? (i == 0 ? "Raised at " : "Re-raised at ")
                 : (i == 0 ? "Raised by primitive operation at " : "Called from "));
    err(di_string(di, di->defname));
    err(" in file \"");
    err(di_string(di, di->filename));
    err(di->kind & 2 ? "\" (inlined), line " : "\", line ");
    err_num(di->line);
    err(", characters ");
    err_num(di->start_char);
    err("-");
    err_num(di->end_char);
    err("\n");
  }
}

/* ---------------------------------------------------------- primitives */

#define Val_slot(d) ((value)(d) | 1)
#define Slot_val(v) ((const frame_descr *)((v) & ~(value)1))

static value to_array(const frame_descr **slots, intnat n)
{
  if (n <= 0) return Atom(0);
  value r = caml_alloc((mlsize_t)n, 0);
  for (intnat i = 0; i < n; i++) Field(r, i) = Val_slot(slots[i]);
  return r;
}

CAMLprim value caml_get_exception_raw_backtrace(value unit)
{
  (void)unit;
  if (!Caml_state->backtrace_active) return Atom(0);
  return to_array(bt_buffer, Caml_state->backtrace_pos);
}

CAMLprim value caml_get_current_callstack(value max)
{
  static const frame_descr *slots[BACKTRACE_SIZE];
  intnat n = 0, limit = Long_val(max);
  if (limit > BACKTRACE_SIZE) limit = BACKTRACE_SIZE;
  uintnat pc = Caml_state->last_return_address;
  char *sp = Caml_state->bottom_of_stack;
  while (sp != NULL && n < limit) {
    const frame_descr *d = next_frame(&pc, &sp);
    if (d == NULL) break;
    slots[n++] = d;
  }
  return to_array(slots, n);
}

CAMLprim value caml_restore_raw_backtrace(value exn, value bt)
{
  mlsize_t n = Wosize_val(bt);
  if (n > BACKTRACE_SIZE) n = BACKTRACE_SIZE;
  bt_last_exn = exn;
  for (mlsize_t i = 0; i < n; i++) bt_buffer[i] = Slot_val(Field(bt, i));
  Caml_state->backtrace_pos = (intnat)n;
  return Val_unit;
}

CAMLprim value caml_raw_backtrace_slot(value bt, value i)
{
  intnat k = Long_val(i);
  if (k < 0 || (mlsize_t)k >= Wosize_val(bt))
    caml_invalid_argument("Printexc.get_raw_backtrace_slot: index out of bounds");
  return Field(bt, k);
}

CAMLprim value caml_raw_backtrace_next_slot(value slot)
{
  (void)slot;
  return Val_none; /* no inlining information */
}

CAMLprim value caml_raw_backtrace_length(value bt) { return Val_long(Wosize_val(bt)); }

/* Known_location {is_raise; filename; line_number; start_char; end_char;
   is_inline; defname} (tag 0) or Unknown_location {is_raise} (tag 1). */
CAMLprim value caml_convert_raw_backtrace_slot(value slot)
{
  CAMLparam1(slot);
  CAMLlocal3(fname, dname, r);
  const struct rb_debuginfo *di = debuginfo(Slot_val(slot));
  if (di == NULL) {
    r = caml_alloc_small(1, 1);
    Field(r, 0) = Val_true;
    CAMLreturn(r);
  }
  fname = caml_copy_string(di_string(di, di->filename));
  dname = caml_copy_string(di_string(di, di->defname));
  r = caml_alloc_small(7, 0);
  Field(r, 0) = Val_bool(di->kind & 1);
  Field(r, 1) = fname;
  Field(r, 2) = Val_long(di->line);
  Field(r, 3) = Val_long(di->start_char);
  Field(r, 4) = Val_long(di->end_char);
  Field(r, 5) = Val_bool(di->kind & 2);
  Field(r, 6) = dname;
  CAMLreturn(r);
}

CAMLprim value caml_convert_raw_backtrace(value bt)
{
  CAMLparam1(bt);
  CAMLlocal2(r, s);
  mlsize_t n = Wosize_val(bt);
  if (n == 0) CAMLreturn(Atom(0));
  r = caml_alloc(n, 0);
  for (mlsize_t i = 0; i < n; i++) {
    s = caml_convert_raw_backtrace_slot(Field(bt, i));
    caml_modify(&Field(r, i), s);
  }
  CAMLreturn(r);
}

CAMLprim value caml_ml_debug_info_status(value unit)
{
  (void)unit;
  return Val_int(0);
}

/* Printexc.raise_with_backtrace (%raise_with_backtrace, which robur's lambda
 * turns into a call of this function): the backtrace becomes the current
 * one, then the exception is raised. */
CAMLprim value caml_raise_with_backtrace(value exn, value bt)
{
  caml_restore_raw_backtrace(exn, bt);
  caml_raise(exn);
}
