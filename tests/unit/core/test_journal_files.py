"""Where a journal lives by default, and that a folder that cannot be written is explained, not a traceback."""

import sys
from pathlib import Path

import pytest

from helpers.worded import raises_worded
from journal.core.errors import StorageError
from journal.core.journal_files import JournalFiles, default_data_dir


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG folders are Linux's")
def test_default_folder_follows_xdg_data_home(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_data_dir() == tmp_path / "data" / "RecoveryJournal"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/ignored")
    assert default_data_dir() == Path.home() / ".local" / "share" / "RecoveryJournal"


def test_a_folder_that_cannot_be_made_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with raises_worded(StorageError, "cannot be made"):
        JournalFiles(blocker / "journal").claim()
