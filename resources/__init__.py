"""Files the studio ships: the demo catalog and its images, fonts, icons, the theme."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. resource_path("demo", "catalog.json")."""
    return ROOT.joinpath(*parts)
