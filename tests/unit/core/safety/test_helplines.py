"""Support and crisis lines: every bundled number names its source page and the day it was checked,
and the page shows the lines of the person's own country, or none (and "your local emergency number").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal.core.resources import resources_dir
from journal.core.safety import HELPLINE_KINDS, Helpline, helpline_locales, helplines_for_locale, read_helplines

FOLDER = resources_dir() / "helplines"
BUNDLED = {path.stem: read_helplines(path) for path in sorted(FOLDER.glob("*.toml"))}
ALL_LINES = [(tag, line) for tag, directory in BUNDLED.items() for line in directory.lines]
#: The issue's countries and the emergency number each must carry (public knowledge, still sourced).
EMERGENCY = {"en-GB": "999", "en-US": "911", "en-IE": "112", "en-AU": "000", "en-CA": "9-1-1", "en-NZ": "111"}

GOOD_FILE = """
locale = "en-GB"
country = "GB"
place = "the United Kingdom"

[[line]]
organisation = "Emergency services"
purpose = "When someone's life may be at risk."
kind = "emergency"
call = "999"
hours = "Any time"
source = "https://example.org/when-to-call"
checked = 2026-12-01
"""


def write(folder: Path, text: str, name: str = "en-GB.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_country_the_issue_names_has_lines_and_its_emergency_number() -> None:
    assert set(helpline_locales()) >= set(EMERGENCY)
    for tag, number in EMERGENCY.items():
        emergency = BUNDLED[tag].of_kind("emergency")
        assert [line.call for line in emergency] == [number], tag


@pytest.mark.parametrize(("tag", "line"), ALL_LINES, ids=lambda value: getattr(value, "organisation", value))
def test_every_line_names_the_page_it_came_from_and_when_it_was_checked(tag: str, line: Helpline) -> None:
    assert line.source.startswith("https://"), tag
    assert dt.date(2026, 1, 1) <= line.checked <= dt.date.today(), tag
    assert line.kind in HELPLINE_KINDS
    assert line.call or line.text


def test_words_shown_with_a_line_are_short_and_end_as_sentences() -> None:
    for tag, line in ALL_LINES:
        assert len(line.purpose.split()) <= 25, (tag, line.organisation)
        assert line.purpose.endswith("."), (tag, line.organisation)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_GB", "en-GB"),
        ("en-GB", "en-GB"),
        ("en_GB.UTF-8", "en-GB"),
        ("en_IE@euro", "en-IE"),
        ("EN_au", "en-AU"),
        ("en_NZ", "en-NZ"),
        ("en_US", "en-US"),
        ("fr_CA", "en-CA"),  # lines belong to a country, whatever the language
        ("mi_NZ", "en-NZ"),
    ],
)
def test_lines_are_picked_by_the_country_of_the_locale(locale: str, expected: str) -> None:
    assert helplines_for_locale(locale).locale == expected


@pytest.mark.parametrize("locale", ["en", "C", "POSIX", "", None, "de_DE", "en_001", "not a locale"])
def test_no_country_or_an_unknown_one_gets_the_fallback(locale: str | None) -> None:
    found = helplines_for_locale(locale)
    assert found.is_fallback
    assert found.lines == ()
    assert found.of_kind("emergency") == ()


def test_a_good_file_reads(tmp_path: Path) -> None:
    directory = read_helplines(write(tmp_path, GOOD_FILE))
    assert directory.place == "the United Kingdom"
    (line,) = directory.lines
    assert (line.call, line.checked, line.text) == ("999", dt.date(2026, 12, 1), None)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('source = "https://example.org/when-to-call"\n', ""), "source"),
        (('source = "https://example.org/when-to-call"', 'source = "http://example.org/x"'), "source"),
        (("checked = 2026-12-01\n", ""), "checked"),
        (("checked = 2026-12-01", 'checked = "2026-12-01"'), "checked"),
        (("checked = 2026-12-01", "checked = 2026-12-01T10:00:00"), "checked"),
        (('call = "999"\n', ""), "number to call or to text"),
        (('call = "999"', 'call = "nine nine nine"'), "digits"),
        (('kind = "emergency"', 'kind = "hotline"'), "kind"),
        (('kind = "emergency"', 'kind = "crisis"'), "emergency number"),
        (('hours = "Any time"', 'hours = "Any time"\nwebsite = "x"'), "unknown field"),
        (('country = "GB"', 'country = "IE"'), "country"),
        (('organisation = "Emergency services"', 'organisation = " "'), "organisation"),
    ],
)
def test_a_file_that_breaks_a_rule_is_refused_with_a_reason(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD_FILE
    with pytest.raises(ValueError, match=message):
        read_helplines(write(tmp_path, GOOD_FILE.replace(old, new)))


def test_the_locale_must_match_the_file_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="file name"):
        read_helplines(write(tmp_path, GOOD_FILE, name="en-IE.toml"))


def test_a_text_keyword_needs_a_text_number(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="text_keyword"):
        read_helplines(write(tmp_path, GOOD_FILE.replace('call = "999"', 'call = "999"\ntext_keyword = "SHOUT"')))
