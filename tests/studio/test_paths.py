from pathlib import Path

import platformdirs

from studio.paths import DATA_DIR_ENV, resolve_paths


def test_an_explicit_data_dir_wins_over_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_paths(tmp_path / "explicit").database == tmp_path / "explicit" / "vitrina.db"


def test_the_environment_wins_over_the_platform_default(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_paths().data_dir == tmp_path / "from-env"


def test_the_platform_user_data_dir_is_the_default(monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert resolve_paths().data_dir == Path(platformdirs.user_data_dir("vitrina", appauthor=False))
