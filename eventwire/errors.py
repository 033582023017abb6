"""The few exception types eventwire raises, and the one place they are rendered for people."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: a problem a user can act on. ``exit_code`` is what the CLI returns."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def render(self) -> str:
        text = f"error: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(EventwireError):
    """Bad input: empty, binary, unreadable, undecodable, too large, not an article."""

    exit_code = 2


class ConfigError(EventwireError):
    """Bad options or a missing model, gazetteer or database."""

    exit_code = 3


class DataError(EventwireError):
    """A data file (gold set, gazetteer dump, feed) that cannot be parsed."""

    exit_code = 4


class StoreError(EventwireError):
    """The store failed: unreachable database, failed migration, integrity problem."""

    exit_code = 5


class ProcessingError(EventwireError):
    """An article could not be processed (time limit, internal failure); recorded per item."""

    exit_code = 6


def render(exc: BaseException) -> str:
    """One line for a person; never a traceback."""
    if isinstance(exc, EventwireError):
        return exc.render()
    if isinstance(exc, KeyboardInterrupt):
        return "error: interrupted"
    return f"error: internal error: {type(exc).__name__}: {exc}"
