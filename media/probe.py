"""Checking a media file before playing it: it opens, and it has the kind of stream wanted."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import av

from media.source import SourceError

NOUNS = {"video": ("video", "a video"), "audio": ("sound", "a sound file")}


def require_stream(path: Path, kind: Literal["video", "audio"]) -> None:
    """SourceError naming the file when it cannot be opened or has no `kind` stream."""
    noun, article_noun = NOUNS[kind]
    try:
        with av.open(str(path)) as probe:
            if not (probe.streams.video if kind == "video" else probe.streams.audio):
                raise SourceError(f"{path}: the file has no {noun}")
    except av.error.FFmpegError as error:
        raise SourceError(f"{path}: not {article_noun} this studio can play ({error})") from error
