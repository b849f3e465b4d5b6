"""``Machine`` on the live image, as the REPL uses it: phrases evaluated,
then random and damaged frames thrown at the control channel, after which
the same VM still evaluates phrases correctly with its earlier definitions."""
from __future__ import annotations

import random
import struct

import pytest

from robur.repl.phrase import PhraseCompiler
from robur.syntax.parser import parse_phrase
from robur.vm.eval_proto import Block, EvalException, EvalResult
from robur.vm.protocol import Kind, encode
from tests.conftest import require


@pytest.fixture(scope="module")
def machine():
    require("qemu-system-x86_64")
    from robur.driver.build import Builder
    from robur.vm.machine import Machine
    m = Machine(Builder(quiet=True).live_image(), quiet=True)
    m.start()
    yield m
    m.shutdown()


def evaluate(m, pc: PhraseCompiler, text: str):
    phrase = pc.compile(parse_phrase(text), text)
    out: list[bytes] = []
    r = m.eval(phrase.unit, phrase.obj, lambda fd, data: out.append(data), timeout=120)
    if isinstance(r, EvalResult):
        pc.commit(phrase)
    else:
        pc.rollback(phrase)
    return r, b"".join(out)


def _damaged_frames(rng: random.Random) -> list[bytes]:
    # sequence numbers far from the ones the Channel gives its requests, so
    # that the VM's ERROR answers to them are not taken for a reply
    good = [encode(Kind.PING, 0xFFFF0001, b"x" * rng.randrange(100)),
            encode(Kind.EVAL, 0xFFFF0002, struct.pack("<IIII", 1, 10, 10, 10) + b"\x03\x00\x00\x00TOP" + b"\x7fELF"),
            encode(Kind.LOAD_MODULE, 0xFFFF0003, b"\x05\x00\x00\x00Nope_" + bytes(rng.randrange(256) for _ in range(64))),
            encode(Kind.STATS, 0xFFFF0004, b"")]
    out = []
    for _ in range(60):
        f = bytearray(rng.choice(good))
        how = rng.randrange(5)
        if how == 0:
            f = bytearray(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
        elif how == 1:
            i = rng.randrange(len(f))
            f[i] ^= 1 << rng.randrange(8)
        elif how == 2:
            f = f[:rng.randrange(len(f))]
        elif how == 3:
            f[16:20] = struct.pack("<I", rng.randrange(1 << 32))     # length
        out.append(bytes(f))
    return out


def test_live_vm_survives_garbage_and_keeps_evaluating(machine) -> None:
    pc = PhraseCompiler()
    r, _ = evaluate(machine, pc, "let xs = List.init 5 (fun i -> i * i);;")
    assert isinstance(r, EvalResult)
    rng = random.Random(7)
    for batch in range(5):
        for frame in _damaged_frames(rng):
            machine.ch.send_bytes(frame, timeout=30)
        # the VM resynchronises: a PING gets through after each batch
        assert machine.ch.ping(b"after %d" % batch, timeout=60) == b"after %d" % batch
    r, out = evaluate(machine, pc, 'print_string "still here"; List.fold_left (+) 0 xs;;')
    assert out == b"still here"
    assert isinstance(r, EvalResult) and isinstance(r.value, Block) and r.value.fields == (30,)
    r, _ = evaluate(machine, pc, "List.nth xs 10;;")
    assert isinstance(r, EvalException)
