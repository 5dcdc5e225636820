"""Questions for the next appointment: added on any day, ticked off afterwards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_QUESTION = 1000


@dataclass(frozen=True, slots=True)
class Question:
    """A question in the person's words; `done_on` is set when they tick it off."""

    id: str
    added_on: dt.date
    text: str
    done_on: dt.date | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("text: a question cannot be empty")
        if len(self.text) > MAX_QUESTION:
            raise ValueError(f"text: at most {MAX_QUESTION} characters")
        if self.done_on is not None and self.done_on < self.added_on:
            raise ValueError("done: cannot be before the question was added")

    @property
    def is_done(self) -> bool:
        return self.done_on is not None
