"""Asserting on what a person reads about an error: core raises typed errors, the command line words them.

`raises_worded(StorageError, "disk is full")` is `pytest.raises(..., match=...)` on the command
line's sentence for the error (the app's words are the same, through translation; a test keeps
them in step), not on core's `str()`, which is only a description for developers.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import pytest

from journal.cli.error_sentences import error_sentence
from journal.core.errors import JournalError


@contextlib.contextmanager
def raises_worded(kind: type[JournalError], pattern: str) -> Iterator[pytest.ExceptionInfo[JournalError]]:
    with pytest.raises(kind) as raised:
        yield raised
    sentence = error_sentence(raised.value)
    assert re.search(pattern, sentence), f"{pattern!r} not in {sentence!r}"
