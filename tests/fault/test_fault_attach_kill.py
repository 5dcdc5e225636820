"""SIGKILL while attaching pictures: every acknowledged picture opens byte for byte, no half-written
one is ever shown, and the rest of the journal opens."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from test_fault_kill import integrity_ok, run_until_killed

from helpers.journals import CHEAP_KDF, PASSPHRASE
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal, unlock_with_passphrase

sys.path.insert(0, str(Path(__file__).parent / "helpers"))
from attach_target import picture

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
KILLS_CI = 5


def test_kills_while_attaching_lose_no_acknowledged_picture(tmp_path: Path, monkeypatch) -> None:
    import test_fault_kill

    monkeypatch.setattr(test_fault_kill, "HELPER", Path(__file__).parent / "helpers" / "attach_target.py")
    files = JournalFiles(tmp_path / "journal")
    journal, _ = create_journal(files, PASSPHRASE, CHEAP_KDF)
    journal.close()
    rng = random.Random(16)
    acknowledged: set[int] = set()
    next_index = 0
    for _ in range(KILLS_CI):
        lines = run_until_killed([str(files.data_dir), PASSPHRASE, str(next_index)], rng, 1.0)
        acknowledged.update(int(line.split()[1]) for line in lines if line.startswith("ACK "))
        assert integrity_ok(files.database_path)
        reopened = unlock_with_passphrase(files, PASSPHRASE)
        try:
            assert reopened.unreadable_count == 0
            held = {int(a.caption): a for a in reopened.memories.attachments()}
            assert acknowledged <= set(held), "an acknowledged picture is missing"
            with reopened.transaction() as session:
                for index, item in held.items():  # acknowledged or not: whole, or not there at all
                    assert reopened.memories.read_content(session, item.id) == picture(index)
            next_index = max(held, default=-1) + 1
        finally:
            reopened.close()
    assert acknowledged, "no attach finished before a kill; the delays are too short to test anything"
