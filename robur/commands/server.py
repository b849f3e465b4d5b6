"""``robur server start|stop|status|run``: the compile server that makes
``robur build`` and ``robur check`` start warm (robur/server/daemon.py).

The native front door starts it on first use and it stops by itself after
15 idle minutes, so these commands are rarely needed: ``status`` shows
whether one runs, ``stop`` ends it, ``run`` serves in the foreground (to
watch it), ``start`` starts one in the background.  ``ROBUR_SERVER=0`` makes
the front door neither use nor start it."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys


def main(argv: list[str]) -> int:
    from ..server import client
    from ..server import protocol as P
    ap = argparse.ArgumentParser(prog="robur server", description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("start", "stop", "status", "run"))
    ap.add_argument("--idle", type=float, default=None, metavar="SECONDS",
                    help="stop after this long without a request (default: 900)")
    args = ap.parse_args(argv)
    path = client.installation_socket()

    if args.action == "status":
        try:
            out, _, _, _ = client.request(path, [P.STATUS], timeout=5.0)
        except OSError:
            print(f"robur server: not running (socket {path})")
            return 1
        sys.stdout.write(out.decode())
        return 0
    if args.action == "stop":
        try:
            client.request(path, [P.STOP], timeout=5.0)
        except OSError:
            print("robur server: not running")
            return 0
        print("robur server: stopped")
        return 0
    if args.action == "run":
        from ..server.daemon import DEFAULT_IDLE_S, CompileServer
        idle = args.idle if args.idle is not None else float(os.environ.get("ROBUR_SERVER_IDLE", DEFAULT_IDLE_S))
        # a twin needs a core of its own; ROBUR_TWIN=0 compiles alone
        twin = len(os.sched_getaffinity(0)) >= 2 and os.environ.get("ROBUR_TWIN") != "0"
        # the server answers first, then writes the build cache and starts
        # the next warm as (daemon.py)
        from ..link import cache, toolchain
        cache.defer_writes()
        toolchain.hold_assembler_restarts()
        status = CompileServer(path, idle, twin=twin).serve()
        if status:
            print(f"robur server: another server already serves {path}", file=sys.stderr)
        return status
    # start
    if client.is_running(path):
        print(f"robur server: already running (socket {path})")
        return 0
    cmd = [sys.executable, "-P", "-m", "robur", "server", "run"]
    if args.idle is not None:
        cmd += ["--idle", str(args.idle)]
    subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True, cwd="/")
    if not client.wait_until_running(path):
        print("robur server: did not start within 20 s; `robur server run` shows why", file=sys.stderr)
        return 1
    print(f"robur server: running (socket {path})")
    return 0
