"""The library of prompts and readings: human-edited files under `resources/`, read once and checked.

Content is data so that writers can edit it and translators can copy a folder. This module only reads it,
checks its shape, and names the file and prompt when something is wrong, so a typo never reaches a person.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.core.content_locale import FALLBACK_LOCALE, locale_chain
from journal.core.resources import read_toml_file, resources_dir

#: Recovery phases a prompt can fit. "any" fits every phase and the case where no loss date was given.
PHASES = frozenset({"first_days", "first_weeks", "later", "any"})
ANY_PHASE = "any"
#: Conditions tied to the calendar: such a prompt is offered only near that kind of date.
HARD_DATE_CONDITIONS = frozenset({"near_due_date", "near_anniversary"})
#: Conditions about the person's situation: offered only when the person has said they apply.
SITUATION_CONDITIONS = frozenset(
    {"returning_to_work", "partner_view", "parenting_already", "trying_again", "pregnant_again"}
)
CONDITIONS = HARD_DATE_CONDITIONS | SITUATION_CONDITIONS
#: Kinds of loss a prompt or reading may be written for (`journal.core.domain.key_dates.LossKind`).
LOSS_KINDS = frozenset({"miscarriage", "ectopic", "molar", "chemical", "tfmr", "stillbirth", "other"})

_THEME_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_PROMPT_ID = re.compile(r"^[a-z][a-z0-9]*-\d{3}$")
_READING_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_THEME_KEYS = frozenset({"theme", "title", "gentle", "prompt"})
_PROMPT_KEYS = frozenset({"id", "text", "phases", "conditions", "loss_kinds", "body"})
_READING_KEYS = frozenset({"id", "title", "themes", "safety", "loss_kinds"})
_FRONT_MATTER = "+++"


@dataclass(frozen=True, slots=True)
class Prompt:
    """One invitation to write. The id is stable forever, because history and entries refer to it.

    `loss_kinds` narrows a prompt to people who recorded one of those kinds of loss (empty: any
    kind). `body` marks a prompt about the writer's own pregnant or recovering body (bleeding,
    milk, their own cramps), never offered to a partner or support person.
    """

    id: str
    text: str
    theme: str
    phases: frozenset[str]
    conditions: frozenset[str] = frozenset()
    loss_kinds: frozenset[str] = frozenset()
    body: bool = False

    def fits_phase(self, phase: str) -> bool:
        """Whether the prompt suits a phase; with no loss date (phase "any") only "any" prompts do."""
        return ANY_PHASE in self.phases or phase in self.phases


@dataclass(frozen=True, slots=True)
class Theme:
    """A group of prompts a person can switch off as a whole.

    A `gentle` theme (hard dates) is offered only in the days around a due date or an anniversary.
    """

    key: str
    title: str
    gentle: bool
    prompts: tuple[Prompt, ...]


@dataclass(frozen=True, slots=True)
class Reading:
    """A short page to read. `body` is Markdown; `safety` marks the page on when to contact a clinician."""

    id: str
    title: str
    themes: tuple[str, ...]
    body: str
    safety: bool = False
    loss_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PromptLibrary:
    """Every theme of one locale, in file order; prompt ids are unique across the whole library."""

    themes: tuple[Theme, ...]

    def __post_init__(self) -> None:
        keys = [theme.key for theme in self.themes]
        if len(set(keys)) != len(keys):
            raise ValueError(f"a theme appears twice in {keys}")
        seen: dict[str, str] = {}
        for theme in self.themes:
            for prompt in theme.prompts:
                if prompt.id in seen:
                    raise ValueError(f"prompt id {prompt.id!r} is used by both {seen[prompt.id]!r} and {theme.key!r}")
                seen[prompt.id] = theme.key

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return tuple(prompt for theme in self.themes for prompt in theme.prompts)

    def theme(self, key: str) -> Theme:
        for theme in self.themes:
            if theme.key == key:
                return theme
        raise KeyError(key)

    def prompt(self, prompt_id: str) -> Prompt | None:
        """The prompt with this id, or None when it has left the library (history may still name it)."""
        return next((p for p in self.prompts if p.id == prompt_id), None)


@functools.cache
def load_prompt_library(locale: str = FALLBACK_LOCALE) -> PromptLibrary:
    """The bundled prompts for a locale ("en_GB" tries `en_GB`, `en`), falling back to English; read once."""
    return read_prompt_library(_locale_folder("prompts", locale))


@functools.cache
def load_readings(locale: str = FALLBACK_LOCALE) -> tuple[Reading, ...]:
    """The bundled readings for a locale, falling back to English, in file-name order."""
    return read_readings(_locale_folder("readings", locale))


def read_prompt_library(folder: Path) -> PromptLibrary:
    """Read and check every `<theme>.toml` in a folder; raise ValueError naming the file and prompt."""
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise ValueError(f"{folder}: no prompt files")
    themes = tuple(_read_theme(path) for path in paths)
    owner: dict[str, str] = {}
    for path, theme in zip(paths, themes, strict=True):
        for prompt in theme.prompts:
            if prompt.id in owner:
                raise ValueError(f"{path.name}, prompt {prompt.id!r}: id already used in {owner[prompt.id]}")
            owner[prompt.id] = path.name
    return PromptLibrary(themes)


def read_readings(folder: Path) -> tuple[Reading, ...]:
    """Read and check every `<id>.md` in a folder; raise ValueError naming the file."""
    paths = sorted(folder.glob("*.md"))
    if not paths:
        raise ValueError(f"{folder}: no readings")
    return tuple(_read_reading(path) for path in paths)


def _locale_folder(kind: str, locale: str) -> Path:
    """The most specific folder of `kind` for `locale`; English when the locale has none."""
    for name in locale_chain(locale):
        folder = resources_dir() / kind / name
        if folder.is_dir():
            return folder
    return resources_dir() / kind / FALLBACK_LOCALE


def _read_theme(path: Path) -> Theme:
    where = path.name
    data = read_toml_file(path)
    _reject_unknown_keys(data, _THEME_KEYS, where)
    key = _text(data, "theme", where)
    if not _THEME_KEY.match(key) or key != path.stem:
        raise ValueError(f"{where}: theme must be a lowercase key matching the file name, got {key!r}")
    title = _text(data, "title", where)
    gentle = data.get("gentle", False)
    if not isinstance(gentle, bool):
        raise ValueError(f"{where}: gentle must be true or false")
    entries = data.get("prompt")
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{where}: needs at least one [[prompt]]")
    prompts = tuple(_read_prompt(entry, key, f"{where}, prompt #{n}") for n, entry in enumerate(entries, 1))
    return Theme(key=key, title=title, gentle=gentle, prompts=prompts)


def _read_prompt(entry: Any, theme: str, where: str) -> Prompt:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: must be a table")
    prompt_id = entry.get("id")
    if not isinstance(prompt_id, str) or not _PROMPT_ID.match(prompt_id):
        raise ValueError(f"{where}: id must look like 'grief-001', got {prompt_id!r}")
    where = f"{where.rsplit(', ', 1)[0]}, prompt {prompt_id!r}"
    _reject_unknown_keys(entry, _PROMPT_KEYS, where)
    text = _text(entry, "text", where)
    phases = _names(entry, "phases", PHASES, where)
    if not phases:
        raise ValueError(f"{where}: phases must name at least one of {sorted(PHASES)}")
    if ANY_PHASE in phases and len(phases) > 1:
        raise ValueError(f"{where}: 'any' already covers every phase; list it alone")
    conditions = _names(entry, "conditions", CONDITIONS, where)
    loss_kinds = _names(entry, "loss_kinds", LOSS_KINDS, where)
    body = entry.get("body", False)
    if not isinstance(body, bool):
        raise ValueError(f"{where}: body must be true or false")
    return Prompt(
        id=prompt_id, text=text, theme=theme, phases=phases, conditions=conditions, loss_kinds=loss_kinds, body=body
    )


def _read_reading(path: Path) -> Reading:
    where = path.name
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or lines[0].strip() != _FRONT_MATTER:
        raise ValueError(f"{where}: must start with front matter between '+++' lines")
    try:
        end = next(n for n, line in enumerate(lines[1:], 1) if line.strip() == _FRONT_MATTER)
    except StopIteration:
        raise ValueError(f"{where}: front matter has no closing '+++'") from None
    try:
        data = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{where}: front matter is not valid TOML ({error})") from error
    _reject_unknown_keys(data, _READING_KEYS, where)
    reading_id = _text(data, "id", where)
    if not _READING_ID.match(reading_id) or reading_id != path.stem:
        raise ValueError(f"{where}: id must match the file name, got {reading_id!r}")
    safety = data.get("safety", False)
    if not isinstance(safety, bool):
        raise ValueError(f"{where}: safety must be true or false")
    themes = data.get("themes")
    if not isinstance(themes, list) or not themes or not all(isinstance(t, str) for t in themes):
        raise ValueError(f"{where}: themes must be a non-empty list of theme keys")
    body = "\n".join(lines[end + 1 :]).strip()
    if not body:
        raise ValueError(f"{where}: the reading has no text")
    loss_kinds = _names(data, "loss_kinds", LOSS_KINDS, where)
    return Reading(
        id=reading_id,
        title=_text(data, "title", where),
        themes=tuple(themes),
        body=body,
        safety=safety,
        loss_kinds=loss_kinds,
    )


def _reject_unknown_keys(data: dict[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        noun = "field" if len(unknown) == 1 else "fields"
        raise ValueError(f"{where}: unknown {noun} {', '.join(unknown)}; expected {sorted(allowed)}")


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {key} must be non-empty text")
    return value.strip()


def _names(data: dict[str, Any], key: str, allowed: frozenset[str], where: str) -> frozenset[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{where}: {key} must be a list of names")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown {key} {', '.join(unknown)}; expected any of {sorted(allowed)}")
    if len(set(value)) != len(value):
        raise ValueError(f"{where}: {key} lists a name twice")
    return frozenset(value)
