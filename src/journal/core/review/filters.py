"""Search across notes with filters: date range, tag, feeling, a symptom present or at least a level.

The words search uses the journal's own in-memory folded notes (`Journal.search`), so repeated
searches do not fold every note again; the other filters are plain checks on each entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from journal.core.domain.catalog import SymptomCatalog, SymptomKind
from journal.core.domain.entry import DayEntry
from journal.core.review.series import metric_value


class SearchableJournal(Protocol):
    def days_between(self, start: dt.date | None = None, end: dt.date | None = None) -> list[DayEntry]: ...

    def search(self, query: str, start: dt.date | None = None, end: dt.date | None = None) -> list[DayEntry]: ...


@dataclass(frozen=True, slots=True)
class DayFilter:
    """What to look for; every part is optional and all given parts must hold.

    `symptom` alone means the symptom was present: above its lowest level, a yes, or any number
    recorded. With `symptom_at_least`, its numeric value (level index, scale value) must reach it.
    """

    words: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    tag: str = ""
    feeling: str = ""
    symptom: str = ""
    symptom_at_least: float | None = None

    def is_empty(self) -> bool:
        return not (self.words.strip() or self.start or self.end or self.tag or self.feeling or self.symptom)


def symptom_matches(entry: DayEntry, key: str, at_least: float | None, catalog: SymptomCatalog) -> bool:
    value = metric_value(entry, key, catalog)
    if value is None:
        return False
    if at_least is not None:
        return value >= at_least
    return catalog.get(key).kind is SymptomKind.NUMBER or value > 0


def entry_matches(entry: DayEntry, day_filter: DayFilter, catalog: SymptomCatalog) -> bool:
    """True when the entry passes every filter except the words (those are matched by the journal)."""
    if day_filter.tag and day_filter.tag not in entry.tags:
        return False
    if day_filter.feeling and day_filter.feeling not in entry.feelings:
        return False
    return not day_filter.symptom or symptom_matches(entry, day_filter.symptom, day_filter.symptom_at_least, catalog)


def find_days(journal: SearchableJournal, day_filter: DayFilter, catalog: SymptomCatalog) -> list[DayEntry]:
    """The days that match, newest first. An empty filter finds nothing rather than everything."""
    if day_filter.is_empty():
        return []
    candidates: Iterable[DayEntry]
    if day_filter.words.strip():
        candidates = journal.search(day_filter.words, day_filter.start, day_filter.end)
    else:
        candidates = reversed(journal.days_between(day_filter.start, day_filter.end))
    return [entry for entry in candidates if entry_matches(entry, day_filter, catalog)]


def used_tags(entries: Iterable[DayEntry]) -> list[str]:
    """Every tag used, sorted, for the tag filter's choices."""
    return sorted({tag for entry in entries for tag in entry.tags}, key=str.casefold)


def used_feelings(entries: Iterable[DayEntry]) -> list[str]:
    """Every feeling named, sorted, for the feeling filter's choices."""
    return sorted({feeling for entry in entries for feeling in entry.feelings}, key=str.casefold)


def snippet(note: str, spans: list[tuple[int, int]], width: int = 160) -> tuple[str, list[tuple[int, int]]]:
    """A piece of `note` around the first match, with the match spans shifted to fit the piece."""
    text = " ".join(note.split()) if not spans else note
    if len(text) <= width:
        return text, spans
    begin = max(0, (spans[0][0] if spans else 0) - width // 4)
    if begin:  # start at a word, not in the middle of one
        space = text.find(" ", begin, spans[0][0] if spans else begin + 20)
        begin = space + 1 if space != -1 else begin
    piece = text[begin : begin + width]
    shifted = [(s - begin, min(e - begin, len(piece))) for s, e in spans if s >= begin and s - begin < len(piece)]
    prefix = "…" if begin else ""
    suffix = "…" if begin + width < len(text) else ""
    return prefix + piece + suffix, [(s + len(prefix), e + len(prefix)) for s, e in shifted]
