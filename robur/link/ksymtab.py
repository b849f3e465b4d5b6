"""The kernel's symbol table, for the VM's own linker.

A live image (the REPL's and ``robur dev``'s) links units at run time
(kernel/runtime/loader.c), so it must know the addresses of the kernel's
and the Stdlib's global symbols by name.  They come from a second link pass:
link the image once, list its global symbols with ``nm``, write them as a
sorted table (``kernel_symtab_asm``), assemble it and link again with the
table object added.  The table holds relocations, not numbers, so the
addresses are right in the second image even though its layout differs
from the first's (docs/protocol.md, "Symbol resolution")."""
from __future__ import annotations

# nm's global symbol classes that name an address in the image
_GLOBAL_CLASSES = set("TDRBAVWG")


def kernel_symbols(nm_output: str) -> list[str]:
    """Names of the global, defined symbols in ``nm`` output, sorted by
    their bytes (the order the VM's binary search expects)."""
    names = set()
    for line in nm_output.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in _GLOBAL_CLASSES:
            names.add(parts[2])
    names.discard("rb_kernel_symtab")
    names.discard("rb_kernel_symtab_count")
    return sorted(names, key=lambda n: n.encode())


def kernel_symtab_asm(names: list[str]) -> str:
    """GNU as source of rb_kernel_symtab: {const char *name; uintptr_t addr}
    pairs sorted by name, and rb_kernel_symtab_count."""
    out = ['\t.section .rodata.rb_kernel_symtab,"a"', "\t.p2align 3",
           "\t.globl rb_kernel_symtab_count", "rb_kernel_symtab_count:", f"\t.quad {len(names)}",
           "\t.globl rb_kernel_symtab", "rb_kernel_symtab:"]
    for k, n in enumerate(names):
        out.append(f'\t.quad .Lname{k}, "{n}"')
    out.append('\t.section .rodata.rb_kernel_symtab_names,"aMS",@progbits,1')
    for k, n in enumerate(names):
        out.append(f'.Lname{k}:\t.asciz "{n}"')
    out.append('\t.section .note.GNU-stack,"",@progbits')
    return "\n".join(out) + "\n"
