"""`list` and `search` lines, word for word: the per-journal line maker must say what a day says.

The lines were made by asking the catalog for every symptom of every day; `DayLines` looks each
one up once. These pin the wording of every kind of value, so a faster line cannot read differently.
"""

from __future__ import annotations

import datetime as dt

from journal.cli.render import DayLines, day_line
from journal.core.domain.catalog import SymptomDefinition, SymptomKind
from journal.core.domain.entry import DayEntry, Measurement
from journal.core.settings import JournalSettings

CATALOG = (
    JournalSettings.from_dict({})
    .catalog()
    .with_custom([SymptomDefinition("back_ache", SymptomKind.SCALE, "Back ache", scale_max=5, custom=True)])
)


def _day(**values: object) -> DayEntry:
    return DayEntry(date=dt.date(2026, 10, 13), **values)  # type: ignore[arg-type]


def test_every_kind_of_value_reads_as_before() -> None:
    entry = _day(
        mood=1,
        symptoms={
            "bleeding": "heavy",
            "pads": 4,
            "clots": True,
            "cramping": 7,
            "sleep_hours": 6.5,
            "temperature": Measurement(38.2, "C"),
            "back_ache": 2,
            "gone_symptom": "some",
        },
        period=True,
        note="\n\n  Told my sister.\r\nCafé afterwards.",
    )
    expected = (
        "2026-10-13  Very low · bleeding heavy · pads used 4 pads · clots yes · cramping or pain 7/10"
        " · sleep 6.5 hours · temperature 38.2 °C · back ache 2/5 · gone_symptom some · period  “Told my sister.”"
    )
    assert DayLines(CATALOG).line(entry) == expected
    assert day_line(entry, CATALOG) == expected


def test_a_long_first_line_is_cut_and_a_day_without_mood_or_note_says_so() -> None:
    long_line = "word " * 30
    lines = DayLines(CATALOG)
    assert lines.line(_day(note=long_line + "\nsecond line")) == ("2026-10-13  no mood  “" + long_line[:59] + "…”")
    assert lines.line(_day(note="x" * 60)) == "2026-10-13  no mood  “" + "x" * 60 + "”"
    assert lines.line(_day(note="x" * 61)) == "2026-10-13  no mood  “" + "x" * 59 + "…”"
    assert lines.line(_day(note="   ", symptoms={"clots": False})) == "2026-10-13  no mood · clots no"


def test_equal_values_of_different_types_keep_their_own_words() -> None:
    lines = DayLines(CATALOG)  # True == 1 == 1.0: the remembered words must not cross between them
    assert lines.line(_day(symptoms={"clots": True})).endswith("clots yes")
    assert lines.line(_day(symptoms={"clots": 1})).endswith("clots 1")
    assert lines.line(_day(symptoms={"pads": 1.0})).endswith("pads used 1 pads")
    assert lines.line(_day(symptoms={"cramping": 1.0})).endswith("cramping or pain 1.0/10")
    assert lines.line(_day(symptoms={"cramping": 1})).endswith("cramping or pain 1/10")
