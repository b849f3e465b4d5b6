"""EVAL and its replies (docs/protocol.md, "Evaluating phrases"): the host
sends a compiled phrase (a unit object, as for LOAD_MODULE) with output
capture and walk limits; the VM links and runs it and answers RESULT with
the module block, or EXCEPTION with the exception, each as a bounded value
tree, after any CONSOLE_OUTPUT frames the phrase's output made.

Value trees decode to plain Python: an OCaml int is an ``int``, a boxed
float a ``float``, and the other nodes the frozen dataclasses below.  A
``Block``'s ``fields`` are the children that were sent (``len(fields) <=
size``; a budget cut the rest, and the last one present is then often a
``Cut``)."""
from __future__ import annotations

import struct
import time
from dataclasses import dataclass
from typing import Callable, Optional, Union

from .loader_proto import encode_load
from .protocol import EVAL_CAPTURE, ErrorReply, Kind, ValueKind, decode_error

DEFAULT_MAX_DEPTH = 110
DEFAULT_MAX_NODES = 20000
DEFAULT_MAX_BYTES = 1 << 20
INTERRUPT_PERIOD = 0.05          # s between NMIs while an interrupt is pending
INTERRUPT_POLL = 0.01            # s between calls of interrupt() before it says yes

BOXED_KINDS = ("int32", "int64", "nativeint")


@dataclass(frozen=True)
class Str:
    data: bytes          # the bytes sent (a prefix when the byte budget ran out)
    total: int           # the string's length in the VM


@dataclass(frozen=True)
class Block:
    tag: int
    size: int            # the block's wosize in the VM
    fields: tuple        # the children sent (a list for a block on a cycle,
                         # one of whose fields leads back to the block itself)


@dataclass(frozen=True)
class FloatArray:
    items: tuple
    total: int


@dataclass(frozen=True)
class Closure:
    pass


@dataclass(frozen=True)
class Abstract:
    pass


@dataclass(frozen=True)
class Cut:
    pass


@dataclass(frozen=True)
class Boxed:
    kind: str            # "int32", "int64" or "nativeint"
    value: int


Value = Union[int, float, Str, Block, FloatArray, Closure, Abstract, Cut, Boxed]


@dataclass(frozen=True)
class EvalResult:
    code_bytes: int
    data_bytes: int
    value: Value         # the module block


@dataclass(frozen=True)
class EvalException:
    value: Value                 # the exception
    backtrace: tuple[int, ...]   # return addresses (the VM records none yet)


class EvalError(ValueError):
    """A malformed RESULT, EXCEPTION or CONSOLE_OUTPUT payload."""


def encode_eval(unit: str, obj: bytes, capture: bool = True, max_depth: int = DEFAULT_MAX_DEPTH,
                max_nodes: int = DEFAULT_MAX_NODES, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The EVAL payload: u32 flags, u32 max_depth, u32 max_nodes, u32 max_bytes,
    then the LOAD_MODULE payload."""
    flags = EVAL_CAPTURE if capture else 0
    return struct.pack("<IIII", flags, max_depth, max_nodes, max_bytes) + encode_load(unit, obj)


def decode_value(data: bytes, at: int = 0) -> tuple[Value, int]:
    """One value tree starting at `at`; returns it and the offset after it.
    Iterative: trees may be thousands of levels deep."""
    # open blocks: [the Block, fields still to come]; a Block is made when
    # it opens, its fields list filled as they arrive, so that an ANCESTOR
    # node can be that very object (the decoded value is then cyclic)
    stack: list[list] = []
    shared: set[int] = set()     # blocks an ANCESTOR node points back to
    n = len(data)

    def need(k: int) -> None:
        if at + k > n:
            raise EvalError(f"value tree truncated at byte {at}")

    while True:
        need(1)
        kind = data[at]
        at += 1
        v: Value
        if kind == ValueKind.INT:
            need(8)
            v = struct.unpack_from("<q", data, at)[0]
            at += 8
        elif kind == ValueKind.BLOCK:
            need(9)
            tag, size, present = struct.unpack_from("<BII", data, at)
            at += 9
            if present > size:
                raise EvalError(f"block with {present} of {size} fields present")
            if present:
                stack.append([Block(tag, size, []), present])   # type: ignore[arg-type]
                continue
            v = Block(tag, size, ())
        elif kind == ValueKind.STRING:
            need(8)
            total, present = struct.unpack_from("<II", data, at)
            at += 8
            if present > total:
                raise EvalError("string with more bytes than its length")
            need(present)
            v = Str(bytes(data[at:at + present]), total)
            at += present
        elif kind == ValueKind.FLOAT:
            need(8)
            v = struct.unpack_from("<d", data, at)[0]
            at += 8
        elif kind == ValueKind.FLOATARRAY:
            need(8)
            total, present = struct.unpack_from("<II", data, at)
            at += 8
            if present > total:
                raise EvalError("float array with more items than its length")
            need(8 * present)
            v = FloatArray(struct.unpack_from(f"<{present}d", data, at), total)
            at += 8 * present
        elif kind == ValueKind.CLOSURE:
            v = Closure()
        elif kind == ValueKind.ABSTRACT:
            v = Abstract()
        elif kind == ValueKind.CUT:
            v = Cut()
        elif kind == ValueKind.BOXED:
            need(9)
            k, x = struct.unpack_from("<Bq", data, at)
            at += 9
            if k >= len(BOXED_KINDS):
                raise EvalError(f"unknown boxed integer kind {k}")
            v = Boxed(BOXED_KINDS[k], x)
        elif kind == ValueKind.ANCESTOR:
            need(4)
            d = struct.unpack_from("<I", data, at)[0]
            at += 4
            if not 1 <= d <= len(stack):
                raise EvalError(f"ancestor {d} levels up, at depth {len(stack)}")
            v = stack[len(stack) - d][0]
            shared.add(id(v))
        else:
            raise EvalError(f"unknown value node kind {kind} at byte {at - 1}")
        # close every block this value completes
        while stack:
            top = stack[-1]
            top[0].fields.append(v)
            top[1] -= 1
            if top[1]:
                break
            stack.pop()
            v = top[0]
            if id(v) not in shared:     # not on a cycle: an ordinary immutable Block
                v = Block(v.tag, v.size, tuple(v.fields))
        if not stack:
            return v, at


def decode_tree(data: bytes) -> Value:
    v, end = decode_value(data)
    if end != len(data):
        raise EvalError(f"{len(data) - end} bytes after the value tree")
    return v


def decode_result(payload: bytes) -> EvalResult:
    if len(payload) < 20:
        raise EvalError("RESULT shorter than 20 bytes")
    status, code, data = struct.unpack_from("<IQQ", payload)
    if status != 0:
        raise EvalError(f"RESULT with status {status}")
    return EvalResult(code, data, decode_tree(payload[20:]))


def decode_exception(payload: bytes) -> EvalException:
    v, at = decode_value(payload)
    if at + 4 > len(payload):
        raise EvalError("EXCEPTION without its backtrace count")
    n, = struct.unpack_from("<I", payload, at)
    at += 4
    if at + 8 * n != len(payload):
        raise EvalError("EXCEPTION backtrace length mismatch")
    return EvalException(v, struct.unpack_from(f"<{n}Q", payload, at))


def decode_console(payload: bytes) -> tuple[int, bytes]:
    if len(payload) < 4:
        raise EvalError("CONSOLE_OUTPUT shorter than 4 bytes")
    return struct.unpack_from("<I", payload)[0], bytes(payload[4:])


@dataclass(frozen=True)
class TraceFrame:
    """A TRACE frame (docs/protocol.md, "Tracing"): a traced function's
    wrapper reported a call (its argument), a return (the result) or an
    exception, at the host's trace point ``point``."""
    point: int
    event: int           # protocol.TraceEvent
    value: Value


def decode_trace(payload: bytes) -> TraceFrame:
    """Raises EvalError for a malformed payload (the caller ignores it)."""
    if len(payload) < 8:
        raise EvalError("TRACE shorter than 8 bytes")
    point, event = struct.unpack_from("<II", payload)
    if event > 2:
        raise EvalError(f"TRACE with unknown event {event}")
    return TraceFrame(point, event, decode_tree(payload[8:]))


class EvalTimeout(TimeoutError):
    pass


def eval_unit(channel, unit: str, obj: bytes, on_output: Optional[Callable[[int, bytes], None]] = None,
              timeout: Optional[float] = 60.0, capture: bool = True,
              max_depth: int = DEFAULT_MAX_DEPTH, max_nodes: int = DEFAULT_MAX_NODES,
              max_bytes: int = DEFAULT_MAX_BYTES, qmp=None,
              interrupt: Optional[Callable[[], bool]] = None,
              on_trace: Optional[Callable[[TraceFrame], None]] = None) -> EvalResult | EvalException:
    """Sends EVAL on a robur.vm.channel.Channel and waits for its RESULT or
    EXCEPTION, handing each CONSOLE_OUTPUT frame to on_output(fd, bytes)
    meanwhile, and each well-formed TRACE frame to on_trace(TraceFrame)
    (malformed ones are dropped).  A refused object raises channel.RemoteError.

    Interrupts: once interrupt() returns True (e.g. a SIGINT handler set a
    flag), or on KeyboardInterrupt while waiting when qmp is given, an NMI
    is injected through qmp (robur.vm.qmp.QMP) every 50 ms until the reply
    arrives; the VM raises Sys.Break in the phrase.
    `timeout` (None: no limit) bounds the whole wait."""
    from .channel import ChannelTimeout, RemoteError
    seq = channel.send(Kind.EVAL, encode_eval(unit, obj, capture, max_depth, max_nodes, max_bytes))
    deadline = None if timeout is None else time.monotonic() + timeout
    interrupting = False
    next_nmi = 0.0
    can_interrupt = qmp is not None and interrupt is not None
    while True:
        now = time.monotonic()
        if deadline is not None and now > deadline:
            raise EvalTimeout(f"no reply to EVAL {unit} within {timeout} s")
        poll = 1.0
        if can_interrupt:
            if not interrupting and interrupt():
                interrupting = True
            if interrupting and now >= next_nmi:
                qmp.inject_nmi()
                next_nmi = now + INTERRUPT_PERIOD
            poll = max(0.0, next_nmi - now) if interrupting else INTERRUPT_POLL
        wait = poll if deadline is None else max(0.0, min(poll, deadline - now))
        try:
            f = channel.receive(wait)
        except ChannelTimeout:
            continue
        except KeyboardInterrupt:
            if qmp is None:
                raise
            # Ctrl-C without a SIGINT handler of the caller's: interrupt the
            # phrase rather than the host
            interrupting, can_interrupt = True, True
            continue
        if f.kind == Kind.ERROR:
            err: ErrorReply = decode_error(f.payload)
            if f.seq == seq:
                raise RemoteError(err, seq)
            channel.errors.append((f.seq, err))
            continue
        if f.seq != seq:
            continue
        if f.kind == Kind.CONSOLE_OUTPUT:
            if on_output is not None:
                on_output(*decode_console(f.payload))
            continue
        if f.kind == Kind.TRACE:
            if on_trace is not None:
                try:
                    ev = decode_trace(f.payload)
                except EvalError:
                    continue
                on_trace(ev)
            continue
        if f.kind == Kind.RESULT:
            return decode_result(f.payload)
        if f.kind == Kind.EXCEPTION:
            return decode_exception(f.payload)
        raise EvalError(f"unexpected reply kind {f.kind} to EVAL")
