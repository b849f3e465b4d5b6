"""EVAL, RESULT, EXCEPTION, CONSOLE_OUTPUT and interrupts on real QEMU
(docs/protocol.md, "Evaluating phrases"): phrases written in OCaml go
through robur's front end and code generator, are sent with EVAL into a
loader image (tests/vm/test_loader.py's builder) that links the Stdlib
units they use, and their module blocks or exceptions come back as value
trees.  TCG only on the build machines (kvm_pvm cannot run SSE code)."""
from __future__ import annotations

import fcntl
import math
import random
import shutil
import statistics
import struct
import time
from pathlib import Path
from typing import Iterator

import pytest

from robur.codegen.pipeline import compile_unit, object_of
from robur.vm.channel import RemoteError
from robur.vm.eval_proto import (Abstract, Block, Boxed, Closure, Cut, EvalException, EvalResult, FloatArray,
                                 Str, decode_console, decode_exception, decode_result, decode_tree, encode_eval,
                                 eval_unit)
from robur.vm.protocol import ErrorCode, Kind, StatsField
from tests.vm.test_loader import ACCELS, BUILD, KERNEL, OUT, VM, _run, build_loader_image

EVAL_OUT = OUT.parent / "vm-eval"
STDLIB_SEEDS = ["Stdlib", "Stdlib__List", "Stdlib__String", "Stdlib__Sys"]


def _stdlib_units(seeds: list[str]) -> list[tuple[str, bytes]]:
    from robur.driver.build import Builder
    b = Builder(quiet=True)
    products = {s: b.stdlib_unit(s) for s in seeds}
    b._add_stdlib_closure(products)
    return [(n, products[n].obj) for n in b._stdlib_order(products)]


@pytest.fixture(scope="session")
def eval_image() -> tuple[Path, bool]:
    """(image, whether it links Stdlib.Sys, which registers Sys.Break).
    Sys is being written in parallel: without it the tests register an
    exception of their own under that name."""
    if shutil.which("qemu-system-x86_64") is None:
        pytest.skip("qemu-system-x86_64 missing: apt-get install qemu-system-x86")
    BUILD.mkdir(parents=True, exist_ok=True)
    with open(BUILD / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _run(["make", "-s", "-C", str(KERNEL), "all"])
        try:
            return build_loader_image(EVAL_OUT, _stdlib_units(STDLIB_SEEDS)), True
        except BaseException as e:     # Sys missing or not linkable yet
            if not isinstance(e, Exception) and type(e).__name__ != "Failed":
                raise
            seeds = [s for s in STDLIB_SEEDS if s != "Stdlib__Sys"]
            return build_loader_image(EVAL_OUT, _stdlib_units(seeds)), False


class Phrases:
    """Compiles OCaml phrases (each its own unit, possibly using earlier
    ones) through the type checker, the lambda translation and the code
    generator."""

    def __init__(self) -> None:
        self.sources: dict[str, str] = {}

    def declare(self, unit: str, text: str) -> None:
        """A unit later phrases may use (its object is made otherwise)."""
        self.sources[f"{unit[0].lower()}{unit[1:]}.ml"] = text

    def obj(self, unit: str, text: str) -> bytes:
        from tests.codegen.test_frontend import translate_all
        self.declare(unit, text)
        # only this unit and the ones it may use (earlier phrases)
        units = dict(translate_all(self.sources))
        return object_of(compile_unit(units[unit], unit, ""))


@pytest.fixture
def vm(eval_image) -> Iterator[VM]:
    v = VM(eval_image[0], ACCELS[0], qmp=True)
    v.has_sys = eval_image[1]
    v.phrases = Phrases()
    yield v
    v.close()


def ev(vm: VM, unit: str, text: str, outputs: list | None = None, **kw) -> EvalResult | EvalException:
    obj = vm.phrases.obj(unit, text)
    sink = None if outputs is None else (lambda fd, b: outputs.append((fd, b)))
    return eval_unit(vm.ch, unit, obj, on_output=sink, timeout=vm.timeout, **kw)


def exn_name(v) -> bytes:
    """The name of an exception value (constant: the slot itself; with
    arguments: a block whose field 0 is the slot)."""
    slot = v if v.tag == 248 else v.fields[0]
    assert isinstance(slot, Block) and slot.tag == 248, v
    return slot.fields[0].data


ALL_BYTES = "".join(f"\\{b:03d}" for b in range(256))

VALUES = f"""
let zero = 0
let maxi = max_int
let mini = min_int
let neg = -42
let fl = 3.5
let fnan = nan
let finf = infinity
let fninf = neg_infinity
let bytes = "{ALL_BYTES}"
let empty = ""
let pair = (1, "two")
let opt = Some [1; 2; 3]
let none : int option = None
let farr = [| 1.5; -0.0; 1e300 |]
let arr = [| 10; 20 |]
let g x = x + 1
let i32 = -2147483648l
let i64 = -9223372036854775808L
let ni = 123456789n
let ch = stdout
exception E of int * string
let e = E (3, "x")
let r = ref 7
let unit_ = ()
let rec cyc = 1 :: 2 :: cyc
"""


def test_values_of_every_kind_round_trip(vm: VM):
    r = ev(vm, "Values", VALUES)
    assert isinstance(r, EvalResult) and r.code_bytes > 0 and r.data_bytes > 0, r
    m = r.value
    assert isinstance(m, Block) and m.tag == 0 and m.size == len(m.fields) == 25, m
    (zero, maxi, mini, neg, fl, fnan, finf, fninf, bytes_, empty, pair, opt, none, farr, arr, g, i32, i64, ni,
     ch, e_slot, e, r_, unit_, cyc) = m.fields
    assert (zero, maxi, mini, neg) == (0, 2**62 - 1, -2**62, -42)
    assert fl == 3.5 and math.isnan(fnan) and finf == math.inf and fninf == -math.inf
    assert bytes_ == Str(bytes(range(256)), 256) and empty == Str(b"", 0)
    assert pair == Block(0, 2, (1, Str(b"two", 3)))
    assert opt == Block(0, 1, (Block(0, 2, (1, Block(0, 2, (2, Block(0, 2, (3, 0)))))),))
    assert none == 0 and unit_ == 0
    assert isinstance(farr, FloatArray) and farr.total == 3 and farr.items[0] == 1.5
    assert math.copysign(1, farr.items[1]) == -1 and farr.items[2] == 1e300
    assert arr == Block(0, 2, (10, 20))
    assert g == Closure()
    assert (i32, i64, ni) == (Boxed("int32", -2**31), Boxed("int64", -2**63), Boxed("nativeint", 123456789))
    assert ch == Abstract()
    assert isinstance(e_slot, Block) and e_slot.tag == 248 and e_slot.fields[0].data.endswith(b"E")
    assert e == Block(0, 3, (e_slot, 3, Str(b"x", 1)))
    assert r_ == Block(0, 1, (7,))
    # a cycle comes back as a cycle: the second cell's tail is an ANCESTOR
    # node, decoded as the first cell itself
    assert isinstance(cyc, Block) and cyc.fields[0] == 1
    second = cyc.fields[1]
    assert isinstance(second, Block) and second.fields[0] == 2 and second.fields[1] is cyc
    # budgets: a long string cut by max_bytes, nesting by max_depth, a long
    # list by max_nodes
    r = ev(vm, "Budgets", 'let s = String.make 5000 \'x\'\n'
           'type nest = Leaf | Node of nest * int\n'
           'let rec nest n = if n = 0 then Leaf else Node (nest (n - 1), n)\n'
           'let deep = nest 1000\n', max_bytes=1000, max_depth=50)
    s, _, deep = r.value.fields
    assert s == Str(b"x" * 1000, 5000)
    depth, v = 0, deep
    while isinstance(v, Block):
        assert v.size == 2 and len(v.fields) == 2 and v.fields[1] == 1000 - depth
        v, depth = v.fields[0], depth + 1
    assert v == Cut() and depth == 49       # the module block is at depth 0
    # a list is as deep as it is long
    r = ev(vm, "Long", 'let long = List.init 100000 (fun i -> i)\n', max_depth=10000, max_nodes=3000)
    n, v = 0, r.value.fields[0]
    while isinstance(v, Block) and len(v.fields) == 2:
        assert v.fields[0] == n
        v, n = v.fields[1], n + 1
    # the node budget ran out inside the list: a CUT, then every open block
    # closed with fewer children than its size
    assert v == Cut() or (isinstance(v, Block) and v.fields[-1] == Cut()), v
    assert 1000 < n < 3000
    # zero budgets
    r = ev(vm, "Zero", "let x = 1", max_depth=0)
    assert r.value == Cut()
    r = ev(vm, "Zero2", 'let x = "abc"  let y = 2', max_nodes=0)
    assert r.value == Cut()
    r = ev(vm, "Zero3", 'let x = "abc"  let y = [| 1.0 |]', max_bytes=0)
    assert r.value == Block(0, 2, (Str(b"", 3), FloatArray((), 1)))
    # values from earlier phrases stay intact
    r = ev(vm, "Later", "let x = Values.pair  let y = Values.g 41")
    assert r.value == Block(0, 2, (Block(0, 2, (1, Str(b"two", 3))), 42))


def test_exception_and_vm_keeps_serving(vm: VM):
    r = ev(vm, "Boom", 'let () = print_string "about to fail\\n"\nlet x : int = failwith "boom"')
    assert isinstance(r, EvalException) and r.backtrace == ()
    assert r.value.tag == 0 and exn_name(r.value) == b"Failure" and r.value.fields[1] == Str(b"boom", 4)
    r = ev(vm, "Mine", "exception My of int * string\nlet () = raise (My (3, \"three\"))")
    assert exn_name(r.value).endswith(b"My") and r.value.fields[1:] == (3, Str(b"three", 5))
    r = ev(vm, "NotFound", "let x = List.find (fun x -> x > 5) [1; 2]")
    assert r.value.tag == 248 and exn_name(r.value) == b"Not_found"
    r = ev(vm, "Deep", "let rec f n = 1 + f (n + 1)\nlet x = f 0")
    assert exn_name(r.value) == b"Stack_overflow"
    # a phrase that raised defines nothing: a unit using it is refused
    obj = vm.phrases.obj("UsesBoom", "let y = Boom.x + 1")
    with pytest.raises(RemoteError) as e:
        eval_unit(vm.ch, "UsesBoom", obj, timeout=vm.timeout)
    assert e.value.error.code == ErrorCode.BAD_PAYLOAD and e.value.error.message == "undefined symbol camlBoom"
    r = ev(vm, "Fine", "let x = 6 * 7")
    assert r.value == Block(0, 1, (42,))
    # INTERRUPT while idle: acknowledged, nothing else happens
    f = vm.ch.request(Kind.INTERRUPT, b"", timeout=vm.timeout)
    assert (f.kind, f.payload) == (Kind.INTERRUPT, b"")
    assert vm.ch.ping(b"p", timeout=vm.timeout) == b"p"


def test_console_output_is_captured_in_order(vm: VM):
    events: list = []
    text = ('let () = print_string "out1 "; prerr_string "err1 "; flush stderr; flush stdout;\n'
            '  print_string "out2\\n"; prerr_string "err2\\n"\n'
            'let x = 5\n')
    obj = vm.phrases.obj("Out", text)
    seq = vm.ch.send(Kind.EVAL, encode_eval("Out", obj))
    while True:
        f = vm.ch.receive(vm.timeout)
        assert f.seq == seq
        events.append(f)
        if f.kind != Kind.CONSOLE_OUTPUT:
            break
    assert [decode_console(f.payload) for f in events[:-1]] == [
        (2, b"err1 "), (1, b"out1 "), (1, b"out2\n"), (2, b"err2\n")]
    assert events[-1].kind == Kind.RESULT and decode_result(events[-1].payload).value == Block(0, 1, (5,))
    # output of a phrase that raises comes before its EXCEPTION
    out: list = []
    r = ev(vm, "OutRaise", 'let () = print_string "before"; failwith "after"', outputs=out)
    assert out == [(1, b"before")] and isinstance(r, EvalException)
    # large output: several frames, all of it, in order
    out = []
    r = ev(vm, "Big", 'let () = for i = 0 to 19999 do print_string (string_of_int i); print_char \' \' done',
           outputs=out)
    assert b"".join(b for fd, b in out) == b"".join(b"%d " % i for i in range(20000))
    assert {fd for fd, _ in out} == {1} and len(out) > 1
    # without capture it goes to the serial console, as before
    r = ev(vm, "Serial", 'let () = print_string "on the serial line\\n"', outputs=out, capture=False)
    assert isinstance(r, EvalResult)
    status, serial = vm.shutdown()
    assert status == 0
    assert serial == b"loader: ready\non the serial line\nloader: shutdown\n"


def test_trace_frames_during_eval_only(vm: VM):
    """#trace's primitive (docs/protocol.md, "Tracing"): TRACE frames with
    the EVAL's seq, after the output written before them; nothing while a
    LOAD_MODULE runs; the VM keeps serving."""
    from robur.vm.eval_proto import TraceFrame, decode_trace
    from robur.vm.loader_proto import encode_load
    ext = 'external tr : int -> int -> \'a -> unit = "caml_robur_trace"\n'
    text = ext + 'let () = print_string "a"; tr 5 0 [1; 2]; tr 6 2 Not_found; print_string "b"; tr 7 1 "s"\n'
    obj = vm.phrases.obj("Traced", text)
    seq = vm.ch.send(Kind.EVAL, encode_eval("Traced", obj))
    frames = []
    while True:
        f = vm.ch.receive(vm.timeout)
        assert f.seq == seq
        frames.append(f)
        if f.kind not in (Kind.CONSOLE_OUTPUT, Kind.TRACE):
            break
    assert [f.kind for f in frames] == [Kind.CONSOLE_OUTPUT, Kind.TRACE, Kind.TRACE, Kind.CONSOLE_OUTPUT,
                                       Kind.TRACE, Kind.RESULT]
    assert decode_console(frames[0].payload) == (1, b"a")
    assert decode_trace(frames[1].payload) == TraceFrame(5, 0, Block(0, 2, (1, Block(0, 2, (2, 0)))))
    t = decode_trace(frames[2].payload)
    assert (t.point, t.event, exn_name(t.value)) == (6, 2, b"Not_found")
    assert decode_console(frames[3].payload) == (1, b"b")
    assert decode_trace(frames[4].payload) == TraceFrame(7, 1, Str(b"s", 1))
    # eval_unit hands them to on_trace, in order with the output
    events: list = []
    r = eval_unit(vm.ch, "Traced2", vm.phrases.obj("Traced2", ext + 'let () = print_string "x"; tr 1 0 3\n'),
                  on_output=lambda fd, b: events.append(b), on_trace=events.append, timeout=vm.timeout)
    assert isinstance(r, EvalResult) and events == [b"x", TraceFrame(1, 0, 3)]
    # LOAD_MODULE: no frame but the reply
    seq = vm.ch.send(Kind.LOAD_MODULE, encode_load("Traced3", vm.phrases.obj("Traced3", ext + "let () = tr 1 0 3\n")))
    f = vm.ch.receive(vm.timeout)
    assert (f.seq, f.kind) == (seq, Kind.LOAD_REPLY)
    assert vm.ch.ping(b"still here") == b"still here"


def test_a_thousand_evals(vm: VM):
    """One module per phrase, 1,100 of them (the frame-table, symbol and
    code-range tables grow; stack_overflow.c's table of 1,024 code ranges
    must not run out), then earlier modules are intact, the GC is healthy
    and a stack overflow in a late phrase is still Stack_overflow."""
    text = "let v = [0; 1; 2]\nlet f x = x + 1"
    base = vm.phrases.obj("E0000", text)
    vm.phrases.declare("E0500", text)
    vm.phrases.declare("E1099", text)
    times = []
    for k in range(1100):
        name = f"E{k:04d}"
        obj = base.replace(b"camlE0000", f"caml{name}".encode())
        t0 = time.perf_counter()
        r = eval_unit(vm.ch, name, obj, timeout=vm.timeout)
        times.append(time.perf_counter() - t0)
        assert isinstance(r, EvalResult), (k, r)
    r = ev(vm, "After", "let a = E0000.f 1 + E1099.f 2\n"
           "let total = List.fold_left (+) 0 (List.init 200000 (fun i -> List.length E0500.v + i mod 2))\n"
           "let l = List.length (List.init 100000 (fun i -> [i; i]))")
    assert r.value == Block(0, 3, (5, 700000, 100000))
    st = vm.ch.stats(timeout=vm.timeout)
    assert st.get(StatsField.MINOR_COLLECTIONS) > 0 and st.get(StatsField.MAJOR_COLLECTIONS) >= 0
    r = ev(vm, "Deep", "let rec f n = 1 + f (n + 1)\nlet x = f 0")
    assert isinstance(r, EvalException) and exn_name(r.value) == b"Stack_overflow"
    EVAL_OUT.mkdir(parents=True, exist_ok=True)
    (EVAL_OUT / "measurements-eval.txt").write_text(
        f"eval round trip median {statistics.median(times) * 1e3:.2f} ms over 1100 (TCG)\n")


LOOPS = {
    "Spin": "let () = while true do () done",
    "Rec": "let rec f () = f ()\nlet () = f ()",
    "InList": "let () = List.iter (fun _ -> while true do () done) [1]",
    # NMIs that land in the runtime's C (allocation, GC, primitives) are
    # ignored; a later one lands in OCaml code
    "Alloc": "let () = while true do ignore (List.init 10 (fun i -> [i])) done",
    "Prims": "let () = while true do ignore (string_of_int 12345 ^ \"x\") done",
    # a handler in the phrase sees Sys.Break like any exception
    "Caught": "let r = try while true do () done; 0 with e -> 1\nlet () = while true do () done",
}


def _register_break_if_needed(vm: VM) -> None:
    if not vm.has_sys:
        # stdlib/sys.ml is not linkable yet: a stand-in under the same name
        r = ev(vm, "Brk", 'exception Break\nexternal reg : string -> exn -> unit = "caml_register_named_value"\n'
               'let () = reg "Sys.Break" Break')
        assert isinstance(r, EvalResult), r


def test_interrupts(vm: VM):
    _register_break_if_needed(vm)
    r = ev(vm, "Before", "let v = [1; 2; 3]\nlet f x = x * 2")
    assert isinstance(r, EvalResult)
    latencies = []
    for unit, text in LOOPS.items():
        t0 = time.monotonic()
        start = t0 + 0.3
        out: list = []
        r = ev(vm, unit, text, outputs=out, qmp=vm.qmp, interrupt=lambda: time.monotonic() > start)
        latencies.append(time.monotonic() - start)
        assert isinstance(r, EvalException), (unit, r)
        assert exn_name(r.value).endswith(b"Break"), r
    r = ev(vm, "AfterBreak", "let a = List.length Before.v + Before.f 20\n"
           "let l = List.length (List.init 100000 (fun i -> [i]))")
    assert r.value == Block(0, 2, (43, 100000))
    EVAL_OUT.mkdir(parents=True, exist_ok=True)
    (EVAL_OUT / "measurements-interrupt.txt").write_text(
        "interrupt latency " + ", ".join(f"{u} {x * 1e3:.0f} ms" for u, x in zip(LOOPS, latencies)) + " (TCG)\n")
    assert vm.ch.ping(b"alive", timeout=vm.timeout) == b"alive"


def test_interrupts_under_gc_stress(eval_image):
    """A minor collection at every allocation, a major one every other
    time: the heap is intact after interrupted phrases."""
    vm = VM(eval_image[0], ACCELS[0], ["--robur-gc-stress=1,2"], qmp=True)
    vm.has_sys, vm.phrases = eval_image[1], Phrases()
    try:
        _register_break_if_needed(vm)
        r = ev(vm, "Before", "let v = List.init 100 (fun i -> [i])")
        for unit in ("Spin", "Rec", "InList"):
            start = time.monotonic() + 0.1
            r = ev(vm, unit, LOOPS[unit], qmp=vm.qmp, interrupt=lambda: time.monotonic() > start)
            assert isinstance(r, EvalException) and exn_name(r.value).endswith(b"Break"), (unit, r)
        r = ev(vm, "After", "let n = List.length (List.concat Before.v)\n"
               "let l = List.length (List.init 2000 (fun i -> [i]))")
        assert r.value == Block(0, 2, (100, 2000))
    finally:
        vm.close()


def test_fuzzed_eval_payloads_are_refused(vm: VM):
    good = vm.phrases.obj("Good", "let x = [1; 2]")
    rng = random.Random(7)
    for n in range(150):
        b = bytearray(good)
        for _ in range(rng.choice((1, 2, 8))):
            at = rng.randrange(len(b))
            b[at] = rng.randrange(256) if rng.random() < .5 else b[at] ^ (1 << rng.randrange(8))
        if rng.random() < .2:
            b = b[:rng.randrange(len(b))]
        payload = encode_eval("Fuzz", bytes(b), max_depth=rng.randrange(2**32), max_nodes=rng.randrange(2**32),
                              max_bytes=rng.randrange(2**32))
        r = rng.random()
        if r < .1:
            payload = payload[:rng.randrange(20)]            # short prefix or name
        elif r < .2:
            payload = struct.pack("<I", rng.randrange(2, 2**32)) + payload[4:]   # unknown flags
        with pytest.raises(RemoteError) as e:
            vm.ch.request(Kind.EVAL, payload, timeout=vm.timeout)
        assert e.value.error.code == ErrorCode.BAD_PAYLOAD
        if n % 25 == 0:
            assert vm.ch.ping(b"%d" % n, timeout=vm.timeout) == b"%d" % n
    # huge limits are clamped; the good phrase still runs
    r = eval_unit(vm.ch, "Good", good, timeout=vm.timeout, max_depth=2**32 - 1, max_nodes=2**32 - 1,
                  max_bytes=2**32 - 1)
    assert r.value == Block(0, 1, (Block(0, 2, (1, Block(0, 2, (2, 0)))),))


def test_decoder_rejects_malformed_trees():
    from robur.vm.eval_proto import EvalError
    assert decode_tree(bytes([1, 0]) + struct.pack("<II", 2, 1) + bytes([0]) + struct.pack("<q", 5)) == \
        Block(0, 2, (5,))
    for bad in (b"", bytes([9]), bytes([1, 0]) + struct.pack("<II", 1, 2), bytes([2]) + struct.pack("<II", 5, 6),
                bytes([0, 1, 2]), bytes([5, 5])):
        with pytest.raises(EvalError):
            decode_tree(bad)
    deep = bytes([1, 0]) + struct.pack("<II", 1, 1)
    assert isinstance(decode_tree(deep * 50000 + bytes([7])), Block)     # no recursion limit
    with pytest.raises(EvalError):
        decode_exception(bytes([7]) + struct.pack("<I", 2))
