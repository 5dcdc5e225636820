"""Two or three computers sharing one journal through a folder, each with its own data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from journal.core.crypto.kdf import KdfParams
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal
from journal.core.sync.joining import join_from_folder

CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def sync_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


@pytest.fixture
def computers(tmp_path: Path, sync_folder: Path) -> Iterator[Callable[[int], list[Journal]]]:
    """`computers(n)`: a journal on the first computer, joined from the folder by n - 1 others."""
    opened: list[Journal] = []

    def make(count: int) -> list[Journal]:
        from journal.core.sync.rounds import sync_round

        first, _ = create_journal(JournalFiles(tmp_path / "computer-1"), PASSPHRASE, CHEAP_KDF)
        opened.append(first)
        sync_round(first, sync_folder)
        for number in range(2, count + 1):
            joined, _report = join_from_folder(JournalFiles(tmp_path / f"computer-{number}"), sync_folder, PASSPHRASE)
            opened.append(joined)
        return list(opened)

    yield make
    for journal in opened:
        journal.close()
