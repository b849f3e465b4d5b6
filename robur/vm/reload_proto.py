"""RUN, RELOAD and RESTART payloads (docs/protocol.md, "Running and
reloading a program"): how ``robur dev`` starts a program's main unit in a
live VM and replaces units while it runs.

* RUN carries exactly a LOAD_MODULE payload; its reply, RUN_REPLY, has
  LOAD_REPLY's layout (``loader_proto.decode_load_reply``) and comes when
  the program's initialiser returns or raises (``Robur.Restart`` after a
  RESTART).
* RELOAD carries a batch of new versions of loaded units, applied
  all-or-nothing, each with the indexes of its module block's fields to
  keep (state that must survive the reload).
* RESTART and RESTART_REPLY are empty."""
from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Iterable, Sequence

from .loader_proto import LoadReply, decode_load_reply, encode_load
from .protocol import MAX_RELOAD_UNITS

RELOAD_OK = 0
RELOAD_EXCEPTION = 1

__all__ = ["RELOAD_OK", "RELOAD_EXCEPTION", "ReloadReply", "encode_run", "encode_reload",
           "decode_reload_reply", "decode_run_reply", "LoadReply"]


def encode_run(unit: str, obj: bytes) -> bytes:
    """The RUN payload: a LOAD_MODULE payload."""
    return encode_load(unit, obj)


def decode_run_reply(payload: bytes) -> LoadReply:
    """RUN_REPLY: status 0 (the initialiser returned) or 1 (it raised: the
    exception in ``message``), code and data bytes."""
    return decode_load_reply(payload)


def encode_reload(units: Sequence[tuple[str, bytes, Iterable[int]]]) -> bytes:
    """The RELOAD payload for ``[(unit, obj, keep_indexes), ...]``, in the
    order the VM links and initialises them: u32 count, then per unit u32
    nkeep, nkeep u32 field indexes, u32 length, a LOAD_MODULE payload."""
    if not 0 < len(units) <= MAX_RELOAD_UNITS:
        raise ValueError(f"a RELOAD carries 1..{MAX_RELOAD_UNITS} units, not {len(units)}")
    out = [struct.pack("<I", len(units))]
    for unit, obj, keep in units:
        keep = list(keep)
        if any(not 0 <= k < 1 << 32 for k in keep):
            raise ValueError(f"bad field index in {keep!r}")
        body = encode_load(unit, obj)
        out.append(struct.pack(f"<I{len(keep)}I", len(keep), *keep))
        out.append(struct.pack("<I", len(body)) + body)
    return b"".join(out)


@dataclass(frozen=True)
class ReloadReply:
    status: int          # RELOAD_OK (committed) or RELOAD_EXCEPTION (nothing committed)
    failed_index: int    # the unit whose initialiser raised (0 when ok)
    code_bytes: int      # totals over the batch
    data_bytes: int
    message: str         # the exception, rendered as LOAD_REPLY renders it

    @property
    def ok(self) -> bool:
        return self.status == RELOAD_OK


def decode_reload_reply(payload: bytes) -> ReloadReply:
    if len(payload) < 24:
        raise ValueError("RELOAD_REPLY shorter than 24 bytes")
    status, index, code, data = struct.unpack_from("<IIQQ", payload)
    return ReloadReply(status, index, code, data, payload[24:].decode("utf-8", "replace"))
