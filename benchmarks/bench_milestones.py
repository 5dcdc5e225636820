"""Milestones on the 10-year demo: unlock with 200 results (and questions) beside the days, the
timeline and the hCG series. The plain demo's unlock is measured in the same run as a baseline.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
from typing import Any

from common import DEMO_PASSPHRASE, DEMO_TODAY, BenchContext, Row, median_ms, unlock_parts_ms

RESULTS = 200


def _unlock_sample_ms(files: Any) -> float:
    """One unlock, without the key derivation (the same split as bench_store's unlock row)."""
    return unlock_parts_ms(files, DEMO_PASSPHRASE)[0]


def _interleaved_medians(first: Any, second: Any, repeat: int = 9) -> tuple[float, float]:
    """Medians of alternating samples, so a busy moment on the machine hits both alike."""
    a, b = [], []
    for _ in range(repeat):
        a.append(_unlock_sample_ms(first))
        b.append(_unlock_sample_ms(second))
    return statistics.median(a), statistics.median(b)


def rows(context: BenchContext) -> list[Row]:
    from journal.core.care.milestones import hcg_points, milestones, period_starts
    from journal.core.care.questions import Question
    from journal.core.care.results import HcgUnit, ResultKind, TestResult
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import unlock_with_passphrase

    context.demo_journal()
    context.close_demo()
    copy_dir = context.work_dir / "demo-10y-results"
    shutil.copytree(context.demo_dir, copy_dir)
    files = JournalFiles(copy_dir)
    journal = unlock_with_passphrase(files, DEMO_PASSPHRASE)
    missing = RESULTS - len(journal.results())
    with journal.transaction() as session:
        for n in range(missing):
            date = DEMO_TODAY - dt.timedelta(days=3 * n + 1)
            note = f"Blood test {n} at the day unit." if n % 3 == 0 else ""
            journal.save_result(
                session, TestResult("", date, ResultKind.HCG, float(n % 900), HcgUnit.IU_PER_L, note=note)
            )
        for n in range(30):
            journal.save_question(session, Question("", DEMO_TODAY - dt.timedelta(days=n), f"Question {n} to ask?"))
    held = len(journal.results())
    journal.close()
    baseline_ms, unlock_ms = _interleaved_medians(context.demo_files(), files)

    journal = unlock_with_passphrase(files, DEMO_PASSPHRASE)
    key_dates, results, days = journal.key_dates(), journal.results(), journal.days_between()
    timeline_ms = median_ms(lambda: milestones(key_dates, results, days), repeat=20)
    series_ms = median_ms(lambda: (hcg_points(results), period_starts(days)), repeat=20)
    journal.close()
    ratio = unlock_ms / baseline_ms if baseline_ms else float("nan")
    return [
        Row(
            f"milestones: unlock excl. KDF, 10-year journal + {held} results",
            unlock_ms,
            150.0,
            f"{ratio:.2f}× the same journal's unlock without them ({baseline_ms:.1f} ms)",
        ),
        Row("milestones: timeline of the 10 years", timeline_ms, None, f"{len(days)} days, {held} results"),
        Row("milestones: hCG series and period starts", series_ms, None, "from memory"),
    ]
