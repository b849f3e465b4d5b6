/* float_format.h: exact float and integer formatting, as OCaml 4.13 on
 * Linux/glibc prints them.
 *
 * Pure, freestanding, reentrant: no libc, no heap, no global state, at most
 * about 2.3 KiB of stack (fixed-size big integers, see float_format.c).  The
 * runtime wraps these as the OCaml primitives caml_format_float,
 * caml_hexstring_of_float, caml_format_int, caml_int64_format, ...
 *
 * Output convention (all three functions): the result is written to buf,
 * truncated to cap-1 bytes and always NUL-terminated when cap > 0.  The return
 * value is the length of the COMPLETE result (without the NUL), like C's
 * snprintf, so `ret >= cap` means "truncated: retry with a buffer of ret+1
 * bytes".  A malformed format returns 0 and writes "".
 */
#ifndef ROBUR_FLOAT_FORMAT_H
#define ROBUR_FLOAT_FORMAT_H

#include <stddef.h>
#include <stdint.h>

/* Largest width or precision accepted in a format (larger: malformed). */
#define RB_FMT_MAX_FIELD 100000000

/* Format one double like glibc's snprintf(buf, cap, fmt, x).
 * fmt is exactly one conversion "%[flags][width][.prec]conv" with flags among
 * "-+ 0#", conv among f F e E g G (optional length modifiers l L are
 * skipped), nothing before or after it: the string OCaml's caml_format_float
 * receives.  Digits are the exact decimal expansion of the binary value,
 * rounded half-to-even (glibc in the default rounding mode); nan and inf
 * print as "nan" "-nan" "inf" "-inf" (upper case for F E G).
 * Size: the result never exceeds rb_format_float_bound(fmt) bytes. */
size_t rb_format_float(char *buf, size_t cap, const char *fmt, double x);

/* Upper bound on strlen of any rb_format_float(_, _, fmt, _) result:
 * max(width, precision + 320).  0 for a malformed format. */
size_t rb_format_float_bound(const char *fmt);

/* OCaml's caml_hexstring_of_float(x, prec, style), i.e. Printf's "%h":
 * "0x1.8p+1", "-0x0p+0", "0x0.0000000000001p-1022", "infinity", "nan".
 * prec < 0: as many hex digits as needed (trailing zeros dropped);
 * 0 <= prec < 13: the mantissa is rounded half-to-even to prec digits (the
 * leading digit can then become 2); prec >= 13: zero padded.
 * style '+' or ' ': that sign character for non-negative values; any other
 * value: no sign.  Lower case only: Printf's "%H" upper-cases the result.
 * Length: at most 26 + max(prec, 0) bytes. */
size_t rb_hexstring_of_float(char *buf, size_t cap, double x, int prec, char style);

/* Format one integer like glibc's snprintf with fmt "%[flags][width][.prec]C"
 * where C is d i u x X o (length modifiers l L n h j z t q before C are
 * skipped: the value is always 64 bits).  For d/i, v is signed; for u x X o
 * it is reinterpreted as uint64_t.  NOTE for OCaml's caml_format_int: OCaml
 * formats an int's unsigned conversions from Unsigned_long_val (the 63-bit
 * value, 0 <= v < 2^63), so the caller must pass (uint64_t)v & (2^63-1) for
 * u x X o and the sign-extended 63-bit value for d i; caml_int64_format /
 * caml_int32_format / caml_nativeint_format pass the value as is (int32: the
 * zero-extended 32-bit pattern for u x X o).
 * Length: at most max(width, precision) + 24 bytes. */
size_t rb_format_int(char *buf, size_t cap, const char *fmt, int64_t v);

#endif
