"""A bug in a command: one line on stderr naming the log file, the traceback in the file only."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.commands import products_command


def test_an_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(vitrina, tmp_path: Path, monkeypatch):
    def broken(*_args: object) -> int:
        raise RuntimeError("rtmp://a.rtmp.youtube.com/live2/the-key-123 went wrong")

    monkeypatch.setattr(products_command, "run", broken)
    code, out, err = vitrina("products")
    assert code == 1 and out == ""
    log_file = tmp_path / "logs" / "vitrina.log"
    assert err == (f"vitrina: unexpected error (RuntimeError: rtmp://a.rtmp.youtube.com/live2/**** went wrong); "
                   f"the details are in {log_file}\n")
    written = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written and "the-key-123" not in written


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt])
def test_an_interrupt_is_still_status_130(vitrina, monkeypatch, interrupt):
    def stopped(*_args: object) -> int:
        raise interrupt

    monkeypatch.setattr(products_command, "run", stopped)
    assert vitrina("products")[0] == 130
