"""What went wrong in an import file, by line and column."""

from __future__ import annotations

from dataclasses import dataclass

MAX_ISSUES_SHOWN = 20


@dataclass(frozen=True)
class ImportIssue:
    message: str
    line: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = ", ".join(part for part in (f"line {self.line}" if self.line else "", self.column or "") if part)
        return f"{where}: {self.message}" if where else self.message


class ProductImportError(Exception):
    """The file was not imported; nothing in the store changed."""

    def __init__(self, issues: list[ImportIssue]) -> None:
        self.issues = issues
        shown = [str(issue) for issue in issues[:MAX_ISSUES_SHOWN]]
        if len(issues) > MAX_ISSUES_SHOWN:
            shown.append(f"... and {len(issues) - MAX_ISSUES_SHOWN} more problems")
        super().__init__("\n".join(shown))


class RowErrors:
    """Collects a file's issues so one run reports every bad line, not just the first."""

    def __init__(self) -> None:
        self.issues: list[ImportIssue] = []

    def add(self, line: int | None, column: str | None, message: str) -> None:
        self.issues.append(ImportIssue(message, line, column))

    def raise_if_any(self) -> None:
        if self.issues:
            raise ProductImportError(self.issues)
