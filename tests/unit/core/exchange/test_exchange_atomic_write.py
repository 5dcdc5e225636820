"""Exports land whole or not at all, and a failure says why in plain words."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from journal.core.errors import StorageError
from journal.core.exchange import atomic_write
from journal.core.exchange.atomic_write import write_bytes_atomically, write_text_atomically


def test_writes_the_whole_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_text_atomically(target, "a,b\r\n1,2\r\n")
    assert target.read_bytes() == b"a,b\r\n1,2\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_replaces_an_existing_file_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    write_bytes_atomically(target, b"new")
    assert target.read_text() == "new"


def test_a_full_disk_keeps_the_old_file_and_removes_the_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")

    def full(*_: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "write", full)
    with pytest.raises(StorageError, match="disk is full"):
        write_bytes_atomically(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_a_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        write_bytes_atomically(tmp_path / "nope" / "out.csv", b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_folder_is_explained(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="cannot be written"):
            write_bytes_atomically(folder / "out.csv", b"x")
    finally:
        folder.chmod(0o700)


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        write_bytes_atomically(tmp_path, b"x")


def test_the_temporary_file_is_private_and_beside_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[Path, int]] = []
    real_replace = os.replace

    def spy(source: str | Path, target: str | Path) -> None:
        seen.append((Path(source), Path(source).stat().st_mode & 0o777))
        real_replace(source, target)

    monkeypatch.setattr(atomic_write.os, "replace", spy)
    write_bytes_atomically(tmp_path / "report.pdf", b"%PDF")
    ((temporary, mode),) = seen
    assert temporary.parent == tmp_path and temporary.name.startswith(".report.pdf.") and mode == 0o600


def test_a_plaintext_temporary_file_left_by_a_killed_export_is_removed_by_the_next_export(tmp_path: Path) -> None:
    (tmp_path / ".report.csv.1a2b3c4d.part").write_bytes(b"half of yesterday's export")
    write_text_atomically(tmp_path / "report.csv", "a,b\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_cleaning_up_leaves_other_exports_and_other_files_alone(tmp_path: Path) -> None:
    kept = [".other.csv.1a2b3c4d.part", "notes.txt", ".report.csv.1a2b3c4d.part.bak", ".report.csv.1A2B3C4D.part"]
    kept += ["report.csv.1a2b3c4d.part", ".report.csv.1a2b3c.part", ".report.csv.1a2b3c4d5e.part"]
    for name in kept:
        (tmp_path / name).write_text("keep me")
    (tmp_path / ".report.csv.0badf00d.part").mkdir()
    write_text_atomically(tmp_path / "report.csv", "a,b\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, ".report.csv.0badf00d.part", "report.csv"])
    assert all((tmp_path / name).read_text() == "keep me" for name in kept)


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="needs symbolic links")
def test_cleaning_up_never_follows_a_link_named_like_a_temporary_file(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / ".report.csv.1a2b3c4d.part").symlink_to(elsewhere)
    write_text_atomically(folder / "report.csv", "a,b\r\n")
    assert (folder / ".report.csv.1a2b3c4d.part").is_symlink() and elsewhere.read_text() == "keep me"


def test_a_name_with_pattern_characters_only_matches_itself(tmp_path: Path) -> None:
    (tmp_path / ".aXb.csv.1a2b3c4d.part").write_text("keep me")
    (tmp_path / ".a.b.csv.1a2b3c4d.part").write_text("stale")
    write_text_atomically(tmp_path / "a.b.csv", "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".aXb.csv.1a2b3c4d.part", "a.b.csv"]
