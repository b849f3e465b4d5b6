"""Hot reload on real QEMU (docs/protocol.md, "Running and reloading a
program"): a small project (Counter, Render, View, Main) compiled by the
real front end, its main unit started with RUN in a live image, its loop
printing `View.show (Counter.get ())` on the serial console and calling
`Robur.sleep 0.05`; RELOAD batches sent while it runs; RESTART; damaged
payloads.  TCG (kvm_pvm cannot run the runtime's SSE code)."""
from __future__ import annotations

import random
import re
import statistics
import struct
import threading
import time
from pathlib import Path

import pytest

from robur.vm.channel import RemoteError
from robur.vm.loader_proto import encode_load
from robur.vm.qemu import decode_status
from robur.vm.protocol import ErrorCode, Kind, StatsField
from robur.vm.reload_proto import (RELOAD_EXCEPTION, RELOAD_OK, ReloadReply, decode_reload_reply, encode_reload,
                                   encode_run)

OUT = Path(__file__).resolve().parents[2] / "build" / "vm-reload"

COUNTER = """let count = ref 0
let tick () = incr count
let get () = !count
"""
RENDER = 'let render n = "v1:" ^ string_of_int n\n'
VIEW = "let show n = Render.render n\n"
MAIN = """let () =
  while true do
    Counter.tick ();
    print_endline (View.show (Counter.get ()));
    Robur.sleep 0.05
  done
"""


# The Stdlib unit Robur must be in the typing environment's unit list
# (MODULES in robur/typing/stdlib_env.py).  Until that line is there, a
# child process with it added does the compiling: changing the list in this
# process would give other tests of the same worker a second set of Stdlib
# idents.  The child answers one JSON line per request.
_COMPILER = r"""
import base64, json, sys
from pathlib import Path
from robur.typing import stdlib_env
if "robur" not in stdlib_env.MODULES:
    stdlib_env.MODULES.append("robur")
from robur.driver.build import Builder
from robur.driver.project import Project
from robur.typing.checker import Checker
b = Builder(quiet=True)
checker = Checker()
sources = {}
for line in sys.stdin:
    req = json.loads(line)
    if req["op"] == "live":
        out = str(b.live_image())
    elif req["op"] == "build":
        src = req["src"]
        b.build(Project(Path(src), {src: Path(src).read_text()}, req["entry"]), req["target"], Path(req["out"]))
        out = req["out"]
    else:
        for stem, text in req["changes"].items():
            sources[stem + ".ml"] = text
        checker.update(dict(sources))
        errs = {n: str(checker.units[n].error) for n in checker.order if checker.units[n].error is not None}
        out = {"errors": errs} if errs else {n: base64.b64encode(b.user_unit(checker, checker.units[n]).obj).decode()
                                             for n in checker.order}
    print(json.dumps(out), flush=True)
"""


class Compiler:
    def __init__(self) -> None:
        import subprocess
        import sys
        root = Path(__file__).resolve().parents[2]
        self.proc = subprocess.Popen([sys.executable, "-c", _COMPILER], cwd=root, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)

    def ask(self, **req):
        import json
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, "the compiler process died"
        return json.loads(line)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def compiler():
    c = Compiler()
    yield c
    c.close()


class Project:
    """The sources of the project, compiled unit by unit as `robur dev`
    would: one Checker updated with each new version (in the child)."""

    def __init__(self, compiler: Compiler) -> None:
        self.compiler = compiler
        self.started = False

    def objs(self, **changes: str) -> dict[str, bytes]:
        import base64
        if not self.started:
            changes = {"counter": COUNTER, "render": RENDER, "view": VIEW, "main": MAIN, **changes}
            self.started = True
        r = self.compiler.ask(op="objs", changes=changes)
        assert "errors" not in r, r
        return {n: base64.b64decode(o) for n, o in r.items()}


class Console:
    """The serial console's lines, as the VM prints them."""

    def __init__(self) -> None:
        self.buf = b""
        self.lock = threading.Lock()

    def feed(self, data: bytes) -> None:
        with self.lock:
            self.buf += data

    def lines(self) -> list[str]:
        with self.lock:
            text = self.buf.decode("latin-1")
        return text[:text.rfind("\n") + 1].splitlines()     # whole lines only

    def wait_for(self, pred, timeout: float = 20.0, start: int = 0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines()[start:]:
                if pred(line):
                    return line
            time.sleep(0.02)
        raise AssertionError(f"no such console line within {timeout} s; last: {self.lines()[-5:]}")


def _value(line: str) -> tuple[str, int]:
    m = re.fullmatch(r"(\w+):(\d+)", line.strip())
    assert m, line
    return m.group(1), int(m.group(2))


@pytest.fixture(scope="module")
def machine(compiler):
    from robur.vm.machine import Machine
    image = Path(compiler.ask(op="live"))
    console = Console()
    m = Machine(image, accel="tcg", on_console=console.feed, quiet=True)
    m.start()
    m.console = console       # type: ignore[attr-defined]
    yield m
    m.shutdown()


def test_run_reload_restart(machine, compiler):
    m, con = machine, machine.console
    proj = Project(compiler)
    objs = proj.objs()
    for unit in ("Counter", "Render", "View"):
        assert m.load(unit, objs[unit]).ok
    run = m.run("Main", objs["Main"])
    con.wait_for(lambda l: l.startswith("v1:3"))
    assert m.run_result(run, timeout=0) is None            # still running

    # STATS and PING are answered from inside Robur.sleep
    st = m.stats()
    assert st.get(StatsField.FRAMES_IN) > 0
    assert m.ping(b"hello") == b"hello"

    # a second RUN while one runs is refused; the program goes on
    with pytest.raises(RemoteError) as e:
        m.run_result(m.run("Main", objs["Main"]), timeout=10)
    assert e.value.error.code == ErrorCode.BAD_PAYLOAD and "already running" in e.value.error.message

    # a new Render body: the output changes, the counter does not restart
    before = _value(con.lines()[-1])[1]
    mark = len(con.lines())
    r = m.reload([("Render", proj.objs(render='let render n = "v2:" ^ string_of_int n\n')["Render"], [])])
    assert r == ReloadReply(RELOAD_OK, 0, r.code_bytes, r.data_bytes, "") and r.code_bytes > 0
    n2 = _value(con.wait_for(lambda l: l.startswith("v2:"), start=mark))[1]
    assert n2 >= before
    assert all(_value(l)[0] in ("v1", "v2") for l in con.lines()[mark:] if l.strip())

    # reload latency: one small unit, host send -> reply, while the program runs
    lat = []
    for k in range(5):
        obj = proj.objs(render=f'let render n = "v2:" ^ string_of_int (n + 0 * {k})\n')["Render"]
        t0 = time.perf_counter()
        assert m.reload([("Render", obj, [])]).ok
        lat.append(time.perf_counter() - t0)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "measurements.txt").write_text(
        f"RELOAD of one small unit while the program sleeps (TCG), host send -> reply: "
        f"median {statistics.median(lat) * 1000:.1f} ms, min {min(lat) * 1000:.1f} ms, "
        f"max {max(lat) * 1000:.1f} ms\n")

    # a kept field survives its own unit's reload, in the canonical block
    # that importers read: Counter's `count` (field 0).  The new version's
    # own functions captured its own fresh ref (robur binds a unit's
    # top-level values as locals its closures capture: docs/protocol.md),
    # so the program now counts from 100000 by 10 while `Counter.count`,
    # read through the block by a unit loaded later, is still the old ref.
    at = _value(con.lines()[-1])[1]
    counter2 = COUNTER.replace("ref 0", "ref 100000").replace("incr count", "count := !count + 10")
    r = m.reload([("Counter", proj.objs(counter=counter2)["Counter"], [0])])
    assert r.ok
    mark = len(con.lines())
    con.wait_for(lambda l: l.startswith("v2:1000"), start=mark)
    probe = proj.objs(probe='let () = print_endline ("probe:" ^ string_of_int !Counter.count)\n')
    assert m.load("Probe", probe["Probe"]).ok
    kept = _value(con.wait_for(lambda l: l.startswith("probe:"), start=mark))[1]
    assert at <= kept < 100000

    # without keeping it, the field is the new version's
    counter3 = COUNTER.replace("ref 0", "ref 500000")
    assert m.reload([("Counter", proj.objs(counter=counter3)["Counter"], [])]).ok
    mark = len(con.lines())
    n3 = _value(con.wait_for(lambda l: l.startswith("v2:5") and _value(l)[1] > 500000, start=mark))[1]
    assert n3 < 600000
    assert m.load("Probe", proj.objs()["Probe"]).ok
    assert _value(con.wait_for(lambda l: l.startswith("probe:"), start=mark))[1] > 500000

    # an initialiser that raises: nothing committed, the old Render stays
    bad = proj.objs(render='let () = failwith "nope"\nlet render n = "v9:" ^ string_of_int n\n')["Render"]
    good_view = proj.objs()["View"]
    r = m.reload([("View", good_view, []), ("Render", bad, [])])
    assert (r.status, r.failed_index, r.message) == (RELOAD_EXCEPTION, 1, 'Failure("nope")')
    mark = len(con.lines())
    time.sleep(0.4)
    con.wait_for(lambda l: l.startswith("v2:"), start=mark)
    assert not any(l.startswith("v9") for l in con.lines())

    # the interface changes: Render gets a field, View (its importer) comes along
    objs3 = proj.objs(render='let prefix = "v3:"\nlet render n = prefix ^ string_of_int n\n')
    r = m.reload([("Render", objs3["Render"], []), ("View", objs3["View"], [])])
    assert r.ok, r
    mark = len(con.lines())
    con.wait_for(lambda l: l.startswith("v3:"), start=mark)

    # damaged RELOAD and RUN payloads are refused; the program keeps running
    _fuzz(m, objs3)
    mark = len(con.lines())
    last = _value(con.wait_for(lambda l: l.startswith("v3:"), start=mark))[1]

    # RESTART: Robur.Restart ends the RUN; a new main continues from Counter's state
    m.restart()
    rr = m.run_result(run, timeout=20)
    assert rr is not None and rr.status == 1 and "Restart" in rr.message, rr
    main2 = MAIN.replace("print_endline (View.show", 'print_endline ("again" ^ View.show')
    objs4 = proj.objs(main=main2)
    run2 = m.run("Main", objs4["Main"])
    line = con.wait_for(lambda l: l.startswith("againv3:"), start=mark)
    assert int(line[len("againv3:"):]) > last
    m.restart()
    assert "Restart" in m.run_result(run2, timeout=20).message
    m.restart()                                                    # nothing running: nothing happens
    assert m.ping(b"x") == b"x"

    # SHUTDOWN received inside Robur.sleep: answered, the VM exits with its code
    m.run("Main", objs4["Main"])
    mark = len(con.lines())
    con.wait_for(lambda l: l.startswith("againv3:"), start=mark)
    m.shutdown()
    assert decode_status(m.proc.returncode, None) == (0, False)


def _fuzz(m, objs) -> None:
    """Damaged RELOAD and RUN payloads: each refused with BAD_PAYLOAD while
    the program runs.  Objects are sent under a unit name they do not define
    (Counter's name, Render's object), so a damage that still parses is
    refused by the linker and nothing damaged ever runs."""
    good = encode_reload([("Render", objs["Render"], [])])
    wrong = encode_reload([("Counter", objs["Render"], [])])
    cases = [
        b"", b"\0\0\0", struct.pack("<I", 0), struct.pack("<I", 257), good[:-1], good + b"\0",
        good[:4] + good[4:8] + b"\xff\xff\xff\xff",                       # nkeep past the end
        encode_reload([("Nowhere", objs["Render"], [])]),                 # never loaded
        encode_reload([("Render", objs["Render"], [7])]),                 # kept index out of range
        encode_reload([("Render", objs["Render"], []), ("Render", objs["Render"], [])]),   # twice
        encode_reload([("Counter", objs["Render"], [])]),                 # does not define camlCounter
        encode_reload([("Render", objs["Render"], []), ("Counter", objs["Render"], [])]),
    ]
    rnd = random.Random(8)
    for _ in range(60):
        b = bytearray(wrong)
        for _ in range(rnd.randint(1, 4)):
            i = rnd.randrange(len(b)) if rnd.random() < 0.5 else rnd.randrange(min(len(b), 40))
            b[i] ^= 1 << rnd.randrange(8)
        cases.append(bytes(b))
    for _ in range(20):
        cases.append(wrong[:rnd.randrange(len(wrong))])
    for payload in cases:
        with pytest.raises(RemoteError) as e:
            m._request(Kind.RELOAD, payload, {Kind.RELOAD_REPLY}, None, 20)
        assert e.value.error.code == ErrorCode.BAD_PAYLOAD, (payload[:40], e.value.error)
    runs = [b"", b"\1\0\0\0", encode_run("Counter", objs["Render"])] + \
        [encode_run("Counter", objs["Render"])[:rnd.randrange(200)] for _ in range(10)]
    for payload in runs:
        with pytest.raises(RemoteError) as e:
            m._request(Kind.RUN, payload, {Kind.RUN_REPLY}, None, 20)
        assert e.value.error.code == ErrorCode.BAD_PAYLOAD
    assert m.ping(b"alive") == b"alive"


SLEEPER = """let () =
  let t0 = Robur.uptime () in
  Robur.sleep 0.3;
  Robur.sleep (-1.0);
  Robur.sleep nan;
  let d = Robur.uptime () -. t0 in
  print_endline (if d >= 0.29 && d < 10.0 then "slept" else "bad " ^ string_of_float d)
"""


@pytest.mark.parametrize("target", ["unix", "qemu"])
def test_sleep_without_a_channel(compiler, tmp_path, target):
    """An ordinary image (or the unix executable) has no control channel:
    Robur.sleep just waits."""
    from robur.vm.qemu import run_image, run_unix
    src = tmp_path / "sleeper.ml"
    src.write_text(SLEEPER)
    out = tmp_path / ("sleeper" if target == "unix" else "sleeper.elf")
    compiler.ask(op="build", src=str(src), entry="Sleeper", target=target, out=str(out))
    r = run_unix(out, timeout=30) if target == "unix" else run_image(out, accel="tcg", timeout=60, quiet=True)
    assert (r.exit_code, r.stdout.strip()) == (0, b"slept")


def test_codec():
    p = encode_reload([("A", b"obj", [1, 2]), ("Bc", b"xy", [])])
    assert p == (struct.pack("<I", 2) + struct.pack("<III", 2, 1, 2) + struct.pack("<I", 8) + encode_load("A", b"obj")
                 + struct.pack("<I", 0) + struct.pack("<I", 8) + encode_load("Bc", b"xy"))
    assert encode_run("A", b"o") == encode_load("A", b"o")
    r = decode_reload_reply(struct.pack("<IIQQ", 1, 3, 10, 20) + b'Failure("x")')
    assert r == ReloadReply(1, 3, 10, 20, 'Failure("x")') and not r.ok
    with pytest.raises(ValueError):
        decode_reload_reply(b"\0" * 23)
    with pytest.raises(ValueError):
        encode_reload([])
    with pytest.raises(ValueError):
        encode_reload([("A", b"", [-1])])
