"""Gives the running thread its Worker's name in the operating system too, so `top -H`, py-spy
and the benches' thread tables (bench/thread_cpu.py) say "compositor" where they said "python"."""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

NAME_LIMIT = 15  # Linux keeps 16 bytes with the terminating zero


def _pthread_functions() -> tuple[Any, Any] | None:
    """pthread_setname_np and pthread_self from the C library the interpreter runs on, on Linux."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        set_name, this_thread = libc.pthread_setname_np, libc.pthread_self
    except (OSError, AttributeError):
        return None
    this_thread.restype = ctypes.c_ulong
    set_name.argtypes = [ctypes.c_ulong, ctypes.c_char_p]
    set_name.restype = ctypes.c_int
    return set_name, this_thread


_PTHREAD = _pthread_functions()


def name_this_thread(name: str) -> None:
    """Best effort: where the system has no such call, or refuses the name, the thread keeps its own."""
    if _PTHREAD is None:
        return
    set_name, this_thread = _PTHREAD
    if set_name(this_thread(), name.encode("ascii", "replace")[:NAME_LIMIT]) != 0:
        log.debug("the system kept its own name for thread %s", name)
