"""The compile server and the native front door (robur/server/,
launcher/robur.c): a served command must be indistinguishable from the
same command run by its own Python process (output, colours, exit status,
files written), the server must survive bad requests, and it must step
aside when it is stale."""
from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pexpect
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from robur.server import client
from robur.server import protocol as P
from robur.server.daemon import CompileServer
from robur.server.staleness import SourceWatch

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / ".venv" / "bin" / "robur"

HELLO = 'let () = print_endline "hello"\n'
BAD = 'let x = 1 + "one"\n'
WARN = 'let f x = match x with 0 -> "zero" | 0 -> "again" | _ -> "other"\nlet () = print_endline (f 1)\n'


@pytest.fixture
def runtime(tmp_path):
    """An environment with a private socket directory of its own (short:
    a socket path must fit in 108 bytes), and its server stopped after."""
    run = Path(tempfile.mkdtemp(prefix="rs", dir="/tmp"))
    env = dict(os.environ, XDG_RUNTIME_DIR=str(run), ROBUR_SERVER_IDLE="120", NO_COLOR="")
    env.pop("ROBUR_SERVER", None)
    env.pop("COLUMNS", None)
    yield env
    subprocess.run([str(LAUNCHER), "server", "stop"], env=env, capture_output=True, timeout=30)
    shutil.rmtree(run, ignore_errors=True)


def robur(args, env, cwd, served=True):
    e = dict(env) if served else dict(env, ROBUR_SERVER="0")
    return subprocess.run([str(LAUNCHER), *args], env=e, cwd=cwd, capture_output=True, timeout=300)


def served_count(env) -> int:
    out = subprocess.run([str(LAUNCHER), "server", "status"], env=env, capture_output=True, text=True).stdout
    return int(out.split(" requests served")[0].rsplit(" ", 1)[1])


def start(env):
    p = subprocess.run([str(LAUNCHER), "server", "start"], env=env, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr


def test_front_door_is_native():
    assert LAUNCHER.read_bytes()[:4] == b"\x7fELF", "make bootstrap installs launcher/robur.c as .venv/bin/robur"
    p = subprocess.run([str(LAUNCHER), "--version"], capture_output=True, text=True)
    assert p.returncode == 0 and p.stdout.startswith("robur ")


def test_served_commands_match_unserved(runtime, tmp_path):
    start(runtime)
    (tmp_path / "hello.ml").write_text(HELLO)
    (tmp_path / "bad.ml").write_text(BAD)
    (tmp_path / "warn.ml").write_text(WARN)
    cases = [
        ["build", "--target", "unix", "hello.ml", "-o", "OUT"],
        ["build", "-c", "hello.ml", "-o", "OUT"],
        ["check", "-i", "warn.ml"],
        ["build", "--target", "unix", "warn.ml", "-o", "OUT"],
        ["check", "bad.ml"],
        ["build", "--target", "unix", "bad.ml", "-o", "OUT"],
        ["build", "missing.ml"],
        ["build", "--target", "nowhere", "hello.ml"],
        ["check", "--help"],
    ]
    # the first build of all compiles the Stdlib and the kernel, and says so
    assert robur(["build", "--target", "unix", "hello.ml"], runtime, tmp_path, served=False).returncode == 0
    before = served_count(runtime)
    for i, args in enumerate(cases):
        results = []
        for served in (True, False):
            out = f"served{i}" if served else f"plain{i}"
            p = robur([a.replace("OUT", out) for a in args], runtime, tmp_path, served)
            written = (tmp_path / out).read_bytes() if (tmp_path / out).exists() else None
            results.append((p.returncode, p.stdout, p.stderr, written))
        assert results[0] == results[1], args
    assert served_count(runtime) == before + len(cases)
    assert subprocess.run([str(tmp_path / "served0")], capture_output=True).stdout == b"hello\n"


def test_colours_follow_the_clients_terminal(runtime, tmp_path):
    """On a terminal, diagnostics are coloured as ocamlc colours them;
    the server cannot see the client's terminal but is told."""
    start(runtime)
    (tmp_path / "bad.ml").write_text(BAD)
    outputs = []
    for served in (True, False):
        env = dict(runtime, TERM="xterm") if served else dict(runtime, TERM="xterm", ROBUR_SERVER="0")
        child = pexpect.spawn(str(LAUNCHER), ["check", "bad.ml"], cwd=str(tmp_path), env=env, timeout=120)
        child.expect(pexpect.EOF)
        child.close()
        outputs.append((child.exitstatus, child.before))
    assert outputs[0] == outputs[1]
    assert b"\x1b[1;31mError\x1b[0m" in outputs[0][1]


def test_umask_and_directory_are_the_clients(runtime, tmp_path):
    start(runtime)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "hello.ml").write_text(HELLO)
    for served, name in ((True, "a"), (False, "b")):
        e = dict(runtime) if served else dict(runtime, ROBUR_SERVER="0")
        p = subprocess.run(f"umask 077 && exec {LAUNCHER} build --target unix hello.ml -o {name}",
                           shell=True, cwd=sub, env=e, capture_output=True, timeout=300)
        assert p.returncode == 0, p.stderr
    modes = [stat.S_IMODE((sub / n).stat().st_mode) for n in "ab"]
    assert modes[0] == modes[1] == 0o700


def test_first_build_starts_a_server(runtime, tmp_path):
    """No server: the build runs in its own process and starts one in the
    background, which serves the next build."""
    (tmp_path / "hello.ml").write_text(HELLO)
    p = robur(["build", "--target", "unix", "hello.ml"], runtime, tmp_path)
    assert p.returncode == 0, p.stderr
    for _ in range(600):
        if subprocess.run([str(LAUNCHER), "server", "status"], env=runtime, capture_output=True).returncode == 0:
            break
        time.sleep(0.05)
    else:
        pytest.fail("no server answered after the first build")
    directory = Path(runtime["XDG_RUNTIME_DIR"]) / "robur"
    assert len(list(directory.glob("compile-*.sock"))) == 1
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    before = served_count(runtime)
    assert robur(["build", "--target", "unix", "hello.ml"], runtime, tmp_path).returncode == 0
    assert served_count(runtime) == before + 1


def test_client_killed_mid_build_frees_the_server(runtime, tmp_path):
    """Ctrl-C kills the front door, not the server: the command is
    interrupted as it would have been in its own process, and the server
    serves the next one."""
    start(runtime)
    # seconds of compiling: type-checking alone takes about 1 s
    big = tmp_path / "big.ml"
    big.write_text("".join(f"let f{i} x = if x > {i} then x * {i} else x - {i}\n" for i in range(5000))
                   + f"let nonce = {time.time_ns() % 1_000_000_007}\n")    # no cache answers
    proc = subprocess.Popen([str(LAUNCHER), "build", "--target", "unix", str(big), "-o", str(tmp_path / "interp")],
                            env=runtime, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(0.5)
    proc.kill()
    proc.wait()
    (tmp_path / "hello.ml").write_text(HELLO)
    t0 = time.monotonic()
    p = robur(["build", "--target", "unix", "hello.ml"], runtime, tmp_path)
    assert p.returncode == 0, p.stderr
    assert time.monotonic() - t0 < 60
    assert not (tmp_path / "interp").exists()


def test_server_off(runtime, tmp_path):
    (tmp_path / "hello.ml").write_text(HELLO)
    p = robur(["build", "--target", "unix", "hello.ml"], runtime, tmp_path, served=False)
    assert p.returncode == 0
    time.sleep(1.0)
    assert not (Path(runtime["XDG_RUNTIME_DIR"]) / "robur").exists()


# -- the server in this process: bad requests, staleness ------------------------------

@pytest.fixture(scope="module")
def in_process():
    run = Path(tempfile.mkdtemp(prefix="rs", dir="/tmp"))
    server = CompileServer(run / "robur" / "compile-test.sock", idle_s=300, twin=False)
    t = threading.Thread(target=server.serve, daemon=True)
    t.start()
    assert client.wait_until_running(server.path, timeout=120)
    yield server
    try:
        client.request(server.path, [P.STOP], timeout=10)
    except OSError:
        pass
    t.join(30)
    shutil.rmtree(run, ignore_errors=True)


def raw_exchange(path: Path, data: bytes) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(30)
        s.connect(str(path))
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        out = b""
        while (b := s.recv(65536)):
            out += b
        return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=300),
                 st.binary(max_size=200).map(lambda b: P.MAGIC + b),
                 st.builds(lambda cut, req: req[:cut], st.integers(0, 200),
                           st.just(P.encode_request(P.Request("/", ["check", "x.ml"], {"A": "1"}))))))
def test_bad_requests_are_declined(in_process, data):
    reply = raw_exchange(in_process.path, data)
    kinds, pos = [], 0
    while pos < len(reply):          # whole frames, the last one ends the reply
        kinds.append(reply[pos:pos + 1])
        pos += 5 + int.from_bytes(reply[pos + 1:pos + 5], "little")
    assert pos == len(reply) and kinds[-1] in (P.DECLINE, P.EXIT)
    assert client.is_running(in_process.path)


NO_NUL = st.text(max_size=12).filter(lambda s: "\0" not in s)


@given(NO_NUL, st.lists(NO_NUL, max_size=5),
       st.dictionaries(st.text(min_size=1, max_size=8).filter(lambda k: "=" not in k and "\0" not in k), NO_NUL,
                       max_size=4),
       st.integers(0, 0o777), st.booleans(), st.booleans())
def test_request_round_trip(cwd, args, env, umask, out_tty, err_tty):
    req = P.Request(cwd, args, env, umask, out_tty, err_tty)
    assert P.decode_request(P.encode_request(req)) == req


def test_commands_not_served_are_declined(in_process, tmp_path):
    _, _, status, declined = client.request(in_process.path, ["run", "x.ml"], cwd=str(tmp_path))
    assert status is None and declined


def test_stale_server_declines_and_stops(tmp_path):
    """An edit of the compiler's sources (here a stand-in directory of
    them) makes the server decline the next request and stop, so that the
    command runs with the new compiler."""
    sources = tmp_path / "src"
    (sources / "sub").mkdir(parents=True)
    (sources / "sub" / "mod.py").write_text("x = 1\n")
    run = Path(tempfile.mkdtemp(prefix="rs", dir="/tmp"))
    server = CompileServer(run / "robur" / "compile-stale.sock", idle_s=300, sources=[sources], twin=False)
    t = threading.Thread(target=server.serve, daemon=True)
    t.start()
    try:
        assert client.wait_until_running(server.path, timeout=120)
        (sources / "sub" / "mod.py.swp").write_text("an editor's swap file is not a source")
        _, _, status, declined = client.request(server.path, ["check", "missing.ml"], cwd=str(tmp_path))
        assert status == 2 and declined is None
        (sources / "sub" / "mod.py").write_text("x = 2\n")
        _, _, status, declined = client.request(server.path, ["check", "x.ml"])
        assert status is None and "stale" in declined
        t.join(30)
        assert not t.is_alive() and not server.path.exists()
    finally:
        shutil.rmtree(run, ignore_errors=True)


def test_source_watch_without_inotify(tmp_path, monkeypatch):
    """Where inotify is not available, (mtime, size) stamps decide."""
    monkeypatch.setattr(SourceWatch, "_inotify", staticmethod(lambda dirs: None))
    (tmp_path / "a.ml").write_text("let x = 1\n")
    watch = SourceWatch([tmp_path])
    (tmp_path / "b.ml~").write_text("a backup")
    assert not watch.changed()
    (tmp_path / "a.ml").write_text("let x = 22\n")
    assert watch.changed()


def test_requests_without_a_pause_still_collect_garbage(tmp_path, monkeypatch):
    """The server collects a request's cyclic garbage in the first pause,
    and after GC_EVERY requests at the latest: a test suite's builds one
    after another must not grow it without bound (it did: 340 MB after 150
    builds)."""
    from robur.server import daemon
    collected = []
    real_collect = daemon.gc.collect
    monkeypatch.setattr(daemon.gc, "collect", lambda *a: collected.append(1) or real_collect(*a))
    monkeypatch.setattr(daemon, "GC_PAUSE_S", 30.0)      # never a pause long enough
    (tmp_path / "a.ml").write_text("let x = 1\n")
    run = Path(tempfile.mkdtemp(prefix="rs", dir="/tmp"))
    server = CompileServer(run / "robur" / "compile-gc.sock", idle_s=300, twin=False)
    t = threading.Thread(target=server.serve, daemon=True)
    t.start()
    try:
        assert client.wait_until_running(server.path, timeout=120)
        warm = len(collected)
        for _ in range(2 * daemon.GC_EVERY + 1):
            _, _, status, _ = client.request(server.path, ["check", "a.ml"], cwd=str(tmp_path))
            assert status == 0
        assert len(collected) - warm == 2
        client.request(server.path, [P.STOP], timeout=10)
        t.join(30)
    finally:
        shutil.rmtree(run, ignore_errors=True)
