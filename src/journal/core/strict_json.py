"""Reading JSON from a file someone else may have made (an import, a backup header) without surprises.

Python's parser raises `RecursionError` on deeply nested arrays and an unexplained `ValueError` on
a number of more than 4,300 digits. Here each of those is one `JsonRefused` (a `ValueError`) with a
plain reason, and no number longer than any real value is read. NaN and infinities still parse:
the checks of each field (the catalog's ranges) refuse them and say where.
"""

from __future__ import annotations

import json
from typing import Any

MAX_NUMBER_CHARACTERS = 40  # far beyond any count, version or size; a 5,000-digit number is refused


class JsonRefused(ValueError):
    """JSON this app will not read; the message says why in words fit to show."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


def _number(text: str) -> Any:
    if len(text) > MAX_NUMBER_CHARACTERS:
        raise JsonRefused("it holds a number far longer than any real value")
    return float(text) if any(c in text for c in ".eE") else int(text)


def loads(text: str | bytes) -> Any:
    """The parsed value; `JsonRefused` for broken, too deeply nested or absurd JSON."""
    try:
        return json.loads(text, parse_int=_number, parse_float=_number)
    except JsonRefused:
        raise
    except json.JSONDecodeError as error:
        raise JsonRefused(f"the JSON is broken ({error.msg})", error.lineno) from None
    except RecursionError:
        raise JsonRefused("it is nested far more deeply than any export") from None
    except (ValueError, UnicodeDecodeError, TypeError):
        raise JsonRefused("the JSON cannot be read") from None
