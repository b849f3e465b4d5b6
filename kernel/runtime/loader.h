/*
 * loader.h -- the in-VM linker: loads an ELF64 relocatable object produced
 * by robur's code generator into the running image (docs/protocol.md,
 * "Loader"), and serves LOAD_MODULE, EVAL and INTERRUPT on the control
 * channel ("Evaluating phrases").
 *
 * Input (the LOAD_MODULE payload): u32 name length (1..RB_LOAD_MAX_NAME),
 * the unit name U (letters, digits, '_', '\''), then the object bytes.
 * The object must define camlU, camlU__entry and camlU__frametable.
 *
 * Every byte of the object is checked before anything is allocated or run:
 * a malformed object, an unsupported relocation or an undefined symbol is
 * refused with a message and leaves the VM as it was.  Undefined symbols
 * resolve against the modules loaded before (newest first) and then the
 * kernel's own symbol table, rb_kernel_symtab, which a second link pass
 * generates (see docs/protocol.md).
 */
#ifndef ROBUR_LOADER_H
#define ROBUR_LOADER_H

#include <stddef.h>
#include <stdint.h>

#define RB_LOAD_MAX_NAME 128
#define RB_LOAD_MAX_MSG 120

enum { RB_LOAD_OK = 0, RB_LOAD_EXCEPTION = 1, RB_LOAD_REFUSED = -1 };

struct rb_load_result {
  int status;            /* RB_LOAD_OK, RB_LOAD_EXCEPTION, RB_LOAD_REFUSED */
  uint64_t code_bytes;   /* bytes of executable sections */
  uint64_t data_bytes;   /* bytes of the other allocated sections */
  char msg[RB_LOAD_MAX_MSG + 1]; /* NUL-terminated: why refused, or the exception */
};

/* One entry of the kernel's symbol table, sorted by name (byte order). */
struct rb_ksym {
  const char *name;
  uintptr_t addr;
};

/* Generated at link time (weak: an image without the table resolves no
   kernel symbol). */
extern const struct rb_ksym rb_kernel_symtab[] __attribute__((weak));
extern const uint64_t rb_kernel_symtab_count __attribute__((weak));

/* Links and initialises one module.  Must be called from OCaml context
   (inside a C primitive reached through caml_c_call), since the
   initialiser runs through caml_callback_exn. */
void rb_loader_load(const uint8_t *payload, size_t len, struct rb_load_result *res);

/* Address of a symbol as the loader resolves it (modules, then kernel);
   0 when unknown. */
uintptr_t rb_loader_lookup(const char *name);

/* Number of modules loaded so far (whose initialiser ran, raised or not). */
unsigned rb_loader_module_count(void);

/* robur dev (docs/protocol.md, "Running and reloading a program").
   live.c enables RUN and RESTART (other images refuse them as UNSUPPORTED)
   and, each time the serving loop yields, runs the RUN program that was
   linked, at top level, then sends its RUN_REPLY. */
void rb_loader_enable_run(void);
void rb_loader_run_pending(void);
/* 1 while a RUN program's initialiser runs (Robur.sleep then serves). */
int rb_loader_program_running(void);
/* 1 once after a RESTART arrived for the running program. */
int rb_loader_take_restart(void);

/* The NMI hook (see trap.c): while an initialiser runs, an NMI that lands
   in OCaml code raises the exception registered as "Sys.Break"
   (docs/protocol.md, "Interrupts").  ctx is struct rb_fault_ctx. */
struct rb_fault_ctx;
int rb_nmi_hook(struct rb_fault_ctx *ctx);

#endif
