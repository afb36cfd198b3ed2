"""General requests: the show's stats as GetStats names them, and custom events between clients."""

from __future__ import annotations

from typing import Any

from studio.remote.messages import Event
from studio.remote.protocol import EventSubscription
from studio.remote.requests.context import Handler, RequestContext
from studio.remote.requests.fields import Fields


def get_stats(context: RequestContext, _: Fields) -> dict[str, Any]:
    stats = context.show.stats()
    return {
        "cpuUsage": context.usage.cpu_percent(),
        "memoryUsage": context.usage.memory_mb(),
        "availableDiskSpace": context.usage.available_disk_mb(),
        "activeFps": stats.fps,
        "averageFrameRenderTime": stats.compose_ms,
        "renderSkippedFrames": stats.lagged,
        "renderTotalFrames": stats.rendered,
        "outputSkippedFrames": stats.encoder_skipped,
        "outputTotalFrames": stats.encoded,
        "webSocketSessionIncomingMessages": context.session.incoming,
        "webSocketSessionOutgoingMessages": context.session.outgoing,
    }


def broadcast_custom_event(context: RequestContext, fields: Fields) -> None:
    context.publish(Event(EventSubscription.GENERAL, "CustomEvent", fields.mapping("eventData")))


HANDLERS: dict[str, Handler] = {
    "GetStats": get_stats,
    "BroadcastCustomEvent": broadcast_custom_event,
}
