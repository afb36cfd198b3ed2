"""Writing import files the way shops' tools save them."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def write_csv(tmp_path: Path):
    """write_csv(text, name=..., encoding=...) -> the path of a real file in tmp_path."""

    def write(text: str, name: str = "products.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
        return path

    return write
