"""Private files (exports, backups, reports, keys) land whole or not at all, and a refusal says why."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from helpers.worded import raises_worded
from journal.core import private_files
from journal.core.errors import StorageError
from journal.core.private_files import OutputProblem, OutputRefusedError, write_private


def write_bytes_atomically(target: Path, data: bytes, replace: bool = True) -> None:
    write_private(target, data, replace=replace)


def write_text_atomically(target: Path, text: str) -> None:
    write_private(target, text.encode("utf-8"), replace=True)


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

    monkeypatch.setattr(private_files.os, "write", full)
    with raises_worded(StorageError, "disk is full"):
        write_bytes_atomically(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_a_missing_folder_is_explained(tmp_path: Path) -> None:
    with raises_worded(StorageError, "does not exist"):
        write_bytes_atomically(tmp_path / "nope" / "out.csv", b"x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_folder_is_explained(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with raises_worded(StorageError, "cannot be written"):
            write_bytes_atomically(folder / "out.csv", b"x")
    finally:
        folder.chmod(0o700)


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with raises_worded(OutputRefusedError, "is a folder"):
        write_bytes_atomically(tmp_path, b"x")


def test_the_temporary_file_is_private_and_beside_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[Path, int]] = []
    real_replace = os.replace

    def spy(source: str | Path, target: str | Path) -> None:
        seen.append((Path(source), Path(source).stat().st_mode & 0o777))
        real_replace(source, target)

    monkeypatch.setattr(private_files.os, "replace", spy)
    write_bytes_atomically(tmp_path / "report.pdf", b"%PDF", replace=True)
    ((temporary, mode),) = seen
    assert temporary.parent == tmp_path and temporary.name.startswith(".report.pdf.") and mode == 0o600


def test_a_plaintext_temporary_file_left_by_a_killed_export_is_removed_by_the_next_export(tmp_path: Path) -> None:
    (tmp_path / ".report.csv.1a2b3c4d.partial").write_bytes(b"half of yesterday's export")
    write_text_atomically(tmp_path / "report.csv", "a,b\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_cleaning_up_leaves_other_exports_and_other_files_alone(tmp_path: Path) -> None:
    kept = [
        ".other.csv.1a2b3c4d.partial",
        "notes.txt",
        ".report.csv.1a2b3c4d.partial.bak",
        ".report.csv.1A2B3C4D.partial",
    ]
    kept += ["report.csv.1a2b3c4d.partial", ".report.csv.1a2b3c.partial", ".report.csv.1a2b3c4d5e.partial"]
    for name in kept:
        (tmp_path / name).write_text("keep me")
    (tmp_path / ".report.csv.0badf00d.partial").mkdir()
    write_text_atomically(tmp_path / "report.csv", "a,b\r\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, ".report.csv.0badf00d.partial", "report.csv"])
    assert all((tmp_path / name).read_text() == "keep me" for name in kept)


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="needs symbolic links")
def test_cleaning_up_never_follows_a_link_named_like_a_temporary_file(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / ".report.csv.1a2b3c4d.partial").symlink_to(elsewhere)
    write_text_atomically(folder / "report.csv", "a,b\r\n")
    assert (folder / ".report.csv.1a2b3c4d.partial").is_symlink() and elsewhere.read_text() == "keep me"


def test_a_name_with_pattern_characters_only_matches_itself(tmp_path: Path) -> None:
    (tmp_path / ".aXb.csv.1a2b3c4d.partial").write_text("keep me")
    (tmp_path / ".a.b.csv.1a2b3c4d.partial").write_text("stale")
    write_text_atomically(tmp_path / "a.b.csv", "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".aXb.csv.1a2b3c4d.partial", "a.b.csv"]


# -- the rules every writer shares ------------------------------------------------------------------


def test_an_existing_file_is_kept_unless_replacing_was_confirmed(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("the person's own file")
    with raises_worded(OutputRefusedError, "already exists") as refused:
        write_private(target, b"new", replace=False)
    assert refused.value.problem is OutputProblem.EXISTS and refused.value.exit_code == 1
    assert target.read_text() == "the person's own file"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_file_that_appears_between_the_check_and_the_rename_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    temporary = private_files.write_temporary_beside(target, [b"new"])
    target.write_text("appeared meanwhile")
    with raises_worded(OutputRefusedError, "already exists"):
        private_files.put_in_place(temporary, target, replace=False)
    assert target.read_text() == "appeared meanwhile"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_new_file_is_private(tmp_path: Path) -> None:
    write_private(tmp_path / "out.json", b"{}", replace=False)
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("name", ["journal.sqlite3", "journal.sqlite3-wal", "journal.lock", "notes.txt", "new.csv"])
@pytest.mark.parametrize("replace", [False, True])
def test_nothing_is_ever_written_into_a_journal_folder(tmp_path: Path, name: str, replace: bool) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    for existing in ("journal.sqlite3", "journal.sqlite3-wal", "journal.lock", "notes.txt"):
        (folder / existing).write_bytes(b"keep")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    for spelling in (folder / name, tmp_path / "elsewhere" / ".." / "data" / name):
        (tmp_path / "elsewhere").mkdir(exist_ok=True)
        with raises_worded(OutputRefusedError, "journal's own folder"):
            write_private(spelling, b"x", replace=replace)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_to_a_journal_folder_or_file_does_not_get_round_the_rule(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "journal.sqlite3").write_bytes(b"keep")
    (tmp_path / "via").symlink_to(folder)
    (tmp_path / "pointer.csv").symlink_to(folder / "journal.sqlite3")
    for target in (tmp_path / "via" / "out.csv", tmp_path / "pointer.csv"):
        with raises_worded(OutputRefusedError, "journal's own folder"):
            write_private(target, b"x", replace=True)
    assert (folder / "journal.sqlite3").read_bytes() == b"keep"


def test_a_named_or_default_data_folder_is_protected_before_any_journal_is_in_it(tmp_path: Path) -> None:
    from journal.core.journal_files import default_data_dir

    named = tmp_path / "chosen"
    named.mkdir()
    with raises_worded(OutputRefusedError, "journal's own folder"):
        write_private(named / "out.csv", b"x", replace=False, protected=[named])
    default_data_dir().mkdir(parents=True)
    with raises_worded(OutputRefusedError, "journal's own folder"):
        write_private(default_data_dir() / "out.csv", b"x", replace=False)


def test_a_hard_link_to_the_journal_is_not_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "journal.sqlite3").write_bytes(b"keep")
    os.link(folder / "journal.sqlite3", tmp_path / "copy.csv")
    with raises_worded(OutputRefusedError, "journal's own folder"):
        write_private(tmp_path / "copy.csv", b"x", replace=True, protected=[folder])
    assert (folder / "journal.sqlite3").read_bytes() == b"keep"


@pytest.mark.parametrize("name", ["", "."])
def test_an_empty_name_is_told_apart_from_a_folder(name: str) -> None:
    with raises_worded(OutputRefusedError, "give a file name") as refused:
        private_files.check_output(name, replace=False, field="-o")
    assert refused.value.problem is OutputProblem.EMPTY and str(refused.value).startswith("-o: ")
