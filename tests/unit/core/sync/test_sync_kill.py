"""A sync round killed outright (SIGKILL, no clean-up) at its two riskiest moments loses nothing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal.core.domain.entry import DayEntry
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase
from journal.core.sync.rounds import sync_round

from .conftest import PASSPHRASE

DAY = dt.date(2026, 11, 3)

_ROUND_KILLED = """
import os, signal, sys
from pathlib import Path
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase
from journal.core.sync import rounds
from journal.core.journal import Journal

where = sys.argv[3]
if where == "after-pack":
    real_read = rounds.read_folder
    def read_then_die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)
    rounds.read_folder = read_then_die
else:
    real_save = Journal.save_day
    count = [0]
    def save_then_die(self, session, entry, **options):
        count[0] += 1
        if count[0] == 2:
            session.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return real_save(self, session, entry, **options)
    Journal.save_day = save_then_die
journal = unlock_with_passphrase(JournalFiles(Path(sys.argv[1])), {passphrase!r})
rounds.sync_round(journal, Path(sys.argv[2]))
"""


def _killed_round(data_dir: Path, folder: Path, where: str) -> None:
    script = textwrap.dedent(_ROUND_KILLED).format(passphrase=PASSPHRASE)
    process = subprocess.run(
        [sys.executable, "-c", script, str(data_dir), str(folder), where], capture_output=True, timeout=120
    )
    assert process.returncode == -9, process.stderr.decode()[-2000:]


@pytest.mark.parametrize("where", ["after-pack", "mid-merge"])
def test_a_killed_round_leaves_the_journal_whole_and_the_next_round_completes(
    computers, sync_folder: Path, tmp_path: Path, where: str
) -> None:
    first, second = computers(2)
    for offset in range(4):
        with first.transaction() as session:
            first.save_day(session, DayEntry(DAY - dt.timedelta(days=offset), mood=2, note=f"day {offset}"))
    with second.transaction() as session:
        second.save_day(session, DayEntry(DAY + dt.timedelta(days=1), mood=5, note="only here"))
    sync_round(first, sync_folder)
    second_dir = tmp_path / "computer-2"
    second.close()  # the killed process opens it
    _killed_round(second_dir, sync_folder, where)
    reopened = unlock_with_passphrase(JournalFiles(second_dir), PASSPHRASE)
    try:
        assert reopened.unreadable_count == 0
        assert reopened.day(DAY + dt.timedelta(days=1)) is not None  # its own day is never lost
        sync_round(reopened, sync_folder)
        sync_round(first, sync_folder)
        assert reopened.days_between() == first.days_between()
        assert len(first.dates()) == 5
        assert not list((second_dir / "sync-outgoing").glob("*")) or where == "after-pack"
    finally:
        reopened.close()
    assert os.path.exists(second_dir / "journal.sqlite3")
