"""Results, questions, facts, loss details and period days travel through JSON, CSV, Markdown and backups."""

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from helpers.journals import CHEAP_KDF, PASSPHRASE
from helpers.worded import raises_worded
from journal.core.backup.reader import open_backup
from journal.core.backup.restore import restore_backup
from journal.core.backup.writer import write_backup
from journal.core.care.results import ResultKind
from journal.core.domain.key_dates import KeyDateKind
from journal.core.errors import BadInputError
from journal.core.exchange.care_export import COMPANION_SUFFIXES
from journal.core.exchange.exporting import PlainFormat, companion_path, export_text, write_export
from journal.core.exchange.importing import apply_import
from journal.core.exchange.json_export import export_json
from journal.core.exchange.json_import import parse_journal_json
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal, unlock_with_passphrase

TODAY = dt.date(2026, 11, 24)


def everything(journal: Journal) -> tuple:
    return (
        journal.results(),
        journal.questions(),
        journal.medical_facts(),
        journal.key_dates(),
        [d for d in journal.days_between() if d.period],
    )


def test_the_demo_holds_a_believable_recovery(demo_journal: Journal) -> None:
    loss = next(kd for kd in demo_journal.key_dates() if kd.kind is KeyDateKind.LOSS)
    hcg = [r for r in demo_journal.results() if r.kind is ResultKind.HCG]
    assert len(hcg) >= 6 and [r.value for r in hcg] == sorted((r.value for r in hcg), reverse=True)
    assert 30 <= (hcg[-1].date - loss.date).days <= 40 and hcg[-1].non_pregnant_level
    assert any(r.kind is ResultKind.HOME_TEST and r.reading.value == "negative" for r in demo_journal.results())
    first_period = min(d.date for d in demo_journal.days_between() if d.period)
    assert 5 * 7 <= (first_period - loss.date).days <= 7 * 7
    assert loss.loss_kind is not None and loss.weeks is not None and loss.management is not None
    assert not demo_journal.medical_facts().is_empty() and demo_journal.questions()


def test_json_export_and_import_round_trip_every_care_record_exactly(demo_journal: Journal, tmp_path: Path) -> None:
    exported = export_json(demo_journal, exported_on=TODAY).encode()
    data = json.loads(exported)
    assert data["results"] and data["questions"] and data["medical_facts"]["rh"] == "negative"
    assert "medical_facts" not in data["documents"]
    fresh, _ = create_journal(JournalFiles(tmp_path / "fresh"), "another passphrase", CHEAP_KDF)
    try:
        plan = parse_journal_json(exported, today=TODAY)
        assert plan.is_valid, plan.problem_report()
        result = apply_import(fresh, plan)
        assert result.care_records == len(data["results"]) + len(data["questions"])
        assert everything(fresh) == everything(demo_journal)
        assert export_json(fresh, exported_on=TODAY).encode() == exported
        again = apply_import(fresh, parse_journal_json(exported, today=TODAY))
        assert again.care_records == 0 and len(fresh.results()) == len(demo_journal.results())
    finally:
        fresh.close()


@pytest.mark.parametrize(
    ("record", "where"),
    [
        ({"id": "a" * 32, "date": "2026-11-01", "kind": "urine", "value": 4}, "results[0]"),
        ({"id": "a" * 32, "date": "2026-11-01", "kind": "hcg", "value": 4, "unit": "ng/mL"}, "results[0]"),
        ({"id": "a" * 32, "date": "2026-11-01", "kind": "hcg", "value": 1e9, "unit": "IU/L"}, "results[0]"),
        ({"id": "a" * 32, "date": "2026-12-01", "kind": "hcg", "value": 4, "unit": "IU/L"}, "results[0]"),
        ("hcg 4", "results[0]"),
    ],
)
def test_a_file_with_an_unknown_or_bad_result_imports_nothing(journal: Journal, record, where) -> None:
    raw = json.dumps(
        {
            "format": "recovery-journal",
            "schema_version": 2,
            "days": [{"date": "2026-11-01", "mood": 3}],
            "results": [record],
        }
    ).encode()
    plan = parse_journal_json(raw, today=TODAY)
    assert not plan.is_valid and plan.problems[0].where == where
    assert "Traceback" not in plan.problem_report()
    with raises_worded(BadInputError, "nothing was imported"):
        apply_import(journal, plan)
    assert journal.results() == [] and journal.dates() == []


def test_bad_questions_and_facts_are_problems_too(journal: Journal) -> None:
    raw = json.dumps(
        {
            "format": "recovery-journal",
            "schema_version": 2,
            "questions": [{"id": "b" * 32, "added_on": "2026-11-01", "text": ""}],
            "medical_facts": {"blood_group": "Z"},
            "documents": {"medical_facts": {"blood_group": "Z"}},
        }
    ).encode()
    plan = parse_journal_json(raw, today=TODAY)
    assert {p.where for p in plan.problems} == {"questions[0]", "medical_facts"}
    assert "medical_facts" not in plan.documents


def test_csv_export_writes_companion_tables(demo_journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    write_export(demo_journal, PlainFormat.CSV, target, None, None, today=TODAY)
    days = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert any(row["period"] == "yes" for row in days)
    tables = {
        s: list(csv.DictReader(companion_path(target, s).open(encoding="utf-8", newline="")))
        for s in COMPANION_SUFFIXES
    }
    assert companion_path(target, "results").name == "report-results.csv"
    hcg = [row for row in tables["results"] if row["kind"] == "hcg"]
    assert hcg[0]["value"] == "2460" and hcg[0]["unit"] == "IU/L" and hcg[-1]["non_pregnant_level"] == "yes"
    assert any(row["outcome"] for row in tables["key-dates"]) and any(row["weeks"] for row in tables["key-dates"])
    assert tables["questions"][0]["question"] and tables["questions"][0]["done_on"]
    assert {row["fact"]: row["value"] for row in tables["facts"]}["rh"] == "negative"


def test_a_csv_export_without_care_records_writes_only_the_day_table(journal: Journal, tmp_path: Path) -> None:
    from journal.core.domain.entry import DayEntry

    with journal.transaction() as session:
        journal.save_day(session, DayEntry(dt.date(2026, 11, 1), mood=3))
    write_export(journal, PlainFormat.CSV, tmp_path / "days.csv", None, None, today=TODAY)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == ["days.csv"]


def test_markdown_has_facts_results_period_starts_and_questions(demo_journal: Journal) -> None:
    text = export_text(demo_journal, PlainFormat.MARKDOWN, None, None, today=TODAY)
    for heading in ("## Medical facts", "## Results", "## Period starts", "## Questions for my next appointment"):
        assert heading in text
    assert "hCG 2460 IU/L" in text and "Home pregnancy test: negative" in text
    assert "miscarriage, 9 weeks, medication" in text and "outcome: Blood test again" in text
    assert "- **Period:**" in text and "- [x] " in text
    for word in ("falling", "normal", "plateau"):
        assert word not in text.lower()


def test_a_backup_carries_every_care_record_through_restore(demo_journal: Journal, tmp_path: Path) -> None:
    path = write_backup(demo_journal, tmp_path / "b.rjbackup").path
    target = JournalFiles(tmp_path / "restored")
    restore_backup(target, open_backup(path, PASSPHRASE))
    restored = unlock_with_passphrase(target, PASSPHRASE)
    try:
        assert everything(restored) == everything(demo_journal) and restored.unreadable_count == 0
    finally:
        restored.close()
