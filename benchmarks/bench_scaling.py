"""Growth at a glance: 365, 3,650 and 10,950 days with notes a few paragraphs long (the demo's
`long_notes`), plus a save at 36,500 days. Nothing may grow faster than linearly; a save not at all.

Unlock excludes the key derivation and is measured against `raw_unlock_limit.read_all` on the same
file, alternating, in this run. Save counts the manifest bytes it seals as well as its time.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import (
    DEMO_PASSPHRASE,
    DEMO_TODAY,
    NEW_SEARCH_WORDS,
    BenchContext,
    Row,
    alternate,
    median_ms,
    new_word_search_ms,
    unlock_parts_ms,
)
from raw_unlock_limit import read_all

SIZES = (365, 3650, 10950)
SAVE_ONLY = 36500
UNLOCK_ROUNDS = 15
FIRST_SEARCH_ROUNDS = 5

_MEMORY_PROBE = """
import json, sys
from pathlib import Path
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase
journal = unlock_with_passphrase(JournalFiles(Path(sys.argv[1])), sys.argv[2])
journal.search("park")
status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
print(json.dumps({"vmhwm_kib": int(status["VmHWM"].split()[0])}))
"""


def _unlock_vs_limit(folder: Path) -> tuple[float, float, float, int]:
    """Median unlock and limit times, and the median of each round's unlock ÷ limit: a round's two runs
    are taken back to back, so a busy moment (other work on the machine) lands on both of them."""
    from journal.core.crypto.keyslots import PASSPHRASE, open_with_passphrase
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import load_journal, open_database

    files = JournalFiles(folder)
    database, header = open_database(files)
    data_key = open_with_passphrase(header.journal_id, header.slot(PASSPHRASE), DEMO_PASSPHRASE)
    journal = load_journal(files, database, header, data_key)
    key, journal_id, days = bytes(journal.data_key_for_rewrap()), header.journal_id, len(journal.dates())
    journal.close()

    def app() -> float:
        return unlock_parts_ms(files, DEMO_PASSPHRASE)[0]

    def limit() -> float:
        started = time.perf_counter()
        read_all(str(files.database_path), journal_id, key)
        return (time.perf_counter() - started) * 1000

    app_times, limit_times = alternate([app, limit], UNLOCK_ROUNDS)
    paired = statistics.median(a / b for a, b in zip(app_times, limit_times, strict=True))
    return statistics.median(app_times), statistics.median(limit_times), paired, days


def _open(folder: Path) -> Any:
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import unlock_with_passphrase

    return unlock_with_passphrase(JournalFiles(folder), DEMO_PASSPHRASE)


def _save_rows(journal: Any) -> tuple[float, float]:
    """Median ms and median manifest bytes of saving one day (a different past day each time)."""
    from journal.core.domain.entry import DayEntry

    records = journal._sealed()
    counter = iter(range(10_000))
    sizes: list[int] = []

    def save_one() -> None:
        n = next(counter)
        before = records.manifest_bytes_sealed
        entry = DayEntry(DEMO_TODAY - dt.timedelta(days=(n * 37) % 3000), mood=1 + n % 5, note=f"Saved {n}. " * 40)
        with journal.transaction() as session:
            journal.save_day(session, entry)
        sizes.append(records.manifest_bytes_sealed - before)

    return median_ms(save_one, repeat=60, warmup=3), statistics.median(sizes)


def _searches(folder: Path) -> tuple[float, float, float]:
    """The first search after unlock (median of fresh unlocks: it builds the index), the same word
    again (as the search page does whenever another filter changes), and a new word each time."""
    firsts = []
    for _ in range(FIRST_SEARCH_ROUNDS):
        journal = _open(folder)
        started = time.perf_counter()
        journal.search("park")
        firsts.append((time.perf_counter() - started) * 1000)
        if len(firsts) < FIRST_SEARCH_ROUNDS:
            journal.close()
    again = median_ms(lambda: journal.search("garden"), repeat=20)
    new_word = new_word_search_ms(journal)
    journal.close()
    return statistics.median(firsts), again, new_word


def _exports(journal: Any) -> tuple[float, float]:
    from journal.core.exchange.json_export import export_json
    from journal.core.report.content import ReportOptions, build_report
    from journal.report import ensure_application, render_report_pdf

    ensure_application()
    catalog = journal.settings().catalog()
    json_ms = median_ms(lambda: export_json(journal, exported_on=DEMO_TODAY), repeat=3)

    def pdf() -> None:
        options = ReportOptions(DEMO_TODAY - dt.timedelta(days=364), DEMO_TODAY)
        entries = journal.days_between(options.start, options.end)
        render_report_pdf(
            build_report(entries, journal.key_dates(), catalog, options, generated_on=DEMO_TODAY), catalog
        )

    return json_ms, median_ms(pdf, repeat=3)


def _memory_mib(folder: Path) -> float:
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(folder), DEMO_PASSPHRASE],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    return json.loads(result.stdout.strip().splitlines()[-1])["vmhwm_kib"] / 1024


def rows(context: BenchContext) -> list[Row]:
    result: list[Row] = []
    for size in SIZES:
        folder = context.long_notes_journal(size)
        unlock_ms, limit_ms, paired, days = _unlock_vs_limit(folder)
        first, again, new_word = _searches(folder)
        memory = _memory_mib(folder)
        journal = _open(folder)
        json_ms, pdf_ms = _exports(journal)
        save_ms, save_bytes = _save_rows(journal)
        journal.close()
        label = f"scale {size:>6,} d"
        result += [
            Row(f"{label}: unlock excl. KDF", unlock_ms, 1.5 * limit_ms,
                f"{paired:.2f}× the raw limit, median of {UNLOCK_ROUNDS} paired rounds ({limit_ms:.1f} ms, same run; "
                f"target ≤ 1.5×), {days} days", passed=paired <= 1.5),
            Row(f"{label}: save one day", save_ms, 3.0, f"{save_bytes:.0f} manifest bytes sealed per save"),
            Row(f"{label}: first search / repeat", first, 20.0,
                f"median of {FIRST_SEARCH_ROUNDS} unlocks; the same word again {again:.2f} ms (target ≤ 5)"),
            Row(f"{label}: search a new word", new_word, 5.0, f"median of {len(NEW_SEARCH_WORDS)} words, each once"),
            Row(f"{label}: JSON export", json_ms, None, ""),
            Row(f"{label}: one-year PDF", pdf_ms, None, ""),
            Row(f"{label}: peak memory, unlock + search", None, None, f"{memory:.0f} MiB VmHWM of its own process"),
        ]  # fmt: skip
    folder = context.long_notes_journal(SAVE_ONLY)
    journal = _open(folder)
    save_ms, save_bytes = _save_rows(journal)
    days = len(journal.dates())
    journal.close()
    result.append(
        Row(f"scale {SAVE_ONLY:>6,} d: save one day", save_ms, 3.0,
            f"{save_bytes:.0f} manifest bytes sealed per save, {days} days")
    )  # fmt: skip
    return result
