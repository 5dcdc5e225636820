"""A pseudo-locale for tests: every word the app shows, from Qt's tr() or from bundled content, gets marked.

Reusable by any test (UI, PDF): `with pseudo_locale(tmp_path, monkeypatch):` installs a translator whose every
translation is the English text wrapped in ⟦ ⟧, sets Qt's default locale to the pseudo-locale's language,
and points the content loaders at a copy of `resources/` that holds a pseudo-locale folder of prompts,
readings, vocabulary and symptom names, each wrapped the same way. A word shown without ⟦ ⟧ around it
therefore came from neither a translation nor the locale's content: `unmarked_words(text)` finds it.
Placeholders ({0}, %n, %1) sit inside the marks and are filled in afterwards as usual.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

#: A real language Qt knows (for dates and numbers) but the app ships no content or translation for.
PSEUDO_LOCALE = "eo"
OPEN, CLOSE = "⟦", "⟧"
_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOOKALIKE = "áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ"
_ACCENTED = str.maketrans(_PLAIN, _LOOKALIKE)
#: Left exactly as they are: format placeholders, Qt's %n and %1, markup tags and entities.
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]*>|&\w+;|\]\([^)]*\)")
_ASCII_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{2,}(?![^\W\d_])")


def pseudo(text: str) -> str:
    """The pseudo-translation of one text: every letter swapped for a look-alike, placeholders kept, marked."""
    if not text.strip():
        return text
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts += [text[last : match.start()].translate(_ACCENTED), match[0]]
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    return f"{OPEN}{''.join(parts)}{CLOSE}"


def unmarked_words(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Plain-ASCII words of two letters or more: they went through neither a translation nor the content.

    Pseudo words are all look-alike letters, so a word that is plain ASCII, even inside a translated
    sentence ("⟦Mood: {word}⟧" filled with an English "Low"), came from somewhere that ignored the locale.
    `allowed` holds words that are rightly not translated (the person's own words, names of months).
    """
    return [word for word in _ASCII_WORD.findall(text) if word.casefold() not in allowed]


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write_pseudo_content(resources: Path, target: Path, locale: str = PSEUDO_LOCALE) -> None:
    """A copy of `resources` with a `locale` folder of every kind of content, each text marked."""
    shutil.copytree(resources, target, symlinks=True, ignore=shutil.ignore_patterns("*.qm", "icons"))
    prompts = target / "prompts" / locale
    prompts.mkdir()
    for path in sorted((resources / "prompts" / "en").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        lines = [f"theme = {_toml_string(data['theme'])}", f"title = {_toml_string(pseudo(data['title']))}"]
        if data.get("gentle"):
            lines.append("gentle = true")
        for prompt in data["prompt"]:
            lines.append("\n[[prompt]]")
            for key, value in prompt.items():
                if key == "text":
                    lines.append(f"text = {_toml_string(pseudo(value))}")
                elif isinstance(value, bool):
                    lines.append(f"{key} = {'true' if value else 'false'}")
                elif isinstance(value, list):
                    lines.append(f"{key} = [{', '.join(_toml_string(v) for v in value)}]")
                else:
                    lines.append(f"{key} = {_toml_string(value)}")
        (prompts / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    readings = target / "readings" / locale
    readings.mkdir()
    for path in sorted((resources / "readings" / "en").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("+++", 2)
        front = re.sub(r'^title = "(.*)"$', lambda m: f'title = "{pseudo(m[1])}"', front, flags=re.MULTILINE)
        paragraphs = [pseudo(part) if part.strip() else part for part in body.split("\n")]
        marked = [re.sub(r"^(\s*(?:#+|[-*]|\d+\.)\s+)⟦(?:#+|[-*]|\d+\.)\s+", r"\1⟦", line) for line in paragraphs]
        (readings / path.name).write_text(f"+++{front}+++\n" + "\n".join(marked), encoding="utf-8")
    english = tomllib.loads((resources / "vocabulary" / "en.toml").read_text(encoding="utf-8"))
    vocabulary = [f"moods = [{', '.join(_toml_string(pseudo(w)) for w in english['moods'])}]"]
    for table in ("feelings", "self_care"):
        vocabulary.append(f"\n[{table}]")
        vocabulary += [f"{_toml_string(k)} = {_toml_string(pseudo(v))}" for k, v in english[table].items()]
    (target / "vocabulary" / f"{locale}.toml").write_text("\n".join(vocabulary) + "\n", encoding="utf-8")
    catalog = (resources / "symptoms" / "catalog.toml").read_text(encoding="utf-8")
    catalog = re.sub(
        r'^label\.en = "(.*)"$', lambda m: f'{m[0]}\nlabel.{locale} = "{pseudo(m[1])}"', catalog, flags=re.MULTILINE
    )
    catalog = re.sub(
        r'^unit_label\.en = "(.*)"$',
        lambda m: f'{m[0]}\nunit_label.{locale} = "{pseudo(m[1])}"',
        catalog,
        flags=re.MULTILINE,
    )

    def levels(match: re.Match[str]) -> str:
        words = re.findall(r'"([^"]*)"', match[1])
        return f"{match[0]}\nlevel_labels.{locale} = [{', '.join(_toml_string(pseudo(w)) for w in words)}]"

    catalog = re.sub(r"^level_labels\.en = \[(.*)\]$", levels, catalog, flags=re.MULTILINE)
    (target / "symptoms" / "catalog.toml").write_text(catalog, encoding="utf-8")


def use_resources(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every content loader at `folder` for one test, with every content cache emptied around it."""
    import sys

    from journal.core import resources

    original = resources.resources_dir
    for module in list(sys.modules.values()):
        if module is not None and getattr(module, "resources_dir", None) is original:
            monkeypatch.setattr(module, "resources_dir", lambda: folder)
    _clear_content_caches()


def _clear_content_caches() -> None:
    from journal.core.domain.vocabulary import vocabulary_for
    from journal.core.prompts.library import load_prompt_library, load_readings

    for cached in (vocabulary_for, load_prompt_library, load_readings):
        cached.cache_clear()


@contextlib.contextmanager
def pseudo_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Qt's words and the bundled content, both in the pseudo-locale, for the `with` block."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from journal.core.resources import resources_dir

    class PseudoTranslator(QTranslator):
        def translate(self, context, source_text, disambiguation=None, n=-1):
            return pseudo(source_text)

        def isEmpty(self) -> bool:
            return False

    folder = tmp_path / "pseudo-resources"
    write_pseudo_content(resources_dir(), folder)
    use_resources(folder, monkeypatch)
    translator = PseudoTranslator()
    app = QCoreApplication.instance()
    assert app is not None, "pseudo_locale needs a Qt application (use the qapp or qtbot fixture)"
    app.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(PSEUDO_LOCALE))
    try:
        yield folder
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)
        monkeypatch.undo()
        _clear_content_caches()
