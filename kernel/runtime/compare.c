/*
 * compare.c -- polymorphic comparison with OCaml 4.13's semantics.
 *
 * Structural, left to right, with an explicit stack of (field pointers,
 * count) items instead of C recursion: the stack starts in static memory and
 * grows by doubling (pages from the platform, kept for reuse) up to
 * COMPARE_STACK_MAX items, beyond which Out_of_memory is raised.
 *
 * Order: integers before blocks; blocks by tag, then by size, then fields;
 * strings lexicographically (bytes unsigned, then length); floats
 * numerically, where `compare` puts nan equal to itself and below every
 * other float, and =, <, ... see a nan as unordered (all false but <>);
 * Forward blocks are looked through; objects by their id; custom blocks by
 * their compare function; functional values raise
 * Invalid_argument "compare: functional value", abstract ones
 * Invalid_argument "compare: abstract value".
 */
#include "robur/compare.h"
#include "robur/fail.h"
#include "robur/mem.h"
#include "robur/platform.h"

struct item {
  value *v1, *v2;
  mlsize_t count;
};

#define COMPARE_STACK_INIT 256
#define COMPARE_STACK_MAX (1024 * 1024)

static struct item init_stack[COMPARE_STACK_INIT];
static struct item *stack_base = init_stack;
static uintnat stack_cap = COMPARE_STACK_INIT;

static struct item *grow_stack(struct item *sp)
{
  uintnat used = (uintnat)(sp - stack_base);
  if (stack_cap >= COMPARE_STACK_MAX) caml_raise_out_of_memory();
  uintnat ncap = stack_cap * 2;
  struct item *n = platform_alloc_pages(ncap * sizeof(struct item));
  if (n == NULL) caml_raise_out_of_memory();
  rb_memcpy(n, stack_base, stack_cap * sizeof(struct item));
  stack_base = n; /* the old stack is not given back (pages are never freed) */
  stack_cap = ncap;
  return stack_base + used;
}

static int str_cmp(const char *a, const char *b)
{
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}

static intnat compare_strings(value s1, value s2)
{
  mlsize_t l1 = caml_string_length(s1), l2 = caml_string_length(s2);
  int r = rb_memcmp(String_val(s1), String_val(s2), l1 <= l2 ? l1 : l2);
  if (r != 0) return r;
  return l1 < l2 ? -1 : (l1 > l2 ? 1 : 0);
}

static intnat compare_doubles(double d1, double d2, int total)
{
  if (d1 < d2) return -1;
  if (d1 > d2) return 1;
  if (d1 != d2) {
    if (!total) return UNORDERED;
    if (d1 == d1) return 1;  /* d2 is nan */
    if (d2 == d2) return -1; /* d1 is nan */
  }
  return 0;
}

intnat caml_compare_val(value v1, value v2, int total)
{
  struct item *sp = stack_base; /* sp points at the top item; base = empty */
  for (;;) {
    if (v1 == v2 && total) goto next_item;
    if (Is_long(v1)) {
      if (v1 == v2) goto next_item;
      if (Is_long(v2)) return Long_val(v1) - Long_val(v2);
      if (Tag_val(v2) == Forward_tag) {
        v2 = Forward_val(v2);
        continue;
      }
      if (Tag_val(v2) == Custom_tag && Custom_ops_val(v2)->compare_ext != NULL) {
        int r = Custom_ops_val(v2)->compare_ext(v1, v2);
        if (r != 0) return r;
        goto next_item;
      }
      return -1;
    }
    if (Is_long(v2)) {
      if (Tag_val(v1) == Forward_tag) {
        v1 = Forward_val(v1);
        continue;
      }
      if (Tag_val(v1) == Custom_tag && Custom_ops_val(v1)->compare_ext != NULL) {
        int r = -Custom_ops_val(v1)->compare_ext(v2, v1);
        if (r != 0) return r;
        goto next_item;
      }
      return 1;
    }
    tag_t t1 = Tag_val(v1), t2 = Tag_val(v2);
    if (t1 != t2) {
      if (t1 == Forward_tag) {
        v1 = Forward_val(v1);
        continue;
      }
      if (t2 == Forward_tag) {
        v2 = Forward_val(v2);
        continue;
      }
      if (t1 == Infix_tag) t1 = Closure_tag;
      if (t2 == Infix_tag) t2 = Closure_tag;
      if (t1 != t2) return (intnat)t1 - (intnat)t2;
    }
    switch (t1) {
    case Forward_tag:
      v1 = Forward_val(v1);
      v2 = Forward_val(v2);
      continue;
    case String_tag: {
      intnat r = compare_strings(v1, v2);
      if (r != 0) return r;
      break;
    }
    case Double_tag: {
      intnat r = compare_doubles(Double_val(v1), Double_val(v2), total);
      if (r != 0) return r;
      break;
    }
    case Double_array_tag: {
      mlsize_t n1 = Wosize_val(v1), n2 = Wosize_val(v2);
      if (n1 != n2) return (intnat)n1 - (intnat)n2;
      for (mlsize_t i = 0; i < n1; i++) {
        intnat r = compare_doubles(Double_flat_field(v1, i), Double_flat_field(v2, i), total);
        if (r != 0) return r;
      }
      break;
    }
    case Abstract_tag:
      caml_invalid_argument("compare: abstract value");
    case Closure_tag:
    case Infix_tag:
      caml_invalid_argument("compare: functional value");
    case Object_tag: {
      intnat o1 = Oid_val(v1), o2 = Oid_val(v2);
      if (o1 != o2) return o1 - o2;
      break;
    }
    case Custom_tag: {
      int (*cmp)(value, value) = Custom_ops_val(v1)->compare;
      if (cmp != Custom_ops_val(v2)->compare)
        return str_cmp(Custom_ops_val(v1)->identifier, Custom_ops_val(v2)->identifier) < 0 ? -1 : 1;
      if (cmp == NULL) caml_invalid_argument("compare: abstract value");
      int r = cmp(v1, v2);
      if (r != 0) return r;
      break;
    }
    default: {
      mlsize_t n1 = Wosize_val(v1), n2 = Wosize_val(v2);
      if (n1 != n2) return (intnat)n1 - (intnat)n2;
      if (n1 == 0) break;
      if (n1 > 1) {
        sp++;
        if (sp >= stack_base + stack_cap) sp = grow_stack(sp);
        sp->v1 = &Field(v1, 1);
        sp->v2 = &Field(v2, 1);
        sp->count = n1 - 1;
      }
      v1 = Field(v1, 0);
      v2 = Field(v2, 0);
      continue;
    }
    }
  next_item:
    if (sp == stack_base) return 0;
    v1 = *(sp->v1++);
    v2 = *(sp->v2++);
    if (--sp->count == 0) sp--;
  }
}

CAMLprim value caml_compare(value v1, value v2)
{
  intnat r = caml_compare_val(v1, v2, 1);
  return Val_int(r < 0 ? -1 : (r > 0 ? 1 : 0));
}
CAMLprim value caml_equal(value v1, value v2) { return Val_bool(caml_compare_val(v1, v2, 0) == 0); }
CAMLprim value caml_notequal(value v1, value v2) { return Val_bool(caml_compare_val(v1, v2, 0) != 0); }
CAMLprim value caml_lessthan(value v1, value v2)
{
  intnat r = caml_compare_val(v1, v2, 0);
  return Val_bool(r < 0 && r != UNORDERED);
}
CAMLprim value caml_lessequal(value v1, value v2)
{
  intnat r = caml_compare_val(v1, v2, 0);
  return Val_bool(r <= 0 && r != UNORDERED);
}
CAMLprim value caml_greaterthan(value v1, value v2) { return Val_bool(caml_compare_val(v1, v2, 0) > 0); }
CAMLprim value caml_greaterequal(value v1, value v2) { return Val_bool(caml_compare_val(v1, v2, 0) >= 0); }

CAMLprim value caml_int_compare(value v1, value v2)
{
  return Val_int((v1 > v2) - (v1 < v2));
}
