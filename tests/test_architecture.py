"""The layer rules of docs/ARCHITECTURE.md: import-linter's contracts in pyproject.toml, and
Qt widgets only in ui/ (checked here, since import-linter cannot forbid an external subpackage)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADLESS_PACKAGES = ("studio", "media", "overlays", "resources")


def test_imports_follow_the_layers():
    command = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def test_qt_widgets_are_used_only_in_ui():
    offenders = [
        str(path.relative_to(ROOT))
        for package in HEADLESS_PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if any(module.startswith("PySide6.QtWidgets") for module in imported_modules(path))
    ]
    assert offenders == []
