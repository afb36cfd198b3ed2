"""What GetStats reports about the process: CPU in percent of the machine since the last
reading, memory in use in MB, and free space where recordings go in MB."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from pathlib import Path

MB = 1024 * 1024


class ProcessUsage:
    def __init__(self, recordings: Path) -> None:
        self._recordings = recordings
        self._lock = threading.Lock()
        self._last = (time.monotonic(), time.process_time())
        self._cores = os.cpu_count() or 1

    def cpu_percent(self) -> float:
        """The process's share of all cores since the previous call (or since it was made)."""
        wall, cpu = time.monotonic(), time.process_time()
        with self._lock:
            last_wall, last_cpu = self._last
            self._last = (wall, cpu)
        elapsed = wall - last_wall
        return 100.0 * (cpu - last_cpu) / elapsed / self._cores if elapsed > 0 else 0.0

    def available_disk_mb(self) -> float:
        folder = self._recordings
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        try:
            return shutil.disk_usage(folder).free / MB
        except OSError:
            return 0.0

    @staticmethod
    def memory_mb() -> float:
        """Resident memory now (Linux); elsewhere the peak so far, which is what the platform tells."""
        try:
            pages = int(Path("/proc/self/statm").read_text().split()[1])
            return pages * os.sysconf("SC_PAGE_SIZE") / MB
        except (OSError, ValueError, IndexError, AttributeError):
            pass
        try:
            import resource
        except ImportError:  # Windows
            return 0.0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / MB if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux
