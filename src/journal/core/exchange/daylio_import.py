"""Reading Daylio's CSV export: three header generations, 12/24-hour times, several rows a day.

Moods are Daylio's own words (rad, good, meh, bad, awful, or the person's custom or translated
names) and are mapped onto this app's five steps; the mapping is part of the plan, so the
import dialog can show it and the person can change it. Activities that are known self-care
words become self-care; everything else becomes a tag.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from journal.core.domain.entry import DayEntry
from journal.core.exchange.import_plan import (
    ImportPlan,
    ImportProblem,
    check_not_future,
    fold_records,
    sourced_records,
)
from journal.core.exchange.json_import import read_text

# Python's csv refuses fields over 128 KiB; a long Daylio note is still a note.
FIELD_LIMIT = 16 * 1024 * 1024
csv.field_size_limit(FIELD_LIMIT)

SOURCE = "daylio"

HEADERS = (
    ("full_date", "date", "weekday", "time", "mood", "activities", "scales", "note_title", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"),
    ("year", "date", "weekday", "time", "mood", "activities", "note"),
)

# Daylio's five defaults, and the same five in a few languages people export in.
DEFAULT_MOODS: Mapping[str, int] = {
    "rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1,
    "super": 5, "gut": 4, "ok": 3, "okay": 3, "schlecht": 2, "furchtbar": 1, "mies": 1,
    "génial": 5, "bien": 4, "bof": 3, "mal": 2, "horrible": 1,
    "genial": 5, "normal": 3, "fatal": 1,
    "geweldig": 5, "goed": 4, "matig": 3, "slecht": 2, "verschrikkelijk": 1,
}  # fmt: skip

# Activity names that are self-care in this app's vocabulary; the rest stay as the person's tags.
SELF_CARE_WORDS: Mapping[str, str] = {
    "rest": "rest", "relax": "rest", "nap": "rest", "sleep early": "rest",
    "walk": "walk", "walking": "walk",
    "heating pad": "heating pad", "hot water bottle": "heating pad",
    "talked to someone": "talked to someone", "therapy": "talked to someone",
    "ate a proper meal": "ate a proper meal", "eat healthy": "ate a proper meal", "good meal": "ate a proper meal",
    "went outside": "went outside", "nature": "went outside", "outside": "went outside",
}  # fmt: skip

_TIME_24 = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_TIME_12 = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*([ap])\.?\s*m\.?\s*$", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# The oldest export writes the day in words, in the phone's language ("October 14", "14. Oktober").
_MONTHS: Mapping[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "january jan januar janv janvier enero ene januari gennaio gen",
            "february feb februar févr fevr février fevrier febrero februari febbraio",
            "march mar märz maerz mars marzo maart",
            "april apr avril avr abril abr aprile",
            "may mai mayo mei maggio mag",
            "june jun juni juin junio giugno giu",
            "july jul juli juil juillet julio luglio lug",
            "august aug août aout agosto ago augustus",
            "september sep sept septembre septiembre settembre set",
            "october oct okt oktober octobre octubre oktober ottobre ott",
            "november nov novembre noviembre",
            "december dec dez dezember déc décembre decembre diciembre dic dicembre",
        ),
        start=1,
    )
    for name in names.split()
}
_FILLERS = frozenset({"de", "of", "du", "di", "del", "van", "the", "le"})  # "14 de octubre"
_WORDS_AND_NUMBERS = re.compile(r"[^\W\d_]+|\d+")


@dataclass(frozen=True, slots=True)
class _Record:
    entry: DayEntry
    time: dt.time
    order: int


def mood_names(raw: bytes) -> list[str]:
    """The distinct mood names in a file (lower-case, in first-seen order), for the mapping editor."""
    text = read_text(raw)
    if isinstance(text, ImportProblem):
        return []
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or tuple(c.strip().lower() for c in rows[0]) not in HEADERS:
        return []
    column = [c.strip().lower() for c in rows[0]].index("mood")
    names = [row[column].strip().lower() for row in rows[1:] if len(row) > column and row[column].strip()]
    return list(dict.fromkeys(names))


def parse_time(text: str) -> dt.time | None:
    """ "21:40", "8:30 pm", "8:30 p.m." -> a time; None if it is not one."""
    if match := _TIME_12.match(text):
        hour, minute = int(match.group(1)), int(match.group(2))
        if not 1 <= hour <= 12 or minute > 59:
            return None
        return dt.time((hour % 12) + (12 if match.group(3).lower() == "p" else 0), minute)
    if match := _TIME_24.match(text):
        hour, minute = int(match.group(1)), int(match.group(2))
        return dt.time(hour, minute) if hour < 24 and minute < 60 else None
    return None


def clean_note(text: str) -> str:
    """Daylio's `<br>` as line breaks and its HTML entities as the characters they stand for."""
    return html.unescape(_BREAK.sub("\n", text)).replace("\r\n", "\n").strip()


def parse_daylio(raw: bytes, *, today: dt.date, mood_map: Mapping[str, int] | None = None) -> ImportPlan:
    """A plan from a Daylio CSV; `mood_map` (name -> 1..5) overrides or extends `DEFAULT_MOODS`."""
    mapping = {**DEFAULT_MOODS, **{k.strip().lower(): v for k, v in (mood_map or {}).items()}}
    text = read_text(raw)
    if isinstance(text, ImportProblem):
        return ImportPlan(SOURCE, problems=(text,))
    # Lines handed over one by one (never a copy of the whole text), and none longer than any field.
    reader = csv.reader(_lines(text), strict=True)
    problems: list[ImportProblem] = []
    records: list[_Record] = []
    used: dict[str, int] = {}
    header: tuple[str, ...] | None = None
    previous_end = 0
    try:
        for row in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if header is None:
                header = tuple(cell.strip().lower() for cell in row)
                if header not in HEADERS:
                    problems.append(ImportProblem(start, "this is not a Daylio export (the first line is not one)"))
                    break
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                problems.append(ImportProblem(start, f"expected {len(header)} columns, found {len(row)}"))
                continue
            record = _read_row(dict(zip(header, row, strict=True)), start, today, mapping, problems, used)
            if record is not None:
                records.append(_Record(record[0], record[1], len(records)))
    except _LineTooLong as too_long:
        problems.append(ImportProblem(too_long.line, f"this line is longer than {FIELD_LIMIT // (1024 * 1024)} MB, "
                                      "far more than any Daylio note; it is not a Daylio export"))  # fmt: skip
    except csv.Error as error:
        if "field larger than field limit" in str(error):  # the csv module has no error codes, only this text
            message = f"a note is longer than {FIELD_LIMIT // (1024 * 1024)} MB, far more than any Daylio note"
        else:
            message = "the file ends inside a quoted note (it may be cut short)"
        problems.append(ImportProblem(previous_end + 1, message))
    if header is None and not problems:
        problems.append(ImportProblem(1, "the file is empty"))
    # Daylio lists the newest first; a day's notes are kept in the order they were written.
    ordered = sorted(records, key=lambda r: (r.entry.date, r.time, -r.order))
    return ImportPlan(
        SOURCE,
        days=fold_records(r.entry for r in ordered),
        problems=tuple(problems),
        mood_mapping=used,
        records_read=len(records),
        sourced=sourced_records(SOURCE, ((r.entry, r.time) for r in ordered)),
    )


class _LineTooLong(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their endings, as csv wants them; `_LineTooLong` past the field limit."""
    start, number = 0, 0
    while start < len(text):
        number += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        if end - start > FIELD_LIMIT:
            raise _LineTooLong(number)
        yield text[start:end]
        start = end


def _read_row(
    row: dict[str, str],
    line: int,
    today: dt.date,
    mapping: Mapping[str, int],
    problems: list[ImportProblem],
    used: dict[str, int],
) -> tuple[DayEntry, dt.time] | None:
    before = len(problems)
    date = _row_date(row)
    if date is None and "full_date" in row:
        problems.append(ImportProblem(line, "the date is not a date (expected YYYY-MM-DD)"))
    elif date is None:
        problems.append(ImportProblem(line, "the day and month could not be read (expected a day and a month's name, "
                                      "e.g. 14 October; a newer Daylio exports YYYY-MM-DD)"))  # fmt: skip
    elif (future := check_not_future(date, today)) is not None:
        problems.append(ImportProblem(line, future))
    time = parse_time(row["time"]) if row["time"].strip() else dt.time(0, 0)
    if time is None:
        problems.append(ImportProblem(line, "the time is not a time (expected 21:40 or 9:40 pm)"))
    name = row["mood"].strip().lower()
    mood = mapping.get(name) if name else None
    if name and (mood is None or not 1 <= mood <= 5):
        problems.append(ImportProblem(line, f"choose where the mood {name!r} goes on the 5-step scale"))
    elif name and mood is not None:
        used[name] = mood
    if len(problems) > before or date is None or time is None:
        return None
    self_care, tags = _activities(row["activities"])
    title = clean_note(row.get("note_title", ""))
    body = clean_note(row.get("note", ""))
    note = "\n".join(part for part in (title, body) if part)
    return DayEntry(date=date, mood=mood, self_care=self_care, tags=tags, note=note), time


def _row_date(row: dict[str, str]) -> dt.date | None:
    if "full_date" in row:
        try:
            return dt.date.fromisoformat(row["full_date"].strip())
        except ValueError:
            return None
    year = row["year"].strip()
    if not year.isdigit():
        return None
    parts = _WORDS_AND_NUMBERS.findall(row["date"].lower())
    numbers = [part for part in parts if part.isdigit()]
    months = [_MONTHS[part] for part in parts if part in _MONTHS]
    others = [part for part in parts if not part.isdigit() and part not in _MONTHS and part not in _FILLERS]
    if len(numbers) != 1 or len(months) != 1 or others:
        return None
    try:
        return dt.date(int(year), months[0], int(numbers[0]))
    except ValueError:
        return None


def _activities(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    self_care: list[str] = []
    tags: list[str] = []
    for raw in text.split("|"):
        name = html.unescape(raw).strip()
        if not name:
            continue
        known = SELF_CARE_WORDS.get(name.lower())
        (self_care if known else tags).append(known or name)
    return tuple(dict.fromkeys(self_care)), tuple(dict.fromkeys(tags))
