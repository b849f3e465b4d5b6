"""A reload step: errors as ocamlc prints them, or exactly the units to reload."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from robur.dev.session import DevSession, reload_message
from robur.dev.watcher import ChangeBatch
from robur.link.cache import BuildCache
from tests.conftest import require

COUNTER = "let count = ref 0\nlet tick () = incr count; !count\n"
HANDLER = "let handle n = Counter.tick () + n\n"
MAIN = "let () = print_int (Handler.handle 1)\n"


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "app"
    root.mkdir()
    (root / "counter.ml").write_text(COUNTER)
    (root / "handler.ml").write_text(HANDLER)
    (root / "main.ml").write_text(MAIN)
    session = DevSession(root, BuildCache(tmp_path / "cache"))
    return root, session


def save(root: Path, name: str, text: str) -> ChangeBatch:
    (root / name).write_text(text)
    return ChangeBatch(changed=[(root / name).resolve()])


def names(outcome) -> list[str]:
    return [o.name for o in outcome.objects]


def test_first_build_compiles_every_unit_in_order(project):
    root, session = project
    out = session.start()
    assert out.ok and names(out) == ["Counter", "Handler", "Main"]
    assert all(o.object.startswith(b"\x7fELF") for o in out.objects)


def test_body_edit_reloads_only_that_unit(project):
    root, session = project
    session.start()
    out = session.apply(save(root, "handler.ml", "let handle n = Counter.tick () + 2 * n\n"))
    assert out.ok and names(out) == ["Handler"]


def test_interface_change_reloads_exactly_its_importers(project):
    root, session = project
    session.start()
    out = session.apply(save(root, "handler.ml", "let handle n = Counter.tick () + n\nlet extra = 1\n"))
    assert out.ok and names(out) == ["Handler", "Main"]


def test_type_error_is_reported_as_ocamlc_does_and_nothing_is_compiled(project, tmp_path):
    root, session = project
    session.start()
    bad = "let handle n = Counter.tick () + \"n\"\n"
    out = session.apply(save(root, "handler.ml", bad))
    assert not out.ok and out.objects == []
    report = out.error_report()
    assert report.endswith("Had 1 error, waiting for changes...")
    require("ocamlc")
    scratch = tmp_path / "oracle"
    scratch.mkdir()
    shutil.copy(root / "counter.ml", scratch)
    (scratch / "handler.ml").write_text(bad)
    subprocess.run(["ocamlc", "-c", "counter.ml"], cwd=scratch, check=True)
    r = subprocess.run(["ocamlc", "-c", "handler.ml"], cwd=scratch, capture_output=True, text=True)
    expected = r.stderr.replace('File "handler.ml"', f'File "{(root / "handler.ml").resolve()}"')
    assert out.errors[0] + "\n" == expected
    fixed = session.apply(save(root, "handler.ml", HANDLER))
    assert fixed.ok and names(fixed) == ["Handler"]


def test_unchanged_save_compiles_nothing(project):
    root, session = project
    session.start()
    out = session.apply(save(root, "main.ml", MAIN))
    assert out.ok and out.objects == []


def test_reload_message():
    assert reload_message(["Handler"], 3174, 14.2) == "reloaded Handler (1 module, 3.1 KB) in 14 ms"
    assert reload_message(["Handler", "Main"], 2048, 7) == "reloaded Handler, Main (2 modules, 2.0 KB) in 7 ms"
