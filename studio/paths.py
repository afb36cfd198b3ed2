"""Every path the studio writes to comes from here, with one override for tests and portable installs.

Order of precedence: an explicit directory (`--data-dir`), then `VITRINA_DATA_DIR`,
then the platform's user data dir.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "vitrina"
DATA_DIR_ENV = "VITRINA_DATA_DIR"
DATABASE_NAME = "vitrina.db"
REHEARSAL_DATABASE_NAME = "rehearsal.db"


@dataclass(frozen=True)
class Paths:
    """The folders and files of one studio installation; with `rehearsal`, its store is the
    rehearsal's copy, so nothing a rehearsal does touches the real shop."""

    data_dir: Path
    rehearsal: bool = False

    @property
    def database(self) -> Path:
        return self.data_dir / (REHEARSAL_DATABASE_NAME if self.rehearsal else DATABASE_NAME)

    @property
    def real_database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    def for_rehearsal(self) -> Paths:
        return Paths(self.data_dir, rehearsal=True)

    @property
    def images(self) -> Path:
        return self.data_dir / "images"

    @property
    def recordings(self) -> Path:
        return self.data_dir / "recordings"

    @property
    def window_settings(self) -> Path:
        """Where the window keeps its geometry and dock layout (QSettings, INI format)."""
        return self.data_dir / "window.ini"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    def ensure(self) -> Paths:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The studio's paths, from the explicit directory, the environment or the platform default."""
    if data_dir:
        return Paths(Path(data_dir).expanduser().resolve())
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Paths(Path(from_env).expanduser().resolve())
    return Paths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
