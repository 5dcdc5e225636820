"""One day in the journal, as an immutable value that the store encrypts and the views render."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Measurement:
    """A number with the unit the person recorded it in (a temperature in C or F), kept as entered."""

    value: float
    unit: str


@dataclass(frozen=True, slots=True)
class Medication:
    """A medication the person noted taking, as free text: recorded, never advised or checked."""

    name: str
    amount: str = ""


SymptomValue: TypeAlias = bool | int | float | str | Measurement


@dataclass(frozen=True, slots=True)
class DayEntry:
    """Everything recorded for one calendar day; every part is optional, a mood alone is a whole entry."""

    date: dt.date
    mood: int | None = None
    feelings: tuple[str, ...] = ()
    symptoms: dict[str, SymptomValue] = field(default_factory=dict)
    self_care: tuple[str, ...] = ()
    medications: tuple[Medication, ...] = ()
    note: str = ""
    tags: tuple[str, ...] = ()
    prompt_ids: tuple[str, ...] = ()
    period: bool = False  # the person says this day's bleeding is a period, not bleeding from the loss
    # When the entry was first written and last changed (local time with its offset), set by
    # `Journal.save_day`; None on entries from before these were kept. Not part of the day's content,
    # so two entries with the same content are equal whenever they were written.
    written_at: dt.datetime | None = field(default=None, compare=False)
    changed_at: dt.datetime | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.mood is not None and not 1 <= self.mood <= 5:
            raise ValueError(f"mood must be 1 to 5, not {self.mood}")

    def is_empty(self) -> bool:
        """True when nothing at all was recorded, so saving it means the day has no entry."""
        return (
            self.mood is None
            and not self.feelings
            and not self.symptoms
            and not self.self_care
            and not self.medications
            and not self.note.strip()
            and not self.tags
            and not self.period
        )

    def merged_with(self, other: DayEntry) -> DayEntry:
        """This day with another record of the same day folded in, losing nothing from either.

        Used when `add` or an import meets a day that already exists: lists are united in order,
        notes are appended, and the newer mood and symptom values win where both have one.
        """
        if other.date != self.date:
            raise ValueError("can only merge entries of the same day")

        def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(a + b))

        notes = [n for n in (self.note.strip(), other.note.strip()) if n]
        if len(notes) == 2 and note_repeats(notes[0], notes[1]):
            notes = notes[:1]
        return DayEntry(
            date=self.date,
            mood=other.mood if other.mood is not None else self.mood,
            feelings=union(self.feelings, other.feelings),
            symptoms={**self.symptoms, **other.symptoms},
            self_care=union(self.self_care, other.self_care),
            medications=tuple(dict.fromkeys(self.medications + other.medications)),
            note="\n\n".join(notes),
            tags=union(self.tags, other.tags),
            prompt_ids=union(self.prompt_ids, other.prompt_ids),
            period=self.period or other.period,
        )


NOTE_PARAGRAPH_BREAK = "\n\n"  # how merged notes are joined


def note_repeats(existing: str, new: str) -> bool:
    """Whether `new` is already in `existing` word for word as whole paragraphs (an exact repeat).

    Only then may a merge leave it out: a short note that merely occurs inside a longer one ("ok"
    in "Not ok today.") is the person's new writing and is kept.
    """
    new_paragraphs = [p.strip() for p in new.strip().split(NOTE_PARAGRAPH_BREAK)]
    old_paragraphs = [p.strip() for p in existing.strip().split(NOTE_PARAGRAPH_BREAK)]
    if not new.strip():
        return True
    size = len(new_paragraphs)
    return any(old_paragraphs[i : i + size] == new_paragraphs for i in range(len(old_paragraphs) - size + 1))


def replace_note_block(existing: str, old: str, new: str) -> str:
    """`existing` with the paragraphs of `old` (an earlier import) put back as `new`, in place.

    Where `old` is no longer there word for word (the person edited it), their text is kept as it
    is and `new` is added after it, unless it is already there.
    """
    paragraphs = [p.strip() for p in existing.strip().split(NOTE_PARAGRAPH_BREAK)] if existing.strip() else []
    old_paragraphs = [p.strip() for p in old.strip().split(NOTE_PARAGRAPH_BREAK)] if old.strip() else []
    new_paragraphs = [p.strip() for p in new.strip().split(NOTE_PARAGRAPH_BREAK)] if new.strip() else []
    size = len(old_paragraphs)
    for index in range(len(paragraphs) - size + 1) if size else ():
        if paragraphs[index : index + size] == old_paragraphs:
            return NOTE_PARAGRAPH_BREAK.join(paragraphs[:index] + new_paragraphs + paragraphs[index + size :])
    if not new.strip() or note_repeats(existing, new):
        return existing.strip()
    return NOTE_PARAGRAPH_BREAK.join([*paragraphs, *new_paragraphs])
