"""Every note's fold, held in memory while the journal is unlocked, so a search is a few `str.find`s.

A search used to test each folded note with `in`, one Python step per day. Here the folded notes
of consecutive days are joined into blocks of 64–128 K characters, each note followed by a newline;
a search runs `str.find` along a block (one pass in C) and maps a hit to its day by bisecting the
notes' start offsets, then looks on only after that note (a term under six characters goes through
`re`, whose literal scan is faster there; see `scanner`). A newline is never inside a query term
(terms are split on whitespace), so a hit never spans two notes, and a day matches exactly when
every term is in `fold(note)`, as before.

Each block also remembers, for the last few terms searched, which of its notes hold them. The
search page runs the same words again whenever a date or another filter changes, and while a word
is being typed each longer word is looked for only in the notes that held the shorter one.

Saving a day folds that one note again and rebuilds only its block (and forgets what that block
remembered); a block that grows past twice its size splits. Nothing here is written anywhere,
and `Journal.lock` drops all of it, the remembered words included.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from collections.abc import Callable, Iterable
from itertools import accumulate

from journal.core.search import fold, fold_keeping_length

SEPARATOR = "\n"
BLOCK_CHARS = 1 << 16  # a search pays a little per block, a save rebuilds one block: 64–128 K characters
RECENT_TERMS = 16


Scan = Callable[[str, list[int]], list[int]]


def scanner(term: str) -> Scan:
    """A function giving the notes of a block (its text and note starts) that hold `term`.

    After a hit it looks on from the next note. For a term under six characters CPython's `str.find`
    uses its simplest loop, and the `re` module's scan for a literal's first character is faster
    (up to twice on the long-notes demo, never slower there), so those go through a compiled
    pattern (`FoldedNotes.drop` purges `re`'s cache of it on lock).
    """
    note_at = bisect.bisect_right
    if len(term) >= 6:

        def by_find(text: str, starts: list[int]) -> list[int]:
            found: list[int] = []
            find, keep = text.find, found.append
            position = find(term)
            while position != -1:
                note = note_at(starts, position) - 1
                keep(note)
                position = find(term, starts[note + 1])
            return found

        return by_find
    search = re.compile(re.escape(term)).search

    def by_pattern(text: str, starts: list[int]) -> list[int]:
        found: list[int] = []
        keep = found.append
        match = search(text)
        while match is not None:
            note = note_at(starts, match.start()) - 1
            keep(note)
            match = search(text, starts[note + 1])
        return found

    return by_pattern


class _Block:
    """Consecutive days' folded notes: note `i` is `text[starts[i]:starts[i + 1] - 1]`.

    A block is folded when a search first reaches it, so the first search folds each block and
    looks through it while it is still in the processor's cache (and one limited to some dates
    folds only the blocks it needs)."""

    __slots__ = ("_notes", "_starts", "_text", "dates", "found")

    def __init__(self, dates: list[dt.date], starts: list[int], text: str) -> None:
        self.dates = dates
        self._starts = starts  # one more than dates: the last is len(text)
        self._text = text
        self._notes: list[str] | None = None  # the notes as written, until folded
        self.found: dict[str, list[int]] = {}  # a recent term → the notes (indexes) that hold it

    @classmethod
    def unfolded(cls, dates: list[dt.date], notes: list[str]) -> _Block:
        block = cls(dates, [], "")
        block._notes = notes
        return block

    @property
    def text(self) -> str:
        if self._notes is not None:
            self._fold(self._notes)
        return self._text

    @text.setter
    def text(self, text: str) -> None:
        self._text = text

    @property
    def starts(self) -> list[int]:
        if self._notes is not None:
            self._fold(self._notes)
        return self._starts

    def _fold(self, notes: list[str]) -> None:
        joined = SEPARATOR.join(notes) + SEPARATOR
        text = fold_keeping_length(joined)  # the usual case: one fold of the whole block, offsets kept
        lengths: Iterable[int]
        if text is None:
            folded = [fold(note) for note in notes]
            text = SEPARATOR.join(folded) + SEPARATOR
            lengths = map(len, folded)
        else:
            lengths = map(len, notes)
        self._text = text
        self._starts = [0, *map(operator.add, accumulate(lengths), range(1, len(notes) + 1))]
        self._notes = None

    def notes_holding(self, terms: list[str], scan: Scan, narrower: list[str]) -> list[int]:
        """Indexes of the notes holding every term (`terms`: longest first, no repeats; `scan` finds
        the first; `narrower`: recent terms inside the first, whose notes are the only ones to look in)."""
        found = self.found
        known = [found[term] for term in terms if term in found]
        hits = min(known, key=len) if known else self.holding(terms[0], scan, narrower)
        text, starts = self.text, self.starts
        for term in terms:
            if not hits:
                break
            remembered = found.get(term)
            if remembered is hits:
                continue
            if remembered is not None:
                keep = set(remembered)
                hits = [note for note in hits if note in keep]
            else:
                hits = [note for note in hits if text.find(term, starts[note], starts[note + 1]) != -1]
        return hits

    def holding(self, term: str, scan: Scan, narrower: list[str]) -> list[int]:
        """The notes holding `term`, remembered; looked for only in a shorter remembered term's notes."""
        found = self.found.get(term)
        if found is not None:
            return found
        text, starts = self.text, self.starts
        within = [self.found[known] for known in narrower if known in self.found]
        if within:
            found = [note for note in min(within, key=len) if text.find(term, starts[note], starts[note + 1]) != -1]
        else:
            found = scan(text, starts)
        self.found[term] = found
        return found

    def split(self) -> tuple[_Block, _Block]:
        middle = len(self.dates) // 2
        cut = self.starts[middle]
        return (
            _Block(self.dates[:middle], self.starts[: middle + 1], self.text[:cut]),
            _Block(self.dates[middle:], [start - cut for start in self.starts[middle:]], self.text[cut:]),
        )


class FoldedNotes:
    """The folded note of every day with one, in date order, in blocks; searched by `find`."""

    def __init__(self, dates: list[dt.date], notes: list[str]) -> None:
        """`dates` ascending, each once; `notes[i]` is the note of `dates[i]` (empty ones too)."""
        self._blocks: list[_Block] = []
        self._recent: dict[str, None] = {}  # the terms blocks may remember, oldest first
        # Blocks of about BLOCK_CHARS by the notes' average length (from a sample: asking every note
        # its length would read each one more time from memory, a tenth of a first search); a block
        # much larger than that splits at its first save.
        sample = notes[:: max(1, len(notes) // 256)]
        average = sum(map(len, sample)) / max(1, len(sample)) + 1
        per_block = max(1, int(BLOCK_CHARS // average))
        self._blocks = [
            _Block.unfolded(dates[begin : begin + per_block], notes[begin : begin + per_block])
            for begin in range(0, len(notes), per_block)
        ]

    def __len__(self) -> int:
        return sum(len(block.dates) for block in self._blocks)

    def find(self, terms: list[str], start: dt.date | None = None, end: dt.date | None = None) -> list[dt.date]:
        """Dates from `start` to `end` inclusive whose folded note holds every term; oldest first.

        `terms` are folded and hold no whitespace (`query_terms`)."""
        if not terms:
            return []
        ordered = sorted(dict.fromkeys(terms), key=len, reverse=True)  # the longest is usually the rarest
        self._remember(ordered[0])
        scan = scanner(ordered[0])
        narrower = [known for known in self._recent if known != ordered[0] and known in ordered[0]]
        found: list[dt.date] = []
        for block in self._blocks:
            dates = block.dates
            if (start is not None and dates[-1] < start) or (end is not None and dates[0] > end):
                continue
            hits = block.notes_holding(ordered, scan, narrower)
            if start is not None or end is not None:
                low = 0 if start is None else bisect.bisect_left(dates, start)
                high = len(dates) if end is None else bisect.bisect_right(dates, end)
                hits = hits[bisect.bisect_left(hits, low) : bisect.bisect_left(hits, high)]
            found.extend(map(dates.__getitem__, hits))
        return found

    def put(self, date: dt.date, note: str) -> None:
        """The day's note is now `note`."""
        piece = fold(note) + SEPARATOR
        if not self._blocks:
            self._blocks.append(_Block([date], [0, len(piece)], piece))
            return
        place = self._block_for(date)
        block = self._blocks[place]
        dates, starts = block.dates, block.starts
        index = bisect.bisect_left(dates, date)
        begin = starts[index]
        if index < len(dates) and dates[index] == date:
            end = starts[index + 1]
            block.text = block.text[:begin] + piece + block.text[end:]
            shift = len(piece) - (end - begin)
            starts[index + 1 :] = [offset + shift for offset in starts[index + 1 :]]
        else:
            block.text = block.text[:begin] + piece + block.text[begin:]
            dates.insert(index, date)
            starts[index + 1 :] = [offset + len(piece) for offset in starts[index:]]
        block.found.clear()
        if len(block.text) > 2 * BLOCK_CHARS and len(dates) > 1:
            self._blocks[place : place + 1] = block.split()

    def remove(self, date: dt.date) -> None:
        """The day has no note any more (or is gone)."""
        if not self._blocks:
            return
        place = self._block_for(date)
        block = self._blocks[place]
        dates, starts = block.dates, block.starts
        index = bisect.bisect_left(dates, date)
        if index == len(dates) or dates[index] != date:
            return
        begin, end = starts[index], starts[index + 1]
        del dates[index]
        if not dates:
            del self._blocks[place]
            return
        block.text = block.text[:begin] + block.text[end:]
        starts[index:] = [offset - (end - begin) for offset in starts[index + 1 :]]
        block.found.clear()

    def drop(self) -> None:
        """Forget every note and every word searched, `re`'s cached patterns of them included (on lock)."""
        self._blocks.clear()
        self._recent.clear()
        re.purge()

    def _block_for(self, date: dt.date) -> int:
        """The block that holds `date`, or where it would go: the last one starting on or before it."""
        return max(0, bisect.bisect_right(self._blocks, date, key=lambda block: block.dates[0]) - 1)

    def _remember(self, term: str) -> None:
        """Blocks remember the notes holding the last `RECENT_TERMS` terms searched first; older ones go."""
        self._recent.pop(term, None)
        self._recent[term] = None
        while len(self._recent) > RECENT_TERMS:
            oldest = next(iter(self._recent))
            del self._recent[oldest]
            for block in self._blocks:
                block.found.pop(oldest, None)
