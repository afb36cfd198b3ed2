"""Words the window shows in its language, marked in studio/ without Qt.

QT_TRANSLATE_NOOP marks a literal for pyside6-lupdate, which finds it by this name with the
context written out at the call. A `Refusal` is a ValueError whose reason is such a marked
template ("%1 is not a price") with its values: `str()` is the English sentence (the command
line, the log, tests), and the window (ui/refusals.py) shows the template in its language
filled with the same values. A value is shown as str() shows it (what the user typed, as typed;
a number as the English says it), a `Word` of the program's own, or the exception a wrapping
refusal quotes (translated in its turn when it is a refusal). A refusal is input said no to; a
`Reasoned` RuntimeError (the live show's ShowError: "turn studio mode on first") is an action
that cannot be done now, its reason made and shown the same way."""

from __future__ import annotations

from dataclasses import dataclass

from studio.placeholders import fill

REFUSALS = "Refusals"  # the translation context of every refusal's template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (which looks for this name) in `context`; the window translates it."""
    return text


PASSED_ON = QT_TRANSLATE_NOOP("Refusals", "%1")  # another refusal's reason, as it is
NAMED = QT_TRANSLATE_NOOP("Refusals", "%1: %2")  # a name (a setting's, a field's), then its reason
NAMED_TYPED = QT_TRANSLATE_NOOP("Refusals", "%1 %2")  # a name, then a reason that starts by quoting what was typed
AT_LINE = QT_TRANSLATE_NOOP("Refusals", "line %1: %2")  # a line of a file or a text box, then its reason


class Reasoned(Exception):
    """An exception whose reason is `template` (marked in the REFUSALS context, with %1, %2) filled with `values`."""

    def __init__(self, template: str, *values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(fill(template, *(str(value) for value in values)))


class Refusal(Reasoned, ValueError):
    """Input refused, with its reason."""


class OptionRefusal(Refusal):
    """A command-line option's value refused: str() names the option first, as the command line
    says it (a subclass's OPTION, "--chat %1"); `reason` is the refusal without it, as the window
    says it beside the setting's field."""

    OPTION = PASSED_ON

    def __init__(self, template: str, *values: object) -> None:
        self.reason = Refusal(template, *values)
        super().__init__(self.OPTION, self.reason)


@dataclass(frozen=True)
class Word:
    """One of the program's own words a refusal quotes (an order's state, "paid"), never the user's:
    marked in the Refusals context where it is made, so the window says it in its language too."""

    text: str

    def __str__(self) -> str:
        return self.text



def unnamed(error: ValueError, name: str) -> ValueError:
    """The reason without `name` in front, when a refusal (or one it passes on) put it there:
    a setting's page names the setting itself."""
    if not isinstance(error, Refusal) or not error.values or not isinstance(error.values[-1], ValueError):
        return error
    if error.template == PASSED_ON:
        return unnamed(error.values[-1], name)
    if error.template in (NAMED, NAMED_TYPED) and error.values[0] == name:
        return error.values[-1]
    return error
