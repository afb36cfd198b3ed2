"""The tree stays clean: ruff's rules and mypy's types as pyproject.toml configures them."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_tool(*arguments: str, timeout: float) -> str:
    """The tool's output when it reports anything, else ""."""
    result = subprocess.run([sys.executable, "-m", *arguments], cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if result.returncode == 0 and not result.stderr.strip():
        return ""
    return f"exit status {result.returncode}\n{result.stdout}{result.stderr}"


def mypy_cache_dir() -> Path:
    """A cache outside the checkout (a fresh clone stays clean), one per checkout (two never share one)."""
    checkout = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"vitrina-mypy-{checkout}"


def test_ruff_finds_nothing():
    assert run_tool("ruff", "check", "--no-cache", ".", timeout=110) == ""


@pytest.mark.timeout(600)
def test_mypy_finds_nothing():
    assert run_tool("mypy", "--cache-dir", str(mypy_cache_dir()), timeout=580) == ""
