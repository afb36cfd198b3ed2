"""Requests handed from the event loop to the request thread and their results handed back."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from sqlite_utils import Database

from studio.live.show import LiveShow
from studio.remote.messages import RequestResult
from studio.remote.process_usage import ProcessUsage
from studio.remote.protocol import RequestStatus
from studio.remote.request_runner import RequestRunner
from studio.remote.requests.context import Publish, RequestContext, SessionCounts, StreamTargets
from studio.remote.requests.registry import run_request


def _settle(future: asyncio.Future[RequestResult], result: RequestResult) -> None:
    if not future.done():  # the client may have gone meanwhile
        future.set_result(result)


class RequestDispatch:
    def __init__(self, show: LiveShow, runner: RequestRunner, publish: Publish, stream_targets: StreamTargets) -> None:
        self._show, self._runner, self._publish, self._stream_targets = show, runner, publish, stream_targets
        self._usage = ProcessUsage(show.paths.recordings)
        self.frame_seconds = 1 / float(show.settings.fps)

    async def run(self, request_type: str, data: Any, counts: SessionCounts) -> RequestResult:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[RequestResult] = loop.create_future()

        def job(db: Database) -> None:
            context = RequestContext(self._show, db, self._publish, self._stream_targets, self._usage, counts)
            result = run_request(context, request_type, data)
            with contextlib.suppress(RuntimeError):  # the server stopped meanwhile: nobody waits
                loop.call_soon_threadsafe(_settle, future, result)

        if not self._runner.submit(job):
            return RequestResult(RequestStatus.NOT_READY, "the studio has too many requests waiting: try again")
        return await future
