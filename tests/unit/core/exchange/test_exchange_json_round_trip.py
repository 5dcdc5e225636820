"""The JSON export holds everything, and importing it restores the same journal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from helpers.journals import CHEAP_KDF
from journal.core.domain.entry import DayEntry
from journal.core.exchange.importing import apply_import
from journal.core.exchange.json_export import SCHEMA_VERSION, export_json
from journal.core.exchange.json_import import parse_journal_json
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal

TODAY = dt.date(2026, 11, 24)


def _export(journal: Journal) -> bytes:
    return export_json(journal, exported_on=TODAY).encode()


def test_export_has_a_schema_version_and_every_part(demo_journal: Journal) -> None:
    with demo_journal.transaction() as session:
        settings = dataclasses.replace(demo_journal.settings(), custom_feelings=("tender",), temperature_unit="F")
        demo_journal.save_settings(session, settings)
        demo_journal.save_document(session, "prompt_history", {"seen": ["a", "b"]})
    data = json.loads(_export(demo_journal))
    assert data["schema_version"] == SCHEMA_VERSION and data["format"] == "recovery-journal"
    assert len(data["days"]) == len(demo_journal.dates())
    assert {kd["kind"] for kd in data["key_dates"]} >= {"loss", "appointment"}
    assert data["settings"]["custom_feelings"] == ["tender"]
    assert data["documents"] == {"prompt_history": {"seen": ["a", "b"]}}


def test_import_of_an_export_restores_the_same_journal(demo_journal: Journal, tmp_path: Path) -> None:
    with demo_journal.transaction() as session:
        demo_journal.save_settings(session, dataclasses.replace(demo_journal.settings(), temperature_unit="F"))
    exported = _export(demo_journal)
    fresh, _ = create_journal(JournalFiles(tmp_path / "fresh"), "another passphrase", CHEAP_KDF)
    try:
        plan = parse_journal_json(exported, today=TODAY)
        assert plan.is_valid, plan.problem_report()
        apply_import(fresh, plan)
        assert fresh.days_between() == demo_journal.days_between()
        assert fresh.key_dates() == demo_journal.key_dates()
        assert fresh.settings() == demo_journal.settings()
        assert _export(fresh) == exported
    finally:
        fresh.close()


def test_import_merges_into_existing_days_and_never_duplicates_key_dates(demo_journal: Journal) -> None:
    exported = _export(demo_journal)
    day = demo_journal.dates()[-1]
    original = demo_journal.day(day)
    assert original is not None
    with demo_journal.transaction() as session:
        demo_journal.save_day(session, DayEntry(day, mood=original.mood, note="Only this was left."))
    plan = parse_journal_json(exported, today=TODAY)
    assert plan.merged_dates(demo_journal) == demo_journal.dates()
    result = apply_import(demo_journal, plan)
    assert result.new_days == 0 and result.key_dates == 0
    merged = demo_journal.day(day)
    assert merged is not None and "Only this was left." in merged.note and original.note.strip() in merged.note


def test_a_range_limits_days_and_key_dates(demo_journal: Journal) -> None:
    start, end = dt.date(2026, 11, 1), dt.date(2026, 11, 10)
    data = json.loads(export_json(demo_journal, start, end, exported_on=TODAY))
    assert all(start.isoformat() <= d["date"] <= end.isoformat() for d in data["days"])
    assert all(start.isoformat() <= k["date"] <= end.isoformat() for k in data["key_dates"])


def _days_json(days: list[object], version: int = 1) -> bytes:
    return json.dumps({"format": "recovery-journal", "schema_version": version, "days": days}).encode()


def test_bad_days_are_all_reported_and_nothing_is_planned_to_write() -> None:
    raw = _days_json([
        {"date": "2026-10-01", "mood": 3},
        {"date": "2026-13-01", "mood": 3},
        {"date": "2026-10-02", "mood": 9},
        {"date": "2027-01-01", "mood": 2},
        "junk",
    ])  # fmt: skip
    plan = parse_journal_json(raw, today=TODAY)
    assert [p.where for p in plan.problems] == ["days[1]", "days[2]", "days[3]", "days[4]"]
    assert "date" in str(plan.problems[0]) and "mood" in str(plan.problems[1])
    assert "after today" in str(plan.problems[2])


def test_a_newer_schema_and_broken_json_are_refused_with_a_reason() -> None:
    assert "newer version" in str(parse_journal_json(_days_json([], version=99), today=TODAY).problems[0])
    broken = b'{"format": "recovery-journal",\n "schema_version": 1,\n "days": [\n'
    plan = parse_journal_json(broken, today=TODAY)
    assert plan.problems[0].line is not None and plan.problems[0].line >= 3
    assert "not a Recovery Journal" in str(parse_journal_json(b'{"entries": []}', today=TODAY).problems[0])
    assert "not a text file" in str(parse_journal_json(b"\x00\x01\xff\xfe" * 50, today=TODAY).problems[0])
