"""jrnl's JSON export: title and body into the note, tags kept, starred kept as a tag."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from journal.core.exchange.jrnl_import import parse_jrnl

SAMPLES = Path(__file__).resolve().parents[4].parent / "shared" / "samples"
TODAY = dt.date(2026, 11, 24)


def _raw(entries: list[object]) -> bytes:
    return json.dumps({"tags": {}, "entries": entries}).encode()


@pytest.mark.skipif(not (SAMPLES / "jrnl_export.json").exists(), reason="shared samples not present")
def test_the_shared_sample_imports_title_body_tags_and_star() -> None:
    plan = parse_jrnl((SAMPLES / "jrnl_export.json").read_bytes(), today=TODAY)
    assert plan.is_valid, plan.problem_report()
    walk = {d.date: d for d in plan.days}[dt.date(2026, 9, 3)]
    assert walk.note == "A walk.\nWent round the block twice. @walk\nStill cramping a little."
    assert walk.tags == ("walk", "starred")
    assert {d.date: d for d in plan.days}[dt.date(2026, 9, 2)].tags == ("rest",)


def test_entries_of_one_day_merge_in_time_order_and_extra_keys_are_ignored() -> None:
    raw = _raw([
        {"title": "Evening.", "body": "", "date": "2026-09-02", "time": "21:10", "tags": [], "starred": False,
         "uuid": "ABC", "creator": {"device_name": "phone"}},
        {"title": "Morning.", "body": "Tea.", "date": "2026-09-02", "time": "07:00", "tags": ["@tea"], "starred": True},
    ])  # fmt: skip
    plan = parse_jrnl(raw, today=TODAY)
    assert plan.is_valid and len(plan.days) == 1
    assert plan.days[0].note == "Morning.\nTea.\n\nEvening."
    assert plan.days[0].tags == ("tea", "starred")


def test_bad_entries_are_each_reported_by_position() -> None:
    raw = _raw([
        {"title": "ok", "body": "", "date": "2026-09-02", "time": "21:10", "tags": []},
        {"title": "x", "body": "", "date": "02/09/2026", "time": "21:10", "tags": []},
        {"title": "x", "body": "", "date": "2026-09-03", "time": "late", "tags": []},
        {"title": 5, "body": "", "date": "2026-09-03", "time": "10:00", "tags": []},
        {"title": "x", "body": "", "date": "2026-09-03", "time": "10:00", "tags": "@a"},
        {"title": "x", "body": "", "date": "2027-09-03", "time": "10:00", "tags": []},
    ])  # fmt: skip
    plan = parse_jrnl(raw, today=TODAY)
    assert [p.where for p in plan.problems] == ["entry 2", "entry 3", "entry 4", "entry 5", "entry 6"]


@pytest.mark.parametrize(
    ("raw", "words"),
    [(b'{"entries": [', "broken"), (b'{"items": []}', "not a jrnl"), (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text")],
)
def test_files_that_are_not_jrnl_exports_are_refused(raw: bytes, words: str) -> None:
    plan = parse_jrnl(raw, today=TODAY)
    assert not plan.is_valid and words in str(plan.problems[0])
