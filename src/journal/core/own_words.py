"""The person's own words for feelings and self-care, remembered so the check-in offers them again.

A word typed once becomes a chip on every later day, in the order it was first used; a word
already known is not added twice.
"""

from __future__ import annotations

import enum
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journal.core.settings import JournalSettings


class OwnWordList(enum.Enum):
    """Which of the person's lists a word belongs to."""

    FEELINGS = "custom_feelings"
    SELF_CARE = "custom_self_care"


def words_in(settings: JournalSettings, kind: OwnWordList) -> tuple[str, ...]:
    return settings.custom_feelings if kind is OwnWordList.FEELINGS else settings.custom_self_care


def with_word(settings: JournalSettings, kind: OwnWordList, word: str) -> JournalSettings:
    """`settings` with `word` added at the end of its list (unchanged if the word is already there)."""
    words = words_in(settings, kind)
    if word in words:
        return settings
    if kind is OwnWordList.FEELINGS:
        return replace(settings, custom_feelings=(*words, word))
    return replace(settings, custom_self_care=(*words, word))
