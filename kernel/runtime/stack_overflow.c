/*
 * stack_overflow.c -- the platform's page-fault hook for the stack guard.
 *
 * When OCaml code (or a stack probe in amd64.S) touches the guard page, the
 * platform calls rb_stack_overflow_hook on its own fault stack with the saved
 * registers.  We resume at the innermost OCaml exception handler as a raise
 * would: rsp = exception_pointer + 16, rip = its handler, the previous trap
 * frame reinstalled, rax = Stack_overflow, r14/r15 restored.  Faults
 * elsewhere (C code of the runtime) are not recoverable: return 0, the
 * platform panics.
 */
#include "robur/stack_overflow.h"
#include "robur/domain_state.h"
#include "robur/memory.h"
#include "robur/fail.h"
#include "robur/platform.h"

__attribute__((weak)) const struct caml_code_segment caml_code_segments[] = {{NULL, NULL}};

#define MAX_FRAGMENTS 1024
static struct caml_code_segment fragments[MAX_FRAGMENTS];
static int num_fragments;

extern char caml_call_gc_probe[], caml_c_call_probe[];

void caml_register_code_fragment(const char *begin, const char *end)
{
  if (num_fragments < MAX_FRAGMENTS) {
    fragments[num_fragments].begin = begin;
    fragments[num_fragments].end = end;
    num_fragments++;
  }
}

void caml_unregister_code_fragment(const char *begin)
{
  for (int i = 0; i < num_fragments; i++)
    if (fragments[i].begin == begin) {
      fragments[i] = fragments[--num_fragments];
      return;
    }
}

int caml_is_ocaml_code(uintnat pc)
{
  const char *p = (const char *)pc;
  for (const struct caml_code_segment *s = caml_code_segments; s->begin != NULL; s++)
    if (p >= s->begin && p < s->end) return 1;
  for (int i = 0; i < num_fragments; i++)
    if (p >= fragments[i].begin && p < fragments[i].end) return 1;
  return 0;
}

/* Called from rb_main: referencing this file makes the linker take our
   rb_stack_overflow_hook rather than the platform's weak default. */
void caml_init_stack_overflow(void) { num_fragments = 0; }

int rb_stack_overflow_hook(struct rb_fault_ctx *ctx)
{
  uintnat pc = ctx->rip;
  if (pc != (uintnat)caml_call_gc_probe && pc != (uintnat)caml_c_call_probe &&
      !caml_is_ocaml_code(pc))
    return 0;
  char *ep = Caml_state->exception_pointer;
  if (ep == NULL) return 0;
  value *yp = (value *)ctx->r15;
  if (yp < Caml_state->young_trigger || yp > Caml_state->young_end)
    yp = Caml_state->young_trigger;
  while (Caml_state->local_roots != NULL && (char *)Caml_state->local_roots < ep)
    Caml_state->local_roots = Caml_state->local_roots->next;
  Caml_state->exception_pointer = ((char **)ep)[0];
  ctx->rip = ((uint64_t *)ep)[1];
  ctx->rsp = (uint64_t)(ep + 16);
  ctx->rax = (uint64_t)caml_predef_exn(STACK_OVERFLOW_EXN);
  ctx->r14 = (uint64_t)Caml_state;
  ctx->r15 = (uint64_t)yp;
  return 1;
}
