"""LOAD_MODULE / LOAD_REPLY payloads (docs/protocol.md, "Loader") and the
kernel symbol table that lets the VM's linker resolve kernel symbols by name.

The kernel's symbols come from a second link pass: link the image once,
list its global symbols with ``nm``, write them as a sorted table
(``kernel_symtab_asm``), assemble it and link again with the table object
added.  The table holds relocations, not numbers, so the addresses are right
in the second image even though its layout differs from the first."""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass

LOAD_OK = 0
LOAD_EXCEPTION = 1
MAX_NAME = 128          # RB_LOAD_MAX_NAME (kernel/runtime/loader.h)

_NAME = re.compile(r"[A-Za-z0-9_']+")


def encode_load(unit: str, obj: bytes) -> bytes:
    """The LOAD_MODULE payload: u32 name length, unit name, ELF object."""
    name = unit.encode()
    if not 0 < len(name) <= MAX_NAME or not _NAME.fullmatch(unit):
        raise ValueError(f"bad unit name {unit!r}")
    return struct.pack("<I", len(name)) + name + obj


@dataclass(frozen=True)
class LoadReply:
    status: int          # LOAD_OK or LOAD_EXCEPTION
    code_bytes: int
    data_bytes: int
    message: str         # the exception (OCaml's rendering) when status is LOAD_EXCEPTION

    @property
    def ok(self) -> bool:
        return self.status == LOAD_OK


def decode_load_reply(payload: bytes) -> LoadReply:
    if len(payload) < 20:
        raise ValueError("LOAD_REPLY shorter than 20 bytes")
    status, code, data = struct.unpack_from("<IQQ", payload)
    return LoadReply(status, code, data, payload[20:].decode("utf-8", "replace"))


from ..link.ksymtab import kernel_symbols, kernel_symtab_asm  # noqa: F401 (re-exported for the tests)


def load_module(ch, unit: str, obj: bytes, timeout: float = 20.0) -> LoadReply:
    """Sends LOAD_MODULE on a robur.vm.channel.Channel and returns the
    decoded LOAD_REPLY; a refused object raises channel.RemoteError
    (ERROR BAD_PAYLOAD, whose message says why)."""
    from .protocol import Kind
    f = ch.request(Kind.LOAD_MODULE, encode_load(unit, obj), timeout=timeout)
    if f.kind != Kind.LOAD_REPLY:
        raise ValueError(f"unexpected reply kind {f.kind} to LOAD_MODULE")
    return decode_load_reply(f.payload)
