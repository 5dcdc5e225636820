"""The person's own numbers and the pointer's dismissal are sealed documents, and nothing shows in clear."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import CANARY
from journal.core.safety.dismissal import dismiss, dismissed_on
from journal.core.safety.own_numbers import OWN_NUMBERS_DOCUMENT, OwnNumbers, load_own_numbers, save_own_numbers

DAY = dt.date(2026, 11, 24)


def test_own_numbers_round_trip_and_start_empty(journal) -> None:
    assert load_own_numbers(journal).is_empty()
    numbers = OwnNumbers(clinic=" 0161 555 0100 ", early_pregnancy_unit="ward 4", gp="", midwife="Sam 07700")
    with journal.transaction() as session:
        save_own_numbers(journal, session, numbers)
    assert load_own_numbers(journal) == OwnNumbers("0161 555 0100", "ward 4", "", "Sam 07700")


def test_a_damaged_value_reads_as_empty_and_unknown_keys_are_kept(journal) -> None:
    with journal.transaction() as session:
        journal.save_document(session, OWN_NUMBERS_DOCUMENT, {"clinic": 5, "gp": "x", "from_newer": [1]})
    assert load_own_numbers(journal) == OwnNumbers(gp="x")
    with journal.transaction() as session:
        save_own_numbers(journal, session, OwnNumbers(gp="y"))
    assert journal.document(OWN_NUMBERS_DOCUMENT)["from_newer"] == [1]


def test_dismissal_lasts_for_that_day_only(journal) -> None:
    assert not dismissed_on(journal, DAY)
    with journal.transaction() as session:
        dismiss(journal, session, DAY)
    assert dismissed_on(journal, DAY)
    assert not dismissed_on(journal, DAY + dt.timedelta(days=1))


def test_own_numbers_and_the_dismissal_never_reach_the_disk_in_clear(journal, data_dir: Path) -> None:
    with journal.transaction() as session:
        save_own_numbers(journal, session, OwnNumbers(clinic=f"{CANARY}-clinic", midwife=f"{CANARY}-midwife"))
        dismiss(journal, session, dt.date(2019, 7, 23))
    for path in (p for p in data_dir.rglob("*") if p.is_file()):
        content = path.read_bytes()
        for needle in (CANARY.encode(), CANARY.encode("utf-16-le"), b"2019-07-23", b"own_numbers", b"clinic"):
            assert needle not in content, f"{needle!r} found in {path.name}"
