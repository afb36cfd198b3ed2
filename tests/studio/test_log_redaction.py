"""Secrets never reach a log line or a crash report, whoever wrote them."""

from __future__ import annotations

import logging

from studio.log_redaction import redact_secrets
from studio.log_setup import LOG_FILE, configure_logging
from studio.paths import Paths


def test_stream_keys_tokens_and_queries_are_masked_and_the_rest_kept():
    env = {"VITRINA_KEY_SHOP": "k-1234-abcd", "VITRINA_TWITCH_TOKEN": "oauth:zzzz9999", "VITRINA_DATA_DIR": "/srv/shop"}
    text = ("rtmps://live-api-s.facebook.com:443/rtmp/FB-123-secret failed; key k-1234-abcd; "
            "PASS oauth:zzzz9999; Authorization: Bearer eyJhbGciOi.J9x; https://whip.example/whip?token=t0k3n; "
            "data in /srv/shop")
    assert redact_secrets(text, env) == (
        "rtmps://live-api-s.facebook.com:443/rtmp/**** failed; key ****; PASS ****; Authorization: Bearer ****; "
        "https://whip.example/whip?****; data in /srv/shop")


def test_every_log_line_goes_out_masked_tracebacks_too(tmp_path, monkeypatch):
    monkeypatch.setenv("VITRINA_REMOTE_PASSWORD", "hunter2-remote")
    paths = Paths(tmp_path)
    configure_logging(paths)
    log = logging.getLogger("tests.redaction")
    try:
        raise OSError("rtmp://a.rtmp.youtube.com/live2/yt-key-777 broken pipe")
    except OSError:
        log.exception("publishing to %s with %s failed", "rtmp://live.twitch.tv/app/live_42", "hunter2-remote")
    written = (paths.logs / LOG_FILE).read_text(encoding="utf-8")
    assert "publishing to rtmp://live.twitch.tv/app/**** with **** failed" in written
    assert "OSError: rtmp://a.rtmp.youtube.com/live2/**** broken pipe" in written
    for secret in ("yt-key-777", "live_42", "hunter2-remote"):
        assert secret not in written
