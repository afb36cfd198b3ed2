"""Where a process's CPU goes, thread by thread (Linux /proc): for the benches that compare a
window with a headless show and need to say which thread the difference is in."""

from __future__ import annotations

import os
import threading
from collections import defaultdict
from pathlib import Path

from bench.pipeline import read_stat

Sample = dict[int, tuple[str, float]]  # thread id: its name, its user + system CPU seconds


def sample(pid: int | None = None) -> Sample:
    """Every thread of `pid` (this process by default), named as Python names it where it can."""
    pid = os.getpid() if pid is None else pid
    python_names = {thread.native_id: thread.name for thread in threading.enumerate()} if pid == os.getpid() else {}
    found: Sample = {}
    for task in Path(f"/proc/{pid}/task").glob("[0-9]*"):
        read = read_stat(task / "stat")
        if read is None:
            continue
        tid = int(task.name)
        found[tid] = ("MainThread" if tid == pid else python_names.get(tid) or read[0], read[2])
    return found


def by_name(before: Sample, after: Sample, seconds: float) -> list[tuple[str, float]]:
    """CPU-seconds per second by thread name (threads of one name summed; numbers in names
    folded, so "Thread-12" and "Thread-13" are one row), the busiest first."""
    totals: defaultdict[str, float] = defaultdict(float)
    for tid, (name, cpu) in after.items():
        used = cpu - before.get(tid, (name, 0.0))[1]
        totals["".join(char for char in name if not char.isdigit()).rstrip("-_ ") or name] += used / seconds
    return sorted(totals.items(), key=lambda row: -row[1])


def table(rows: list[tuple[str, float]], least: float = 0.002) -> str:
    shown = [f"    {name:<28} {cpu:.3f}" for name, cpu in rows if cpu >= least]
    return "\n".join(shown) or "    (no thread above the noise)"
