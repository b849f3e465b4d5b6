/*
 * loader.c -- the in-VM linker (see loader.h and docs/protocol.md, "Loader").
 *
 * Phases, for one LOAD_MODULE payload:
 *   1. validate: ELF header, every section header and its bytes, the symbol
 *      and string tables, every relocation (type, offset, symbol), the
 *      frame table; resolve every undefined symbol.  Nothing is allocated
 *      and nothing changes before all of this has passed.
 *   2. allocate: executable sections from the code arena, the others (and
 *      the loader's own tables for the module) from the data arena; small
 *      modules share 64 KiB chunks, so a REPL's thousands of one-phrase
 *      modules cost what their bytes cost.  Code and data never share a
 *      page: a store next to code would make TCG retranslate it.
 *   3. relocate: R_X86_64_NONE, 64, PC32, PLT32, 32, 32S (range-checked).
 *   4. register the frame table and every field of the module block as GC
 *      roots, run camlU__entry through caml_callback_exn (exceptions are
 *      caught and reported), flush the standard channels.
 *   5. on success, publish the module's global symbols for later modules
 *      (one hash table: the newest definition of a name replaces older ones).
 * LOAD_MODULE and EVAL share this path (load_run); they differ only in the
 * reply.  RUN and RELOAD (robur dev) use the same phases split apart:
 * link_unit (1-3), register_unit and run_unit (4), publish_unit (5); RUN
 * runs its initialiser later, at top level (live.c), and RELOAD links a
 * whole batch before running any of it and commits at the end.  Scratch state for the object being loaded lives in static arrays
 * (limits refused with a message); the tables that outlive a load (symbols,
 * code ranges) grow from platform pages, old copies abandoned.
 */
#pragma GCC target("general-regs-only")
#include "loader.h"
#include "robur/mlvalues.h"
#include "robur/memory.h"
#include "robur/roots.h"
#include "robur/callback.h"
#include "robur/printexc.h"
#include "robur/io.h"
#include "robur/mem.h"
#include "robur/platform.h"
#include "robur/stack_overflow.h"
#include "robur/fail.h"
#include "robur/domain_state.h"
#include "robur/major_gc.h"
#include "robur/minor_gc.h"
#include "control.h"
#include "serialize.h"

#define MAX_SECTIONS 256
#define MAX_SYMBOLS 16384
#define CHUNK (64u << 10)          /* arena chunk; larger pieces get their own pages */
#define MAX_IMAGE (64u << 20)      /* bytes of allocated sections per module */

/* ELF constants (ELF-64 Object File Format, x86-64 psABI). */
#define ET_REL 1
#define EM_X86_64 62
#define SHT_PROGBITS 1
#define SHT_SYMTAB 2
#define SHT_STRTAB 3
#define SHT_RELA 4
#define SHT_NOBITS 8
#define SHT_REL 9
#define SHF_WRITE 1
#define SHF_ALLOC 2
#define SHF_EXECINSTR 4
#define SHN_UNDEF 0
#define SHN_LORESERVE 0xff00
#define SHN_ABS 0xfff1
#define SHN_COMMON 0xfff2
#define STB_LOCAL 0
#define STB_GLOBAL 1
#define STB_WEAK 2
#define R_X86_64_NONE 0
#define R_X86_64_64 1
#define R_X86_64_PC32 2
#define R_X86_64_PLT32 4
#define R_X86_64_32 10
#define R_X86_64_32S 11

struct shdr {
  uint32_t name, type;
  uint64_t flags, addr, offset, size;
  uint32_t link, info;
  uint64_t align, entsize;
};

struct sym {
  uint32_t name;
  uint8_t info, other;
  uint16_t shndx;
  uint64_t value, size;
};

static unsigned num_modules;

/* scratch for the module being loaded */
static struct shdr sh[MAX_SECTIONS];
static uint64_t sec_addr[MAX_SECTIONS];  /* offset in its region (code or data) */
static uint8_t *region_base[2];          /* [0] code, [1] data, once allocated */
static uint64_t sym_addr[MAX_SYMBOLS];   /* resolved (undefined) or section-relative */
static uint8_t sym_sec[MAX_SYMBOLS];     /* 0: absolute/resolved, else section + 1 (clamped) */
static uint16_t sym_shndx[MAX_SYMBOLS];

static uint64_t rd(const uint8_t *p, int n)
{
  uint64_t v = 0;
  for (int i = n - 1; i >= 0; i--) v = v << 8 | p[i];
  return v;
}

static void wr(uint8_t *p, uint64_t v, int n)
{
  for (int i = 0; i < n; i++) p[i] = (uint8_t)(v >> (8 * i));
}

/* ---- messages ---- */

struct msgbuf {
  char *p;
  size_t n;
};

static void madd(struct msgbuf *m, const char *s)
{
  while (*s && m->n < RB_LOAD_MAX_MSG) m->p[m->n++] = *s++;
  m->p[m->n] = 0;
}

static void madd_num(struct msgbuf *m, uint64_t v)
{
  char d[21];
  int k = 0;
  do d[k++] = (char)('0' + v % 10); while (v /= 10);
  char s[22];
  int j = 0;
  while (k) s[j++] = d[--k];
  s[j] = 0;
  madd(m, s);
}

static int refuse(struct rb_load_result *r, const char *a, const char *b, int has_num, uint64_t num)
{
  struct msgbuf m = {r->msg, 0};
  r->status = RB_LOAD_REFUSED;
  madd(&m, a);
  if (b) madd(&m, b);
  if (has_num) {
    madd(&m, " ");
    madd_num(&m, num);
  }
  return -1;
}

static int streq(const char *a, const char *b)
{
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

static int strcmp_(const char *a, const char *b)
{
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}

static size_t strlen_(const char *s)
{
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

/* ---- symbol lookup ---- */

static uintptr_t kernel_lookup(const char *name, int *found)
{
  if (&rb_kernel_symtab_count == NULL || rb_kernel_symtab == NULL) return 0;
  uint64_t lo = 0, hi = rb_kernel_symtab_count;
  while (lo < hi) {
    uint64_t mid = lo + (hi - lo) / 2;
    int c = strcmp_(rb_kernel_symtab[mid].name, name);
    if (c == 0) {
      *found = 1;
      return rb_kernel_symtab[mid].addr;
    }
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/* ---- published symbols: open addressing, FNV-1a, grown at half full ---- */

struct symslot {
  const char *name;   /* NULL: empty */
  uintptr_t addr;
  uint64_t hash;
};

static struct symslot *symtab;
static uint64_t sym_mask, sym_count;   /* size - 1 */

static uint64_t hash_name(const char *s)
{
  uint64_t h = 0xcbf29ce484222325ULL;
  while (*s) h = (h ^ (uint8_t)*s++) * 0x100000001b3ULL;
  return h;
}

static struct symslot *slot_for(struct symslot *t, uint64_t mask, const char *name, uint64_t h)
{
  for (uint64_t i = h & mask;; i = (i + 1) & mask)
    if (!t[i].name || (t[i].hash == h && streq(t[i].name, name))) return &t[i];
}

/* Makes room for n more names (the table stays at most half full), so that
   publishing after an initialiser ran cannot fail; -1 without memory. */
static int reserve_symbols(uint64_t n)
{
  uint64_t size = symtab ? sym_mask + 1 : 0;
  if (2 * (sym_count + n) <= size) return 0;
  if (size == 0) size = 1024;
  while (2 * (sym_count + n) > size) size *= 2;
  struct symslot *t = platform_alloc_pages(size * sizeof *t);   /* zeroed; the old table is abandoned */
  if (!t) return -1;
  for (uint64_t i = 0; symtab && i <= sym_mask; i++)
    if (symtab[i].name) *slot_for(t, size - 1, symtab[i].name, symtab[i].hash) = symtab[i];
  symtab = t;
  sym_mask = size - 1;
  return 0;
}

/* Adds or replaces (a newer module's definition wins); room was reserved. */
static void publish(const char *name, uintptr_t addr)
{
  uint64_t h = hash_name(name);
  struct symslot *e = slot_for(symtab, sym_mask, name, h);
  if (!e->name) sym_count++;
  e->name = name;
  e->addr = addr;
  e->hash = h;
}

/* While a RELOAD batch is linked, the module-block symbols of its units
   linked so far (camlU: the canonical block, or the new one when the
   block's size changed) come before the published table. */
struct pubsym {
  const char *name;
  uintptr_t addr;
};
static struct pubsym overlay[RB_CTL_MAX_RELOAD_UNITS];
static unsigned num_overlay;

static uintptr_t lookup(const char *name, int *found)
{
  *found = 0;
  for (unsigned k = num_overlay; k-- > 0;)
    if (streq(overlay[k].name, name)) {
      *found = 1;
      return overlay[k].addr;
    }
  if (symtab) {
    struct symslot *e = slot_for(symtab, sym_mask, name, hash_name(name));
    if (e->name) {
      *found = 1;
      return e->addr;
    }
  }
  return kernel_lookup(name, found);
}

/* ---- memory: two bump arenas over platform pages ---- */

struct arena {
  uint8_t *at, *end;
  int code;
};
static struct arena arenas[2] = {{0, 0, 1}, {0, 0, 0}};   /* code, data: never on one page */

/* New memory of the code arena is registered as OCaml code for
   Stack_overflow (stack_overflow.c) a chunk at a time: its table holds
   1,024 ranges, one per module would run out after 1,024 phrases.  Only
   module code ever runs there. */
static uint8_t *fresh(struct arena *a, uint64_t size)
{
  uint8_t *p = platform_alloc_pages((size_t)size);   /* zeroed: NOBITS sections need no clearing */
  if (p && a->code) caml_register_code_fragment((const char *)p, (const char *)p + size);
  return p;
}

static uint8_t *arena_alloc(struct arena *a, uint64_t size, uint64_t align)
{
  if (size == 0) size = 1;
  if (size > CHUNK / 2) return fresh(a, (size + 4095) & ~(uint64_t)4095);
  uintptr_t p = ((uintptr_t)a->at + align - 1) & ~(uintptr_t)(align - 1);
  if (!a->at || p + size > (uintptr_t)a->end) {
    uint8_t *c = fresh(a, CHUNK);
    if (!c) return NULL;
    a->end = c + CHUNK;
    p = (uintptr_t)c;
  }
  a->at = (uint8_t *)(p + size);
  return (uint8_t *)p;
}

/* ---- code ranges of loaded modules: sorted, binary-searched (interrupts) ---- */

struct range {
  uintptr_t lo, hi;
};
static struct range *ranges;
static uint64_t num_ranges, cap_ranges;

static int add_range(uintptr_t lo, uintptr_t hi)
{
  if (num_ranges == cap_ranges) {
    uint64_t n = cap_ranges ? 2 * cap_ranges : 256;
    struct range *r = platform_alloc_pages(n * sizeof *r);
    if (!r) return -1;
    if (num_ranges) rb_memcpy(r, ranges, num_ranges * sizeof *r);
    ranges = r;
    cap_ranges = n;
  }
  uint64_t k = num_ranges;
  while (k > 0 && ranges[k - 1].lo > lo) k--;
  rb_memmove(&ranges[k + 1], &ranges[k], (num_ranges - k) * sizeof *ranges);
  ranges[k].lo = lo;
  ranges[k].hi = hi;
  num_ranges++;
  return 0;
}

/* Is pc inside OCaml code: a unit linked into the image or a loaded module? */
static int in_ocaml_code(uintptr_t pc)
{
  for (const struct caml_code_segment *c = caml_code_segments; c->begin != NULL; c++)
    if (pc >= (uintptr_t)c->begin && pc < (uintptr_t)c->end) return 1;
  uint64_t lo = 0, hi = num_ranges;
  while (lo < hi) {
    uint64_t mid = lo + (hi - lo) / 2;
    if (pc < ranges[mid].lo) hi = mid;
    else if (pc >= ranges[mid].hi) lo = mid + 1;
    else return 1;
  }
  return 0;
}

uintptr_t rb_loader_lookup(const char *name)
{
  int found;
  return lookup(name, &found);
}

unsigned rb_loader_module_count(void) { return num_modules; }

/* ---- validation ---- */

/* a + b <= lim, without overflow */
static int fits(uint64_t a, uint64_t b, uint64_t lim) { return a <= lim && b <= lim - a; }

struct obj {
  const uint8_t *p;
  uint64_t size;
  uint32_t shnum;
  uint32_t symtab, nsyms;
  const char *strtab;
  uint64_t strsz;
};

/* The name of symbol i, or NULL when it does not end inside the table. */
static const char *sym_name(const struct obj *o, uint32_t name)
{
  if (name >= o->strsz) return NULL;
  for (uint64_t k = name; k < o->strsz; k++)
    if (o->strtab[k] == 0) return o->strtab + name;
  return NULL;
}

static void get_sym(const struct obj *o, uint32_t i, struct sym *s)
{
  const uint8_t *q = o->p + sh[o->symtab].offset + 24 * (uint64_t)i;
  s->name = (uint32_t)rd(q, 4);
  s->info = q[4];
  s->other = q[5];
  s->shndx = (uint16_t)rd(q + 6, 2);
  s->value = rd(q + 8, 8);
  s->size = rd(q + 16, 8);
}

static int check_headers(struct obj *o, struct rb_load_result *r)
{
  const uint8_t *p = o->p;
  if (o->size < 64) return refuse(r, "object too short for an ELF header", 0, 0, 0);
  if (p[0] != 0x7f || p[1] != 'E' || p[2] != 'L' || p[3] != 'F')
    return refuse(r, "not an ELF object (bad magic)", 0, 0, 0);
  if (p[4] != 2 || p[5] != 1 || p[6] != 1)
    return refuse(r, "not ELF64 little-endian version 1", 0, 0, 0);
  if (rd(p + 16, 2) != ET_REL) return refuse(r, "not a relocatable object: e_type", 0, 1, rd(p + 16, 2));
  if (rd(p + 18, 2) != EM_X86_64) return refuse(r, "not x86-64: e_machine", 0, 1, rd(p + 18, 2));
  uint64_t shoff = rd(p + 40, 8);
  uint64_t shentsize = rd(p + 58, 2), shnum = rd(p + 60, 2), shstrndx = rd(p + 62, 2);
  if (shnum == 0 || shnum > MAX_SECTIONS) return refuse(r, "bad section count", 0, 1, shnum);
  if (shentsize != 64) return refuse(r, "bad e_shentsize", 0, 1, shentsize);
  if (!fits(shoff, shnum * 64, o->size)) return refuse(r, "section headers outside the object", 0, 0, 0);
  if (shstrndx >= shnum) return refuse(r, "bad e_shstrndx", 0, 1, shstrndx);
  o->shnum = (uint32_t)shnum;
  o->symtab = 0;
  for (uint32_t i = 0; i < o->shnum; i++) {
    const uint8_t *q = p + shoff + 64 * (uint64_t)i;
    struct shdr *s = &sh[i];
    s->name = (uint32_t)rd(q, 4);
    s->type = (uint32_t)rd(q + 4, 4);
    s->flags = rd(q + 8, 8);
    s->addr = rd(q + 16, 8);
    s->offset = rd(q + 24, 8);
    s->size = rd(q + 32, 8);
    s->link = (uint32_t)rd(q + 40, 4);
    s->info = (uint32_t)rd(q + 44, 4);
    s->align = rd(q + 48, 8);
    s->entsize = rd(q + 56, 8);
    if (i == 0) continue;
    if (s->type != SHT_NOBITS && !fits(s->offset, s->size, o->size))
      return refuse(r, "section outside the object:", 0, 1, i);
    if (s->align > 4096 || (s->align & (s->align - 1)))
      return refuse(r, "bad section alignment in section", 0, 1, i);
    if ((s->flags & SHF_ALLOC) && s->size > MAX_IMAGE)
      return refuse(r, "section too large:", 0, 1, i);
    if (s->type == SHT_REL) return refuse(r, "REL relocations are not supported (section)", 0, 1, i);
    if (s->type == SHT_SYMTAB) {
      if (o->symtab) return refuse(r, "more than one symbol table", 0, 0, 0);
      o->symtab = i;
    }
  }
  if (!o->symtab) return refuse(r, "no symbol table", 0, 0, 0);
  struct shdr *st = &sh[o->symtab];
  if (st->entsize != 24 || st->size % 24) return refuse(r, "bad symbol table entry size", 0, 0, 0);
  if (st->size / 24 > MAX_SYMBOLS) return refuse(r, "too many symbols:", 0, 1, st->size / 24);
  o->nsyms = (uint32_t)(st->size / 24);
  if (st->link == 0 || st->link >= o->shnum || sh[st->link].type != SHT_STRTAB)
    return refuse(r, "symbol table without a string table", 0, 0, 0);
  o->strtab = (const char *)p + sh[st->link].offset;
  o->strsz = sh[st->link].size;
  return 0;
}

/* Layout: offsets of the executable sections in the code region and of the
   others in the data region. */
static int layout(const struct obj *o, uint64_t size[2], uint64_t align[2], struct rb_load_result *r)
{
  size[0] = size[1] = 0;
  align[0] = align[1] = 16;
  for (uint32_t i = 1; i < o->shnum; i++) {
    if (!(sh[i].flags & SHF_ALLOC)) continue;
    int d = !(sh[i].flags & SHF_EXECINSTR);
    uint64_t a = sh[i].align ? sh[i].align : 1;
    if (a > align[d]) align[d] = a;
    size[d] = (size[d] + a - 1) & ~(a - 1);
    sec_addr[i] = size[d];
    size[d] += sh[i].size;
    if (size[0] + size[1] > MAX_IMAGE) return refuse(r, "module too large", 0, 0, 0);
  }
  return 0;
}

/* Address of offset `off` of section i, once the regions exist. */
static uint8_t *sec_ptr(uint32_t i, uint64_t off)
{
  return region_base[!(sh[i].flags & SHF_EXECINSTR)] + sec_addr[i] + off;
}

static int valid_name(const uint8_t *s, uint32_t n)
{
  for (uint32_t i = 0; i < n; i++) {
    uint8_t c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          c == '\''))
      return 0;
  }
  return 1;
}

static int check_symbols(const struct obj *o, struct rb_load_result *r)
{
  for (uint32_t i = 1; i < o->nsyms; i++) {
    struct sym s;
    get_sym(o, i, &s);
    const char *name = sym_name(o, s.name);
    if (!name) return refuse(r, "symbol name outside the string table: symbol", 0, 1, i);
    uint8_t bind = s.info >> 4;
    sym_shndx[i] = s.shndx;
    sym_sec[i] = 0;
    if (s.shndx == SHN_UNDEF) {
      if (bind == STB_LOCAL) {
        sym_addr[i] = 0;   /* only a reference to it is an error (check_relocs) */
        continue;
      }
      int found;
      sym_addr[i] = lookup(name, &found);
      if (!found && bind != STB_WEAK) return refuse(r, "undefined symbol ", name, 0, 0);
    } else if (s.shndx == SHN_ABS) {
      sym_addr[i] = s.value;
    } else if (s.shndx == SHN_COMMON) {
      return refuse(r, "common symbols are not supported: ", name, 0, 0);
    } else if (s.shndx >= SHN_LORESERVE || s.shndx >= o->shnum) {
      return refuse(r, "symbol in a bad section: ", name, 0, 0);
    } else {
      if (s.value > sh[s.shndx].size) return refuse(r, "symbol outside its section: ", name, 0, 0);
      sym_addr[i] = s.value;
      sym_sec[i] = 1;
    }
  }
  return 0;
}

static int width_of(uint32_t type)
{
  switch (type) {
  case R_X86_64_NONE: return 0;
  case R_X86_64_64: return 8;
  case R_X86_64_PC32: case R_X86_64_PLT32: case R_X86_64_32: case R_X86_64_32S: return 4;
  default: return -1;
  }
}

static int check_relocs(const struct obj *o, struct rb_load_result *r)
{
  for (uint32_t i = 1; i < o->shnum; i++) {
    if (sh[i].type != SHT_RELA) continue;
    uint32_t t = sh[i].info;
    if (t == 0 || t >= o->shnum) return refuse(r, "relocations for a bad section: section", 0, 1, i);
    if (!(sh[t].flags & SHF_ALLOC)) continue;   /* debug info and the like: not loaded */
    if (sh[i].link != o->symtab) return refuse(r, "relocations not against the symbol table", 0, 0, 0);
    if (sh[i].entsize != 24 || sh[i].size % 24) return refuse(r, "bad relocation entry size", 0, 0, 0);
    if (sh[t].type == SHT_NOBITS) return refuse(r, "relocations against a NOBITS section", 0, 0, 0);
    const uint8_t *q = o->p + sh[i].offset;
    for (uint64_t k = 0; k < sh[i].size / 24; k++, q += 24) {
      uint64_t off = rd(q, 8), info = rd(q + 8, 8);
      uint32_t type = (uint32_t)info, symi = (uint32_t)(info >> 32);
      int w = width_of(type);
      if (w < 0) return refuse(r, "unsupported relocation type", 0, 1, type);
      if (!fits(off, (uint64_t)w, sh[t].size)) return refuse(r, "relocation outside its section", 0, 0, 0);
      if (symi >= o->nsyms) return refuse(r, "relocation with a bad symbol index", 0, 1, symi);
      if (w && symi == 0) return refuse(r, "relocation against symbol 0", 0, 0, 0);
      if (symi && sym_sec[symi] && !(sh[sym_shndx[symi]].flags & SHF_ALLOC))
        return refuse(r, "relocation against a section that is not loaded", 0, 0, 0);
      if (symi && sym_shndx[symi] == SHN_UNDEF) {
        struct sym s;
        get_sym(o, symi, &s);
        if ((s.info >> 4) == STB_LOCAL) return refuse(r, "relocation against an undefined local symbol", 0, 0, 0);
      }
    }
  }
  return 0;
}

/* Finds a defined global symbol by name; its section must be loaded.
   Returns the symbol index or 0. */
static uint32_t find_defined(const struct obj *o, const char *name)
{
  for (uint32_t i = 1; i < o->nsyms; i++) {
    struct sym s;
    get_sym(o, i, &s);
    if (!sym_sec[i] || (s.info >> 4) == STB_LOCAL) continue;
    if (!(sh[sym_shndx[i]].flags & SHF_ALLOC)) continue;
    if (streq(sym_name(o, s.name), name)) return i;
  }
  return 0;
}

/* Walks a frame table (roots.c's format) inside [sec+value, sec end):
   every descriptor in bounds, return addresses inside the code. */
static int check_frametable(const struct obj *o, uint32_t fsym, uint64_t code_lo, uint64_t code_hi,
                            struct rb_load_result *r)
{
  uint16_t sec = sym_shndx[fsym];
  if (sh[sec].type == SHT_NOBITS) return refuse(r, "frame table in a NOBITS section", 0, 0, 0);
  const uint8_t *base = o->p + sh[sec].offset;
  uint64_t end = sh[sec].size, at = sym_addr[fsym];
  if ((at & 7) || (sec_addr[sec] & 7)) return refuse(r, "frame table misaligned", 0, 0, 0);
  if (!fits(at, 8, end)) return refuse(r, "frame table outside its section", 0, 0, 0);
  uint64_t count = rd(base + at, 8);
  at += 8;
  if (count > (end - at) / 16) return refuse(r, "frame table count too large:", 0, 1, count);
  (void)code_lo, (void)code_hi;
  for (uint64_t k = 0; k < count; k++) {
    if (!fits(at, 12, end)) return refuse(r, "frame descriptor outside the table", 0, 1, k);
    uint64_t fs = rd(base + at + 8, 2), nlive = rd(base + at + 10, 2);
    if (fs == 0xFFFF) return refuse(r, "frame descriptor with a callback link", 0, 1, k);
    uint64_t p = at + 12 + 2 * nlive;
    if (p > end) return refuse(r, "frame descriptor outside the table", 0, 1, k);
    for (uint64_t j = 0; j < nlive; j++) {
      uint64_t ofs = rd(base + at + 12 + 2 * j, 2);
      if ((ofs & 1) ? (ofs >> 1) >= 13 : ofs >= (fs & 0xFFFC))
        return refuse(r, "frame descriptor with a bad live slot", 0, 1, k);
    }
    uint64_t nallocs = 0;
    if (fs & 2) {
      if (p >= end) return refuse(r, "frame descriptor outside the table", 0, 1, k);
      nallocs = base[p];
      p += 1 + nallocs;
    }
    if (fs & 1) {
      p = (p + 3) & ~(uint64_t)3;
      p += 4 * ((fs & 2) ? nallocs : 1);
    }
    p = (p + 7) & ~(uint64_t)7;
    if (p > end) return refuse(r, "frame descriptor outside the table", 0, 1, k);
    at = p;
  }
  return 0;
}

/* After relocation: every return address must point into the module's
   code, and nothing but the return-address words may have changed (a
   relocation could otherwise rewrite a count that check_frametable
   accepted).  The walk follows the original bytes, already validated. */
static int check_retaddrs(const uint8_t *orig, const uint8_t *copy, uintptr_t lo, uintptr_t hi,
                          struct rb_load_result *r)
{
  uint64_t count = rd(orig, 8);
  if (rd(copy, 8) != count) return refuse(r, "relocation inside the frame table's count", 0, 0, 0);
  uint64_t at = 8;
  for (uint64_t k = 0; k < count; k++) {
    uintptr_t ra = (uintptr_t)rd(copy + at, 8);
    if (ra <= lo || ra > hi) return refuse(r, "frame descriptor return address outside the code", 0, 1, k);
    uint64_t fs = rd(orig + at + 8, 2), nlive = rd(orig + at + 10, 2);
    uint64_t p = at + 12 + 2 * nlive, nallocs = 0;
    if (fs & 2) {
      nallocs = orig[p];
      p += 1 + nallocs;
    }
    if (fs & 1) {
      p = (p + 3) & ~(uint64_t)3;
      p += 4 * ((fs & 2) ? nallocs : 1);
    }
    p = (p + 7) & ~(uint64_t)7;
    for (uint64_t b = at + 8; b < p; b++)
      if (orig[b] != copy[b]) return refuse(r, "relocation inside a frame descriptor", 0, 1, k);
    at = p;
  }
  return 0;
}

static int apply_relocs(const struct obj *o, struct rb_load_result *r)
{
  for (uint32_t i = 1; i < o->shnum; i++) {
    if (sh[i].type != SHT_RELA) continue;
    uint32_t t = sh[i].info;
    if (!(sh[t].flags & SHF_ALLOC)) continue;
    const uint8_t *q = o->p + sh[i].offset;
    for (uint64_t k = 0; k < sh[i].size / 24; k++, q += 24) {
      uint64_t off = rd(q, 8), info = rd(q + 8, 8);
      int64_t addend = (int64_t)rd(q + 16, 8);
      uint32_t type = (uint32_t)info, symi = (uint32_t)(info >> 32);
      if (type == R_X86_64_NONE) continue;
      uint64_t S = sym_sec[symi] ? (uint64_t)(uintptr_t)sec_ptr(sym_shndx[symi], sym_addr[symi])
                                 : sym_addr[symi];
      uint8_t *P = sec_ptr(t, off);
      uint64_t v = S + (uint64_t)addend;
      switch (type) {
      case R_X86_64_64:
        wr(P, v, 8);
        break;
      case R_X86_64_PC32:
      case R_X86_64_PLT32: {
        int64_t d = (int64_t)(v - (uint64_t)(uintptr_t)P);
        if (d < INT32_MIN || d > INT32_MAX) return refuse(r, "PC-relative relocation out of range", 0, 0, 0);
        wr(P, (uint64_t)d, 4);
        break;
      }
      case R_X86_64_32:
        if (v > UINT32_MAX) return refuse(r, "R_X86_64_32 relocation out of range", 0, 0, 0);
        wr(P, v, 4);
        break;
      case R_X86_64_32S:
        if ((int64_t)v < INT32_MIN || (int64_t)v > INT32_MAX)
          return refuse(r, "R_X86_64_32S relocation out of range", 0, 0, 0);
        wr(P, v, 4);
        break;
      }
    }
  }
  return 0;
}

static char *copy_str(char **pool, const char *s)
{
  size_t n = strlen_(s) + 1;
  char *d = *pool;
  rb_memcpy(d, s, n);
  *pool += n;
  return d;
}

/* ---- interrupts (NMI, see rb_nmi_hook) ---- */

static volatile int interrupt_armed;     /* an initialiser is running */
static int nmi_enabled;
/* pvh (trap.c): lets the host's NMIs through the local APIC; weak, since
   the unix platform has none (interrupts are a pvh feature). */
extern int rb_platform_nmi_enable(void) __attribute__((weak));
static const value *break_exn;           /* the named value "Sys.Break", or NULL */

/* The platform's NMI handler calls this (on its own stack) with the
 * interrupted registers.  While an initialiser runs and the CPU was in OCaml
 * code, the frame is rewritten to raise Sys.Break as caml_raise_exn would:
 * rsp = the innermost trap frame + 16, rip = its handler, the previous
 * trap frame reinstalled, rax = the exception.  In OCaml code r14 and r15
 * are the domain state and the young pointer, and every other register is
 * dead at a handler (its entry destroys them all), so nothing else needs
 * restoring.  The runtime's C and assembly (GC, caml_c_call, allocation
 * slow path) are not OCaml code: an NMI there is ignored and the host's
 * next one, 50 ms later, lands elsewhere.  No backtrace is recorded. */
int rb_nmi_hook(struct rb_fault_ctx *ctx)
{
  if (!interrupt_armed || break_exn == NULL || !in_ocaml_code(ctx->rip)) return 0;
  char *ep = Caml_state->exception_pointer;
  if (ep == NULL) return 0;
  value *yp = (value *)ctx->r15;
  /* halfway through an inline allocation r15 may be below the limit: the
     next allocation then collects */
  if (yp < Caml_state->young_trigger || yp > Caml_state->young_end) yp = Caml_state->young_trigger;
  while (Caml_state->local_roots != NULL && (char *)Caml_state->local_roots < ep)
    Caml_state->local_roots = Caml_state->local_roots->next;
  Caml_state->exception_pointer = ((char **)ep)[0];
  ctx->rip = ((uint64_t *)ep)[1];
  ctx->rsp = (uint64_t)(ep + 16);
  ctx->rax = (uint64_t)*break_exn;
  ctx->r14 = (uint64_t)Caml_state;
  ctx->r15 = (uint64_t)yp;
  return 1;
}

/* ---- the shared path of LOAD_MODULE, EVAL, RUN and RELOAD ---- */

/* A module that is linked but whose initialiser has not run yet.  Nothing
   in it points into the payload: RUN keeps it across serving (the input
   buffer may move), and the names to publish were copied out. */
struct linked {
  char unit[RB_LOAD_MAX_NAME + 1];
  value mblock;                 /* camlU, static and black */
  value *clos;                  /* the entry closure's header; clos + 1 is the value */
  const uint8_t *table;         /* camlU__frametable, relocated */
  struct pubsym *syms;          /* the globals to publish, names copied */
  uint32_t nsyms;
};

/* Phases 1-3 for one LOAD_MODULE payload: validate, allocate, relocate,
   and copy the names of the globals beside the module.  r->status is
   RB_LOAD_REFUSED (with r->msg) or RB_LOAD_OK; r->code_bytes/data_bytes. */
static void link_unit(const uint8_t *payload, size_t len, struct rb_load_result *r, struct linked *L)
{
  r->status = RB_LOAD_OK;
  r->code_bytes = r->data_bytes = 0;
  r->msg[0] = 0;
  if (len < 4) {
    refuse(r, "payload too short for the name length", 0, 0, 0);
    return;
  }
  uint32_t nlen = (uint32_t)rd(payload, 4);
  if (nlen == 0 || nlen > RB_LOAD_MAX_NAME || nlen > len - 4) {
    refuse(r, "bad module name length", 0, 1, nlen);
    return;
  }
  if (!valid_name(payload + 4, nlen)) {
    refuse(r, "bad module name", 0, 0, 0);
    return;
  }
  char *unit = L->unit, want[RB_LOAD_MAX_NAME + 32];
  rb_memcpy(unit, payload + 4, nlen);
  unit[nlen] = 0;

  struct obj o = {0};
  o.p = payload + 4 + nlen;
  o.size = len - 4 - nlen;
  uint64_t size[2], align[2];
  if (check_headers(&o, r) || layout(&o, size, align, r) || check_symbols(&o, r) || check_relocs(&o, r))
    return;

  /* the unit's three symbols */
  uint32_t isym[3];
  static const char *const suffix[3] = {"", "__entry", "__frametable"};
  for (int k = 0; k < 3; k++) {
    struct msgbuf m = {want, 0};
    madd(&m, "caml");
    madd(&m, unit);
    madd(&m, suffix[k]);
    isym[k] = find_defined(&o, want);
    if (!isym[k]) {
      refuse(r, "the object does not define ", want, 0, 0);
      return;
    }
  }
  uint32_t blk = isym[0], entry = isym[1], ftab = isym[2];
  if (!(sh[sym_shndx[entry]].flags & SHF_EXECINSTR)) {
    refuse(r, "entry symbol not in code", 0, 0, 0);
    return;
  }
  uint16_t bsec = sym_shndx[blk];
  if (sh[bsec].flags & SHF_EXECINSTR || !(sh[bsec].flags & SHF_WRITE) || (sym_addr[blk] & 7) ||
      sym_addr[blk] < 8 || !fits(sym_addr[blk], 0, sh[bsec].size)) {
    refuse(r, "module block misplaced", 0, 0, 0);
    return;
  }
  if (check_frametable(&o, ftab, 0, size[0], r)) return;

  /* count the module's globals for the published table */
  uint32_t nglob = 0;
  uint64_t names = 0;
  for (uint32_t i = 1; i < o.nsyms; i++) {
    struct sym s;
    get_sym(&o, i, &s);
    if (sym_sec[i] && (s.info >> 4) != STB_LOCAL && (sh[sym_shndx[i]].flags & SHF_ALLOC)) {
      nglob++;
      names += strlen_(sym_name(&o, s.name)) + 1;
    }
  }

  /* ---- allocate and copy ---- */
  /* data region: the sections, then the entry closure, the published
     symbols' table and their names */
  uint64_t data_at = (size[1] + 7) & ~(uint64_t)7;
  uint64_t meta = 24 + (uint64_t)nglob * sizeof(struct pubsym) + names;
  region_base[0] = arena_alloc(&arenas[0], size[0], align[0]);
  region_base[1] = region_base[0] ? arena_alloc(&arenas[1], data_at + meta, align[1]) : NULL;
  if (!region_base[0] || !region_base[1]) {
    refuse(r, "out of memory for the module:", 0, 1, size[0] + data_at + meta);
    return;
  }
  for (uint32_t i = 1; i < o.shnum; i++)
    if ((sh[i].flags & SHF_ALLOC) && sh[i].type != SHT_NOBITS) rb_memcpy(sec_ptr(i, 0), o.p + sh[i].offset, sh[i].size);
  if (apply_relocs(&o, r)) return;   /* (the memory stays allocated) */

  uintptr_t code_lo = (uintptr_t)region_base[0], code_hi = code_lo + size[0];
  const uint8_t *table = sec_ptr(sym_shndx[ftab], sym_addr[ftab]);
  if (check_retaddrs(o.p + sh[sym_shndx[ftab]].offset + sym_addr[ftab], table, code_lo, code_hi, r)) return;
  value mblock = (value)sec_ptr(bsec, sym_addr[blk]);
  header_t hd = Hd_val(mblock);
  if (!fits(sym_addr[blk], 8 * Wosize_hd(hd), sh[bsec].size)) {   /* 0 fields: a unit with no exports */
    refuse(r, "module block header does not fit its section", 0, 0, 0);
    return;
  }
  if (add_range(code_lo, code_hi) || reserve_symbols(nglob)) {
    refuse(r, "out of memory for the loader's tables", 0, 0, 0);
    return;
  }

  /* the entry closure, the symbols and their names, after the sections */
  value *clos = (value *)(region_base[1] + data_at);
  struct pubsym *syms = (struct pubsym *)(clos + 3);
  char *pool = (char *)(syms + nglob);
  clos[0] = Make_header(2, Closure_tag, Caml_black);
  clos[1] = (value)sec_ptr(sym_shndx[entry], sym_addr[entry]);
  clos[2] = Make_closinfo(1, 2);
  uint32_t n = 0;
  for (uint32_t i = 1; i < o.nsyms; i++) {
    struct sym s;
    get_sym(&o, i, &s);
    if (sym_sec[i] && (s.info >> 4) != STB_LOCAL && (sh[sym_shndx[i]].flags & SHF_ALLOC)) {
      syms[n].name = copy_str(&pool, sym_name(&o, s.name));
      syms[n].addr = (uintptr_t)sec_ptr(sym_shndx[i], sym_addr[i]);
      n++;
    }
  }

  for (uint32_t i = 1; i < o.shnum; i++)
    if (sh[i].flags & SHF_EXECINSTR) r->code_bytes += sh[i].size;
    else if (sh[i].flags & SHF_ALLOC) r->data_bytes += sh[i].size;
  L->mblock = mblock;
  L->clos = clos;
  L->table = table;
  L->syms = syms;
  L->nsyms = n;
}

/* Phase 4a: the GC learns the module's frames and its block's fields (the
   block is static and black, so its fields are roots; the initialiser's
   stores into it need no write barrier). */
static void register_unit(const struct linked *L)
{
  num_modules++;
  caml_register_frametable(L->table);
  for (mlsize_t i = 0; i < Wosize_val(L->mblock); i++) caml_register_global_root(&Field(L->mblock, i));
}

/* Phase 4b: runs the initialiser through caml_callback_exn with interrupts
   armed, then flushes the standard channels.  Returns 0, or 1 with *exn
   set when it raised.  Nests (RELOAD inside Robur.sleep inside a RUN
   program): the previous arming is restored. */
static int run_unit(const struct linked *L, value *exn)
{
  if (!nmi_enabled && rb_platform_nmi_enable) nmi_enabled = rb_platform_nmi_enable() == 0;
  break_exn = caml_named_value("Sys.Break");
  int was_armed = interrupt_armed;
  interrupt_armed = 1;
  value res = caml_callback_exn((value)(L->clos + 1), Val_unit);
  interrupt_armed = was_armed;
  caml_flush_std_channels();
  if (Is_exception_result(res)) {
    *exn = Extract_exception(res);
    return 1;
  }
  return 0;
}

/* Phase 5: the module's globals become what later modules link against.
   Room was reserved at link time, but a RUN or RELOAD publishes after
   other modules may have used it up: reserve again.  Without memory for a
   bigger table, publish anyway while a slot stays empty (lookups still end);
   past that, the module stays unpublished rather than hang the lookups. */
static void publish_unit(const struct linked *L)
{
  if (reserve_symbols(L->nsyms) != 0 && sym_count + L->nsyms >= sym_mask) return;
  for (uint32_t i = 0; i < L->nsyms; i++) publish(L->syms[i].name, L->syms[i].addr);
}

/* Validates, links and runs one LOAD_MODULE payload.  r->status says what
   happened; *out is the module block (RB_LOAD_OK) or the exception
   (RB_LOAD_EXCEPTION).  Nothing allocates on the OCaml heap after the
   initialiser returns, so *out stays valid until the caller allocates. */
static void load_run(const uint8_t *payload, size_t len, struct rb_load_result *r, value *out)
{
  struct linked L;   /* on the stack: loads never nest, but nothing relies on it */
  *out = Val_unit;
  link_unit(payload, len, r, &L);
  if (r->status != RB_LOAD_OK) return;
  register_unit(&L);
  value exn;
  if (run_unit(&L, &exn)) {
    r->status = RB_LOAD_EXCEPTION;
    *out = exn;
    return;
  }
  *out = L.mblock;
  publish_unit(&L);
}

void rb_loader_load(const uint8_t *payload, size_t len, struct rb_load_result *r)
{
  value v;
  load_run(payload, len, r, &v);
  if (r->status == RB_LOAD_EXCEPTION) caml_format_exception_buf(v, r->msg, sizeof r->msg);
}

/* ---- serving LOAD_MODULE, EVAL and INTERRUPT on the control channel ---- */

static void put_le(uint8_t *p, uint64_t v, int n) { wr(p, v, n); }

/* CONSOLE_OUTPUT frames for the EVAL being served (io.c's capture sink). */
static uint32_t capture_seq;

static void capture(int fd, const char *s, size_t n)
{
  uint8_t h[4];
  put_le(h, (uint64_t)fd, 4);
  while (n > 0) {
    size_t k = n < CHUNK ? n : CHUNK;
    rb_control_reply(RB_CTL_K_CONSOLE_OUTPUT, capture_seq, h, 4, s, k);
    s += k;
    n -= k;
  }
}

/* #trace (docs/protocol.md, "Tracing"): while an EVAL runs, the
   toplevel's wrappers around traced functions report each call, return
   and exception with caml_robur_trace as a TRACE frame carrying the EVAL's
   seq.  The value is serialised with the EVAL's own limits, for which
   serve_eval prepared the buffers: the walk cannot fail or allocate. */
struct trace_state {
  int active;                   /* an EVAL is being served */
  uint32_t seq;
  struct rb_ser_limits lim;
};
static struct trace_state trace;

value caml_robur_trace(value point, value event, value v)
{
  if (!trace.active) return Val_unit;   /* LOAD_MODULE, RUN, RELOAD: nobody to tell */
  caml_flush_std_channels();   /* the program's output so far comes first */
  size_t n;
  uint8_t *tree = rb_serialize(v, trace.lim, 0, &n);
  if (!tree) return Val_unit;
  uint8_t h[8];
  put_le(h, (uint64_t)(uint32_t)Long_val(point), 4);
  put_le(h + 4, (uint64_t)(uint32_t)Long_val(event), 4);
  rb_control_reply(RB_CTL_K_TRACE, trace.seq, h, sizeof h, tree, n);
  return Val_unit;
}

/* Stores v into field idx of blk (a traced function's binding: a phrase's
   or a unit's module block, or a module block inside one); false when idx
   is out of range.  A block outside the heap (a unit's static block, a
   static structured constant) is not scanned by the GC, so the field
   becomes a global root, once. */
#define TRACE_ROOTS 256
static value *trace_roots[TRACE_ROOTS];
static uint32_t trace_nroots;

value caml_robur_trace_store(value blk, value idx, value v)
{
  if (!Is_block(blk) || !Is_long(idx) || Long_val(idx) < 0 || (uintnat)Long_val(idx) >= Wosize_val(blk) ||
      Tag_val(blk) >= No_scan_tag)
    return Val_false;
  value *fp = &Field(blk, Long_val(idx));
  if (!Is_young(blk) && !caml_is_in_heap((void *)blk)) {
    uint32_t i = 0;
    while (i < trace_nroots && trace_roots[i] != fp) i++;
    if (i == trace_nroots) {
      caml_register_global_root(fp);
      if (trace_nroots < TRACE_ROOTS) trace_roots[trace_nroots++] = fp;
    }
  }
  caml_modify(fp, v);
  return Val_true;
}

/* EVAL: u32 flags, u32 max_depth, u32 max_nodes, u32 max_bytes, then a
   LOAD_MODULE payload.  Answers RESULT (u32 0, u64 code bytes, u64 data
   bytes, the module block as a value tree) or EXCEPTION (the exception as
   a value tree, u32 0 backtrace entries). */
static void serve_eval(uint32_t seq, const uint8_t *payload, size_t len)
{
  static struct rb_load_result r;
  if (len < 16 || (rd(payload, 4) & ~(uint64_t)RB_CTL_EVAL_KNOWN_FLAGS)) {
    rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, len < 16 ? "EVAL payload too short" : "unknown EVAL flag");
    return;
  }
  int capturing = (rd(payload, 4) & RB_CTL_EVAL_CAPTURE) != 0;
  struct rb_ser_limits lim = {(uint32_t)rd(payload + 4, 4), (uint32_t)rd(payload + 8, 4),
                              (uint32_t)rd(payload + 12, 4)};
  value v;
  if (rb_serialize_prepare(lim, 4)) {   /* before anything runs: the reply cannot fail later */
    rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, "no memory for a reply within these limits");
    return;
  }
  if (capturing) {
    caml_flush_std_channels();   /* what earlier code left buffered is not this phrase's */
    capture_seq = seq;
    rb_io_capture(capture);
  }
  struct trace_state saved = trace;
  trace.active = 1;
  trace.seq = seq;
  trace.lim = lim;
  load_run(payload + 16, len - 16, &r, &v);   /* flushes the std channels before returning */
  trace = saved;
  rb_io_capture(NULL);
  if (r.status == RB_LOAD_REFUSED) {
    rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, r.msg);
    return;
  }
  size_t n;
  uint8_t *tree = rb_serialize(v, lim, 4, &n);   /* cannot fail: prepared above */
  if (r.status == RB_LOAD_EXCEPTION) {
    put_le(tree + n, 0, 4);   /* no backtrace */
    rb_control_reply(RB_CTL_K_EXCEPTION, seq, tree, n + 4, 0, 0);
    return;
  }
  uint8_t fixed[20];
  put_le(fixed, 0, 4);
  put_le(fixed + 4, r.code_bytes, 8);
  put_le(fixed + 12, r.data_bytes, 8);
  rb_control_reply(RB_CTL_K_RESULT, seq, fixed, sizeof fixed, tree, n);
}

/* ---- robur dev: RUN, RELOAD, RESTART (docs/protocol.md, "Running and
   reloading a program") ---- */

static int run_enabled;         /* live.c runs RUN programs at top level */
static int run_pending;         /* a RUN was linked; live.c runs it next */
static int program_running;     /* a RUN program's initialiser is running */
static int restart_pending;     /* RESTART arrived while it ran */
static uint32_t run_seq;
static struct linked run_unit_linked;
static struct rb_load_result run_result;

void rb_loader_enable_run(void) { run_enabled = 1; }
int rb_loader_program_running(void) { return program_running; }

int rb_loader_take_restart(void)
{
  int r = restart_pending;
  restart_pending = 0;
  return r;
}

/* LOAD_REPLY's layout, for LOAD_REPLY and RUN_REPLY. */
static void reply_load(uint16_t kind, uint32_t seq, const struct rb_load_result *r)
{
  uint8_t fixed[20];
  put_le(fixed, (uint64_t)r->status, 4);
  put_le(fixed + 4, r->code_bytes, 8);
  put_le(fixed + 12, r->data_bytes, 8);
  size_t n = 0;
  while (r->msg[n]) n++;
  rb_control_reply(kind, seq, fixed, sizeof fixed, r->msg, n);
}

/* RUN: link now (a refusal leaves the VM as it was), run later, at top
   level: the initialiser is typically the program's endless main loop, and
   its Robur.sleep serves the channel, which must not happen inside this
   frame's handler.  So the handler only records the unit and makes the
   control loop return to live.c (rb_control_yield), which calls
   rb_loader_run_pending. */
static void serve_run(uint32_t seq, const uint8_t *payload, size_t len)
{
  if (run_pending || program_running) {
    rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, "RUN refused: a program is already running (RESTART it first)");
    return;
  }
  link_unit(payload, len, &run_result, &run_unit_linked);
  if (run_result.status != RB_LOAD_OK) {
    rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, run_result.msg);
    return;
  }
  register_unit(&run_unit_linked);
  run_pending = 1;
  run_seq = seq;
  rb_control_yield();
}

void rb_loader_run_pending(void)
{
  if (!run_pending) return;
  run_pending = 0;
  program_running = 1;
  restart_pending = 0;
  value exn;
  int raised = run_unit(&run_unit_linked, &exn);
  program_running = 0;
  restart_pending = 0;   /* a RESTART for a program that has ended does nothing */
  if (raised) {
    run_result.status = RB_LOAD_EXCEPTION;
    caml_format_exception_buf(exn, run_result.msg, sizeof run_result.msg);
  } else {
    publish_unit(&run_unit_linked);   /* only now: see docs/protocol.md */
  }
  reply_load(RB_CTL_K_RUN_REPLY, run_seq, &run_result);
}

/* [@@robur.keep] (docs/hot-reload.md): while a RELOAD runs a unit's new
   initialiser, a kept top-level binding is compiled to
   caml_robur_kept(field) and takes the value the running version holds in
   its canonical block, so the new code's own functions (which capture the
   binding, not the block) share it.  Outside a same-size reload there is no
   running version to take it from: Failure. */
static value kept_source;
static mlsize_t kept_size;

value caml_robur_kept(value field)
{
  intnat f = Long_val(field);
  if (!kept_source || f < 0 || (mlsize_t)f >= kept_size)
    caml_failwith("Robur: no running version to keep this value from");
  return Field(kept_source, f);
}

/* RELOAD: u32 count (1..RB_CTL_MAX_RELOAD_UNITS), then per unit u32 nkeep,
   nkeep u32 field indexes, u32 len, len bytes of a LOAD_MODULE payload.
   All-or-nothing: every unit is linked (any refusal: ERROR BAD_PAYLOAD,
   nothing runs), then every initialiser runs in order (one raises: status
   1, nothing committed), then the commit, with no OCaml code running in
   between, makes the new versions what everybody reaches:
     - same block size: the new block's fields are copied into the unit's
       canonical block (the one camlU resolves to: importers read its
       fields at each use) except the kept ones, and the kept ones are
       copied from the canonical block into the new one, whose code reads
       its own block directly;
     - another size (the interface changed; the host sends the importers in
       the same batch): the new block becomes canonical, its symbols are
       published.
   Both blocks are static and black with registered fields, so these stores
   need no write barrier: the GC scans every global root at each minor and
   major collection (roots.c), whatever generation the values are in.  The
   payload stays untouched while initialisers run (nothing serves inside a
   handler), so the keep lists are read from it at commit time. */
struct reload_unit {
  const uint8_t *keep;          /* nkeep u32s, in the payload */
  uint32_t nkeep;
  value canonical;
  int resized;
  char sym[RB_LOAD_MAX_NAME + 8];   /* "caml" U: the overlay's name */
  struct linked L;
};
static struct reload_unit batch[RB_CTL_MAX_RELOAD_UNITS];

static void reload_error(uint32_t seq, uint32_t unit, const char *a, const char *b)
{
  char msg[RB_LOAD_MAX_MSG + 1];
  struct msgbuf m = {msg, 0};
  madd(&m, "RELOAD unit ");
  madd_num(&m, unit);
  madd(&m, ": ");
  madd(&m, a);
  if (b) madd(&m, b);
  num_overlay = 0;
  rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, msg);
}

static void serve_reload(uint32_t seq, const uint8_t *payload, size_t len)
{
  static struct rb_load_result r;
  if (len < 4) {
    rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, "RELOAD payload too short");
    return;
  }
  uint32_t count = (uint32_t)rd(payload, 4);
  if (count == 0 || count > RB_CTL_MAX_RELOAD_UNITS) {
    rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, "RELOAD unit count not in 1..256");
    return;
  }
  /* the framing first: every unit's bounds, before anything is linked */
  size_t at = 4;
  const uint8_t *unit_at[RB_CTL_MAX_RELOAD_UNITS];
  size_t unit_len[RB_CTL_MAX_RELOAD_UNITS];
  for (uint32_t k = 0; k < count; k++) {
    if (len - at < 4) {
      reload_error(seq, k, "truncated before nkeep", 0);
      return;
    }
    uint64_t nkeep = rd(payload + at, 4);
    at += 4;
    if (nkeep > (len - at) / 4) {
      reload_error(seq, k, "keep list outside the payload", 0);
      return;
    }
    batch[k].keep = payload + at;
    batch[k].nkeep = (uint32_t)nkeep;
    at += 4 * nkeep;
    if (len - at < 4) {
      reload_error(seq, k, "truncated before the unit's length", 0);
      return;
    }
    uint64_t ulen = rd(payload + at, 4);
    at += 4;
    if (ulen > len - at) {
      reload_error(seq, k, "unit outside the payload", 0);
      return;
    }
    unit_at[k] = payload + at;
    unit_len[k] = (size_t)ulen;
    at += ulen;
  }
  if (at != len) {
      reload_error(seq, count, "bytes after the last unit", 0);
      return;
    }

  /* link each unit; its camlU is resolved for the later ones by the overlay */
  num_overlay = 0;
  uint64_t code = 0, data = 0;
  for (uint32_t k = 0; k < count; k++) {
    struct reload_unit *u = &batch[k];
    const uint8_t *p = unit_at[k];
    size_t n = unit_len[k];
    /* the name, to find the canonical block before linking anything */
    uint32_t nlen = n >= 4 ? (uint32_t)rd(p, 4) : 0;
    if (n < 4 || nlen == 0 || nlen > RB_LOAD_MAX_NAME || nlen > n - 4 || !valid_name(p + 4, nlen))
      {
      reload_error(seq, k, "bad module name", 0);
      return;
    }
    struct msgbuf m = {u->sym, 0};
    madd(&m, "caml");
    rb_memcpy(u->sym + 4, p + 4, nlen);
    u->sym[4 + nlen] = 0;
    for (uint32_t j = 0; j < k; j++)
      if (streq(batch[j].sym, u->sym)) {
      reload_error(seq, k, "unit twice in the batch: ", u->sym + 4);
      return;
    }
    struct symslot *e = symtab ? slot_for(symtab, sym_mask, u->sym, hash_name(u->sym)) : NULL;
    if (!e || !e->name) return reload_error(seq, k, "RELOAD replaces loaded units only; not loaded: ", u->sym + 4);
    u->canonical = (value)e->addr;
    link_unit(p, n, &r, &u->L);
    if (r.status != RB_LOAD_OK) {
      reload_error(seq, k, r.msg, 0);
      return;
    }
    code += r.code_bytes;
    data += r.data_bytes;
    mlsize_t cw = Wosize_val(u->canonical), nw = Wosize_val(u->L.mblock);
    u->resized = cw != nw;
    for (uint32_t i = 0; i < u->nkeep; i++) {
      uint64_t f = rd(u->keep + 4 * i, 4);
      if (f >= cw || f >= nw) {
      reload_error(seq, k, "kept field index out of range", 0);
      return;
    }
    }
    overlay[num_overlay].name = u->sym;
    overlay[num_overlay].addr = u->resized ? (uintptr_t)u->L.mblock : (uintptr_t)u->canonical;
    num_overlay++;
  }
  num_overlay = 0;

  /* run every initialiser, in order */
  for (uint32_t k = 0; k < count; k++) register_unit(&batch[k].L);
  for (uint32_t k = 0; k < count; k++) {
    value exn;
    kept_source = batch[k].resized ? 0 : batch[k].canonical;
    kept_size = kept_source ? Wosize_val(kept_source) : 0;
    int raised = run_unit(&batch[k].L, &exn);
    kept_source = 0;
    if (raised) {
      static char msg[RB_LOAD_MAX_MSG + 1];
      caml_format_exception_buf(exn, msg, sizeof msg);
      uint8_t fixed[24];
      put_le(fixed, 1, 4);
      put_le(fixed + 4, k, 4);
      put_le(fixed + 8, code, 8);
      put_le(fixed + 16, data, 8);
      size_t n = 0;
      while (msg[n]) n++;
      rb_control_reply(RB_CTL_K_RELOAD_REPLY, seq, fixed, sizeof fixed, msg, n);
      return;
    }
  }

  /* commit: plain C, no allocation, no OCaml code */
  for (uint32_t k = 0; k < count; k++) {
    struct reload_unit *u = &batch[k];
    if (u->resized) {
      for (uint32_t i = 0; i < u->nkeep; i++) {
        uint64_t f = rd(u->keep + 4 * i, 4);
        Field(u->L.mblock, f) = Field(u->canonical, f);
      }
      publish_unit(&u->L);
      continue;
    }
    for (mlsize_t f = 0; f < Wosize_val(u->canonical); f++) {
      int kept = 0;
      for (uint32_t i = 0; i < u->nkeep && !kept; i++) kept = rd(u->keep + 4 * i, 4) == f;
      if (kept) Field(u->L.mblock, f) = Field(u->canonical, f);
      else Field(u->canonical, f) = Field(u->L.mblock, f);
    }
  }
  uint8_t fixed[24];
  put_le(fixed, 0, 4);
  put_le(fixed + 4, 0, 4);
  put_le(fixed + 8, code, 8);
  put_le(fixed + 16, data, 8);
  rb_control_reply(RB_CTL_K_RELOAD_REPLY, seq, fixed, sizeof fixed, 0, 0);
}

/* RESTART: answered at once.  With a RUN program running, its next
   Robur.sleep (or the one it is in: the serving loop is told to return)
   raises Robur.Restart; otherwise nothing happens. */
static void serve_restart(uint32_t seq)
{
  rb_control_reply(RB_CTL_K_RESTART_REPLY, seq, 0, 0, 0, 0);
  if (program_running) {
    restart_pending = 1;
    rb_control_yield();
  }
}

/* The control loop hands reserved frame kinds to rb_control_extension.
 * LOAD_MODULE's reply (LOAD_REPLY): u32 status, u64 code bytes, u64 data
 * bytes, then the exception text when status is 1; a refused object gets
 * an ERROR (BAD_PAYLOAD) with the reason.  INTERRUPT while serving (nothing
 * runs: interrupts of running code come as NMIs) is acknowledged with an
 * empty INTERRUPT frame. */
int rb_control_extension(uint16_t kind, uint32_t seq, const uint8_t *payload, size_t len)
{
  static struct rb_load_result r;
  if (kind == RB_CTL_K_EVAL) {
    serve_eval(seq, payload, len);
    return 1;
  }
  if (kind == RB_CTL_K_INTERRUPT) {
    rb_control_reply(RB_CTL_K_INTERRUPT, seq, 0, 0, 0, 0);
    return 1;
  }
  if (kind == RB_CTL_K_RELOAD) {
    serve_reload(seq, payload, len);
    return 1;
  }
  if (kind == RB_CTL_K_RUN || kind == RB_CTL_K_RESTART) {
    if (!run_enabled) return 0;   /* only live images run programs: UNSUPPORTED */
    if (kind == RB_CTL_K_RUN) serve_run(seq, payload, len);
    else if (len) rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, "RESTART takes no payload");
    else serve_restart(seq);
    return 1;
  }
  if (kind != RB_CTL_K_LOAD_MODULE) return 0;
  rb_loader_load(payload, len, &r);
  if (r.status == RB_LOAD_REFUSED) {
    rb_control_error(seq, RB_CTL_E_BAD_PAYLOAD, r.msg);
    return 1;
  }
  reply_load(RB_CTL_K_LOAD_REPLY, seq, &r);
  return 1;
}
