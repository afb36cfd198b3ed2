"""What a live show tells its drivers, from whichever thread it happened on. The window turns
these into Qt signals, remote control into obs-websocket events, `vitrina run` into lines."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from media.health import Health
from studio.commerce.cart_news import CartChanged as CartChanged  # defined beside the carts it reads


class PartRole(enum.Enum):
    SOURCE = "source"
    COMPOSITOR = "compositor"
    ENCODER = "encoder"
    AUDIO = "audio"
    DESTINATION = "destination"
    RECORDING = "recording"
    GRAPHICS = "graphics"
    CHAT = "chat"
    VIEWERS = "viewers"  # a platform's live viewer count


@dataclass(frozen=True)
class ShowOpened:
    show_id: int
    rehearsal: bool


@dataclass(frozen=True)
class PartChanged:
    """A part's health changed: a destination went live, a source failed, chat reconnects."""

    role: PartRole
    name: str  # safe to show: keys masked
    health: Health


@dataclass(frozen=True)
class ChatTaken:
    """A chat message was stored; `kind` is buy, flagged, question, message or hidden."""

    kind: str
    message_id: int
    order_id: int | None


@dataclass(frozen=True)
class OrderPlaced:
    order_id: int


@dataclass(frozen=True)
class QuestionAsked:
    message_id: int


@dataclass(frozen=True)
class SceneChanged:
    program: str
    preview: str | None  # in studio mode, the scene waiting in preview


@dataclass(frozen=True)
class RecordingStarted:
    path: Path


@dataclass(frozen=True)
class RecordingStopped:
    path: Path  # the finished file (.mp4 after a remux, else the .mkv)
    error: str = ""


@dataclass(frozen=True)
class SceneListChanged:
    names: tuple[str, ...]  # in the store's order


@dataclass(frozen=True)
class LayerShown:
    """One layer of a scene was shown or hidden (for this show)."""

    scene: str
    index: int  # the layer's place in the scene, from 0
    visible: bool


@dataclass(frozen=True)
class AudioChanged:
    """An audio input was muted, unmuted or its gain set."""

    name: str
    muted: bool
    gain_db: float


@dataclass(frozen=True)
class ShowEnded:
    show_id: int
    orders: int
    rehearsal: bool


ShowEvent = (ShowOpened | PartChanged | ChatTaken | OrderPlaced | QuestionAsked | SceneChanged
             | RecordingStarted | RecordingStopped | ShowEnded | SceneListChanged | LayerShown | AudioChanged
             | CartChanged)  # CartChanged: a cart's order reserved, pre-ordered, waitlisted, reminded, released, paid...
ShowListener = Callable[[ShowEvent], None]
