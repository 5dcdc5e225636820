"""The five-step mood scale, with words so that a mood is never only a number or a colour."""

from journal.core.domain.vocabulary import vocabulary_for

MOOD_RANGE = range(1, 6)


def mood_word(mood: int, locale: str = "en") -> str:
    """The word shown beside a mood step, e.g. 1 -> "Very low"."""
    if mood not in MOOD_RANGE:
        raise ValueError(f"mood must be 1 to 5, not {mood}")
    return vocabulary_for(locale).moods[mood - 1]
