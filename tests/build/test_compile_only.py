"""``robur build -c`` writes each unit's object over the last one in place
(driver/build.py _write_over): the file must hold exactly the new object,
and a new file gets the usual mode."""
from __future__ import annotations

import os

from robur.driver.build import _write_over


def test_an_object_written_over_a_longer_one_is_exactly_the_new_one(tmp_path):
    path = tmp_path / "unit.o"
    _write_over(path, b"x" * 5000)
    _write_over(path, b"short")
    assert path.read_bytes() == b"short"
    old = os.umask(0o077)
    try:
        _write_over(tmp_path / "new.o", b"abc")
    finally:
        os.umask(old)
    assert (tmp_path / "new.o").stat().st_mode & 0o777 == 0o600
