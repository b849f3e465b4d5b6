"""Fixtures for the code generator's end-to-end tests: compile a unit
built by hand (tests/codegen/lamdsl.py), link it with the kernel, run it as
a Linux process and as a PVH image under QEMU."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from robur.codegen import pipeline
from robur.link.cache import BuildCache
from robur.vm import run_image, run_unix

TIMEOUT = 60


@pytest.fixture(scope="session")
def cache(tmp_path_factory) -> BuildCache:
    return BuildCache(tmp_path_factory.mktemp("cache"))


class Runner:
    def __init__(self, tmp: Path, cache: BuildCache):
        self.tmp, self.cache = tmp, cache

    def build(self, lam, platform: str, unit: str = "Test") -> Path:
        suffix = ".elf" if platform == "pvh" else ""
        return pipeline.build_program([(unit, lam)], self.tmp / f"{unit}-{platform}{suffix}", platform,
                                      cache=self.cache, workdir=self.tmp / platform)

    def unix(self, lam, args=()):
        return run_unix(self.build(lam, "unix"), list(args), timeout=TIMEOUT)

    def pvh(self, lam, args=(), accel="tcg"):
        if shutil.which("qemu-system-x86_64") is None:
            pytest.skip("qemu-system-x86_64 missing")
        return run_image(self.build(lam, "pvh"), list(args), accel=accel, timeout=TIMEOUT, quiet=True)


@pytest.fixture
def runner(tmp_path, cache) -> Runner:
    return Runner(tmp_path, cache)
