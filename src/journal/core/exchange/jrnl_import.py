"""Reading jrnl's `--format json` export: title and body become the day's note, tags stay tags.

jrnl tags carry a marker (`@rest`); the marker is dropped so they read like this app's tags.
A starred entry gets the tag "starred". Several entries on one day are merged in time order.
Each entry is named by its date, time and place in that minute, so importing a newer export of
the same journal adds only what is new and replaces only what was edited (see `import_plan`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal.core.domain.entry import DayEntry
from journal.core.exchange.daylio_import import parse_time
from journal.core.exchange.import_plan import (
    ImportPlan,
    ImportProblem,
    check_not_future,
    fold_records,
    sourced_records,
)
from journal.core.exchange.json_import import read_json

SOURCE = "jrnl"
STARRED_TAG = "starred"


def parse_jrnl(raw: bytes, *, today: dt.date) -> ImportPlan:
    data = read_json(raw)
    if isinstance(data, ImportProblem):
        return ImportPlan(SOURCE, problems=(data,))
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return ImportPlan(SOURCE, problems=(ImportProblem(1, "this is not a jrnl JSON export (no entries list)"),))
    problems: list[ImportProblem] = []
    records: list[tuple[DayEntry, dt.time, int]] = []
    for index, item in enumerate(entries):
        read = _read_entry(item, today)
        if isinstance(read, str):
            problems.append(ImportProblem(None, read, f"entry {index + 1}"))
        else:
            records.append((read[0], read[1], index))
    records.sort(key=lambda r: (r[0].date, r[1], r[2]))
    return ImportPlan(
        SOURCE,
        days=fold_records(r[0] for r in records),
        problems=tuple(problems),
        records_read=len(records),
        sourced=sourced_records(SOURCE, ((r[0], r[1]) for r in records)),
    )


def _read_entry(item: Any, today: dt.date) -> tuple[DayEntry, dt.time] | str:
    if not isinstance(item, dict):
        return "expected an entry"
    try:
        date = dt.date.fromisoformat(str(item.get("date", "")))
    except ValueError:
        return "the date is not a date (expected YYYY-MM-DD)"
    if (future := check_not_future(date, today)) is not None:
        return future
    time = parse_time(str(item.get("time") or "00:00"))
    if time is None:
        return "the time is not a time (expected HH:MM)"
    title, body, tags = item.get("title", ""), item.get("body", ""), item.get("tags", [])
    if not isinstance(title, str) or not isinstance(body, str):
        return "title and body must be text"
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        return "tags must be a list of words"
    words = [t.lstrip("@#").strip() for t in tags]
    if item.get("starred") is True:
        words.append(STARRED_TAG)
    note = "\n".join(part for part in (title.strip(), body.strip()) if part)
    return DayEntry(date=date, note=note, tags=tuple(dict.fromkeys(w for w in words if w))), time
