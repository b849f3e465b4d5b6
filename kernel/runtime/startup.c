/*
 * startup.c -- rb_main: the order in which the runtime comes up.
 *
 * Runtime options are the leading arguments of the command line that start
 * with --robur- (both platforms: QEMU's -append or the unix argv); they are
 * removed before the program sees Sys.argv.
 *   --robur-gc-stress=N[,M]  collect at every N-th allocation, a major
 *                            collection every M-th of those (default M = 16)
 *   --robur-minor-heap=W     minor heap size in words
 *   --robur-heap-max=B       cap on the major heap (bytes; suffix k or M)
 *   --robur-gc-verbose       print GC counters at exit on stderr
 */
#include "robur/startup.h"
#include "robur/domain.h"
#include "robur/minor_gc.h"
#include "robur/major_gc.h"
#include "robur/roots.h"
#include "robur/callback.h"
#include "robur/printexc.h"
#include "robur/io.h"
#include "robur/gc_ctrl.h"
#include "robur/stack_overflow.h"
#include "robur/platform.h"

struct rb_options caml_options;

static int prefix(const char *s, const char *p, const char **rest)
{
  while (*p)
    if (*s++ != *p++) return 0;
  *rest = s;
  return 1;
}

static uintnat parse_num(const char **s)
{
  uintnat n = 0;
  while (**s >= '0' && **s <= '9') n = n * 10 + (uintnat)(*(*s)++ - '0');
  if (**s == 'k' || **s == 'K') n <<= 10, (*s)++;
  else if (**s == 'M' || **s == 'm') n <<= 20, (*s)++;
  else if (**s == 'G' || **s == 'g') n <<= 30, (*s)++;
  return n;
}

static int parse_options(int argc, char **argv)
{
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i], *r;
    if (prefix(a, "--robur-gc-stress=", &r)) {
      caml_options.gc_stress = parse_num(&r);
      caml_options.gc_stress_major = 16;
      if (*r == ',') {
        r++;
        caml_options.gc_stress_major = parse_num(&r);
      }
    } else if (prefix(a, "--robur-minor-heap=", &r)) {
      caml_options.minor_heap_words = parse_num(&r);
    } else if (prefix(a, "--robur-heap-max=", &r)) {
      caml_options.max_heap_bytes = parse_num(&r);
    } else if (prefix(a, "--robur-gc-verbose", &r)) {
      caml_options.verbose = 1;
    } else
      break;
  }
  /* shift the program's arguments down over the options */
  int skipped = i - 1;
  for (int j = i; j <= argc; j++) argv[j - skipped] = argv[j];
  return argc - skipped;
}

static void init_gc(void)
{
  size_t avail = platform_memory_available();
  uintnat minor = caml_options.minor_heap_words;
  if (minor == 0) {
    /* 256 Kwords (OCaml's default) when memory allows, down to 4 Kwords */
    minor = (uintnat)(avail / sizeof(value) / 16);
    if (minor > 256 * 1024) minor = 256 * 1024;
    if (minor < 4096) minor = 4096;
  }
  if (minor < 4096) minor = 4096;
  caml_heap_stats.max_heap_bytes = caml_options.max_heap_bytes;
  caml_init_minor_heap(minor);
  caml_init_major_heap(minor * sizeof(value) / 2);
  caml_refill_reserve(minor, 0);
  uintnat area = caml_reserve_words();
  if (area > minor) area = minor;
  Caml_state->young_trigger = Caml_state->young_end - area;
  caml_set_gc_stress(caml_options.gc_stress, caml_options.gc_stress_major);
}

void caml_do_exit(int code)
{
  caml_flush_std_channels();
  if (caml_options.verbose) caml_print_gc_stats();
  platform_exit(code);
}

void rb_main(int argc, char **argv)
{
  argc = parse_options(argc, argv);
  caml_init_domain();                   /* Caml_state, stack bounds */
  caml_init_stack_overflow();           /* guard-page faults -> Stack_overflow */
  caml_init_frame_descriptors();        /* hash table of return addresses */
  init_gc();                            /* minor heap, major heap, reserve */
  caml_init_io(platform_memory_available() < (8u << 20) ? 4096 : 65536);
  caml_init_sys(argc, argv);            /* Sys.argv */
  value res = caml_start_program(Caml_state);
  if (Is_exception_result(res)) caml_fatal_uncaught_exception(Extract_exception(res));
  caml_do_exit(0);
}
