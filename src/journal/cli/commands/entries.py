"""`add`, `show`, `list` and `search`: writing and reading days from scripts and the terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journal.cli.option_error import OptionError
from journal.cli.session import optional_date, parse_date, unlocked_journal


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    add = commands.add_parser("add", parents=[common], help="record or add to a day")
    add.add_argument("--date", required=True, help="YYYY-MM-DD")
    add.add_argument("--mood", help="1 (very low) to 5 (good)")
    add.add_argument("--feeling", action="append", default=[], metavar="NAME")
    add.add_argument("--symptom", action="append", default=[], metavar="KEY=VALUE")
    add.add_argument("--self-care", action="append", default=[], metavar="NAME")
    add.add_argument("--medication", action="append", default=[], metavar="NAME[:AMOUNT]")
    notes = add.add_mutually_exclusive_group()
    notes.add_argument("--note", help="text of the note")
    notes.add_argument("--note-file", type=Path, help="read the note from this file (UTF-8)")
    add.add_argument("--tag", action="append", default=[])
    add.add_argument("--period", action="store_true", help="this day's bleeding is a period")
    add.set_defaults(handler=run_add)

    show = commands.add_parser("show", parents=[common], help="show one day")
    show.add_argument("--date", required=True, help="YYYY-MM-DD")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    listing = commands.add_parser("list", parents=[common], help="one line per recorded day")
    listing.add_argument("--from", dest="start", help="YYYY-MM-DD")
    listing.add_argument("--to", dest="end", help="YYYY-MM-DD")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    search = commands.add_parser("search", parents=[common], help="find days whose note holds these words")
    search.add_argument("text")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=run_search)


def _words(values: list[str], option: str) -> tuple[str, ...]:
    cleaned = tuple(value.strip() for value in values)
    if any(not value for value in cleaned):
        raise OptionError(option, "cannot be empty")
    return cleaned


def _read_note(arguments: argparse.Namespace) -> str:
    if arguments.note_file is None:
        return str(arguments.note or "")
    from journal.core.input_files import read_named_text

    return read_named_text(arguments.note_file, 10 * 1024 * 1024, "--note-file")


def build_entry(arguments: argparse.Namespace, catalog: Any) -> Any:
    """The day described by `add`'s options, every value checked against the catalog."""
    from journal.core.domain.entry import DayEntry, Medication

    date = parse_date(arguments.date, "--date")
    if date > dt.date.today():
        raise OptionError("--date", "a day that has not happened yet cannot be recorded")
    mood = None
    if arguments.mood is not None:
        if arguments.mood.strip() not in {"1", "2", "3", "4", "5"}:
            raise OptionError("--mood", "use a whole number from 1 (very low) to 5 (good)")
        mood = int(arguments.mood)
    symptoms = {}
    for item in arguments.symptom:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise OptionError("--symptom", "use KEY=VALUE, e.g. cramping=4 or bleeding=light")
        if key not in catalog:
            # Neither the typed key nor the person's own symptoms (keys made from their words) are repeated.
            built_in = ", ".join(d.key for d in catalog if not d.custom)
            raise OptionError("--symptom", f"that is not a symptom this journal tracks; built in: {built_in}")
        try:
            symptoms[key] = catalog.get(key).parse(value)
        except ValueError as error:
            raise OptionError("--symptom", str(error)) from None
    medications = []
    for item in arguments.medication:
        name, _, amount = item.partition(":")
        if not name.strip():
            raise OptionError("--medication", "use NAME or NAME:AMOUNT")
        medications.append(Medication(name.strip(), amount.strip()))
    return DayEntry(
        date=date,
        mood=mood,
        feelings=_words(arguments.feeling, "--feeling"),
        symptoms=symptoms,
        self_care=_words(arguments.self_care, "--self-care"),
        medications=tuple(medications),
        note=_read_note(arguments),
        tags=_words(arguments.tag, "--tag"),
        period=bool(getattr(arguments, "period", False)),
    )


def run_add(arguments: argparse.Namespace) -> int:
    with unlocked_journal(arguments) as journal:
        entry = build_entry(arguments, journal.settings().catalog())
        if entry.is_empty():
            raise OptionError("add", "nothing to record; give at least one of --mood, --note, --symptom …")
        from journal.core.domain.entry import note_repeats

        existing = journal.day(entry.date)
        repeated = bool(existing and entry.note.strip() and note_repeats(existing.note, entry.note))
        with journal.transaction() as session:
            journal.merge_day(session, entry)
    print(f"Saved {entry.date.isoformat()}.")
    if repeated:
        print("That note was already there word for word, so it was not added a second time.")
    return 0


def _collector_paused(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A read command runs without the cycle collector, which comes back once the command let go of the days.

    Reading builds every day once and keeps them all to the end, so a collection meanwhile walks
    all of them and frees nothing; re-enabled while they were still held (as the opening does when
    it returns), the next allocation would do just that. After `run`, they are freed by their counts.
    """

    @functools.wraps(run)
    def paused(arguments: argparse.Namespace) -> int:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return run(arguments)
        finally:
            if was_enabled:
                gc.enable()

    return paused


@_collector_paused
def run_show(arguments: argparse.Namespace) -> int:
    from journal.cli.render import day_block
    from journal.core.domain.codec import entry_to_dict

    date = parse_date(arguments.date, "--date")
    with unlocked_journal(arguments, read_only=True, days=(date, date)) as journal:
        entry = journal.day(date)
        if arguments.json:
            print(json.dumps(entry_to_dict(entry) if entry else None, ensure_ascii=False, indent=2))
        elif entry is None:
            print(f"Nothing is recorded for {date.isoformat()}.")
        else:
            print(day_block(entry, journal.settings().catalog()))
    return 0


@_collector_paused
def run_list(arguments: argparse.Namespace) -> int:
    from journal.cli.render import DayLines
    from journal.core.domain.codec import entry_to_dict

    start = optional_date(arguments.start, "--from")
    end = optional_date(arguments.end, "--to")
    if start and end and start > end:
        raise OptionError("--from", "comes after --to")
    days = None if start is None and end is None else (start, end)
    with unlocked_journal(arguments, read_only=True, days=days) as journal:
        entries = journal.days_between(start, end)
        if arguments.json:
            print(json.dumps([entry_to_dict(e) for e in entries], ensure_ascii=False, indent=2))
        elif entries:
            lines = DayLines(journal.settings().catalog())
            print("\n".join(map(lines.line, entries)))
    return 0


@_collector_paused
def run_search(arguments: argparse.Namespace) -> int:
    from journal.cli.render import DayLines
    from journal.core.domain.codec import entry_to_dict

    if not arguments.text.strip():
        raise OptionError("search", "give a word to look for")
    with unlocked_journal(arguments, read_only=True) as journal:
        found = journal.search(arguments.text)
        if arguments.json:
            print(json.dumps([entry_to_dict(e) for e in found], ensure_ascii=False, indent=2))
        elif found:
            lines = DayLines(journal.settings().catalog())
            print("\n".join(map(lines.line, found)))
        else:
            print("No notes hold those words.")
    return 0
