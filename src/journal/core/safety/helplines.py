"""Support and crisis lines by country, read from `resources/helplines/<locale>.toml` and checked.

A wrong number could hurt someone, so every line carries the page it was copied from and the day it was
checked, and a file that breaks the rules fails loudly here rather than showing a half-right list. Lines
belong to a country, not a language: "fr_CA" finds the Canadian lines, and a locale with no country, or a
country with no file, gets the fallback (no numbers: the page then says "your local emergency number").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.core.resources import read_toml_file, resources_dir

#: What a line is for, in the order the safety page shows them.
#: emergency: life at risk now; advice: a nurse or clinician on the phone when unsure how urgent it is;
#: crisis: someone to talk to when in distress or unsafe with one's thoughts; support: loss-specific help.
HELPLINE_KINDS = ("emergency", "advice", "crisis", "support")

_FILE_KEYS = frozenset({"locale", "country", "place", "line"})
_LINE_KEYS = frozenset(
    {"organisation", "purpose", "kind", "call", "text", "text_keyword", "hours", "area", "source", "checked", "note"}
)
_LOCALE_FILE = re.compile(r"^[a-z]{2,3}-[A-Z]{2}$")
_NUMBER = re.compile(r"^\+?[0-9][0-9 \-]{1,18}[0-9]$")
_KEYWORD = re.compile(r"^[A-Z0-9]{2,20}$")
_SOURCE = re.compile(r"^https://[^\s/]+\.[^\s/]+/\S*$")
_LOCALE_PARTS = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{4}))?(?:[_-]([A-Za-z]{2}|[0-9]{3}))?$")


@dataclass(frozen=True, slots=True)
class Helpline:
    """One line a person can call or text. `call` and `text` are written as the organisation writes them.

    `area` names the part of the country a line serves, when it does not serve all of it. `source` is the
    organisation's (or its government's) page the number was copied from, `checked` the day it was checked.
    """

    organisation: str
    purpose: str
    kind: str
    hours: str
    source: str
    checked: dt.date
    call: str | None = None
    text: str | None = None
    text_keyword: str | None = None
    area: str | None = None


@dataclass(frozen=True, slots=True)
class HelplineDirectory:
    """The lines for one country, in the order the file lists them; empty for the fallback."""

    locale: str | None
    country: str | None
    place: str | None
    lines: tuple[Helpline, ...]

    @property
    def is_fallback(self) -> bool:
        """True when no country's lines fit: the page then points to "your local emergency number"."""
        return not self.lines

    def of_kind(self, kind: str) -> tuple[Helpline, ...]:
        if kind not in HELPLINE_KINDS:
            raise ValueError(f"not a kind of helpline: {kind!r}")
        return tuple(line for line in self.lines if line.kind == kind)


FALLBACK = HelplineDirectory(locale=None, country=None, place=None, lines=())


def helplines_for_locale(locale: str | None) -> HelplineDirectory:
    """The lines for a locale such as "en_GB", "en-NZ", "fr_CA" or "en_IE.UTF-8"; the fallback when none fit.

    An exact file ("en-GB" for "en_GB") wins; otherwise any file for the same country; otherwise the
    fallback, which has no lines. Never raises for a strange locale name: it simply finds no country.
    """
    language, country = _split_locale(locale or "")
    directories = _bundled_directories()
    if country is None:
        return FALLBACK
    exact = f"{language}-{country}"
    if exact in directories:
        return directories[exact]
    same_country = sorted(tag for tag, found in directories.items() if found.country == country)
    return directories[same_country[0]] if same_country else FALLBACK


def helpline_locales() -> tuple[str, ...]:
    """The locale tags that have a file, sorted: ("en-AU", "en-CA", …)."""
    return tuple(sorted(_bundled_directories()))


def read_helplines(path: Path) -> HelplineDirectory:
    """Read and check one `<locale>.toml`; raise ValueError naming the file and the line."""
    where = path.name
    data = read_toml_file(path)
    _reject_unknown(data, _FILE_KEYS, where)
    locale = _text(data, "locale", where)
    if not _LOCALE_FILE.match(locale) or locale != path.stem:
        raise ValueError(f"{where}: locale must look like 'en-GB' and match the file name, got {locale!r}")
    country = _text(data, "country", where)
    if country != locale.split("-")[1]:
        raise ValueError(f"{where}: country {country!r} does not match the locale {locale!r}")
    entries = data.get("line")
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{where}: needs at least one [[line]]")
    lines = tuple(_read_line(entry, f"{where}, line #{n}") for n, entry in enumerate(entries, 1))
    if not any(line.kind == "emergency" for line in lines):
        raise ValueError(f"{where}: needs the country's emergency number as a line of kind 'emergency'")
    return HelplineDirectory(locale=locale, country=country, place=_text(data, "place", where), lines=lines)


@functools.cache
def _bundled_directories() -> dict[str, HelplineDirectory]:
    folder = resources_dir() / "helplines"
    return {path.stem: read_helplines(path) for path in sorted(folder.glob("*.toml"))}


def _split_locale(locale: str) -> tuple[str | None, str | None]:
    """("en", "GB") from "en_GB.UTF-8"; (None, None) for "C", "POSIX" or anything unreadable."""
    bare = locale.strip().split(".", 1)[0].split("@", 1)[0]
    match = _LOCALE_PARTS.match(bare)
    if not match or bare.upper() in {"C", "POSIX"}:
        return None, None
    language, _script, country = match.groups()
    return language.lower(), (country.upper() if country and country.isalpha() else None)


def _read_line(entry: Any, where: str) -> Helpline:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: must be a table")
    _reject_unknown(entry, _LINE_KEYS, where)
    organisation = _text(entry, "organisation", where)
    where = f"{where} ({organisation})"
    kind = _text(entry, "kind", where)
    if kind not in HELPLINE_KINDS:
        raise ValueError(f"{where}: kind must be one of {list(HELPLINE_KINDS)}, got {kind!r}")
    call = _optional_text(entry, "call", where)
    text = _optional_text(entry, "text", where)
    keyword = _optional_text(entry, "text_keyword", where)
    if call is None and text is None:
        raise ValueError(f"{where}: needs a number to call or to text")
    for label, number in (("call", call), ("text", text)):
        if number is not None and not _NUMBER.match(number):
            raise ValueError(f"{where}: {label} must be digits, spaces or hyphens, got {number!r}")
    if keyword is not None and (text is None or not _KEYWORD.match(keyword)):
        raise ValueError(f"{where}: text_keyword needs a text number and must be capital letters or digits")
    source = _text(entry, "source", where)
    if not _SOURCE.match(source):
        raise ValueError(f"{where}: source must be the https address of the page the number came from")
    checked = entry.get("checked")
    if not isinstance(checked, dt.date) or isinstance(checked, dt.datetime):
        raise ValueError(f"{where}: checked must be the date the number was checked, like 2026-12-01")
    return Helpline(
        organisation=organisation,
        purpose=_text(entry, "purpose", where),
        kind=kind,
        hours=_text(entry, "hours", where),
        source=source,
        checked=checked,
        call=call,
        text=text,
        text_keyword=keyword,
        area=_optional_text(entry, "area", where),
    )


def _reject_unknown(data: dict[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        noun = "field" if len(unknown) == 1 else "fields"
        raise ValueError(f"{where}: unknown {noun} {', '.join(unknown)}; expected {sorted(allowed)}")


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {key} must be non-empty text")
    return value.strip()


def _optional_text(data: dict[str, Any], key: str, where: str) -> str | None:
    return None if key not in data else _text(data, key, where)
