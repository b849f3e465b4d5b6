"""The external toolchain: GNU as and ld, and the kernel's own build.

``assemble`` turns assembly text into an ELF object (cached in the
BuildCache under the hash of the text: the same text is never assembled
twice).  ``link`` makes a PVH image (``pvh``) or a static Linux executable
(``unix``) from the program's objects, the platform's start.o and
librobur.a, exactly as docs/runtime.md ("Building and linking") describes.
The kernel libraries are built with ``make -C kernel`` the first time they
are needed (a message says so; make is incremental afterwards).
"""
from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .cache import BuildCache, digest

if TYPE_CHECKING:
    from .warm_as import AsmStream, WarmAssembler

ROOT = Path(__file__).resolve().parents[2]
KERNEL = ROOT / "kernel"
BUILD = ROOT / "build" / "kernel"
PLATFORMS = ("pvh", "unix")


class ToolchainError(RuntimeError):
    pass


_kernel_ready = False


def kernel_libs(platform: str) -> tuple[Path, Path]:
    """(start.o, librobur.a) of the platform, building the kernel if needed."""
    global _kernel_ready
    if platform not in PLATFORMS:
        raise ValueError(f"unknown platform {platform!r}")
    start, lib = BUILD / platform / "start.o", BUILD / platform / "librobur.a"
    stamp = BUILD / ".made"
    if not _kernel_ready and start.exists() and lib.exists() and _kernel_up_to_date(stamp):
        _kernel_ready = True       # make would do nothing: skip its ~50 ms
    if not _kernel_ready:
        if not (start.exists() and lib.exists()):
            print("robur: building the kernel runtime (make -C kernel)...", file=sys.stderr)
        BUILD.mkdir(parents=True, exist_ok=True)
        with open(BUILD / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            proc = subprocess.run(["make", "-s", "-C", str(KERNEL), "all"], capture_output=True, text=True)
        if proc.returncode != 0:
            raise ToolchainError(f"make -C kernel failed:\n{proc.stdout}{proc.stderr}")
        stamp.touch()
        _kernel_ready = True
    return start, lib


_warm: "WarmAssembler | None" = None


_hold_restarts = False


def use_warm_assembler() -> None:
    """Keep an ``as`` process started ahead of need (warm_as.py): for the
    long-lived front doors, where a unit's assembly is on the user's path."""
    global _warm
    if _warm is None:
        from .warm_as import WarmAssembler
        _warm = WarmAssembler()
        if _hold_restarts:
            _warm.hold_restarts()


def hold_assembler_restarts() -> None:
    """Each warm as's successor starts at restart_assembler(), not at once
    (warm_as.WarmAssembler.hold_restarts); also for a warm as started later."""
    global _hold_restarts
    _hold_restarts = True
    if _warm is not None:
        _warm.hold_restarts()


def restart_assembler() -> None:
    if _warm is not None:
        _warm.restart_held()


def prepare_assembler() -> None:
    """A unit is about to be compiled in the current directory: have the
    warm as (if this front door keeps one) wait there (warm_as.py)."""
    if _warm is not None:
        _warm.prepare(os.getcwd())


def assembler_stream() -> "AsmStream | None":
    """An ``as`` to feed a unit's text while it is generated (warm_as.py),
    when this front door keeps warm ones; else None."""
    return _warm.stream() if _warm is not None else None


def finish_stream(stream: "AsmStream", text: str) -> bytes:
    """The object of a streamed unit (``text`` is what was fed).  Not kept
    in the cache under its text as ``assemble`` keeps it: streaming is only
    worth it for new text."""
    from .warm_as import AssemblerFailed
    try:
        return stream.finish()
    except AssemblerFailed as e:
        return _after_warm_failure(e, text)


def _after_warm_failure(e: Exception, text: str) -> bytes:
    """A warm as failed.  A crash of as itself ("Internal error", seen once
    in CI and never reproduced) is not the text's fault: assemble it once
    more from a file, by a fresh as.  Anything else is as's diagnostic."""
    if "Internal error" in str(e):
        return _cold_assemble(text)
    raise ToolchainError(f"as failed:\n{e}") from None


def _kernel_up_to_date(stamp: Path) -> bool:
    """Did a successful ``make`` run after the last change to kernel/?  (the
    stamp is touched after each one; a file edited since is newer)"""
    try:
        built = stamp.stat().st_mtime
        newest = (KERNEL / "Makefile").stat().st_mtime
        for sub in ("include", "platform", "runtime"):
            for dirpath, _, files in os.walk(KERNEL / sub):
                for name in files:
                    newest = max(newest, os.stat(os.path.join(dirpath, name)).st_mtime)
    except OSError:
        return False
    return built >= newest


def assemble(text: str, cache: BuildCache | None = None) -> bytes:
    """Assemble GNU as text into ELF object bytes (through the cache)."""
    def build() -> bytes:
        if _warm is not None:
            from .warm_as import AssemblerFailed
            try:
                return _warm.assemble(text)
            except AssemblerFailed as e:
                return _after_warm_failure(e, text)
        return _cold_assemble(text)
    if cache is None:
        return build()
    return cache.get_or_build(digest("as", text), build)


def _cold_assemble(text: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="robur-as-") as tmp:
        src, obj = Path(tmp) / "u.s", Path(tmp) / "u.o"
        src.write_text(text)
        proc = subprocess.run(["as", "--64", "-o", str(obj), str(src)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise ToolchainError("as failed:\n" + proc.stderr[:4000])
        return obj.read_bytes()


def _ld(args: list[str]) -> str:
    proc = subprocess.run(["ld", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise ToolchainError("ld failed:\n" + proc.stderr[:4000])
    return proc.stdout


def link(objects: Sequence[os.PathLike | str], out: os.PathLike | str, platform: str) -> Path:
    """Link objects with the kernel into an image (pvh) or executable (unix)."""
    start, lib = kernel_libs(platform)
    if platform == "pvh":
        flags = ["-T", str(KERNEL / "platform" / "pvh" / "link.ld"), "--gc-sections"]
    else:
        flags = ["-static", "-nostdlib", "--gc-sections", "-z", "noexecstack"]
    _ld([*flags, "-o", str(out), str(start), *map(str, objects), str(lib)])
    return Path(out)


def link_live(objects: Sequence[os.PathLike | str], out: os.PathLike | str) -> Path:
    """Link a live PVH image: the whole runtime library (a unit loaded
    later may call any primitive, so no --gc-sections) and the table of its
    global symbols for the VM's linker, made by a first link pass
    (robur/link/ksymtab.py)."""
    from .ksymtab import kernel_symbols, kernel_symtab_asm
    start, lib = kernel_libs("pvh")
    out = Path(out)
    base = ["-T", str(KERNEL / "platform" / "pvh" / "link.ld")]
    objs = [str(start), *map(str, objects)]
    runtime = ["--whole-archive", str(lib), "--no-whole-archive"]
    with tempfile.TemporaryDirectory(prefix="robur-live-") as tmp:
        pass1, table = Path(tmp) / "pass1.elf", Path(tmp) / "ksymtab.o"
        _ld([*base, "-o", str(pass1), *objs, *runtime])
        nm = subprocess.run(["nm", str(pass1)], capture_output=True, text=True, check=True).stdout
        table.write_bytes(assemble(kernel_symtab_asm(kernel_symbols(nm))))
        _ld([*base, "-o", str(out), *objs, str(table), *runtime])
    return out
