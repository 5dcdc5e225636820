"""The command line's own refusals of its arguments, with the command line's own words.

Core raises `BadInputError` with a typed `InputProblem`; the command line is a wording layer, so
the checks it makes of its own options (a date that is not a date, two options that do not go
together) carry their English sentence here. It names the option, never what was typed.
"""

from __future__ import annotations

from journal.core.errors import BadInputError, InputProblem


class OptionError(BadInputError):
    """An option or argument the command line refuses; printed as "field: sentence"."""

    def __init__(self, field: str, sentence: str) -> None:
        super().__init__(field, InputProblem.BAD_OPTION)
        self.sentence = sentence
