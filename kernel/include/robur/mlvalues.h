/*
 * mlvalues.h -- the layout of OCaml values, the only place that defines it.
 *
 * robur uses OCaml 4.13's native representation on x86-64, bit for bit:
 *   - an integer n is the word (n << 1) | 1 (63-bit, wrapping);
 *   - a pointer to a block is a word-aligned address (low bit 0) pointing at
 *     the first field; the header is the word just before it:
 *         bits 63..10 wosize (number of fields), bits 9..8 colour, bits 7..0 tag;
 *   - strings hold their bytes then padding so that the last byte of the
 *     block equals (bytes of padding - 1); the length is computed from it;
 *   - floats are boxed (Double_tag, one word); float arrays are flat
 *     (Double_array_tag, one word per element);
 *   - closures carry the 4.13 closure-info word in field 1 (arity, start of
 *     environment).
 *
 * There are no naked pointers: every word that is not an integer points at a
 * well-formed block.  Blocks outside the GC's heaps (static data emitted by the
 * code generator, the predefined exceptions) must carry a black header so that
 * the marker treats them as already marked (see docs/runtime.md, "GC").
 */
#ifndef ROBUR_MLVALUES_H
#define ROBUR_MLVALUES_H

#include <stdint.h>
#include <stddef.h>

typedef intptr_t intnat;
typedef uintptr_t uintnat;
typedef intnat value;
typedef uintnat header_t;
typedef uintnat mlsize_t;
typedef unsigned int tag_t;
typedef uintnat color_t;

#define CAMLprim
#define CAMLextern extern
#define CAMLnoreturn __attribute__((noreturn))

/* Integers. */
#define Val_long(x) ((value)(((uintnat)(intnat)(x) << 1)) + 1)
#define Long_val(x) ((x) >> 1)
#define Val_int(x) Val_long(x)
#define Int_val(x) ((int)Long_val(x))
#define Max_long (((intnat)1 << 62) - 1)
#define Min_long (-((intnat)1 << 62))
#define Is_long(x) (((x) & 1) != 0)
#define Is_block(x) (((x) & 1) == 0)
#define Val_bool(x) Val_int((x) != 0)
#define Bool_val(x) Int_val(x)
#define Val_false Val_int(0)
#define Val_true Val_int(1)
#define Val_unit Val_int(0)
#define Val_emptylist Val_int(0)
#define Val_none Val_int(0)

/* Headers. */
#define Wosize_hd(hd) ((mlsize_t)((hd) >> 10))
#define Tag_hd(hd) ((tag_t)((hd) & 0xFF))
#define Color_hd(hd) ((color_t)((hd) & 0x300))
#define Whitehd_hd(hd) ((hd) & ~(header_t)0x300)
#define Make_header(wosize, tag, color) \
  ((header_t)(((header_t)(wosize) << 10) + (color) + (tag_t)(tag)))
#define Max_wosize (((uintnat)1 << 54) - 1)

#define Caml_white ((color_t)0 << 8)
#define Caml_gray ((color_t)1 << 8)
#define Caml_blue ((color_t)2 << 8)
#define Caml_black ((color_t)3 << 8)

#define Hp_val(v) ((header_t *)(v) - 1)
#define Hd_val(v) (((header_t *)(v))[-1])
#define Val_hp(hp) ((value)((header_t *)(hp) + 1))
#define Hd_hp(hp) (*(header_t *)(hp))
#define Wosize_val(v) Wosize_hd(Hd_val(v))
#define Tag_val(v) Tag_hd(Hd_val(v))
#define Color_val(v) Color_hd(Hd_val(v))
#define Whsize_wosize(sz) ((sz) + 1)
#define Wosize_whsize(sz) ((sz) - 1)
#define Bsize_wsize(sz) ((sz) * sizeof(value))
#define Wsize_bsize(sz) ((sz) / sizeof(value))
#define Bosize_val(v) Bsize_wsize(Wosize_val(v))
#define Whsize_val(v) Whsize_wosize(Wosize_val(v))

/* Fields. */
#define Field(v, i) (((value *)(v))[i])
#define Op_val(v) ((value *)(v))
#define Bp_val(v) ((char *)(v))
#define Byte(v, i) (((char *)(v))[i])
#define Byte_u(v, i) (((unsigned char *)(v))[i])

/* Tags (OCaml's numbers). */
#define Lazy_tag 246
#define Closure_tag 247
#define Object_tag 248
#define Infix_tag 249
#define Forward_tag 250
#define No_scan_tag 251
#define Abstract_tag 251
#define String_tag 252
#define Double_tag 253
#define Double_array_tag 254
#define Custom_tag 255

/* Closures: field 0 code pointer, field 1 closure info
   (arity << 56 | start_of_env << 1 | 1), for arity > 1 field 2 is the
   full-application code pointer; the environment starts at start_of_env. */
#define Code_val(v) (*(void **)(v))
#define Closinfo_val(v) Field((v), 1)
#define Arity_closinfo(info) ((intnat)(info) >> 56)
#define Start_env_closinfo(info) (((uintnat)(info) << 8) >> 9)
#define Make_closinfo(arity, delta) \
  ((value)(((uintnat)(arity) << 56) + ((uintnat)(delta) << 1) + 1))
#define Infix_offset_hd(hd) (Bsize_wsize(Wosize_hd(hd)))
#define Infix_offset_val(v) Infix_offset_hd(Hd_val(v))

/* Objects: field 0 the class, field 1 the object id. */
#define Class_val(v) Field((v), 0)
#define Oid_val(v) Long_val(Field((v), 1))

/* Forward (forced lazy). */
#define Forward_val(v) Field((v), 0)

/* Strings. */
#define String_val(v) ((const char *)Bp_val(v))
#define Bytes_val(v) ((unsigned char *)Bp_val(v))
mlsize_t caml_string_length(value s);

/* Floats. */
#define Double_wosize 1
#define Double_val(v) (*(double *)(v))
#define Store_double_val(v, d) (*(double *)(v) = (d))
#define Double_flat_field(v, i) (((double *)(v))[i])
#define Store_double_flat_field(v, i, d) (((double *)(v))[i] = (d))
#define Double_field(v, i) Double_flat_field(v, i)
#define Store_double_field(v, i, d) Store_double_flat_field(v, i, d)

/* Custom blocks: field 0 points at the operations. */
struct custom_operations {
  const char *identifier;
  void (*finalize)(value v);
  int (*compare)(value v1, value v2);
  intnat (*hash)(value v);
  void *serialize;
  void *deserialize;
  int (*compare_ext)(value v1, value v2);
  const void *fixed_length;
};
#define Custom_ops_val(v) (*((struct custom_operations **)(v)))
#define Data_custom_val(v) ((void *)&Field((v), 1))
#define Int64_val(v) (*((int64_t *)Data_custom_val(v)))
#define Int32_val(v) (*((int32_t *)Data_custom_val(v)))
#define Nativeint_val(v) (*((intnat *)Data_custom_val(v)))

/* Lists and options. */
#define Is_none(v) ((v) == Val_none)
#define Some_val(v) Field((v), 0)

/* Exception results of callbacks: the exception value with bit 1 set. */
#define Make_exception_result(v) ((v) | 2)
#define Is_exception_result(v) (((v) & 3) == 2)
#define Extract_exception(v) ((v) & ~(value)3)

/* Atoms: static zero-sized blocks, one per tag. */
extern header_t caml_atom_table[];
#define Atom(tag) (Val_hp(&caml_atom_table[(tag)]))



/* A static OCaml string (black header, OCaml padding) named var. */
#define RB_STATIC_STRING(var, lit)                                          \
  static struct {                                                           \
    header_t hd;                                                            \
    char s[sizeof(lit) - 1];                                                \
    unsigned char pad[8 - (sizeof(lit) - 1) % 8];                           \
  } var = {Make_header((sizeof(lit) - 1) / 8 + 1, String_tag, Caml_black),  \
           lit,                                                             \
           {[7 - (sizeof(lit) - 1) % 8] = 7 - (sizeof(lit) - 1) % 8}}
#define RB_STATIC_STRING_VAL(var) ((value)&(var).s)

#endif
