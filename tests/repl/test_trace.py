"""``#trace`` beyond what the script corpus compares with OCaml's toplevel
(tests/repl/scripts/*trace*.ml): the TRACE frame's decoding, the host
ignoring trace points it does not know and malformed events, the order of
trace lines and program output, the wrappers surviving a GC, and #reset
forgetting the traced functions.  One in-process Toplevel on one live VM."""
from __future__ import annotations

import struct

import pytest

from robur.vm.eval_proto import EvalError, TraceFrame, decode_trace
from robur.vm.protocol import Kind, TraceEvent, ValueKind
from tests.conftest import require


def _int_tree(n: int) -> bytes:
    return struct.pack("<Bq", ValueKind.INT, n)


def test_trace_kind_is_the_first_free_reserved_kind() -> None:
    assert Kind.TRACE == 29 and [e.value for e in TraceEvent] == [0, 1, 2]


def test_decode_trace() -> None:
    ev = decode_trace(struct.pack("<II", 7, TraceEvent.RETURN) + _int_tree(42))
    assert ev == TraceFrame(7, TraceEvent.RETURN, 42)


@pytest.mark.parametrize("payload", [
    b"",                                                        # no header
    b"\x01\x00\x00\x00",                                        # half a header
    struct.pack("<II", 1, 0),                                   # no value
    struct.pack("<II", 1, 3) + _int_tree(1),                    # unknown event
    struct.pack("<II", 1, 0) + _int_tree(1) + b"x",             # bytes after the value
    struct.pack("<II", 1, 0) + bytes([ValueKind.BLOCK, 0]) + struct.pack("<II", 5, 5),  # truncated block
    struct.pack("<II", 1, 0) + bytes([99]),                     # unknown node kind
])
def test_malformed_trace_payloads_raise_eval_error(payload: bytes) -> None:
    with pytest.raises(EvalError):
        decode_trace(payload)


@pytest.fixture(scope="module")
def top():
    require("qemu-system-x86_64")
    from robur.repl.app import start_machine
    from robur.repl.toplevel import Toplevel
    from robur.vm.qemu import choose_accel
    out: list[str] = []
    t = Toplevel(lambda: start_machine(choose_accel(None, quiet=True), 256, True), out.append)
    t.captured = out          # type: ignore[attr-defined]
    yield t
    t.close()


def run(top, text: str) -> str:
    top.captured.clear()
    top.execute(text)
    return "".join(top.captured)


def test_unknown_trace_points_and_bad_events_are_ignored(top) -> None:
    run(top, 'external raw_trace : int -> int -> \'a -> unit = "caml_robur_trace";;')
    # no trace point 123456 exists; event 9 does not exist; the VM sends
    # both frames and the host drops them without a word
    assert run(top, 'raw_trace 123456 0 "x"; raw_trace 0 1 [1; 2]; raw_trace 1 9 3;;') == "- : unit = ()\n"
    assert run(top, "let f x = x + 1;;") == "val f : int -> int = <fun>\n"
    assert run(top, "#trace f;;") == "f is now traced.\n"
    assert run(top, "f 1;;") == "f <-- 1\nf --> 2\n- : int = 2\n"
    # a forged event for f's trace point with an unknown event number
    assert run(top, "raw_trace 1 7 0;;") == "- : unit = ()\n"
    assert run(top, "#untrace f;;") == "f is no longer traced.\n"


def test_trace_lines_come_in_order_with_program_output(top) -> None:
    run(top, "let say x = print_string \"<\"; print_int x; print_string \">\"; x;;")
    run(top, "#trace say;;")
    assert run(top, "say 1 + say 2;;") == \
        "say <-- 2\n<2>say --> 2\nsay <-- 1\n<1>say --> 1\n- : int = 3\n"
    run(top, "#untrace say;;")


def test_wrappers_survive_the_gc(top) -> None:
    # the wrapper is a young closure stored into a static block (a Stdlib
    # unit's) and into phrase blocks: after collections it still works
    run(top, "let g x = String.concat \",\" (List.map string_of_int x);;")
    assert run(top, "#trace g;;") == "g is now traced.\n"
    assert run(top, "#trace List.rev;;") == "List.rev is now traced.\n"
    run(top, "Gc.compact ();;")
    run(top, "let junk = List.init 200_000 (fun i -> Some i) in Gc.full_major (); List.length junk;;")
    assert run(top, "g (List.rev [1; 2]);;") == (
        "List.rev <-- [<poly>; <poly>]\nList.rev --> [<poly>; <poly>]\n"
        'g <-- [2; 1]\ng --> "2,1"\n- : string = "2,1"\n')
    assert run(top, "#untrace_all;;") == "List.rev is no longer traced.\ng is no longer traced.\n"
    assert run(top, "List.rev [1];;") == "- : int list = [1]\n"


def test_reset_forgets_traced_functions(top) -> None:
    run(top, "let h x = x;;")
    run(top, "#trace h;;")
    run(top, "#reset;;")
    assert run(top, "#untrace_all;;") == ""
    run(top, "let h x = x;;")
    assert run(top, "h 1;;") == "- : int = 1\n"
