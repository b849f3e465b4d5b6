"""The VM's own linker (kernel/runtime/loader.c) on real QEMU (microvm):
units compiled by robur's code generator are sent with LOAD_MODULE into a
running VM, linked there against the kernel and earlier units, and run.

The server image is an OCaml program: a one-line unit calls the primitive
rb_loader_server_main (kernel/tests/loader/server.c) through caml_c_call, so
the runtime is fully initialised when modules load.  It is linked twice:
the first image's global symbols (nm) become rb_kernel_symtab
(robur.vm.loader_proto.kernel_symtab_asm), and the second link adds that
table.  librobur.a goes in whole (--whole-archive, no --gc-sections), so
every runtime primitive is there for modules to use.

KVM on the build machines is kvm_pvm, which cannot run the runtime's SSE
code, so only accelerators that robur.vm.qemu considers usable run."""
from __future__ import annotations

import fcntl
import random
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from robur.codegen.pipeline import compile_unit, object_of
from robur.codegen.startup import startup_asm
from robur.link.toolchain import assemble
from robur.lambda_ import ir as L
from robur.vm import kvm_usable
from robur.vm.channel import (QMP_SOCKET_NAME, Channel, RemoteError, private_runtime_dir, qemu_channel_args,
                              qemu_qmp_args)
from robur.vm.loader_proto import LOAD_EXCEPTION, encode_load, kernel_symbols, kernel_symtab_asm, load_module
from robur.vm.protocol import ErrorCode, Kind
from robur.vm.qmp import QMP
from robur.vm.qemu import decode_status, encode_cmdline, qemu_command
from tests.codegen.lamdsl import V, add, app, block, ccall, field, fun, i, let, loc, mul, prim, s, seq, with_printing

ROOT = Path(__file__).resolve().parents[2]
KERNEL = ROOT / "kernel"
BUILD = ROOT / "build" / "kernel"
OUT = ROOT / "build" / "vm-loader"
ACCELS = ["tcg", "kvm"] if kvm_usable() else ["tcg"]

CFLAGS = ["-std=c11", "-ffreestanding", "-nostdlib", "-fno-stack-protector", "-fno-pic", "-fno-pie",
          "-mno-red-zone", "-mcmodel=small", "-O2", "-Wall", "-Wextra", "-Werror", "-g",
          "-fno-omit-frame-pointer", "-fstack-clash-protection", "-fno-asynchronous-unwind-tables",
          "-fno-unwind-tables", "-fno-tree-loop-distribute-patterns", "-ffunction-sections",
          "-fdata-sections", f"-I{KERNEL / 'include'}", "-DRB_PLATFORM_PVH"]
SOURCES = [("tests/loader/server.c", [])]   # the virtio drivers and loader.c are in librobur.a


def _run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout


def _obj(unit: str, lam: L.Lam, source: str = "") -> bytes:
    return object_of(compile_unit(lam, unit, source))


def build_loader_image(out: Path, static_units: list[tuple[str, bytes]] = ()) -> Path:
    """The two-pass link described in the module docstring.  static_units,
    [(unit name, object)] in initialisation order, are linked into the image
    and initialised before the server starts (e.g. Stdlib units, for the
    units that will be loaded to use)."""
    out.mkdir(parents=True, exist_ok=True)
    objs = []
    for src, extra in SOURCES:
        obj = out / (Path(src).stem + ".o")
        _run(["gcc", *CFLAGS, *extra, "-c", str(KERNEL / src), "-o", str(obj)])
        objs.append(str(obj))
    main = compile_unit(seq(ccall("rb_loader_server_main", i(0)),
                            prim("setglobal", block(0, i(0)), arg="Loaderserver")), "Loaderserver")
    (out / "Loaderserver.o").write_bytes(object_of(main))
    for name, obj in static_units:
        (out / f"{name}.o").write_bytes(obj)
        objs.append(str(out / f"{name}.o"))
    # every apply/curry helper a unit can need (at most 9 arguments per
    # application or function, docs/codegen.md), since the units come later
    arities = set(range(2, 10))
    names = [n for n, _ in static_units] + [main.name]
    (out / "startup.o").write_bytes(assemble(startup_asm(names, arities, arities)))
    objs += [str(out / "Loaderserver.o"), str(out / "startup.o")]

    def link(image: Path, extra: list[str]) -> None:
        _run(["ld", "-T", str(KERNEL / "platform/pvh/link.ld"), "-o", str(image), str(BUILD / "pvh/start.o"),
              *objs, *extra, "--whole-archive", str(BUILD / "pvh/librobur.a"), "--no-whole-archive"])

    link(out / "pass1.elf", [])
    names = kernel_symbols(_run(["nm", str(out / "pass1.elf")]))
    (out / "ksymtab.s").write_text(kernel_symtab_asm(names))
    _run(["as", "--64", "-o", str(out / "ksymtab.o"), str(out / "ksymtab.s")])
    image = out / "loader-server.elf"
    link(image, [str(out / "ksymtab.o")])
    return image


@pytest.fixture(scope="session")
def server_image() -> Path:
    if shutil.which("qemu-system-x86_64") is None:
        pytest.skip("qemu-system-x86_64 missing: apt-get install qemu-system-x86")
    BUILD.mkdir(parents=True, exist_ok=True)
    with open(BUILD / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _run(["make", "-s", "-C", str(KERNEL), "all"])
        return build_loader_image(OUT)


class VM:
    def __init__(self, image: Path, accel: str, runtime_args: list[str] = (), qmp: bool = False,
                 memory_mb: int = 128) -> None:
        self.dir = private_runtime_dir()
        self.sock = self.dir / "control.sock"
        extra = qemu_channel_args(self.sock) + (qemu_qmp_args(self.dir) if qmp else [])
        cmd = qemu_command(image, accel, memory_mb, cmdline=encode_cmdline(["server", *runtime_args]),
                           extra_args=extra)
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.ch = Channel.connect(self.sock, timeout=10)
        self.qmp = QMP.connect(self.dir / QMP_SOCKET_NAME) if qmp else None
        self.timeout = 60.0     # generous: GC stress under TCG on a loaded machine is slow
        self.ch.hello(timeout=self.timeout)

    def load(self, unit: str, obj: bytes):
        return load_module(self.ch, unit, obj, timeout=self.timeout)

    def refused(self, payload: bytes) -> str:
        with pytest.raises(RemoteError) as e:
            self.ch.request(Kind.LOAD_MODULE, payload, timeout=self.timeout)
        assert e.value.error.code == ErrorCode.BAD_PAYLOAD
        return e.value.error.message

    def shutdown(self) -> tuple[int, bytes]:
        self.ch.shutdown(0, timeout=self.timeout)
        out, _ = self.proc.communicate(timeout=20)
        return decode_status(self.proc.returncode, None)[0], out

    def close(self) -> None:
        self.ch.close()
        if self.qmp is not None:
            self.qmp.close()
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(params=ACCELS)
def vm(request: pytest.FixtureRequest, server_image: Path) -> Iterator[VM]:
    v = VM(server_image, request.param)
    yield v
    v.close()


# --- units --------------------------------------------------------------------

def unit_a(k: int = 2, tag: str = "A: loaded\n") -> L.Lam:
    """let f x = x * k + 1  let greeting = "hello from A"  let pair = (f 1, f 2)
    let () = print_string tag; print_int (f 20); print_newline ()
    (pair is allocated at run time: the module block holds a heap value)"""
    fx, fv = V("x"), V("f")
    return with_printing(lambda ps, pi, pn: let(
        fv, fun([fx], add(mul(loc(fx), i(k)), i(1)), "f"),
        seq(ps(s(tag)), pi(app(loc(fv), i(20))), pn(),
            prim("setglobal", block(0, loc(fv), s("hello from A"),
                                    block(0, app(loc(fv), i(1)), app(loc(fv), i(2)))), arg="A"))))


def unit_b() -> L.Lam:
    """let () = print_int (A.f 100); print_string A.greeting; ...
    A's values are reached through its module block (camlA)."""
    xs = V("xs")
    return with_printing(lambda ps, pi, pn: seq(
        ps(s("B: A.f 100 = ")), pi(app(field(L.Global("A"), 0), i(100))), pn(),
        ps(field(L.Global("A"), 1)), pn(),
        pi(field(field(L.Global("A"), 2), 1)), pn(),
        # allocation in a loaded unit, live across a call
        let(xs, block(0, i(1), block(0, i(2), i(0))),
            seq(pi(add(field(loc(xs), 0), field(field(loc(xs), 1), 0))), pn())),
        prim("setglobal", block(0, i(7)), arg="B")))


def unit_raises() -> L.Lam:
    """let () = print_string "C: about to fail\\n"; failwith "boom" """
    exn = prim("getglobal", arg="caml_exn_Failure")
    return with_printing(lambda ps, pi, pn: seq(
        ps(s("C: about to fail\n")),
        prim("raise", block(0, exn, s("boom"))),
        prim("setglobal", block(0, i(0)), arg="C")))


# --- tests ----------------------------------------------------------------------

EXPECTED_AB = (b"loader: ready\nA: loaded\n41\nB: A.f 100 = 201\nhello from A\n5\n3\n"
               b"A2: loaded\n61\nB: A.f 100 = 301\nhello from A\n7\n3\nloader: shutdown\n")


def _load_and_call_across(vm: VM) -> None:
    a = vm.load("A", _obj("A", unit_a()))
    assert a.ok and a.code_bytes > 0 and a.data_bytes > 0, a
    b = vm.load("B", _obj("B", unit_b()))
    assert b.ok, b
    assert vm.ch.ping(b"still here", timeout=vm.timeout) == b"still here"
    # a new version of A: units loaded later link to it (newest first)
    assert vm.load("A", _obj("A", unit_a(3, "A2: loaded\n"))).ok
    assert vm.load("B", _obj("B", unit_b())).ok
    status, out = vm.shutdown()
    assert (status, out) == (0, EXPECTED_AB)


def test_load_units_and_call_across(vm: VM):
    _load_and_call_across(vm)


@pytest.mark.parametrize("accel", ACCELS)
def test_load_under_gc_stress(server_image: Path, accel: str):
    """A minor collection at every allocation, a major one every other time:
    the loaded units' frame tables and module blocks must be right."""
    v = VM(server_image, accel, ["--robur-gc-stress=1,2"])
    try:
        _load_and_call_across(v)
    finally:
        v.close()


def test_initialiser_exception_is_reported(vm: VM):
    r = vm.load("C", _obj("C", unit_raises()))
    assert r.status == LOAD_EXCEPTION and r.message == 'Failure("boom")', r
    assert vm.ch.ping(b"p", timeout=vm.timeout) == b"p"
    # the failed unit published nothing: a unit using it is refused
    user = with_printing(lambda ps, pi, pn: seq(ps(field(L.Global("C"), 0)),
                                                prim("setglobal", block(0, i(0)), arg="D")))
    assert vm.refused(encode_load("D", _obj("D", user))) == "undefined symbol camlC"
    assert vm.load("A", _obj("A", unit_a())).ok
    status, out = vm.shutdown()
    assert (status, out) == (0, b"loader: ready\nC: about to fail\nA: loaded\n41\nloader: shutdown\n")


# --- malformed objects ----------------------------------------------------------

def _sections(obj: bytes) -> list[dict]:
    shoff, = struct.unpack_from("<Q", obj, 40)
    shnum, shstrndx = struct.unpack_from("<HH", obj, 60)
    names_off = struct.unpack_from("<Q", obj, shoff + 64 * shstrndx + 24)[0]
    out = []
    for k in range(shnum):
        h = shoff + 64 * k
        name, typ, flags, addr, off, size, link, info, align, ent = struct.unpack_from("<IIQQQQIIQQ", obj, h)
        nm = obj[names_off + name:obj.index(b"\0", names_off + name)].decode()
        out.append(dict(hdr=h, name=nm, type=typ, off=off, size=size, link=link, info=info))
    return out


def _sec(obj: bytes, name: str) -> dict:
    return next(s for s in _sections(obj) if s["name"] == name)


def _put(obj: bytes, at: int, fmt: str, *v) -> bytes:
    b = bytearray(obj)
    struct.pack_into(fmt, b, at, *v)
    return bytes(b)


def malformed(obj: bytes) -> list[tuple[str, bytes, str]]:
    """(case, payload, expected message prefix)."""
    E = lambda o: encode_load("A", o)   # noqa: E731
    symtab, rela, data = _sec(obj, ".symtab"), _sec(obj, ".rela.text"), _sec(obj, ".data")
    strtab = _sections(obj)[symtab["link"]]
    undef = obj.replace(b"\0caml_c_call\0", b"\0caml_x_call\0")
    assert undef != obj
    ftab_sym = None
    for k in range(symtab["size"] // 24):
        nm_off, = struct.unpack_from("<I", obj, symtab["off"] + 24 * k)
        if obj[strtab["off"] + nm_off:].startswith(b"camlA__frametable\0"):
            ftab_sym = struct.unpack_from("<Q", obj, symtab["off"] + 24 * k + 8)[0]
    rela_data = _sec(obj, ".rela.data")
    ra_entry = next(rela_data["off"] + 24 * k for k in range(rela_data["size"] // 24)
                    if struct.unpack_from("<Q", obj, rela_data["off"] + 24 * k)[0] > ftab_sym)
    return [
        ("empty payload", b"", "payload too short"),
        ("name length beyond the payload", struct.pack("<I", 1000) + b"A", "bad module name length"),
        ("zero name length", struct.pack("<I", 0) + obj, "bad module name length"),
        ("bad name", encode_load("A", b"")[:4] + b"/" + obj, "bad module name"),
        ("no object", E(b""), "object too short"),
        ("bad magic", E(b"\x7fELG" + obj[4:]), "not an ELF object"),
        ("ELF32", E(_put(obj, 4, "<B", 1)), "not ELF64"),
        ("executable", E(_put(obj, 16, "<H", 2)), "not a relocatable object"),
        ("other machine", E(_put(obj, 18, "<H", 3)), "not x86-64"),
        ("section headers beyond the end", E(_put(obj, 40, "<Q", len(obj))), "section headers outside"),
        ("section header offset wraps", E(_put(obj, 40, "<Q", 2**64 - 64)), "section headers outside"),
        ("huge section count", E(_put(obj, 60, "<H", 0xffff)), "bad section count"),
        ("bad shentsize", E(_put(obj, 58, "<H", 32)), "bad e_shentsize"),
        ("bad shstrndx", E(_put(obj, 62, "<H", 200)), "bad e_shstrndx"),
        ("section offset huge", E(_put(obj, symtab["hdr"] + 24, "<Q", 2**63)), "section outside"),
        ("section size huge", E(_put(obj, data["hdr"] + 32, "<Q", 2**62)), "section outside"),
        ("alignment not a power of two", E(_put(obj, data["hdr"] + 48, "<Q", 24)), "bad section alignment"),
        ("symbol table entry size", E(_put(obj, symtab["hdr"] + 56, "<Q", 16)), "bad symbol table entry size"),
        ("symbol table link", E(_put(obj, symtab["hdr"] + 40, "<I", 0)), "symbol table without"),
        ("symbol name outside strtab", E(_put(obj, symtab["off"] + 24, "<I", 0x7fffffff)), "symbol name outside"),
        ("symbol section index", E(_put(obj, symtab["off"] + 24 + 6, "<H", 77)), "symbol in a bad section"),
        ("symbol value beyond its section", E(_put(obj, symtab["off"] + 24 + 8, "<Q", 2**40)),
         "symbol outside its section"),
        ("unknown relocation type", E(_put(obj, rela["off"] + 8, "<I", 42)), "unsupported relocation type 42"),
        ("relocation symbol index", E(_put(obj, rela["off"] + 12, "<I", 99999)), "relocation with a bad symbol"),
        ("relocation offset beyond its section", E(_put(obj, rela["off"], "<Q", 2**63)),
         "relocation outside its section"),
        ("relocation entry size", E(_put(obj, rela["hdr"] + 56, "<Q", 16)), "bad relocation entry size"),
        ("relocations target", E(_put(obj, rela["hdr"] + 44, "<I", 999)), "relocations for a bad section"),
        ("REL section", E(_put(obj, rela["hdr"] + 4, "<I", 9)), "REL relocations"),
        ("undefined symbol", E(undef), "undefined symbol caml_x_call"),
        ("wrong unit name", encode_load("Zz", obj), "the object does not define camlZz"),
        ("frame table count huge", E(_put(obj, data["off"] + ftab_sym, "<Q", 2**60)),
         "frame table count too large"),
        # late checks, after relocation
        ("relocation onto the frame table's count", E(_put(obj, rela_data["off"], "<Q", ftab_sym)),
         "relocation inside the frame table's count"),
        ("return address outside the code", E(_put(obj, ra_entry + 16, "<q", 1 << 20)),
         "frame descriptor return address outside the code"),
    ] + [(f"truncated to {n}", E(obj[:n]), "") for n in (63, 64, 200, len(obj) // 2, len(obj) - 1)]


def test_malformed_objects_are_refused(vm: VM):
    obj = _obj("A", unit_a())
    cases = malformed(obj)
    for name, payload, want in cases:
        msg = vm.refused(payload)
        assert msg.startswith(want), (name, msg)
        assert vm.ch.ping(name.encode(), timeout=vm.timeout) == name.encode()
    # seeded random damage: byte flips anywhere in the object, sent under a
    # name the object does not define, so every one is parsed completely
    # and refused without running (damaged code must never run)
    rng = random.Random(17)
    for n in range(300):
        b = bytearray(obj)
        for _ in range(rng.choice((1, 2, 8))):
            at = rng.randrange(len(b))
            b[at] = rng.randrange(256) if rng.random() < .5 else b[at] ^ (1 << rng.randrange(8))
        if rng.random() < .2:
            b = b[:rng.randrange(len(b))]
        vm.refused(encode_load("Fuzz", bytes(b)))
        if n % 25 == 0:
            assert vm.ch.ping(b"%d" % n, timeout=vm.timeout) == b"%d" % n
    # after all of it, a good module still loads and runs
    assert vm.load("A", obj).ok
    status, out = vm.shutdown()
    assert (status, out) == (0, b"loader: ready\nA: loaded\n41\nloader: shutdown\n")


def test_real_ocaml_units(vm: VM):
    """tests/codegen/ml/project (util.ml, main.ml: a ref, functions and an
    exception of another unit) through robur.typing and the lambda
    translation, each unit loaded on its own: the output is ocamlopt's.
    Compiled with line information, so the objects also carry .debug_line
    and its relocations, which the loader skips."""
    from tests.codegen.test_frontend import ML, translate_all
    units = translate_all({p.name: p.read_text() for p in sorted((ML / "project").glob("*.ml"))})
    assert [n for n, _ in units] == ["Util", "Main"]
    for name, lam in units:
        obj = _obj(name, lam, source=f"{name.lower()}.ml")
        assert b".debug_line" in obj
        r = vm.load(name, obj)
        assert r.ok, (name, r)
    status, out = vm.shutdown()
    assert (status, out) == (0, b"loader: ready\n" + (ML / "project.expected").read_bytes() +
                             b"loader: shutdown\n")


def test_more_modules_than_the_old_limit(vm: VM):
    """roots.c's run-time frame tables and the loader's tables grow: 300
    modules load (the limit used to be 256), a unit uses the first and the
    last, and the VM keeps serving.  (One object, renamed: the unit names
    have the same length, so only the symbol strings change.)"""
    base = _obj("M000", seq(prim("setglobal", block(0, i(1)), arg="M000")))
    for k in range(300):
        name = f"M{k:03d}"
        r = vm.load(name, base.replace(b"camlM000", f"caml{name}".encode()))
        assert r.ok, (k, r)
    user = with_printing(lambda ps, pi, pn: seq(
        pi(add(field(L.Global("M000"), 0), field(L.Global("M299"), 0))), pn(),
        prim("setglobal", block(0, i(0)), arg="Use")))
    assert vm.load("Use", _obj("Use", user)).ok
    assert vm.ch.ping(b"alive", timeout=vm.timeout) == b"alive"
    status, out = vm.shutdown()
    assert (status, out) == (0, b"loader: ready\n2\nloader: shutdown\n")


PROGRAMS = ["basics", "closures", "exceptions", "gc_list", "switches", "floats", "stack_overflow",
            "big_block", "boxed_ints", "many_args", "letrec_values", "int_arith"]


def test_codegen_programs_as_loaded_units(vm: VM):
    """The end-to-end programs of tests/codegen/programs.py, each loaded as a
    unit into one running VM, in turn: their output is the static image's.
    stack_overflow checks that a loaded module's code is registered for
    Stack_overflow."""
    from tests.codegen import programs
    expected = b"loader: ready\n"
    for k, name in enumerate(PROGRAMS):
        lam, out = getattr(programs, name)()
        unit = f"P{k}"
        r = vm.load(unit, _obj(unit, seq(lam, prim("setglobal", block(0, i(0)), arg=unit))))
        assert r.ok, (name, r)
        expected += out
    status, out = vm.shutdown()
    assert (status, out) == (0, expected + b"loader: shutdown\n")
