#!/usr/bin/env bash
# Install what robur needs on a Debian machine, then the Python package into
# .venv.  Safe to run again: each step checks first and does nothing when its
# part is already there.  Works as root and as a user with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '%s\n' "bootstrap: $*" >&2; }

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

# command that proves a package is present -> Debian package providing it
declare -A NEED=(
  [qemu-system-x86_64]=qemu-system-x86
  [as]=binutils
  [ld]=binutils
  [gcc]=gcc
  [make]=make
  [ocaml]=ocaml-nox
  [ocamlc]=ocaml-nox
  [ocamlopt]=ocaml-nox
)
missing=()
for cmd in "${!NEED[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${NEED[$cmd]}")
done
# the C library's headers and static archive, for the native front door
# (launcher/): gcc only recommends them
[ -e /usr/include/stdio.h ] && [ -n "$(find /usr/lib -name libc.a -print -quit 2>/dev/null)" ] \
  || missing+=(libc6-dev)
# python3 with a working venv module (Debian splits it into python3-venv)
if ! command -v python3 >/dev/null 2>&1; then
  missing+=(python3 python3-venv)
elif ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing+=(python3-venv)
fi

if [ ${#missing[@]} -gt 0 ]; then
  pkgs=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
  say "installing Debian packages: $pkgs"
  if [ -n "$SUDO" ] && ! command -v sudo >/dev/null 2>&1; then
    say "error: not root and sudo is missing; install as root: apt-get install $pkgs"
    exit 1
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
fi

# The virtual environment is rebuilt only when pyproject.toml changed.
stamp=.venv/.robur-installed
want=$(sha256sum pyproject.toml | cut -c1-64)
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "setting up .venv (Python packages: lark, prompt_toolkit, watchdog, pygments, pexpect, pytest, hypothesis)"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
  echo "$want" > "$stamp"
fi

# robur's native front door (launcher/robur.c) replaces pip's Python script:
# it sends `robur build` and `robur check` to the warm compile server
make -s -C launcher
cmp -s build/launcher/robur .venv/bin/robur || install -m 0755 build/launcher/robur .venv/bin/robur

if [ -e /dev/kvm ] && [ ! -w /dev/kvm ]; then
  say "note: /dev/kvm is not usable by $(id -un); VMs will run under TCG (slower)."
  say "      to use KVM: sudo usermod -aG kvm $(id -un), then log in again"
fi
