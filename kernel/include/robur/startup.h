/*
 * startup.h -- program entry (rb_main), runtime options, exit.
 */
#ifndef ROBUR_STARTUP_H
#define ROBUR_STARTUP_H

#include "mlvalues.h"

/* Runtime options, taken from the leading --robur-* arguments. */
struct rb_options {
  uintnat minor_heap_words;  /* --robur-minor-heap=WORDS */
  uintnat max_heap_bytes;    /* --robur-heap-max=BYTES[k|M] */
  uintnat gc_stress;         /* --robur-gc-stress=N[,M] */
  uintnat gc_stress_major;
  int verbose;               /* --robur-gc-verbose */
};
extern struct rb_options caml_options;

/* The OCaml program (generated code; amd64 convention, no arguments). */
extern char caml_program[];

CAMLnoreturn void caml_do_exit(int code);
void caml_init_sys(int argc, char **argv);

#endif
