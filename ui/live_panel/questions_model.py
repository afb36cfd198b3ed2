"""The questions waiting for the host: pinned and on stream first, then oldest first. An
answered or dismissed one leaves the list."""

from __future__ import annotations

from studio.commerce.question_queue import WAITING_STATES, Question, waiting_first
from ui.live_panel.lines_model import LinesModel

AUTHOR, QUESTION, STATE = range(3)


class QuestionsModel(LinesModel):
    def __init__(self) -> None:
        super().__init__()
        self._state_names = {"open": self.tr("open"), "pinned": self.tr("pinned"), "featured": self.tr("on stream")}

    def headers(self) -> tuple[str, ...]:
        return self.tr("Asked by"), self.tr("Question"), self.tr("State")

    def key(self, line: Question) -> int:
        return line[0]

    def place(self, line: Question) -> tuple[bool, int]:
        return waiting_first(line)

    def text(self, line: Question, column: int) -> str:
        if column == AUTHOR:
            return line[1]
        if column == QUESTION:
            return line[2]
        return self._state_names.get(line[3], line[3])

    def apply(self, questions: list[Question], gone: list[int]) -> None:
        """Questions as they are now: the waiting ones stay or come in, the others leave (and the `gone` ones)."""
        self.remove([*gone, *(question[0] for question in questions if question[3] not in WAITING_STATES)])
        self.update([question for question in questions if question[3] in WAITING_STATES])
