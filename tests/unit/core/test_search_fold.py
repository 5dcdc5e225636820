"""The fast fold (ASCII shortcut, marks dropped by translate) gives exactly the one-character-at-a-time fold."""

from __future__ import annotations

import random

import pytest

from journal.core.search import fold, fold_slowly, match_spans

SAMPLES = [
    "",
    "Plain ASCII, with CAPITALS and 123 and punctuation!?",
    "Café with Zoë — naïve résumé; Ångström; straße; ﬁne ligature",
    "İstanbul ΣΊΣΥΦΟΣ ς; Ǆ; ½; ｆｕｌｌｗｉｄｔｈ",
    "Hebrew עִבְרִית, Arabic العَرَبِيَّة, Devanagari हिन्दी, Vietnamese Tiếng Việt",
    "emoji 🌱🕯️ 👩🏽‍🍼 and a combining mark alone: \u0301x",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_fast_fold_is_the_slow_fold(text: str) -> None:
    assert fold(text) == fold_slowly(text)


def test_random_text_folds_the_same_both_ways() -> None:
    rng = random.Random(7)
    alphabet = "aZ09 .,\n" + "éÉüÖçßøÆœ" + "\u0301\u0308\u0327" + "ΣςΑάИй" + "ﬁ½ｆ" + "🌱" + "עִ"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert fold(text) == fold_slowly(text), repr(text)


def test_highlights_still_land_on_the_original_letters() -> None:
    text = "Went to the Café, then the cafe again"
    assert [text[a:b] for a, b in match_spans(text, "cafe")] == ["Café", "cafe"]
