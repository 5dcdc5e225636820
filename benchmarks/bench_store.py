"""The encrypted store on the 10-year demo journal: unlock, key derivation, save, search, range, memory."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time

from common import (
    DEMO_PASSPHRASE,
    DEMO_TODAY,
    NEW_SEARCH_WORDS,
    BenchContext,
    Row,
    median_ms,
    new_word_search_ms,
    unlock_parts_ms,
)


def rows(context: BenchContext) -> list[Row]:
    from journal.core.crypto.kdf import derive_key
    from journal.core.crypto.keyslots import PASSPHRASE
    from journal.core.domain.entry import DayEntry
    from journal.core.opening import open_database

    journal = context.demo_journal()
    days = len(journal.dates())
    context.close_demo()
    files = context.demo_files()

    def unlock_parts() -> tuple[float, float]:
        return unlock_parts_ms(files, DEMO_PASSPHRASE)

    samples = [unlock_parts() for _ in range(7)]
    unlock_ms = sorted(s[0] for s in samples)[3]
    database, header = open_database(files)
    slot = header.slot(PASSPHRASE)
    database.close()
    files.release()
    kdf_ms = median_ms(lambda: derive_key(DEMO_PASSPHRASE, slot.salt, slot.kdf), repeat=5)

    journal = context.reopen_demo()
    counter = iter(range(10_000))

    def save_one() -> None:
        n = next(counter)
        entry = DayEntry(DEMO_TODAY - dt.timedelta(days=n % 300), mood=1 + n % 5, note=f"Benchmark note {n}. " * 20)
        with journal.transaction() as session:
            journal.save_day(session, entry)

    save_ms = median_ms(save_one, repeat=100, warmup=3)
    journal.search("walk")  # the first search builds the index; later searches use it
    new_word_ms = new_word_search_ms(journal)
    search_ms = median_ms(lambda: journal.search("park"), repeat=30)
    first_search_ms = _first_search_ms(context)
    start = DEMO_TODAY - dt.timedelta(days=89)
    range_ms = median_ms(lambda: journal.days_between(start, DEMO_TODAY), repeat=50)
    peak_mib = _peak_memory_mib(context)
    return [
        Row(
            "store: unlock excl. KDF (10-year journal)", unlock_ms, 150.0, f"{days} days; against the limit: scale rows"
        ),
        Row(
            "store: KDF alone (calibrated Argon2id)",
            kdf_ms,
            None,
            f"{slot.kdf.memory_kib // 1024} MiB, t={slot.kdf.iterations}",
        ),
        Row("store: save one day (median of 100)", save_ms, 3.0, "synchronous=FULL"),
        Row("store: first search after unlock", first_search_ms, 20.0, "builds the index: folds every note once"),
        Row("store: search a word, again", search_ms, 5.0, "the same word: its blocks remember where it is"),
        Row("store: search a new word", new_word_ms, 5.0, f"median of {len(NEW_SEARCH_WORDS)} words, each once"),
        Row("store: load a 90-day range", range_ms, None, "from memory"),
        Row("store: peak memory, unlock + search (MiB)", None, None, f"{peak_mib:.0f} MiB VmHWM of its own process"),
    ]


def _first_search_ms(context: BenchContext) -> float:
    journal = context.reopen_demo()
    started = time.perf_counter()
    journal.search("park")
    return (time.perf_counter() - started) * 1000


_MEMORY_PROBE = """
import sys
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase
journal = unlock_with_passphrase(JournalFiles(__import__("pathlib").Path(sys.argv[1])), sys.argv[2])
journal.search("park")
# The process's own peak (VmHWM): ru_maxrss of a child started by the runner reports the runner's.
print([line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")][0])
"""


def _peak_memory_mib(context: BenchContext) -> float:
    context.close_demo()
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(context.demo_dir), DEMO_PASSPHRASE],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(result.stdout.strip()) / 1024
