"""What went wrong in an import file, by line and column: each reason a refusal
(studio/translatable.py), so the window says it in its language and the command line in English."""

from __future__ import annotations

from dataclasses import dataclass

from studio.translatable import AT_LINE, NAMED, QT_TRANSLATE_NOOP, Refusal

MAX_ISSUES_SHOWN = 20
AT_LINE_AND_COLUMN = QT_TRANSLATE_NOOP("Refusals", "line %1, %2: %3")


@dataclass(frozen=True)
class ImportIssue:
    reason: Refusal
    line: int | None = None
    column: str | None = None

    @property
    def refusal(self) -> Refusal:
        """The reason with where it is: 'line 3, price: ...'."""
        if self.line and self.column:
            return Refusal(AT_LINE_AND_COLUMN, self.line, self.column, self.reason)
        if self.line:
            return Refusal(AT_LINE, self.line, self.reason)
        if self.column:
            return Refusal(NAMED, self.column, self.reason)
        return self.reason

    def __str__(self) -> str:
        return str(self.refusal)


class ProductImportError(Exception):
    """The file was not imported; nothing in the store changed."""

    def __init__(self, issues: list[ImportIssue]) -> None:
        self.issues = issues
        shown = [str(issue) for issue in self.shown]
        if self.unshown:
            shown.append(f"... and {self.unshown} more problems")
        super().__init__("\n".join(shown))

    @property
    def shown(self) -> list[ImportIssue]:
        """The issues a report lists; the rest are only counted."""
        return self.issues[:MAX_ISSUES_SHOWN]

    @property
    def unshown(self) -> int:
        return max(0, len(self.issues) - MAX_ISSUES_SHOWN)


class RowErrors:
    """Collects a file's issues so one run reports every bad line, not just the first."""

    def __init__(self) -> None:
        self.issues: list[ImportIssue] = []

    def add(self, line: int | None, column: str | None, reason: Refusal) -> None:
        self.issues.append(ImportIssue(reason, line, column))

    def raise_if_any(self) -> None:
        if self.issues:
            raise ProductImportError(self.issues)
