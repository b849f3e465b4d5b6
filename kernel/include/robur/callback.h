/*
 * callback.h -- calling OCaml closures from C.
 *
 * The _exn variants return the result, or an exception result
 * (Is_exception_result / Extract_exception); the others re-raise.
 * Multi-argument callbacks apply the arguments one at a time through the
 * closures' one-argument entry (field 0), which is correct for every arity.
 */
#ifndef ROBUR_CALLBACK_H
#define ROBUR_CALLBACK_H

#include "mlvalues.h"

value caml_callback_exn(value closure, value arg);
value caml_callback2_exn(value closure, value arg1, value arg2);
value caml_callback3_exn(value closure, value arg1, value arg2, value arg3);
value caml_callback(value closure, value arg);
value caml_callback2(value closure, value arg1, value arg2);
value caml_callback3(value closure, value arg1, value arg2, value arg3);

/* amd64.S */
value caml_start_program(void *state);
value caml_callback_asm(void *state, value closure, value *args);

#endif
