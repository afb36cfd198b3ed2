"""What a request handler works with: the show, the request thread's own store connection, a way
to publish an event to every client, and the asking session's message counts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from studio.destinations import ResolvedDestination
from studio.live.show import LiveShow
from studio.remote.messages import Event
from studio.remote.process_usage import ProcessUsage
from studio.remote.requests.fields import Fields

StreamTargets = Callable[[Database], list[ResolvedDestination]]  # where StartStream publishes
Publish = Callable[[Event], None]  # to every subscribed client, from any thread

_NAMESPACE = uuid.UUID("3a6f2b1c-7d4e-4c1a-9a55-6b8f0f3e2d10")  # fixed: a scene's uuid never changes


@dataclass(frozen=True)
class SessionCounts:
    incoming: int = 0
    outgoing: int = 0


@dataclass(frozen=True)
class RequestContext:
    show: LiveShow
    db: Database
    publish: Publish
    stream_targets: StreamTargets
    usage: ProcessUsage
    session: SessionCounts = SessionCounts()


Handler = Callable[[RequestContext, Fields], dict[str, Any] | None]


def stable_uuid(kind: str, name: str) -> str:
    """The uuid obs-websocket clients may address a scene or an input by: the same for the same name."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{name}"))
