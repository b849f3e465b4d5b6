/*
 * sys.c -- the Sys module's primitives.
 *
 * Sys.argv comes from rb_main (runtime options already removed).  There is
 * no file system and no environment: file operations raise
 * Sys_error "<name>: No such file or directory", getenv raises Not_found.
 * Sys.time is the monotonic clock since boot (a unikernel's process time).
 * The random seed is 12 random bytes (platform_random_u64; the clock if that
 * fails), as OCaml reads 12 bytes of /dev/urandom.
 */
#include "robur/sys.h"
#include "robur/startup.h"
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/fail.h"
#include "robur/mem.h"
#include "robur/platform.h"

static int sys_argc;
static char **sys_argv;
static value argv_value; /* built once, a global root */

void caml_init_sys(int argc, char **argv)
{
  sys_argc = argc;
  sys_argv = argv;
  argv_value = 0;
}

CAMLprim value caml_sys_argv(value unit)
{
  (void)unit;
  if (argv_value == 0) {
    CAMLparam0();
    CAMLlocal2(arr, s);
    arr = caml_alloc(sys_argc, 0);
    for (int i = 0; i < sys_argc; i++) {
      s = caml_copy_string(sys_argv[i]);
      caml_modify(&Field(arr, i), s);
    }
    if (sys_argc == 0) arr = Atom(0);
    argv_value = arr;
    caml_register_global_root(&argv_value);
    CAMLdrop;
  }
  return argv_value;
}

CAMLprim value caml_sys_get_argv(value unit)
{
  CAMLparam1(unit);
  CAMLlocal2(arr, name);
  arr = caml_sys_argv(unit);
  name = sys_argc > 0 ? Field(arr, 0) : caml_copy_string("");
  value r = caml_alloc_small(2, 0);
  Field(r, 0) = name;
  Field(r, 1) = arr;
  CAMLreturn(r);
}

CAMLprim value caml_sys_executable_name(value unit)
{
  (void)unit;
  return caml_copy_string(sys_argc > 0 ? sys_argv[0] : "");
}

CAMLprim value caml_sys_exit(value code) { caml_do_exit(Int_val(code)); }

double caml_sys_time_unboxed(value unit)
{
  (void)unit;
  return (double)platform_monotonic_ns() * 1e-9;
}

CAMLprim value caml_sys_time(value unit) { return caml_copy_double(caml_sys_time_unboxed(unit)); }

CAMLprim value caml_sys_random_seed(value unit)
{
  (void)unit;
  /* like OCaml reading 12 bytes of /dev/urandom: 12 ints in 0..255 */
  value r = caml_alloc_small(12, 0);
  uint64_t t = platform_monotonic_ns(), x = 0;
  for (int i = 0; i < 12; i++) {
    if (i % 8 == 0 && !platform_random_u64(&x)) {
      t = t * 6364136223846793005ULL + 1442695040888963407ULL;
      x = t ^ (t >> 29);
    }
    Field(r, i) = Val_long((intnat)(x & 0xFF));
    x >>= 8;
  }
  return r;
}

/* Sys.get_config: (os_type, word_size, big_endian) */
CAMLprim value caml_sys_get_config(value unit)
{
  CAMLparam1(unit);
  CAMLlocal1(os);
  os = caml_copy_string("Unix");
  value r = caml_alloc_small(3, 0);
  Field(r, 0) = os;
  Field(r, 1) = Val_long(64);
  Field(r, 2) = Val_false;
  CAMLreturn(r);
}

CAMLprim value caml_sys_const_naked_pointers_checked(value unit)
{
  (void)unit;
  return Val_false;
}
CAMLprim value caml_runtime_variant(value unit)
{
  (void)unit;
  return caml_copy_string("");
}
CAMLprim value caml_runtime_parameters(value unit)
{
  (void)unit;
  return caml_copy_string("");
}

static int warnings_enabled = 0; /* OCaml 4.13: off until enabled */
CAMLprim value caml_ml_enable_runtime_warnings(value b)
{
  warnings_enabled = Bool_val(b);
  return Val_unit;
}
CAMLprim value caml_ml_runtime_warnings_enabled(value unit)
{
  (void)unit;
  return Val_bool(warnings_enabled);
}

CAMLprim value caml_sys_getenv(value name)
{
  (void)name;
  caml_raise_not_found();
}

static value no_such_file(value name)
{
  CAMLparam1(name);
  static const char suffix[] = ": No such file or directory";
  mlsize_t n = caml_string_length(name);
  value msg = caml_alloc_string(n + sizeof suffix - 1);
  rb_memcpy(Bytes_val(msg), String_val(name), n);
  rb_memcpy(Bytes_val(msg) + n, suffix, sizeof suffix - 1);
  CAMLdrop;
  caml_raise_sys_error(msg);
}

CAMLprim value caml_sys_file_exists(value name)
{
  (void)name;
  return Val_false;
}
CAMLprim value caml_sys_is_directory(value name) { return no_such_file(name); }
CAMLprim value caml_sys_remove(value name) { return no_such_file(name); }
CAMLprim value caml_sys_chdir(value name) { return no_such_file(name); }
CAMLprim value caml_sys_rmdir(value name) { return no_such_file(name); }
CAMLprim value caml_sys_read_directory(value name) { return no_such_file(name); }
CAMLprim value caml_sys_open(value name, value flags, value perm)
{
  (void)flags;
  (void)perm;
  return no_such_file(name);
}
CAMLprim value caml_sys_mkdir(value name, value perm)
{
  (void)perm;
  return no_such_file(name);
}
CAMLprim value caml_sys_rename(value a, value b)
{
  (void)b;
  return no_such_file(a);
}
CAMLprim value caml_sys_getcwd(value unit)
{
  (void)unit;
  return caml_copy_string("/");
}
CAMLprim value caml_sys_system_command(value cmd)
{
  (void)cmd;
  return Val_int(127);
}
CAMLprim value caml_install_signal_handler(value sig, value action)
{
  (void)sig;
  (void)action;
  return Val_int(0); /* Signal_default */
}
