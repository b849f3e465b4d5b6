/*
 * values.h -- (included by rt.c) the values of the compare/hash test.  The
 * same values, in the same order, are written in OCaml in
 * tests/kernel/test_runtime.py (VALUES); keep both lists in sync.
 */
#define NVALUES 30

static value tup(int n, value a, value b, value c)
{
  CAMLparam3(a, b, c);
  value t = caml_alloc_small((mlsize_t)n, 0);
  Field(t, 0) = a;
  Field(t, 1) = b;
  if (n > 2) Field(t, 2) = c;
  CAMLreturn(t);
}

static value some(value v) { return caml_alloc_some(v); }

static value make_value(int i)
{
  CAMLparam0();
  CAMLlocal3(a, b, r);
  switch (i) {
  case 0: CAMLreturn(Val_long(0));
  case 1: CAMLreturn(Val_long(1));
  case 2: CAMLreturn(Val_long(-1));
  case 3: CAMLreturn(Val_long(Max_long));
  case 4: CAMLreturn(Val_long(Min_long));
  case 5: CAMLreturn(Val_long(42));
  case 6: CAMLreturn(caml_copy_string(""));
  case 7: CAMLreturn(caml_copy_string("a"));
  case 8: CAMLreturn(caml_copy_string("hello"));
  case 9: CAMLreturn(caml_copy_string("hello world!!!"));
  case 10:
    r = caml_alloc_string(300);
    for (int k = 0; k < 300; k++) Byte(r, k) = 'x';
    CAMLreturn(r);
  case 11: CAMLreturn(caml_copy_double(0.0));
  case 12: CAMLreturn(caml_copy_double(-0.0));
  case 13: CAMLreturn(caml_copy_double(1.5));
  case 14: CAMLreturn(caml_copy_double(__builtin_nan("")));
  case 15: CAMLreturn(caml_copy_double(__builtin_inf()));
  case 16: CAMLreturn(caml_copy_double(-__builtin_inf()));
  case 17: CAMLreturn(caml_copy_double(1e300));
  case 18: CAMLreturn(tup(2, Val_long(1), Val_long(2), 0));
  case 19:
    a = caml_copy_string("a");
    b = caml_copy_double(2.5);
    CAMLreturn(tup(3, Val_long(1), a, b));
  case 20:
    r = Val_emptylist;
    for (int k = 3; k >= 1; k--) r = cons(Val_long(k), r);
    CAMLreturn(r);
  case 21:
    r = Val_emptylist;
    for (int k = 299; k >= 0; k--) r = cons(Val_long(k), r);
    CAMLreturn(r);
  case 22: CAMLreturn(some(Val_long(3)));
  case 23:
    r = caml_alloc_float_array(2);
    Store_double_flat_field(r, 0, 1.0);
    Store_double_flat_field(r, 1, 2.0);
    CAMLreturn(r);
  case 24:
    r = caml_alloc_tuple(3);
    for (int k = 0; k < 3; k++) Field(r, k) = Val_long(k + 1);
    CAMLreturn(r);
  case 25:
    a = caml_copy_string("abc");
    b = caml_alloc_tuple(1);
    r = caml_copy_string("x");
    Store_field(b, 0, r);
    CAMLreturn(tup(2, a, b, 0));
  case 26: CAMLreturn(caml_copy_int64(123456789012LL));
  case 27:
    a = cons(Val_long(1), Val_emptylist);
    b = cons(Val_long(3), Val_emptylist);
    b = cons(Val_long(2), b);
    r = cons(b, Val_emptylist);
    CAMLreturn(cons(a, r));
  case 28:
    a = caml_copy_double(0.1);
    CAMLreturn(tup(2, a, Val_long(-3), 0));
  case 29:
    a = some(Val_none);
    CAMLreturn(some(a));
  }
  CAMLreturn(Val_unit);
}

static value test_values(void)
{
  CAMLparam0();
  CAMLlocalN(vals, NVALUES);
  for (int i = 0; i < NVALUES; i++) vals[i] = make_value(i);
  for (int i = 0; i < NVALUES; i++) {
    puts_("h ");
    putd(i);
    puts_(" ");
    putd(Long_val(caml_hash(Val_long(10), Val_long(100), Val_long(0), vals[i])));
    puts_(" ");
    putd(Long_val(caml_hash(Val_long(100), Val_long(256), Val_long(42), vals[i])));
    puts_("\n");
  }
  for (int i = 0; i < NVALUES; i++)
    for (int j = 0; j < NVALUES; j++) {
      puts_("c ");
      putd(i);
      puts_(" ");
      putd(j);
      puts_(" ");
      putd(Long_val(caml_compare(vals[i], vals[j])));
      puts_(" ");
      putd(Long_val(caml_equal(vals[i], vals[j])));
      puts_(" ");
      putd(Long_val(caml_lessthan(vals[i], vals[j])));
      puts_(" ");
      putd(Long_val(caml_greaterequal(vals[i], vals[j])));
      puts_("\n");
    }
  CAMLreturn(Val_unit);
}
