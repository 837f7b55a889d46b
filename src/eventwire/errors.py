"""eventwire's own exceptions, so that callers (the CLI above all) can tell a user's problem from a bug."""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose; its message says what went wrong and how to fix it."""


class Reject(EventwireError):
    """Raised by a stage that finds its document unusable; the pipeline turns it into a Rejection.

    ``code`` is short and stable (scripts match on it); ``message`` names the problem and the fix.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)  # both in args, so the exception pickles across worker processes
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class PipelineError(EventwireError):
    """A pipeline that cannot run as built (for example stages in the wrong order)."""


class KnowledgeError(EventwireError):
    """A knowledge file (lexicon, gazetteer…) that is missing or malformed."""


class StoreError(EventwireError):
    """The event store cannot be opened, read or written (bad path, not a DuckDB file, wrong schema…)."""
