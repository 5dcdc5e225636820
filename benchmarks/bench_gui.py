"""The app's memory and the Summaries tab, in the app's own process (`gui_probe.py`): unlock the
10-year demo with long notes (Argon2id at 128 MiB, automatic backup on), Looking back on
"Everything" with every page painted, every tab shown; VmHWM is that process's own peak.

Targets: peak ≤ 180 MiB; Summaries on "Everything", first paint ≤ 150 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from common import DEMO_PASSPHRASE, BenchContext, Row

RUNS = 3
PROBE = Path(__file__).with_name("gui_probe.py")


def _probe(folder: Path, work: Path) -> dict[str, float]:
    environment = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run(
        [sys.executable, str(PROBE), str(folder), DEMO_PASSPHRASE, str(work)],
        capture_output=True, text=True, timeout=600, check=True, env=environment,
    )  # fmt: skip
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def rows(context: BenchContext) -> list[Row]:
    folder = context.long_notes_journal(3650, kdf_mib=128)  # fixed, so the figure does not follow the load
    runs = []
    for index in range(RUNS):
        for backup in (folder / "backups").glob("*"):  # so that every run makes its automatic backup
            backup.unlink()
        work = context.work_dir / f"gui-probe-{index}"
        work.mkdir(exist_ok=True)
        runs.append(_probe(folder, work))
    peak = statistics.median(r["vmhwm_mib"] for r in runs)
    after = statistics.median(r["vmrss_mib"] for r in runs)
    unlocked = statistics.median(r["unlocked_rss_mib"] for r in runs)
    backed_up = statistics.median(r["after_backup_rss_mib"] for r in runs)
    paint = statistics.median(r["summaries_first_paint_ms"] for r in runs)
    return [
        Row("gui: peak memory, 10-year demo, long notes (MiB)", peak, 180.0,
            f"VmHWM of the app's own process, median of {RUNS}; 128 MiB Argon2id (helper process); resident: "
            f"{unlocked:.0f} MiB unlocked, {backed_up:.0f} once the automatic backup is made, {after:.0f} at the end"),
        Row("gui: Summaries on Everything, first paint", paint, 150.0, "weeks of ten years, words and rows"),
    ]  # fmt: skip
