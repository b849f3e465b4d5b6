/*
 * domain.c -- storage for the domain state (r14 points here while OCaml code
 * runs) and for the 256 static atoms (zero-sized blocks, one per tag).
 */
#include "robur/domain.h"
#include "robur/platform.h"

_Static_assert(offsetof(struct caml_domain_state, young_limit) == DS_YOUNG_LIMIT, "ds");
_Static_assert(offsetof(struct caml_domain_state, young_ptr) == DS_YOUNG_PTR, "ds");
_Static_assert(offsetof(struct caml_domain_state, exception_pointer) == DS_EXCEPTION_POINTER, "ds");
_Static_assert(offsetof(struct caml_domain_state, young_start) == DS_YOUNG_START, "ds");
_Static_assert(offsetof(struct caml_domain_state, young_end) == DS_YOUNG_END, "ds");
_Static_assert(offsetof(struct caml_domain_state, bottom_of_stack) == DS_BOTTOM_OF_STACK, "ds");
_Static_assert(offsetof(struct caml_domain_state, last_return_address) == DS_LAST_RETURN_ADDRESS, "ds");
_Static_assert(offsetof(struct caml_domain_state, gc_regs) == DS_GC_REGS, "ds");
_Static_assert(offsetof(struct caml_domain_state, local_roots) == DS_LOCAL_ROOTS, "ds");
_Static_assert(offsetof(struct caml_domain_state, backtrace_pos) == DS_BACKTRACE_POS, "ds");
_Static_assert(offsetof(struct caml_domain_state, backtrace_active) == DS_BACKTRACE_ACTIVE, "ds");
_Static_assert(offsetof(struct caml_domain_state, young_trigger) == DS_YOUNG_TRIGGER, "ds");
_Static_assert(offsetof(struct caml_domain_state, stack_low) == DS_STACK_LOW, "ds");
_Static_assert(offsetof(struct caml_domain_state, stack_high) == DS_STACK_HIGH, "ds");
_Static_assert(sizeof(struct caml_domain_state) == DS_SIZE, "ds");

static struct caml_domain_state the_state;
struct caml_domain_state *Caml_state = &the_state;

#define A(t) Make_header(0, t, Caml_black)
#define A8(t) A(t), A(t + 1), A(t + 2), A(t + 3), A(t + 4), A(t + 5), A(t + 6), A(t + 7)
#define A64(t) A8(t), A8(t + 8), A8(t + 16), A8(t + 24), A8(t + 32), A8(t + 40), A8(t + 48), A8(t + 56)
/* 257 words: Atom(255) points one past its header */
header_t caml_atom_table[257] = {A64(0), A64(64), A64(128), A64(192), 0};

void caml_init_domain(void)
{
  uintptr_t lo, hi;
  platform_stack_bounds(&lo, &hi);
  Caml_state->stack_low = (char *)lo;
  Caml_state->stack_high = (char *)hi;
}
