"""``robur check [-i] FILES|DIR``: type-check (robur/typing)."""
from __future__ import annotations


def main(argv: list[str]) -> int:
    from ..typing.driver import main_check
    return main_check(argv)
