"""Sync between two computers through a folder, on the 10-year demo.

- A round that brings in one new day (on the second computer, after the first wrote it), median
  of alternating samples; the key derivation plays no part in a round.
- A second computer joining the 10-year journal from the folder, with the one key derivation it
  needs measured on its own and taken out.
- The pack folder's size after a year of daily use on two computers (a day written and edited
  once each day, a round on each computer each day), with compaction.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from common import DEMO_PASSPHRASE, DEMO_TODAY, BenchContext, Row

SAMPLES = 9


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def _kdf_ms(journal: Any) -> float:
    from journal.core.crypto.keyslots import PASSPHRASE, open_with_passphrase

    header = journal.header
    started = time.perf_counter()
    open_with_passphrase(header.journal_id, header.slot(PASSPHRASE), DEMO_PASSPHRASE)
    return (time.perf_counter() - started) * 1000


def _year_of_daily_use(work: Path) -> tuple[int, int]:
    from journal.core.crypto.kdf import KdfParams
    from journal.core.domain.entry import DayEntry
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import create_journal
    from journal.core.sync.joining import join_from_folder
    from journal.core.sync.rounds import sync_round

    folder = work / "year-folder"
    folder.mkdir()
    cheap = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    laptop, _ = create_journal(JournalFiles(work / "year-laptop"), DEMO_PASSPHRASE, cheap)
    sync_round(laptop, folder)
    desktop, _ = join_from_folder(JournalFiles(work / "year-desktop"), folder, DEMO_PASSPHRASE)
    start = DEMO_TODAY - dt.timedelta(days=365)
    for offset in range(365):
        date = start + dt.timedelta(days=offset)
        writer = laptop if offset % 3 else desktop
        with writer.transaction() as session:
            writer.save_day(session, DayEntry(date, mood=1 + offset % 5, note=f"Day {offset}. " + "words " * 40))
        sync_round(writer, folder)
        with writer.transaction() as session:
            writer.save_day(session, DayEntry(date, mood=1 + offset % 5, feelings=("tired",), note=f"Day {offset}."))
        for journal in (laptop, desktop):
            sync_round(journal, folder)
    files = len(list(folder.iterdir()))
    size = _folder_size(folder)
    laptop.close()
    desktop.close()
    return size, files


def _store_floor_ms(work: Path, source: Any) -> float:
    """The store's own cost of writing the same days into a new journal in one transaction: a join
    cannot do better than this, since it saves every day once."""
    from journal.core.crypto.kdf import KdfParams
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import create_journal

    target, _ = create_journal(JournalFiles(work / "sync-floor"), DEMO_PASSPHRASE, KdfParams(1024, 1, 1))
    days = source.days_between()
    started = time.perf_counter()
    with target.transaction() as session:
        for entry in days:
            target.save_day(session, entry, keep_times=True)
    elapsed = (time.perf_counter() - started) * 1000
    target.close()
    return elapsed


def _unlock_ms(files: Any) -> float:
    """One unlock without the key derivation (as bench_milestones splits it)."""
    from journal.core.crypto.keyslots import PASSPHRASE, open_with_passphrase
    from journal.core.opening import load_journal, open_database

    started = time.perf_counter()
    database, header = open_database(files)
    opened = time.perf_counter()
    data_key = open_with_passphrase(header.journal_id, header.slot(PASSPHRASE), DEMO_PASSPHRASE)
    derived = time.perf_counter()
    load_journal(files, database, header, data_key).close()
    return (opened - started + time.perf_counter() - derived) * 1000


def _unlock_ratio(synced: Any, plain: Any) -> tuple[float, float]:
    a, b = [], []
    for _ in range(5):  # alternating, so a busy moment hits both alike
        a.append(_unlock_ms(synced))
        b.append(_unlock_ms(plain))
    return statistics.median(a), statistics.median(b)


def rows(context: BenchContext) -> list[Row]:
    from journal.core.domain.entry import DayEntry
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import unlock_with_passphrase
    from journal.core.sync.joining import join_from_folder
    from journal.core.sync.rounds import sync_round

    context.demo_journal()
    context.close_demo()
    first_dir = context.work_dir / "sync-first"
    shutil.copytree(context.demo_dir, first_dir)
    folder = context.work_dir / "sync-folder"
    folder.mkdir()
    first = unlock_with_passphrase(JournalFiles(first_dir), DEMO_PASSPHRASE)
    started = time.perf_counter()
    sync_round(first, folder)
    first_round_ms = (time.perf_counter() - started) * 1000
    kdf_ms = _kdf_ms(first)

    started = time.perf_counter()
    second, report = join_from_folder(JournalFiles(context.work_dir / "sync-second"), folder, DEMO_PASSPHRASE)
    join_ms = (time.perf_counter() - started) * 1000 - kdf_ms
    joined_days = report.days_brought_in

    from journal.core.sync.rounds import DigestCache

    cache = DigestCache()  # the app keeps one while the journal is unlocked
    sync_round(second, folder, cache=cache)
    floor_ms = _store_floor_ms(context.work_dir, second)
    samples = []
    for n in range(SAMPLES):
        with first.transaction() as session:
            first.save_day(session, DayEntry(DEMO_TODAY + dt.timedelta(days=n + 1), mood=3, note="A new day."))
        sync_round(first, folder)
        started = time.perf_counter()
        came = sync_round(second, folder, cache=cache)
        samples.append((time.perf_counter() - started) * 1000)
        assert came.days_brought_in == 1
    started = time.perf_counter()
    sync_round(second, folder)
    cold_ms = (time.perf_counter() - started) * 1000
    first.close()
    second.close()
    synced_ms, plain_ms = _unlock_ratio(JournalFiles(first_dir), context.demo_files())
    size, files = _year_of_daily_use(context.work_dir)
    return [
        Row(
            "sync: round bringing in one new day (10-year journal)",
            statistics.median(samples),
            100.0,
            f"excl. KDF (a round derives no key); as the app runs it; cold (the command line): {cold_ms:.0f} ms",
        ),
        Row(
            "sync: second computer joins a 10-year journal",
            join_ms,
            3000.0,
            f"excl. KDF ({kdf_ms:.0f} ms); {joined_days} days; {join_ms / floor_ms:.2f}x the store's own "
            f"write of those days ({floor_ms:.0f} ms); first computer's first round {first_round_ms:.0f} ms",
        ),
        Row(
            "sync: unlock of the synced 10-year journal (its history kept)",
            synced_ms,
            None,
            f"excl. KDF; {synced_ms / plain_ms:.2f}x the same journal never synced ({plain_ms:.0f} ms)",
        ),
        Row(
            "sync: pack folder after a year of daily use, two computers",
            None,
            None,
            f"{size / 1024:.0f} KiB in {files} files, with compaction",
        ),
    ]
