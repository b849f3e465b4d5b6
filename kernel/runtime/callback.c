/*
 * callback.c -- calling OCaml closures from C (at_exit, exception printers,
 * Callback.register'd functions).  The work is in caml_callback_asm
 * (amd64.S), which enters OCaml code the way caml_start_program does.
 */
#include "robur/callback.h"
#include "robur/memory.h"
#include "robur/fail.h"

value caml_callback_exn(value closure, value arg)
{
  value args[1] = {arg};
  return caml_callback_asm(Caml_state, closure, args);
}

value caml_callback2_exn(value closure, value arg1, value arg2)
{
  CAMLparam3(closure, arg1, arg2);
  value r = caml_callback_exn(closure, arg1);
  if (!Is_exception_result(r)) r = caml_callback_exn(r, arg2);
  CAMLreturn(r);
}

value caml_callback3_exn(value closure, value arg1, value arg2, value arg3)
{
  CAMLparam4(closure, arg1, arg2, arg3);
  value r = caml_callback2_exn(closure, arg1, arg2);
  if (!Is_exception_result(r)) r = caml_callback_exn(r, arg3);
  CAMLreturn(r);
}

static value check(value r)
{
  if (Is_exception_result(r)) caml_raise(Extract_exception(r));
  return r;
}

value caml_callback(value closure, value arg) { return check(caml_callback_exn(closure, arg)); }
value caml_callback2(value closure, value a1, value a2)
{
  return check(caml_callback2_exn(closure, a1, a2));
}
value caml_callback3(value closure, value a1, value a2, value a3)
{
  return check(caml_callback3_exn(closure, a1, a2, a3));
}
