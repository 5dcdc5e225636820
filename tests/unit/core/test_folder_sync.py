"""Every rename that matters is followed by a sync of its folder, so the rename itself is durable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.journals import CHEAP_KDF, PASSPHRASE
from journal.core import opening, private_files
from journal.core.journal_files import JournalFiles


def _record(monkeypatch: pytest.MonkeyPatch, module) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    events: list[tuple[str, str]] = []
    real_replace, real_sync = os.replace, private_files.sync_folder

    def replace(source, target) -> None:  # type: ignore[no-untyped-def]
        real_replace(source, target)
        events.append(("rename", Path(target).name))

    def sync(folder: Path) -> None:
        real_sync(folder)
        events.append(("sync", Path(folder).name))

    monkeypatch.setattr(module.os, "replace", replace)
    monkeypatch.setattr(module, "sync_folder", sync)
    return events


def test_init_syncs_the_folder_after_renaming_the_new_journal_into_place(monkeypatch, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    events = _record(monkeypatch, opening)
    journal, _ = opening.create_journal(JournalFiles(data_dir), PASSPHRASE, CHEAP_KDF)
    journal.close()
    assert ("rename", "journal.sqlite3") in events
    assert events[events.index(("rename", "journal.sqlite3")) + 1] == ("sync", data_dir.name)


def test_a_private_file_syncs_its_folder_after_the_rename(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    events = _record(monkeypatch, private_files)
    private_files.write_private(tmp_path / "out.csv", b"x", replace=True)
    assert events == [("rename", "out.csv"), ("sync", tmp_path.name)]
