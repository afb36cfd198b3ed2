"""What the connectors hand the chat desk, in arrival order: messages (at most `bound` waiting)
and moderators' removals (always taken: they are rare, and one must follow the message it
removes, so it shares the queue rather than jumping it)."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from studio.chat.message import ChatMessage
from studio.chat.removal import Removal

DeskItem = ChatMessage | Removal


class DeskQueue:
    def __init__(self, bound: int) -> None:
        if bound < 1:
            raise ValueError(f"the chat desk's queue bound is at least 1, not {bound}")
        self.bound = bound
        self._items: deque[DeskItem] = deque()
        self._changed = threading.Condition()
        self.on_room: Callable[[], None] | None = None  # called (on the taking thread) when a full queue has room

    def __len__(self) -> int:
        return len(self._items)

    def offer(self, message: ChatMessage) -> bool:
        """Queues the message unless `bound` are waiting already; never blocks."""
        with self._changed:
            if len(self._items) >= self.bound:
                return False
            self._items.append(message)
            self._changed.notify()
        return True

    def add_removal(self, removal: Removal) -> None:
        with self._changed:
            self._items.append(removal)
            self._changed.notify()

    def take(self, timeout: float) -> DeskItem | None:
        """The oldest item, waiting up to `timeout` seconds for one (None if none came or on `wake`)."""
        with self._changed:
            if not self._items:
                self._changed.wait(timeout)
            if not self._items:
                return None
            item = self._items.popleft()
            had_room = len(self._items) != self.bound - 1
        if not had_room and self.on_room is not None:
            self.on_room()
        return item

    def wake(self) -> None:
        """Ends a `take` that is waiting."""
        with self._changed:
            self._changed.notify_all()
