"""Property-based tests: random bytes and mutated valid files only ever raise the app's own clear errors.

Targets: the backup reader (random bytes; mutated real backups, which must always be refused) and
the three importers (daylio CSV, jrnl JSON, the app's own JSON), which must return a plan with
problems or raise a `JournalError`, never anything else. CI runs `CI_EXAMPLES` per target;
`-m slow` runs `SLOW_EXAMPLES`.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CHEAP_KDF, PASSPHRASE
from journal.core.backup.reader import open_backup
from journal.core.backup.writer import write_backup
from journal.core.domain.entry import DayEntry
from journal.core.errors import JournalError
from journal.core.exchange.import_plan import ImportPlan
from journal.core.exchange.importing import ImportSource, plan_import
from journal.core.exchange.json_export import export_json
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal

CI_EXAMPLES = 300
SLOW_EXAMPLES = 3000
TODAY = dt.date(2026, 11, 24)
_WORK = Path()  # set per run by the fixture below: nothing is made when the module is imported


@pytest.fixture(autouse=True, scope="module")
def _work_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The fuzzers' scratch folder lives in pytest's own temp area, made when the tests run."""
    global _WORK
    _WORK = tmp_path_factory.mktemp("fuzz")
    _valid_files.cache_clear()


_QUIET = {"deadline": None, "database": None, "suppress_health_check": [HealthCheck.too_slow]}
_FAST = settings(max_examples=CI_EXAMPLES, **_QUIET)
_SLOW = settings(max_examples=SLOW_EXAMPLES, **_QUIET)


@functools.cache
def _valid_files() -> dict[str, bytes]:
    """One real backup and one valid file per importer, made once per run."""
    files = JournalFiles(_WORK / "journal")
    journal, _ = create_journal(files, PASSPHRASE, CHEAP_KDF)
    with journal.transaction() as session:
        for index in range(3):
            day = dt.date(2026, 10, 1) + dt.timedelta(days=index)
            journal.save_day(session, DayEntry(date=day, mood=2 + index, note=f"note {index}", feelings=("calm",)))
    backup = write_backup(journal, _WORK / "seed.rjbackup").path.read_bytes()
    own_json = export_json(journal, exported_on=TODAY).encode("utf-8")
    journal.close()
    daylio = (
        b"full_date,date,weekday,time,mood,activities,note_title,note\n"
        b'2026-10-02,October 2,Friday,21:10,meh,"rest | walk",,"Slept badly."\n'
        b"2026-10-01,October 1,Thursday,08:00,awful,,,First day.\n"
    )
    jrnl = (
        b'{"tags": {}, "entries": [{"date": "2026-10-01", "time": "09:00", "title": "Morning", '
        b'"body": "Tired.", "tags": ["@rest"], "starred": false}]}'
    )
    return {"backup": backup, "json": own_json, "daylio": daylio, "jrnl": jrnl}


def _mutate(original: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    data = bytearray(original)
    for kind, position, value in edits:
        if not data:
            data.append(value)
            continue
        at = position % len(data)
        if kind == 0:
            data[at] ^= value or 1
        elif kind == 1:
            del data[at : at + 1 + value % 64]
        elif kind == 2:
            data[at:at] = bytes([value]) * (1 + value % 8)
        else:
            del data[at:]  # truncate
    return bytes(data)


_EDITS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2**31), st.integers(0, 255)), min_size=1, max_size=4)


def _check_backup_refused(data: bytes) -> None:
    path = _WORK / "candidate.rjbackup"
    path.write_bytes(data)
    with pytest.raises(JournalError):
        open_backup(path, PASSPHRASE)


def _check_import(source: ImportSource, data: bytes) -> None:
    try:
        plan = plan_import(source, data, today=TODAY)
    except JournalError:
        return
    assert isinstance(plan, ImportPlan)
    for problem in plan.problems:
        assert str(problem)  # every problem can be shown


def test_seed_files_are_valid() -> None:
    """The fuzzers start from files that really are valid, or the mutations prove little."""
    seeds = _valid_files()
    assert open_backup(_write(seeds["backup"]), PASSPHRASE).report.days == 3
    for source in ImportSource:
        plan = plan_import(source, seeds[source.value], today=TODAY)
        assert plan.is_valid and plan.days, source


def _write(data: bytes) -> Path:
    path = _WORK / "seed-check.rjbackup"
    path.write_bytes(data)
    return path


def _backup_random(data: bytes) -> None:
    _check_backup_refused(data)


def _backup_mutated(edits: list[tuple[int, int, int]]) -> None:
    original = _valid_files()["backup"]
    mutated = _mutate(original, edits)
    if mutated != original:
        _check_backup_refused(mutated)


def _backup_prefixed(data: bytes) -> None:
    _check_backup_refused(b"RJBACKUP" + data)


def _import_random(source: ImportSource, data: bytes) -> None:
    _check_import(source, data)


def _import_mutated(source: ImportSource, edits: list[tuple[int, int, int]]) -> None:
    _check_import(source, _mutate(_valid_files()[source.value], edits))


_SOURCES = st.sampled_from(list(ImportSource))

test_backup_reader_random_bytes = _FAST(given(st.binary(max_size=4096))(_backup_random))
test_backup_reader_magic_then_random = _FAST(given(st.binary(max_size=4096))(_backup_prefixed))
test_backup_reader_mutated_backups = _FAST(given(_EDITS)(_backup_mutated))
test_importers_random_bytes = _FAST(given(_SOURCES, st.binary(max_size=4096))(_import_random))
test_importers_mutated_files = _FAST(given(_SOURCES, _EDITS)(_import_mutated))

_LONG_ONLY = pytest.mark.skipif("'slow' not in (config.getoption('-m') or '')", reason="long variant: run with -m slow")
test_backup_reader_mutated_backups_long = _LONG_ONLY(pytest.mark.slow(_SLOW(given(_EDITS)(_backup_mutated))))
test_importers_mutated_files_long = _LONG_ONLY(pytest.mark.slow(_SLOW(given(_SOURCES, _EDITS)(_import_mutated))))
