"""The check-in's words in the person's language: mood steps, and feelings and self-care by stable key.

A feeling or self-care item is stored by its key, never by its label, so changing the app's language
never changes what a past day says; the label is looked up when it is shown. The keys are the English
words the journal has always stored, so entries written before labels existed read as they are. Words
the person added themselves are not keys: they are kept and shown exactly as typed.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.core.content_locale import FALLBACK_LOCALE, locale_chain
from journal.core.resources import resources_dir


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One locale's words; `feelings` and `self_care` are (key, label) pairs in the file's order."""

    moods: tuple[str, ...]
    feelings: tuple[tuple[str, str], ...]
    self_care: tuple[tuple[str, str], ...]

    def feeling_label(self, stored: str) -> str:
        """The label for a stored feeling: the locale's word for a key, the person's own word as it is."""
        return dict(self.feelings).get(stored, stored)

    def self_care_label(self, stored: str) -> str:
        return dict(self.self_care).get(stored, stored)

    def label(self, stored: str) -> str:
        """A feeling's or self-care item's label, for places that show both kinds together."""
        return dict(self.feelings).get(stored) or dict(self.self_care).get(stored, stored)


@functools.cache
def vocabulary_for(locale: str = FALLBACK_LOCALE) -> Vocabulary:
    """The words for `locale` ("de_AT" tries de_AT, de, then English); a key a translation lacks shows in English."""
    layers = [data for name in reversed(locale_chain(locale)) if (data := _read(name)) is not None]
    english = layers[0]
    moods: list[str] = list(english["moods"])
    feelings = dict(_pairs(english, "feelings"))
    self_care = dict(_pairs(english, "self_care"))
    for layer in layers[1:]:
        if isinstance(layer.get("moods"), list) and len(layer["moods"]) == len(moods):
            moods = [str(word) for word in layer["moods"]]
        for key, label in _pairs(layer, "feelings"):
            if key in feelings:
                feelings[key] = label
        for key, label in _pairs(layer, "self_care"):
            if key in self_care:
                self_care[key] = label
    return Vocabulary(tuple(moods), tuple(feelings.items()), tuple(self_care.items()))


def vocabulary_path(locale: str) -> Path:
    return resources_dir() / "vocabulary" / f"{locale}.toml"


def _read(locale: str) -> dict[str, Any] | None:
    path = vocabulary_path(locale)
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _pairs(data: dict[str, Any], table: str) -> list[tuple[str, str]]:
    value = data.get(table, {})
    if not isinstance(value, dict):
        return []
    return [(str(key), str(label)) for key, label in value.items() if isinstance(label, str) and label.strip()]
