"""Content in other languages: the same prompt ids and vocabulary keys in every locale folder, English fallback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.mood import mood_word
from journal.core.domain.vocabulary import vocabulary_for
from journal.core.prompts.library import read_prompt_library
from journal.core.resources import resources_dir

ROOT = resources_dir()


def prompt_ids(folder: Path) -> set[str]:
    return {prompt.id for prompt in read_prompt_library(folder).prompts}


def locale_folders() -> list[Path]:
    return sorted(path for path in (ROOT / "prompts").iterdir() if path.is_dir() and path.name != "en")


def check_same_prompt_ids(english: Path, other: Path) -> None:
    missing, extra = prompt_ids(english) - prompt_ids(other), prompt_ids(other) - prompt_ids(english)
    assert not missing and not extra, f"{other.name}: missing {sorted(missing)[:5]}, unknown {sorted(extra)[:5]}"


@pytest.mark.parametrize("folder", locale_folders(), ids=lambda path: path.name)
def test_every_bundled_language_has_the_same_prompt_ids_as_english(folder: Path) -> None:
    check_same_prompt_ids(ROOT / "prompts" / "en", folder)


def test_the_id_check_catches_a_translation_that_lost_or_invented_a_prompt(tmp_path: Path) -> None:
    english = ROOT / "prompts" / "en"
    translated = tmp_path / "de"
    shutil.copytree(english, translated)
    check_same_prompt_ids(english, translated)
    grief = translated / "grief.toml"
    grief.write_text(grief.read_text(encoding="utf-8").replace('id = "grief-001"', 'id = "grief-901"'), "utf-8")
    with pytest.raises(AssertionError, match="grief-001"):
        check_same_prompt_ids(english, translated)


def test_vocabulary_keys_are_the_words_older_entries_stored() -> None:
    english = vocabulary_for("en")
    assert dict(english.self_care)["heating pad"] == "heating pad"
    assert english.label("heating pad") == "heating pad"
    assert english.label("my own word") == "my own word", "the person's own words are shown as typed"
    assert [key for key, _ in english.feelings][:3] == ["grief", "sadness", "numbness"]


def test_a_translation_changes_labels_never_keys_and_falls_back_per_key(tmp_path: Path, monkeypatch) -> None:
    import journal.core.domain.vocabulary as vocabulary

    folder = tmp_path / "resources"
    shutil.copytree(ROOT / "vocabulary", folder / "vocabulary")
    (folder / "vocabulary" / "de.toml").write_text(
        'moods = ["Sehr schlecht", "Schlecht", "Gemischt", "Okay", "Gut"]\n'
        '[feelings]\ngrief = "Trauer"\nnot_a_key = "Unbekannt"\n[self_care]\n"heating pad" = "Wärmflasche"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(vocabulary, "resources_dir", lambda: folder)
    vocabulary.vocabulary_for.cache_clear()
    try:
        german = vocabulary.vocabulary_for("de_AT")
        assert german.feeling_label("grief") == "Trauer"
        assert german.self_care_label("heating pad") == "Wärmflasche"
        assert german.feeling_label("sadness") == "sadness", "a key the translation lacks shows in English"
        assert "not_a_key" not in dict(german.feelings)
        assert [k for k, _ in german.feelings] == [k for k, _ in vocabulary.vocabulary_for("en").feelings]
        assert german.moods[4] == "Gut" and mood_word(5, "de_AT") == "Gut"
    finally:
        vocabulary.vocabulary_for.cache_clear()


def test_symptom_names_fall_back_from_region_to_language_to_english() -> None:
    assert load_default_catalog("en_NZ").get("bleeding").label == "Bleeding"
    assert load_default_catalog("C").get("bleeding").label == "Bleeding"
