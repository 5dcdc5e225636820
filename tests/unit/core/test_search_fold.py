"""The fast fold (ASCII and Latin-1 shortcuts, marks dropped by translate) gives the one-character fold."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.core.search import _LATIN1_LONGER, _LATIN1_TABLE, fold, fold_keeping_length, fold_slowly, match_spans

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


def test_the_latin1_table_folds_each_character_as_the_slow_fold_does() -> None:
    for code in range(256):
        ch = chr(code)
        assert fold(ch) == fold_slowly(ch), repr(ch)
        assert fold(f"a{ch}É{ch}z") == fold_slowly(f"a{ch}É{ch}z"), repr(ch)


def test_nothing_in_latin1_folds_into_one_of_the_longer_folds() -> None:
    # the Latin-1 shortcut looks for ß, ½, µ… after its table: the table must never produce them
    for code in range(256):
        folded = _LATIN1_TABLE[code]
        assert chr(folded) not in _LATIN1_LONGER or chr(code) in _LATIN1_LONGER, repr(chr(code))


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_unicode_text_folds_as_the_slow_fold(text: str) -> None:
    assert fold(text) == fold_slowly(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0xFF)))
def test_any_latin1_text_folds_as_the_slow_fold(text: str) -> None:
    assert fold(text) == fold_slowly(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=st.characters(max_codepoint=0xFF)), st.text()), max_size=6))
def test_mixed_latin1_and_other_text_folds_as_the_slow_fold(parts: list[str]) -> None:
    text = "".join(parts)
    assert fold(text) == fold_slowly(text)


_LATIN1_TABLE_KEEPS = {chr(code) for code in range(256) if chr(code) not in _LATIN1_LONGER}


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=0xFF)), st.text()))
def test_the_fold_that_keeps_offsets_is_the_fold_and_keeps_them(text: str) -> None:
    kept = fold_keeping_length(text)
    if kept is not None:  # each character folded to exactly one, so offsets into text are offsets into kept
        assert kept == fold_slowly(text) and all(len(fold_slowly(ch)) == 1 for ch in text)
    else:  # only text the shortcut cannot vouch for: outside Latin-1, or ß, ½, µ…
        assert not text.isascii()
    if text.isascii() or all(ch in _LATIN1_TABLE_KEEPS for ch in text):
        assert kept is not None
