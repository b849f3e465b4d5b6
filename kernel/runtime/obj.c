/*
 * obj.c -- Obj primitives: tags, copies, fresh blocks, forward blocks for
 * lazy values, and the counter of object/exception ids (caml_fresh_oo_id,
 * which ocamlopt calls to create each exception constructor).
 */
#include "robur/obj.h"
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/fail.h"
#include "robur/mem.h"

CAMLprim value caml_obj_tag(value v)
{
  if (Is_long(v)) return Val_int(1000);
  if (v & (sizeof(value) - 1)) return Val_int(1002);
  return Val_int(Tag_val(v));
}

CAMLprim value caml_obj_set_tag(value v, value tag)
{
  Hd_val(v) = (Hd_val(v) & ~(header_t)0xFF) | (header_t)Long_val(tag);
  return Val_unit;
}

CAMLprim value caml_obj_block(value tag, value size)
{
  tag_t t = (tag_t)Long_val(tag);
  mlsize_t sz = (mlsize_t)Long_val(size);
  if (sz == 0) return Atom(t);
  if (t == Double_array_tag) return caml_alloc_float_array(sz);
  if (t == String_tag) return caml_alloc_string(sz * sizeof(value) - 1);
  if (t == Closure_tag) {
    value r = caml_alloc(sz, Closure_tag);
    if (sz >= 2) Field(r, 1) = Make_closinfo(0, sz); /* empty environment */
    return r;
  }
  if (t == Custom_tag) caml_invalid_argument("Obj.new_block");
  value r = caml_alloc(sz, t);
  if (t >= No_scan_tag) rb_memset((void *)r, 0, sz * sizeof(value));
  return r;
}

CAMLprim value caml_obj_dup(value v)
{
  CAMLparam1(v);
  mlsize_t sz = Wosize_val(v);
  tag_t tag = Tag_val(v);
  value r;
  if (sz == 0) CAMLreturn(v);
  if (tag >= No_scan_tag) {
    r = caml_alloc(sz, tag);
    rb_memcpy((void *)r, (void *)v, sz * sizeof(value));
  } else if (sz <= 256) {
    r = caml_alloc_small(sz, tag);
    for (mlsize_t i = 0; i < sz; i++) Field(r, i) = Field(v, i);
  } else {
    r = caml_alloc_shr(sz, tag);
    for (mlsize_t i = 0; i < sz; i++) caml_initialize(&Field(r, i), Field(v, i));
  }
  CAMLreturn(r);
}

CAMLprim value caml_obj_with_tag(value tag, value v)
{
  CAMLparam2(tag, v);
  value r = caml_obj_dup(v);
  if (Wosize_val(r) > 0) caml_obj_set_tag(r, tag);
  CAMLreturn(r);
}

CAMLprim value caml_obj_truncate(value v, value newsize)
{
  mlsize_t sz = Wosize_val(v), n = (mlsize_t)Long_val(newsize);
  if (n == 0 || n > sz) caml_invalid_argument("Obj.truncate");
  if (n == sz) return Val_unit;
  /* the tail becomes a dead abstract block */
  Field(v, n) = (value)Make_header(sz - n - 1, Abstract_tag, Color_val(v));
  Hd_val(v) = Make_header(n, Tag_val(v), Color_val(v));
  return Val_unit;
}

CAMLprim value caml_obj_add_offset(value v, value offset)
{
  return v + (value)Int64_val(offset);
}

CAMLprim value caml_obj_raw_field(value v, value i) { return caml_copy_nativeint(Field(v, Long_val(i))); }
CAMLprim value caml_obj_set_raw_field(value v, value i, value raw)
{
  Field(v, Long_val(i)) = Nativeint_val(raw);
  return Val_unit;
}

CAMLprim value caml_lazy_make_forward(value v)
{
  CAMLparam1(v);
  value r = caml_alloc_small(1, Forward_tag);
  Field(r, 0) = v;
  CAMLreturn(r);
}

CAMLprim value caml_obj_make_forward(value blk, value fwd)
{
  caml_modify(&Field(blk, 0), fwd);
  caml_obj_set_tag(blk, Val_int(Forward_tag));
  return Val_unit;
}

CAMLprim value caml_obj_reachable_words(value v)
{
  (void)v;
  return Val_long(0);
}

static intnat oo_last_id = 0;
CAMLprim value caml_fresh_oo_id(value unit)
{
  (void)unit;
  return Val_long(oo_last_id++);
}
CAMLprim value caml_set_oo_id(value obj)
{
  Field(obj, 1) = Val_long(oo_last_id++);
  return obj;
}

/* let rec on non-function values: a dummy block, filled in afterwards. */
CAMLprim value caml_alloc_dummy(value size)
{
  mlsize_t sz = (mlsize_t)Long_val(size);
  if (sz == 0) sz = 1;
  return caml_alloc(sz, 0);
}

CAMLprim value caml_alloc_dummy_float(value size)
{
  mlsize_t sz = (mlsize_t)Long_val(size);
  if (sz == 0) sz = 1;
  return caml_alloc_float_array(sz);
}

CAMLprim value caml_alloc_dummy_infix(value vsize, value voffset)
{
  mlsize_t sz = (mlsize_t)Long_val(vsize), off = (mlsize_t)Long_val(voffset);
  value v = caml_alloc(sz, Closure_tag);
  if (sz >= 2) Field(v, 1) = Make_closinfo(0, sz);
  if (off > 0) {
    v += (value)Bsize_wsize(off);
    Hd_val(v) = Make_header(off, Infix_tag, Caml_white);
  }
  return v;
}

CAMLprim value caml_update_dummy(value dummy, value newval)
{
  tag_t tag = Tag_val(newval);
  mlsize_t size;
  if (tag == Double_array_tag) {
    size = Wosize_val(newval);
    for (mlsize_t i = 0; i < size; i++) Store_double_flat_field(dummy, i, Double_flat_field(newval, i));
  } else if (tag == Infix_tag) {
    value clos = newval - (value)Infix_offset_hd(Hd_val(newval));
    dummy = dummy - (value)Infix_offset_hd(Hd_val(dummy));
    size = Wosize_val(clos);
    for (mlsize_t i = 0; i < size; i++) caml_modify(&Field(dummy, i), Field(clos, i));
  } else {
    size = Wosize_val(newval);
    Hd_val(dummy) = Make_header(Wosize_val(dummy), tag, Color_val(dummy));
    for (mlsize_t i = 0; i < size; i++) caml_modify(&Field(dummy, i), Field(newval, i));
  }
  return Val_unit;
}

/* Obj's %obj_is_int, %obj_size and %obj_field, which robur's lambda turns
 * into calls of caml_obj_is_int, caml_obj_size and caml_obj_field (used by
 * Printexc to print an exception's arguments). */
CAMLprim value caml_obj_is_int(value v) { return Val_bool(Is_long(v)); }
CAMLprim value caml_obj_size(value v) { return Val_long(Wosize_val(v)); }
CAMLprim value caml_obj_field(value v, value i)
{
  if (Tag_val(v) == Double_array_tag) return caml_copy_double(Double_flat_field(v, Long_val(i)));
  return Field(v, Long_val(i));
}
