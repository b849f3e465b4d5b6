"""``robur dev``: a project running in a live unikernel, reloaded as it is
edited (docs/hot-reload.md).

    DevLoop(root).run()

1. Check and compile the project (DevSession), boot a live VM (Machine),
   load every unit but the entry point (LOAD_MODULE), then RUN the entry
   point: its initialiser, usually the app's main loop, runs at the VM's
   top level and reads the control channel inside ``Robur.sleep``.
2. On each batch of saved files (SourceWatcher): re-check incrementally; on
   errors print them and ``Had N errors, waiting for changes...`` while the
   VM runs the old code; otherwise send the new versions of the re-checked
   units in one RELOAD (all-or-nothing; ``[@@robur.keep]`` bindings keep
   their values while their type is unchanged).  A unit whose interface
   changed takes every unit that depends on it, transitively, with it:
   they are re-initialised, so no value of an old type survives.  A change
   that reaches the entry point restarts the app (RESTART, then RUN of the
   new version) without rebooting the VM.
3. Keys on stdin: ``r`` reload everything, ``R`` restart the app, ``s``
   VM stats, ``q`` quit.
4. ``robur repl --attach DIR`` clients (robur/dev/attach.py): their phrases
   run on the same Machine.  Every use of the Machine holds ``vm_lock``, so
   a reload waits for a running phrase and a phrase for a reload.
"""
from __future__ import annotations

import contextlib
import gc
import queue
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ..lambda_.translmod import item_ns, runtime_items
from ..link import toolchain
from ..typing.printtyp import type_to_string
from ..typing.types import SigValue
from .session import DevSession, UnitObject, reload_message
from .watcher import ChangeBatch, SourceWatcher

KEEP_ATTRIBUTE = "robur.keep"

HELP = "keys: r reload all, R restart the app, s stats, q quit (then Enter)"


@dataclass
class UnitView:
    """What the loop remembers of a unit as loaded in the VM."""
    digest: str
    keep_types: dict[str, str]        # [@@robur.keep] binding -> its printed type


class DevLoop:
    def __init__(self, root: Path, accel: Optional[str] = None, memory_mb: int = 256,
                 write: Optional[Callable[[str], None]] = None) -> None:
        self.root = Path(root).resolve()
        self.accel = accel
        self.memory_mb = memory_mb
        self.session = DevSession(self.root)
        toolchain.use_warm_assembler()     # a reload assembles on the user's path
        self.machine = None
        self.loaded: dict[str, UnitView] = {}
        self.entry: Optional[str] = None
        self.run_seq: Optional[int] = None
        self._lock = threading.Lock()
        self.vm_lock = threading.RLock()     # the Machine: this loop and attached REPLs
        self.attach = None                   # AttachServer, while run() runs
        self._write = write or self._stdout
        self._held: Optional[list[bytes]] = None    # console output held back (_console_held)
        self._hold_depth = 0
        self.reloads = 0                      # for the `s` key
        self.sent_bytes = 0
        self.commands: "queue.Queue[str]" = queue.Queue()

    # -- output: the VM's console and the loop's own lines share stdout ---------------
    @staticmethod
    def _stdout(text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    def say(self, line: str) -> None:
        with self._lock:
            self._write(f"robur dev: {line}\n")

    def _console(self, data: bytes) -> None:
        with self._lock:
            if self._held is not None:
                self._held.append(data)
            else:
                self._write(data.decode("utf-8", "replace"))

    # While the VM switches code, what the app prints waits until robur dev
    # has said what it did ("reloaded ...", "running ..."): the new code's
    # first lines come after the line that announces it, never before.
    # Holds nest: the output is released when the outermost one ends.
    @contextlib.contextmanager
    def _console_held(self):
        with self._lock:
            if self._held is None:
                self._held = []
            self._hold_depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._hold_depth -= 1
                if self._hold_depth == 0:       # an inner hold keeps it for the outer one
                    self._flush_held()
                    self._held = None

    def _flush_held(self) -> None:
        """Write what was held so far (the caller holds ``_lock``)."""
        if self._held:
            self._write(b"".join(self._held).decode("utf-8", "replace"))
            self._held.clear()

    # -- start --------------------------------------------------------------------------
    def start(self) -> bool:
        """Compile, boot, load and run.  False when the project has errors
        (they are printed; the loop then waits for a fix)."""
        from ..driver.project import load
        outcome = self.session.start()
        self.entry = load(str(self.root)).entry
        if not outcome.ok:
            self.say_errors(outcome)
            return False
        from ..driver.build import Builder
        from ..vm.machine import Machine
        t0 = time.perf_counter()
        image = Builder().live_image()
        self.machine = Machine(image, accel=self.accel, memory_mb=self.memory_mb, on_console=self._console)
        self.machine.start()
        objects = {o.name: o.object for o in outcome.objects}
        for name in self.session.checker.order:
            # after a first build that had errors, the units checked then
            # are not re-checked now: compile them too
            if name not in objects:
                objects[name] = self.session._compile(name)
        for name in self.session.checker.order:
            if name != self.entry:
                reply = self.machine.load(name, objects[name])
                if not reply.ok:
                    self.say(f"{name}'s initialiser raised {reply.message}")
                    return False
            self.loaded[name] = self._view(name)
        self.sent_bytes += sum(len(o) for o in objects.values())
        with self._console_held():
            self.run_seq = self.machine.run(self.entry, objects[self.entry])
            # what the first build made (the Stdlib's types, the project's
            # typed trees) lives as long as the loop: out of the cyclic GC's
            # sight, so that no full collection (~0.2 s) lands in a reload
            gc.freeze()
            self.say(f"running {self.root.name} ({len(objects)} modules) in a "
                     f"{self.machine.accel.upper()} VM, up in {(time.perf_counter() - t0) * 1000:.0f} ms; "
                     f"watching {self.root} for changes")
        return True

    def say_errors(self, outcome) -> None:
        with self._lock:
            self._write(outcome.error_report() + "\n")

    # -- what a unit keeps -----------------------------------------------------------------
    def _view(self, name: str) -> UnitView:
        u = self.session.checker.units[name]
        keep: dict[str, str] = {}
        for it in (u.typed.items if u.typed is not None else []):
            if it.kind != "SValue":
                continue
            for b, tb in zip(it.ast.bindings, it.children):   # type: ignore[attr-defined]
                if any(a.name == KEEP_ATTRIBUTE for a in b.attrs):
                    for vname, (_ident, t) in tb.vars.items():
                        keep[vname] = type_to_string(t)
        return UnitView(u.digest, keep)

    def _keep_indexes(self, name: str, iface_changed: set[str]) -> tuple[dict[str, int], list[str]]:
        """The [@@robur.keep] bindings of ``name`` that keep their value,
        with their field in the unit's block: those whose printed type is
        unchanged, exported, in a unit that imports no interface that
        changed in this batch (a type they mention may have); and the names
        of the others."""
        old = self.loaded.get(name)
        new = self._view(name)
        if old is None:
            return {}, []
        u = self.session.checker.units[name]
        if any(d in iface_changed for d in u.deps):
            return {}, list(new.keep_types)
        layout = [(item_ns(it), it.id.name) for it in runtime_items(u.exported)]
        keep: dict[str, int] = {}
        dropped = []
        for vname, t in new.keep_types.items():
            if old.keep_types.get(vname) == t and ("v", vname) in layout:
                keep[vname] = layout.index(("v", vname))
            else:
                dropped.append(vname)
        return keep, dropped

    # -- a change ----------------------------------------------------------------------------
    def on_batch(self, batch: ChangeBatch) -> None:
        outcome = self.session.apply(batch)
        if not outcome.ok:
            self.say_errors(outcome)
            return
        if self.machine is None:          # the first build had errors: start now
            if self.start():
                self.say("the project compiles again")
            return
        t0 = batch.first_event or time.perf_counter()
        self.reload({o.name: o.object for o in outcome.objects}, t0)

    def reload(self, objects: dict[str, bytes], t0: float, reason: str = "") -> None:
        checker = self.session.checker
        # against the interface each unit had when it was last loaded (not
        # the last check: a unit that had errors in between has no digest)
        iface_changed = {n for n, u in checker.units.items()
                         if n in self.loaded and self.loaded[n].digest != u.digest}
        # re-initialise everything that depends on a changed interface
        dependents = self._dependents(iface_changed)
        for n in dependents:
            if n not in objects:
                objects[n] = self.session._compile(n)
        order = [n for n in checker.order if n in objects]
        if not order:
            return
        fresh = [n for n in order if n not in self.loaded and n != self.entry]
        replace = [n for n in order if n in self.loaded and n != self.entry]
        restart = self.entry in objects
        batch, notes = [], []
        for n in replace:
            keep, dropped = self._keep_indexes(n, iface_changed)
            if dropped:
                notes.append(f"{n}: not kept ({', '.join(dropped)}: type changed)")
            if keep:   # the kept bindings read the running version's values
                objects[n] = self.session._compile(n, keep)
            batch.append((n, objects[n], sorted(keep.values())))
        if iface_changed:
            touched = sorted((dependents | iface_changed) & set(order))
            notes.insert(0, f"interface of {', '.join(sorted(iface_changed))} changed: re-initialising "
                            f"{', '.join(touched)}")
        for note in notes:
            self.say(note)
        size = sum(len(objects[n]) for n in order)
        with self._console_held():
            if batch:
                reply = self.machine.reload(batch, timeout=60)       # type: ignore[union-attr]
                if reply.status != 0:
                    failed = batch[reply.failed_index][0] if reply.failed_index < len(batch) else "?"
                    self.say(f"{failed}'s initialiser raised {reply.message}; nothing was reloaded, "
                             f"the previous versions stay active")
                    return
            for n in fresh:
                r = self.machine.load(n, objects[n])                 # type: ignore[union-attr]
                if not r.ok:
                    self.say(f"{n}'s initialiser raised {r.message}")
                    return
            for n in replace + fresh:
                self.loaded[n] = self._view(n)
            if restart:
                self.restart(objects[self.entry], why=f"{self.entry} changed")  # type: ignore[index]
                self.loaded[self.entry] = self._view(self.entry)                # type: ignore[arg-type]
            self.reloads += 1
            self.sent_bytes += size
            self.say(reload_message(order, size, (time.perf_counter() - t0) * 1000) + reason)

    def _dependents(self, roots: set[str]) -> set[str]:
        units = self.session.checker.units
        out: set[str] = set()
        grew = True
        while grew:
            grew = False
            for n, u in units.items():
                if n not in out and n not in roots and any(d in roots or d in out for d in u.deps):
                    out.add(n)
                    grew = True
        return out

    # -- the app -------------------------------------------------------------------------------
    def restart(self, entry_obj: Optional[bytes] = None, why: str = "") -> None:
        """Stop the app's main loop (RESTART: Robur.sleep raises) and run
        the entry point again, new code if given; the VM and every other
        module's state stay."""
        m = self.machine
        if self.run_seq is not None and m.run_result(self.run_seq, timeout=0) is None:   # type: ignore[union-attr]
            m.restart()                                                                # type: ignore[union-attr]
            if m.run_result(self.run_seq, timeout=30) is None:                         # type: ignore[union-attr]
                self.say("the app did not stop (does its loop call Robur.sleep?); rebooting is up to you: q")
                return
        if entry_obj is None:
            entry_obj = self.session._compile(self.entry)      # type: ignore[arg-type]
        with self._lock:
            self._flush_held()      # the old app's last lines, before the new one starts
        with self._console_held():
            self.run_seq = m.run(self.entry, entry_obj)         # type: ignore[union-attr,arg-type]
            self.say(f"restarted the app ({why})" if why else "restarted the app")

    def poll_app(self) -> None:
        """Say so when the app's main loop ended on its own."""
        if self.machine is None or self.run_seq is None:
            return
        r = self.machine.run_result(self.run_seq, timeout=0)
        if r is None:
            return
        self.run_seq = None
        if r.ok:
            self.say("the app's main loop returned; R runs it again")
        else:
            self.say(f"the app stopped: exception {r.message}; fix it and save, or R to run it again")

    def command(self, key: str) -> bool:
        """A key from stdin; False to quit."""
        key = key.strip()
        if key == "q":
            return False
        if key == "r":
            names = [n for n in self.session.checker.order]
            objs = {n: self.session._compile(n) for n in names}
            self.reload(objs, time.perf_counter(), reason=" (forced)")
        elif key == "R":
            self.restart(why="R pressed")
        elif key == "s":
            from ..repl.directives import format_stats
            from ..repl.toplevel import Loaded
            st = self.machine.stats()                          # type: ignore[union-attr]
            code = (f"code loaded: {len(self.loaded)} module(s); {self.reloads} reload(s) since the start, "
                    f"{self.sent_bytes / 1024:.1f} KB of objects sent")
            with self._lock:
                self._write(format_stats(self.machine, st, Loaded(), code) + "\n")
        elif key:
            self.say(HELP)
        return True

    # -- the loop --------------------------------------------------------------------------------
    def run(self) -> int:
        from ..vm.machine import MachineError

        def read_keys() -> None:
            # end of input (robur dev < /dev/null, in a script) is not a
            # quit: the loop runs until q or Ctrl-C
            for line in sys.stdin:
                self.commands.put(line)
        threading.Thread(target=read_keys, daemon=True).start()
        from .attach import AttachServer
        try:
            # watching starts first: a save made while the project builds
            # and boots is a change like any other
            with SourceWatcher(self.root) as watcher:
                with self.vm_lock:
                    # listening before the boot: a REPL that attaches now
                    # waits for the VM (its HELLO takes the lock)
                    self.attach = AttachServer(self)
                    why_not = self.attach.start()
                    if why_not:
                        self.attach = None
                    with self._console_held():      # the app's first lines after these
                        self.start()
                        self.say(HELP)
                        self.say(why_not or f"robur repl --attach{self._dir_arg()} runs phrases in this VM")
                while True:
                    try:
                        key = self.commands.get_nowait()
                        if key.strip() == "q":
                            return 0
                        if not self._locked(self.command, key):
                            return 0
                    except queue.Empty:
                        pass
                    try:
                        batch = watcher.batches.get(timeout=0.05)
                    except queue.Empty:
                        if self.vm_lock.acquire(blocking=False):     # not while a phrase runs
                            try:
                                self.poll_app()
                            finally:
                                self.vm_lock.release()
                        continue
                    self._locked(self.on_batch, batch)
        except MachineError as e:
            self.say(f"the VM died: {e}")
            return 1
        except KeyboardInterrupt:
            return 0
        finally:
            if self.attach is not None:
                self.attach.stop(f"robur dev stopped ({self.root})")
            # a phrase still running was interrupted: give it a moment
            got = self.vm_lock.acquire(timeout=3.0)
            try:
                if self.machine is not None:
                    self.machine.shutdown()
            finally:
                if got:
                    self.vm_lock.release()

    def _locked(self, fn, *args):
        """``fn(*args)`` holding the Machine; says so when it must wait for
        an attached REPL's phrase."""
        if not self.vm_lock.acquire(blocking=False):
            self.say("waiting for the phrase of an attached REPL to finish "
                     "(Ctrl-C in that REPL interrupts it)")
            self.vm_lock.acquire()
        try:
            return fn(*args)
        finally:
            self.vm_lock.release()

    def _dir_arg(self) -> str:
        """The project directory as the user may type it here."""
        import os
        try:
            rel = os.path.relpath(self.root)
        except ValueError:
            return " " + str(self.root)
        import shlex
        return "" if rel == "." else " " + shlex.quote(rel if not rel.startswith("..") else str(self.root))
