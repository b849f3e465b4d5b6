/*
 * rt.c -- runtime test program; argv[1] picks the test:
 *   hello       print hello.
 *   gc N [L]    lists of at most L cells (default 20000); allocate ~N MB through lists built by hand-written OCaml-like
 *               code (entry.S) and by the C API, with old-to-young pointers,
 *               big arrays, strings and floats; verify everything; print "ok".
 *   oom         grow a list until Out_of_memory, catch it, recover (twice).
 *   stack       recurse until Stack_overflow, catch it (twice).
 *   values      print Hashtbl.hash and compare results for a fixed set of
 *               values (tests/kernel/test_runtime.py checks them against ocaml).
 *   raise KIND  raise an uncaught exception (fatal error text, exit code 2).
 *   stats       print Gc counters after some allocation.
 */
#include <robur/mlvalues.h>
#include <robur/memory.h>
#include <robur/alloc.h>
#include <robur/fail.h>
#include <robur/callback.h>
#include <robur/compare.h>
#include <robur/hash.h>
#include <robur/gc_ctrl.h>
#include <robur/minor_gc.h>
#include <robur/major_gc.h>
#include <robur/str.h>
#include <robur/array.h>
#include <robur/ints.h>
#include <robur/io.h>
#include <robur/sys.h>
#include <robur/backtrace.h>
#include <robur/platform.h>

extern char rt_c_tramp[];
extern value rt_g_closure[], rt_build_list_closure[], rt_deep_closure[], rt_try_closure[], rt_raise_closure[];
#define BUILD_LIST ((value)rt_build_list_closure)
#define DEEP ((value)rt_deep_closure)

/* ------------------------------------------------------------- printing */

static value out_chan;
static void puts_(const char *s)
{
  size_t n = 0;
  while (s[n]) n++;
  value str = caml_alloc_initialized_string(n, s);
  caml_ml_output(out_chan, str, Val_long(0), Val_long(n));
}
static void putd(intnat v)
{
  char b[24];
  int i = sizeof b;
  uintnat u = v < 0 ? -(uintnat)v : (uintnat)v;
  b[--i] = 0;
  do b[--i] = (char)('0' + u % 10); while (u /= 10);
  if (v < 0) b[--i] = '-';
  puts_(b + i);
}
static void fail(const char *what)
{
  puts_("FAIL: ");
  puts_(what);
  puts_("\n");
  caml_flush_std_channels();
  platform_exit(1);
}

/* A closure whose code calls the C function fn (through rt_c_tramp). */
static value c_closure(value (*fn)(value))
{
  value c = caml_alloc_small(3, Closure_tag);
  Field(c, 0) = (value)rt_c_tramp;
  Field(c, 1) = Make_closinfo(1, 2);
  Field(c, 2) = (value)fn | 1;
  return c;
}

static value cons(value hd, value tl)
{
  CAMLparam2(hd, tl);
  value c = caml_alloc_small(2, 0);
  Field(c, 0) = hd;
  Field(c, 1) = tl;
  CAMLreturn(c);
}

static intnat check_list(value l, intnat n)
{
  /* [n; n-1; ...; 1] */
  intnat k = n;
  for (; l != Val_emptylist; l = Field(l, 1), k--) {
    if (Tag_val(l) != 0 || Wosize_val(l) != 2) fail("list cell header");
    if (Field(l, 0) != Val_long(k)) fail("list element");
  }
  if (k != 0) fail("list length");
  return n;
}

/* ----------------------------------------------------------------- gc */

#define KEEP 64

static intnat max_len = 20000;

static value test_gc(intnat mb)
{
  CAMLparam0();
  CAMLlocal5(kept, l, s, f, arr);
  CAMLlocal2(big, tree);
  kept = caml_alloc(KEEP, 0); /* young now, old soon: old-to-young stores */
  uintnat words = 0, target = (uintnat)mb * 1024 * 1024 / 8;
  intnat round = 0;
  while (words < target) {
    intnat n = 1 + (round * 7919) % max_len;
    /* a list built by OCaml-like code, rooted only by its frames */
    l = caml_callback(BUILD_LIST, Val_long(n));
    check_list(l, n);
    words += 3 * (uintnat)n;
    caml_modify(&Field(kept, round % KEEP), l);
    /* strings and floats through the C API */
    s = caml_alloc_string((mlsize_t)(round % 100));
    for (intnat i = 0; i < round % 100; i++) Byte(s, i) = (char)('a' + i % 26);
    f = caml_copy_double((double)round + 0.5);
    arr = caml_alloc_small(2, 0);
    Field(arr, 0) = s;
    Field(arr, 1) = f;
    caml_modify(&Field(kept, (round * 13 + 5) % KEEP), arr);
    /* now and then a big array in the major heap pointing to young values */
    if (round % 50 == 0) {
      big = caml_make_vect(Val_long(10000), Val_long(round));
      for (intnat i = 0; i < 10000; i += 97) {
        value c = cons(Val_long(i), Val_emptylist);
        caml_modify(&Field(big, i), c);
      }
      for (intnat i = 0; i < 10000; i++) {
        value v = Field(big, i);
        if (i % 97 == 0 ? (Is_long(v) || Field(v, 0) != Val_long(i)) : v != Val_long(round))
          fail("big array");
      }
      caml_modify(&Field(kept, 1), big);
      words += 10001;
    }
    round++;
  }
  /* verify what was kept */
  for (intnat i = 0; i < KEEP; i++) {
    value v = Field(kept, i);
    if (Is_long(v)) continue;
    if (Wosize_val(v) == 2 && Tag_val(v) == 0 && Is_block(Field(v, 1)) &&
        Tag_val(Field(v, 1)) == Double_tag) {
      double d = Double_val(Field(v, 1));
      intnat r = (intnat)d;
      if (d != (double)r + 0.5) fail("kept float");
      if (caml_string_length(Field(v, 0)) != (mlsize_t)(r % 100)) fail("kept string");
    } else if (Wosize_val(v) == 10000) {
      /* the big array */
    } else if (Tag_val(v) == 0 && Wosize_val(v) == 2) {
      intnat n = Long_val(Field(v, 0));
      check_list(v, n);
    } else
      fail("kept value");
  }
  caml_gc_full_major(Val_unit);
  {
    value st = caml_gc_stat(Val_unit);
    /* minor_words + major_words - promoted_words: everything allocated */
    if (Double_val(Field(st, 0)) + Double_val(Field(st, 2)) - Double_val(Field(st, 1)) <
        (double)target * 0.9)
      fail("Gc.stat allocated words");
    if (Long_val(Field(st, 3)) <= 0 || Long_val(Field(st, 4)) <= 0) fail("Gc.stat collections");
    if (Long_val(Field(st, 5)) <= 0 || Long_val(Field(st, 14)) < Long_val(Field(st, 5)))
      fail("Gc.stat heap_words");
    if (Long_val(Field(st, 7)) + Long_val(Field(st, 9)) > Long_val(Field(st, 5)))
      fail("Gc.stat live + free > heap");
  }
  puts_("ok ");
  putd(round);
  puts_(" rounds\n");
  CAMLreturn(Val_unit);
}

/* ---------------------------------------------------------------- oom */

static value grow_forever(value unit)
{
  CAMLparam1(unit);
  CAMLlocal1(l);
  l = Val_emptylist;
  for (intnat i = 0;; i++) l = cons(Val_long(i), l);
  CAMLreturn(l);
}

static value grow_array_forever(value unit)
{
  CAMLparam1(unit);
  CAMLlocal2(l, a);
  l = Val_emptylist;
  for (;;) {
    a = caml_make_vect(Val_long(100000), Val_long(1));
    l = cons(a, l);
  }
  CAMLreturn(l);
}

static value test_oom(void)
{
  CAMLparam0();
  CAMLlocal2(clos, r);
  for (int round = 0; round < 2; round++) {
    clos = c_closure(round == 0 ? grow_forever : grow_array_forever);
    value res = caml_callback_exn(clos, Val_unit); /* not a root: may be v|2 */
    if (!Is_exception_result(res)) fail("no exception");
    if (Extract_exception(res) != caml_predef_exn(OUT_OF_MEMORY_EXN)) fail("not Out_of_memory");
    puts_("caught Out_of_memory\n");
    /* the heap is usable again */
    r = caml_callback(BUILD_LIST, Val_long(10000));
    check_list(r, 10000);
    puts_("allocated again\n");
  }
  CAMLreturn(Val_unit);
}

/* -------------------------------------------------------------- stack */

static value test_stack(void)
{
  CAMLparam0();
  CAMLlocal1(r);
  for (int round = 0; round < 2; round++) {
    value res = caml_callback_exn(DEEP, Val_long(0));
    if (!Is_exception_result(res)) fail("no exception");
    if (Extract_exception(res) != caml_predef_exn(STACK_OVERFLOW_EXN)) fail("not Stack_overflow");
    puts_("caught Stack_overflow\n");
    r = caml_callback(BUILD_LIST, Val_long(1000));
    check_list(r, 1000);
  }
  CAMLreturn(Val_unit);
}

/* ---------------------------------------------------------- handlers */

static value raise_from_c(value unit)
{
  CAMLparam1(unit);
  CAMLlocal2(a, b); /* local roots dropped by caml_raise */
  a = cons(Val_long(1), Val_emptylist);
  caml_raise_not_found();
  CAMLreturn(a);
}

static value raise_through_c(value unit)
{
  CAMLparam1(unit);
  CAMLlocal1(exn);
  exn = caml_alloc_small(2, 0);
  Field(exn, 0) = caml_predef_exn(FAILURE_EXN);
  Field(exn, 1) = Val_unit;
  Store_field(exn, 1, caml_copy_string("deep"));
  /* OCaml raises; the callback returns the exception; caml_callback
     re-raises it across this C frame to rt_try's handler */
  caml_callback((value)rt_raise_closure, exn);
  CAMLreturn(Val_unit);
}

static value no_raise(value unit)
{
  (void)unit;
  return Val_long(7);
}

static value compare_closures(value unit)
{
  (void)unit;
  return caml_compare((value)rt_try_closure, (value)rt_raise_closure);
}
static value equal_same_closure(value unit)
{
  (void)unit;
  return caml_equal((value)rt_try_closure, (value)rt_try_closure);
}

static void expect_invalid(value r, const char *msg)
{
  if (Is_long(r) || Tag_val(r) != 0 || Field(r, 0) != caml_predef_exn(INVALID_EXN)) fail(msg);
  const char *m = String_val(Field(r, 1)), *w = "compare: functional value";
  while (*m && *m == *w) m++, w++;
  if (*m != *w) fail(msg);
}

static value test_exn(void)
{
  CAMLparam0();
  CAMLlocal2(r, clos);
  struct caml__roots_block *before = Caml_state->local_roots;
  for (int i = 0; i < 1000; i++) {
    clos = c_closure(raise_from_c);
    r = caml_callback((value)rt_try_closure, clos);
    if (r != caml_predef_exn(NOT_FOUND_EXN)) fail("Not_found not caught");
    if (Caml_state->local_roots != before) fail("local roots not unwound");
    clos = c_closure(raise_through_c);
    r = caml_callback((value)rt_try_closure, clos);
    if (Tag_val(r) != 0 || Field(r, 0) != caml_predef_exn(FAILURE_EXN)) fail("Failure not caught");
    if (caml_string_length(Field(r, 1)) != 4) fail("Failure argument");
    clos = c_closure(no_raise);
    r = caml_callback((value)rt_try_closure, clos);
    if (r != Val_long(7)) fail("normal return");
  }
  clos = c_closure(compare_closures);
  expect_invalid(caml_callback((value)rt_try_closure, clos), "compare closures");
  clos = c_closure(equal_same_closure);
  expect_invalid(caml_callback((value)rt_try_closure, clos), "= on a closure");
  if (caml_compare((value)rt_try_closure, (value)rt_try_closure) != Val_int(0))
    fail("compare f f");
  puts_("exceptions ok\n");
  CAMLreturn(Val_unit);
}

/* --------------------------------------------------------------- echo */

CAMLprim value caml_ml_input_scan_line(value), caml_ml_input(value, value, value, value);

/* Read n lines from stdin as Stdlib.input_line does; echo them. */
static value test_echo(intnat n)
{
  CAMLparam0();
  CAMLlocal2(in, buf);
  in = caml_ml_open_descriptor_in(Val_int(0));
  for (intnat k = 0; k < n; k++) {
    intnat len = Long_val(caml_ml_input_scan_line(in));
    int last = len < 0; /* -n: n bytes then end of input (as Stdlib reads it) */
    if (last) len = -len;
    if (len == 0) {
      puts_("eof\n");
      break;
    }
    buf = caml_alloc_string((mlsize_t)len);
    if (Long_val(caml_ml_input(in, buf, Val_long(0), Val_long(len))) != len) fail("short read");
    puts_("got: ");
    caml_ml_output(out_chan, buf, Val_long(0), Val_long(len));
    if (last) break;
  }
  CAMLreturn(Val_unit);
}

/* ------------------------------------------------------------- raise */

static value test_raise(const char *kind)
{
  CAMLparam0();
  CAMLlocal2(exn, args);
  if (kind[0] == 'n') caml_raise_not_found();
  if (kind[0] == 'f') caml_failwith("boom");
  if (kind[0] == 'i') caml_array_bound_error();
  if (kind[0] == 'm') { /* Match_failure ("a.ml", 3, 8) */
    args = caml_alloc_tuple(3);
    Store_field(args, 0, caml_copy_string("a.ml"));
    Store_field(args, 1, Val_long(3));
    Store_field(args, 2, Val_long(8));
    caml_raise_with_arg(caml_predef_exn(MATCH_FAILURE_EXN), args);
  }
  if (kind[0] == 'e') { /* exception Stdlib.Exit, made as ocamlopt makes it */
    exn = caml_alloc_small(2, Object_tag);
    Field(exn, 0) = Val_unit;
    Field(exn, 1) = Val_unit;
    Store_field(exn, 0, caml_copy_string("Stdlib.Exit"));
    caml_raise(exn);
  }
  if (kind[0] == 'c') { /* exception E of int * string * float */
    exn = caml_alloc_small(2, Object_tag);
    Field(exn, 0) = Val_unit;
    Field(exn, 1) = Val_long(99);
    Store_field(exn, 0, caml_copy_string("Dune__exe__A.E"));
    args = caml_alloc_tuple(4);
    Store_field(args, 0, exn);
    Store_field(args, 1, Val_long(-3));
    Store_field(args, 2, caml_copy_string("x"));
    Store_field(args, 3, caml_copy_double(1.5));
    caml_raise(args);
  }
  CAMLreturn(Val_unit);
}

/* ------------------------------------------------------------- values */
#include "values.h"

/* ------------------------------------------------------------- floats */
#include <robur/floats.h>

CAMLprim value caml_trunc_float(value), caml_round_float(value), caml_exp_float(value),
    caml_log_float(value), caml_log10_float(value), caml_expm1_float(value),
    caml_log1p_float(value), caml_sin_float(value), caml_cos_float(value),
    caml_tan_float(value), caml_asin_float(value), caml_acos_float(value),
    caml_atan_float(value), caml_sinh_float(value), caml_cosh_float(value),
    caml_tanh_float(value), caml_cbrt_float(value), caml_sqrt_float(value),
    caml_floor_float(value), caml_ceil_float(value), caml_fmod_float(value, value),
    caml_power_float(value, value), caml_atan2_float(value, value),
    caml_hypot_float(value, value), caml_copysign_float(value, value);

static const double float_inputs[] = {0.0, -0.0, 0.5, -0.5, 1.0, 1.5, 2.5, -2.5, 3.7, -3.7,
                                      1e-300, 123456.789, 1e22, 0.1, 10.0, 4503599627370497.0,
                                      -1e300, 0.75, 100.25, -7.125};
#define NFLOAT_INPUTS (sizeof float_inputs / sizeof float_inputs[0])

static value test_floats(void)
{
  CAMLparam0();
  CAMLlocal3(x, y, fmt);
  static const struct { const char *name; value (*f)(value); } un[] = {
      {"sqrt", caml_sqrt_float}, {"floor", caml_floor_float}, {"ceil", caml_ceil_float},
      {"trunc", caml_trunc_float}, {"round", caml_round_float}, {"exp", caml_exp_float},
      {"log", caml_log_float}, {"log10", caml_log10_float}, {"expm1", caml_expm1_float},
      {"log1p", caml_log1p_float}, {"sin", caml_sin_float}, {"cos", caml_cos_float},
      {"tan", caml_tan_float}, {"asin", caml_asin_float}, {"acos", caml_acos_float},
      {"atan", caml_atan_float}, {"sinh", caml_sinh_float}, {"cosh", caml_cosh_float},
      {"tanh", caml_tanh_float}, {"cbrt", caml_cbrt_float}};
  static const struct { const char *name; value (*f)(value, value); } bin[] = {
      {"fmod", caml_fmod_float}, {"pow", caml_power_float}, {"atan2", caml_atan2_float},
      {"hypot", caml_hypot_float}, {"copysign", caml_copysign_float}};
  fmt = caml_copy_string("%.17g");
  for (unsigned k = 0; k < sizeof un / sizeof un[0]; k++)
    for (unsigned i = 0; i < NFLOAT_INPUTS; i++) {
      x = caml_copy_double(float_inputs[i]);
      y = caml_format_float(fmt, un[k].f(x));
      puts_(un[k].name); puts_(" "); putd(i); puts_(" "); puts_(String_val(y)); puts_("\n");
    }
  for (unsigned k = 0; k < sizeof bin / sizeof bin[0]; k++)
    for (unsigned i = 0; i < NFLOAT_INPUTS; i++) {
      x = caml_copy_double(float_inputs[i]);
      y = caml_copy_double(float_inputs[(i * 7 + 3) % NFLOAT_INPUTS]);
      y = caml_format_float(fmt, bin[k].f(x, y));
      puts_(bin[k].name); puts_(" "); putd(i); puts_(" "); puts_(String_val(y)); puts_("\n");
    }
  CAMLreturn(Val_unit);
}

/* -------------------------------------------------------------- main */

static int streq(const char *a, const char *b)
{
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

value test_main(void)
{
  CAMLparam0();
  CAMLlocal1(argv);
  out_chan = caml_ml_open_descriptor_out(Val_int(1));
  caml_register_global_root(&out_chan);
  argv = caml_sys_argv(Val_unit);
  mlsize_t argc = Wosize_val(argv);
  const char *mode = argc > 1 ? String_val(Field(argv, 1)) : "gc";
  const char *arg = argc > 2 ? String_val(Field(argv, 2)) : "";
  if (streq(mode, "gc")) {
    intnat mb = 0;
    for (const char *p = arg; *p >= '0' && *p <= '9'; p++) mb = mb * 10 + (*p - '0');
    const char *ml = argc > 3 ? String_val(Field(argv, 3)) : "";
    intnat m = 0;
    for (const char *p = ml; *p >= '0' && *p <= '9'; p++) m = m * 10 + (*p - '0');
    if (m > 0) max_len = m;
    test_gc(mb ? mb : 100);
  } else if (streq(mode, "hello"))
    puts_("hello\n");
  else if (streq(mode, "oom"))
    test_oom();
  else if (streq(mode, "stack"))
    test_stack();
  else if (streq(mode, "echo"))
    test_echo(arg[0] ? arg[0] - '0' : 9);
  else if (streq(mode, "bt")) {
    /* Printexc.record_backtrace true; an uncaught Not_found raised in A.f */
    caml_record_backtrace(Val_true);
    if (arg[0] == 'c') { /* caught first: the buffer restarts with the next exception */
      value r = caml_callback_exn((value)rt_g_closure, caml_predef_exn(FAILURE_EXN));
      if (!Is_exception_result(r)) fail("bt: no exception");
    }
    caml_callback((value)rt_g_closure, caml_predef_exn(NOT_FOUND_EXN));
  } else if (streq(mode, "exn"))
    test_exn();
  else if (streq(mode, "floats"))
    test_floats();
  else if (streq(mode, "values"))
    test_values();
  else if (streq(mode, "raise")) {
    puts_("before\n");
    test_raise(arg);
  } else
    fail("unknown mode");
  caml_flush_std_channels();
  CAMLreturn(Val_unit);
}
