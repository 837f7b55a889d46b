"""Read failures as values: every reader reports a bad input the same way, and the run goes on."""

from __future__ import annotations

from eventwire.model import Rejection

STAGE = "read"


class ReadError(Exception):
    """Raised inside a reader when one input cannot become an Article; caught and turned into a Rejection.

    Readers raise it rather than return ``None`` so that the reason always travels with the failure.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def rejection(self, input_ref: str) -> Rejection:
        return rejection(input_ref, self.code, self.message)


def rejection(input_ref: str, code: str, message: str) -> Rejection:
    """A Rejection from the read stage; ``message`` must name the input and, where possible, the fix."""
    return Rejection(input_ref=input_ref, stage=STAGE, code=code, message=message)
