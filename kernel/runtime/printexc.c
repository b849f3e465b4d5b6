/*
 * printexc.c -- OCaml's default text for an exception, and the fatal error.
 *
 * The rendering is Printexc's default (no registered printers): a constant
 * exception prints its name; `E (a, b)` prints `E(a, b)` with integers in
 * decimal, strings in double quotes (unescaped) and anything else as `_`;
 * Match_failure, Assert_failure and Undefined_recursive_module print their
 * tuple argument's fields.  An uncaught exception goes to the handler
 * registered by Printexc as "Printexc.handle_uncaught_exception" when there
 * is one; otherwise at_exit functions run ("Pervasives.do_at_exit"), the
 * channels are flushed and "Fatal error: exception ...\n" goes to stderr;
 * the exit code is 2.
 */
#include "robur/printexc.h"
#include "robur/domain_state.h"
#include "robur/alloc.h"
#include "robur/callback.h"
#include "robur/roots.h"
#include "robur/io.h"
#include "robur/fail.h"
#include "robur/startup.h"
#include "robur/backtrace.h"
#include "robur/platform.h"

struct buf {
  char *p;
  size_t len, cap;
};

static void add_char(struct buf *b, char c)
{
  if (b->len + 1 < b->cap) b->p[b->len++] = c;
}

static void add_string(struct buf *b, const char *s)
{
  while (*s) add_char(b, *s++);
}

static void add_long(struct buf *b, intnat n)
{
  char tmp[24];
  int i = 0;
  uintnat u = n < 0 ? -(uintnat)n : (uintnat)n;
  do tmp[i++] = (char)('0' + u % 10); while ((u /= 10) != 0);
  if (n < 0) add_char(b, '-');
  while (i > 0) add_char(b, tmp[--i]);
}

void caml_format_exception_buf(value exn, char *out, size_t cap)
{
  struct buf b = {out, 0, cap};
  if (Tag_val(exn) == 0) {
    value bucket;
    mlsize_t start;
    add_string(&b, String_val(Field(Field(exn, 0), 0)));
    if (Wosize_val(exn) == 2 && Is_block(Field(exn, 1)) && Tag_val(Field(exn, 1)) == 0 &&
        caml_is_special_exception(Field(exn, 0))) {
      bucket = Field(exn, 1);
      start = 0;
    } else {
      bucket = exn;
      start = 1;
    }
    add_char(&b, '(');
    for (mlsize_t i = start; i < Wosize_val(bucket); i++) {
      if (i > start) add_string(&b, ", ");
      value v = Field(bucket, i);
      if (Is_long(v))
        add_long(&b, Long_val(v));
      else if (Tag_val(v) == String_tag) {
        add_char(&b, '"');
        add_string(&b, String_val(v));
        add_char(&b, '"');
      } else
        add_char(&b, '_');
    }
    add_char(&b, ')');
  } else {
    add_string(&b, String_val(Field(exn, 0)));
  }
  if (cap > 0) out[b.len] = 0;
}

CAMLprim value caml_format_exception(value exn)
{
  static char text[1024];
  caml_format_exception_buf(exn, text, sizeof text);
  return caml_copy_string(text);
}

static int in_fatal;

void caml_fatal_uncaught_exception(value exn)
{
  static char text[1024];
  const value *handler = caml_named_value("Printexc.handle_uncaught_exception");
  if (handler != NULL && !in_fatal) {
    in_fatal = 1;
    caml_callback2_exn(*handler, exn, Val_false);
  } else {
    caml_format_exception_buf(exn, text, sizeof text - 1);
    if (!in_fatal) {
      in_fatal = 1;
      const value *at_exit = caml_named_value("Pervasives.do_at_exit");
      intnat active = Caml_state->backtrace_active, pos = Caml_state->backtrace_pos;
      Caml_state->backtrace_active = 0; /* at_exit must not disturb the backtrace */
      if (at_exit != NULL) caml_callback_exn(*at_exit, Val_unit);
      Caml_state->backtrace_active = active;
      Caml_state->backtrace_pos = pos;
    }
    caml_flush_std_channels();
    static const char prefix[] = "Fatal error: exception ";
    size_t n = 0;
    while (text[n]) n++;
    text[n++] = '\n';
    platform_console_write(2, prefix, sizeof prefix - 1);
    platform_console_write(2, text, n);
    if (Caml_state->backtrace_active) caml_print_exception_backtrace();
  }
  caml_flush_std_channels();
  platform_exit(2);
}
