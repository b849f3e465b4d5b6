"""Giving freed memory back to the system in the long-lived processes (the
compile server and its twin).

CPython returns freed objects to its allocator, and glibc's malloc keeps
the pages: after one large build (a unit of thousands of items) a server
stayed at its peak, half a gigabyte and more, for as long as it lived.
``malloc_trim`` hands back every free page glibc holds.
"""
from __future__ import annotations

import ctypes
import ctypes.util

_trim = None
try:
    _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    _trim = _libc.malloc_trim
    _trim.argtypes = [ctypes.c_size_t]
    _trim.restype = ctypes.c_int
except (OSError, AttributeError):      # not glibc: nothing to do
    _trim = None


def release_freed_memory() -> None:
    """After a collection: free pages back to the system (glibc only)."""
    if _trim is not None:
        _trim(0)
