/* number_parse.h: OCaml 4.13's float_of_string and int_of_string family,
 * exactly as they behave on Linux/glibc.  Pure, freestanding, reentrant, no
 * heap, at most about 2 KiB of stack (gcc -fstack-usage: 1744 bytes for the
 * deepest frame); the input is (s, len) and may contain any bytes (an embedded
 * NUL makes the string invalid, as in OCaml).  Time is linear in the length
 * plus, for decimal input that misses the fast path, a bounded big-integer
 * division (worst case ~20 us for 800-digit inputs).
 */
#ifndef ROBUR_NUMBER_PARSE_H
#define ROBUR_NUMBER_PARSE_H

#include <stddef.h>
#include <stdint.h>

/* caml_float_of_string.  Returns 0 and sets *out on success, -1 where OCaml
 * raises Failure "float_of_string".
 * Accepted (after deleting every '_', wherever it is):
 *  - [+-]0x<hex mantissa>[p<exp>] parsed as OCaml's own caml_float_of_hex
 *    does (60-bit mantissa rounded to odd, converted to double, then scaled:
 *    that can round twice for subnormal results, as OCaml does);
 *  - everything else as glibc strtod, which must consume the whole string:
 *    leading white space, sign, decimal with optional exponent (correctly
 *    rounded, any number of digits), hex floats (correctly rounded; reached
 *    only with leading white space), inf, infinity, nan, nan(chars) with
 *    glibc's payload rule, all case-insensitive.
 * The empty string (or only underscores) is rejected. */
int rb_parse_float(const char *s, size_t len, double *out);

/* OCaml's parse_intnat / caml_int64_of_string: the int_of_string family.
 * nbits = 63 for int_of_string, 32 for Int32.of_string, 64 for
 * Int64.of_string and Nativeint.of_string (64-bit target).
 * Syntax: [-+] then an optional prefix 0x 0X (hex) 0o 0O (octal) 0b 0B
 * (binary) 0u 0U (unsigned decimal), then a digit, then digits or '_'.
 * Decimal without 0u: the value must lie in [-2^(nbits-1), 2^(nbits-1)-1].
 * With a prefix: any value in [0, 2^nbits - 1] (negated if '-'), i.e. it
 * wraps: "0x7FFFFFFFFFFFFFFF" gives -1 for nbits = 63.
 * On success stores the nbits-bit result sign-extended to 64 bits (what
 * OCaml's Val_long / Int32 / Int64 hold) and returns 0; returns -1 where
 * OCaml raises Failure "int_of_string" (or "Int32.of_string", ...). */
int rb_parse_int(const char *s, size_t len, int nbits, int64_t *out);

#endif
