"""The pseudo-locale helper itself: it marks what it should, and finds what is left unmarked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.vocabulary import vocabulary_for
from journal.core.prompts.library import load_prompt_library, load_readings
from pseudo_locale import pseudo, pseudo_locale, unmarked_words


def test_unmarked_words_finds_words_outside_the_marks() -> None:
    assert pseudo("Day {0} of %n, <b>%1</b>") == "⟦Đáý {0} óƒ %n, <b>%1</b>⟧"
    assert unmarked_words(pseudo("Day {0} since {1}").format(3, "my loss"), frozenset({"my", "loss"})) == []
    assert unmarked_words(pseudo("Mood: {word}").format(word=pseudo("Low"))) == []
    assert unmarked_words(pseudo("Mood: {word}").format(word="Low")) == ["Low"], "English inside a translation"
    assert unmarked_words("Saved") == ["Saved"]
    assert unmarked_words(f"{pseudo('Feelings')}: grief") == ["grief"]
    assert unmarked_words("12 · 38.6 °C") == []


def test_the_helper_switches_qt_words_and_every_kind_of_content(qapp, tmp_path, monkeypatch) -> None:
    with pseudo_locale(tmp_path, monkeypatch):
        assert QCoreApplication.translate("Any", "Saved") == "⟦Šáṽéđ⟧"
        assert all(p.text.startswith("⟦") for p in load_prompt_library("eo").prompts)
        assert all(r.title.startswith("⟦") for r in load_readings("eo"))
        assert all(label.startswith("⟦") for _, label in vocabulary_for("eo").feelings)
        assert all(d.label.startswith("⟦") for d in load_default_catalog("eo"))
    assert QCoreApplication.translate("Any", "Saved") == "Saved"
    assert not load_prompt_library("eo").prompts[0].text.startswith("⟦"), "English again once the block ends"
