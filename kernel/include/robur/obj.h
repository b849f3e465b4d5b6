/*
 * obj.h -- the Obj module's primitives, lazy values, object ids.
 */
#ifndef ROBUR_OBJ_H
#define ROBUR_OBJ_H

#include "mlvalues.h"

CAMLprim value caml_obj_tag(value v);
CAMLprim value caml_obj_dup(value v);
CAMLprim value caml_obj_block(value tag, value size);
CAMLprim value caml_fresh_oo_id(value unit);

#endif
