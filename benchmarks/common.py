"""What every benchmark module shares: the result row, a timer, and the 10-year demo journal.

Each `bench_<area>.py` defines `rows(context) -> list[Row]`. Targets are checked by reading the
table, never by a timed test; where a target is a ratio, the baseline is measured in the same run.
"""

from __future__ import annotations

import datetime as dt
import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def alternate(actions: list[Callable[[], float]], rounds: int) -> list[list[float]]:
    """Run each timing action once per round, in turn, so a busy moment hits all of them alike."""
    samples: list[list[float]] = [[] for _ in actions]
    for _ in range(rounds):
        for index, action in enumerate(actions):
            samples[index].append(action())
    return samples


DEMO_PASSPHRASE = "benchmark passphrase"
DEMO_DAYS = 3650
DEMO_TODAY = dt.date(2026, 11, 24)


@dataclass
class Row:
    name: str
    median_ms: float | None
    target_ms: float | None = None
    note: str = ""
    passed: bool | None = None  # set where the target is a ratio of paired runs, not of the two medians

    @property
    def verdict(self) -> str:
        if self.passed is not None:
            return "ok" if self.passed else "OVER"
        if self.target_ms is None or self.median_ms is None:
            return ""
        return "ok" if self.median_ms <= self.target_ms else "OVER"


def unlock_parts_ms(files: Any, passphrase: str, *, quiet_collector: bool = False) -> tuple[float, float]:
    """One unlock of a closed journal: (milliseconds without the key derivation, the derivation's).

    `quiet_collector`: collect first and pause the cycle collector while the rows are read, so freed
    objects of an earlier journal are not collected inside this sample.
    """
    from journal.core.crypto.keyslots import PASSPHRASE, open_with_passphrase
    from journal.core.opening import load_journal, open_database

    if quiet_collector:
        gc.collect()
        gc.disable()
    try:
        started = time.perf_counter()
        database, header = open_database(files)
        opened = time.perf_counter()
        data_key = open_with_passphrase(header.journal_id, header.slot(PASSPHRASE), passphrase)
        derived = time.perf_counter()
        unlocked = load_journal(files, database, header, data_key)
        loaded = time.perf_counter()
    finally:
        if quiet_collector:
            gc.enable()
    unlocked.close()
    return (opened - started + loaded - derived) * 1000, (derived - opened) * 1000


def median_ms(action: Callable[[], Any], repeat: int = 20, warmup: int = 1) -> float:
    """Median wall time of `action` in milliseconds, garbage collection paused while timing."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        gc.disable()
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
        gc.enable()
    return statistics.median(samples)


@dataclass
class BenchContext:
    """Shared state for one run: a work folder and, built once on demand, the 10-year demo journal."""

    work_dir: Path
    _journal: Any = field(default=None, repr=False)
    demo_build_ms: float | None = None

    @property
    def demo_dir(self) -> Path:
        return self.work_dir / "demo-10y"

    def demo_files(self) -> Any:
        from journal.core.journal_files import JournalFiles

        return JournalFiles(self.demo_dir)

    def demo_journal(self) -> Any:
        """The 10-year demo journal, unlocked (real, calibrated key derivation at creation)."""
        if self._journal is None and (self.demo_dir / "journal.sqlite3").exists():
            return self.reopen_demo()  # built earlier in this run, then closed by a module
        if self._journal is None:
            from journal.core.demo import create_demo_journal

            started = time.perf_counter()
            self._journal, _ = create_demo_journal(
                self.demo_files(), DEMO_PASSPHRASE, days=DEMO_DAYS, seed=1, today=DEMO_TODAY
            )
            self.demo_build_ms = (time.perf_counter() - started) * 1000
        return self._journal

    def long_notes_journal(self, days: int, *, kdf_mib: int | None = None) -> Path:
        """A closed demo journal of `days` days with notes a few paragraphs long (built once per run).

        Built with a cheap key derivation unless `kdf_mib` is given (then Argon2id with that much
        memory, t=3, as calibration picks on a desktop): the rows that use the cheap ones exclude it.
        """
        folder = self.work_dir / f"long-{days}-{kdf_mib or 'cheap'}"
        if not (folder / "journal.sqlite3").exists():
            from journal.core.crypto.kdf import KdfParams
            from journal.core.demo import create_demo_journal
            from journal.core.journal_files import JournalFiles

            if kdf_mib is None:
                params = KdfParams(memory_kib=1024, iterations=1, lanes=1)
            else:
                params = KdfParams(memory_kib=kdf_mib * 1024, iterations=3, lanes=4)
            journal, _ = create_demo_journal(
                JournalFiles(folder), DEMO_PASSPHRASE, days=days, seed=1, today=DEMO_TODAY, kdf_params=params,
                long_notes=True,
            )  # fmt: skip
            journal.close()
        return folder

    def close_demo(self) -> None:
        """Close the demo journal (e.g. before a subprocess opens it); `demo_journal()` reopens it."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def reopen_demo(self) -> Any:
        from journal.core.opening import unlock_with_passphrase

        self.close_demo()
        self._journal = unlock_with_passphrase(self.demo_files(), DEMO_PASSPHRASE)
        return self._journal


# Words in the demo's long notes, from a handful of days (cramps, phone) to most (thing, hour). A
# search "of a new word" looks for each once, after a first search, so nothing it remembers of an
# earlier search can answer it: what a person typing something new waits for.
NEW_SEARCH_WORDS = (
    "midwife", "letter", "quiet", "slept", "mother", "tea", "appointment", "relief", "notebook", "laughed",
    "cramps", "phone", "hour", "thing", "asked", "busy", "listened", "coming", "date", "cried",
)  # fmt: skip


def new_word_search_ms(journal: Any) -> float:
    """Median milliseconds of one search for each of `NEW_SEARCH_WORDS` (call once per unlock)."""
    samples = []
    for word in NEW_SEARCH_WORDS:
        gc.disable()
        started = time.perf_counter()
        journal.search(word)
        samples.append((time.perf_counter() - started) * 1000)
        gc.enable()
    return statistics.median(samples)
