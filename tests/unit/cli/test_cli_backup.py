"""`journal backup -o FILE` and `journal restore FILE [--replace]`: messages and exit codes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from helpers.journals import PASSPHRASE
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase


def _journal_with_two_days(cli) -> None:
    cli("init")
    assert cli("add", "--date", "2026-10-13", "--mood", "2", "--note", "first")[0] == 0
    assert cli("add", "--date", "2026-10-14", "--mood", "3")[0] == 0


def test_backup_then_restore_into_an_empty_folder(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _journal_with_two_days(cli)
    out_file = tmp_path / "journal.rjbackup"
    code, out, err = cli("backup", "-o", str(out_file))
    assert code == 0, err
    assert "checked" in out and "2 days" in out
    from journal.cli.main import run_command_line

    fresh = tmp_path / "fresh"
    assert run_command_line(["--data-dir", str(fresh), "restore", str(out_file)]) == 0
    restored = unlock_with_passphrase(JournalFiles(fresh), PASSPHRASE)
    assert len(restored.dates()) == 2
    restored.close()


def test_restore_over_a_journal_needs_replace_when_not_at_a_terminal(cli, tmp_path: Path) -> None:
    _journal_with_two_days(cli)
    out_file = tmp_path / "journal.rjbackup"
    cli("backup", "-o", str(out_file))
    code, _, err = cli("restore", str(out_file))
    assert code == 1 and "--replace" in err
    code, out, err = cli("restore", str(out_file), "--replace")
    assert code == 0, err
    assert "kept as journal.sqlite3.replaced-" in out


def test_restore_at_a_terminal_asks_to_type_yes(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _journal_with_two_days(cli)
    out_file = tmp_path / "journal.rjbackup"
    cli("backup", "-o", str(out_file))

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    code, _, err = cli("restore", str(out_file))
    assert code == 1 and "not confirmed" in err
    monkeypatch.setattr("sys.stdin", Terminal("yes\n"))
    assert cli("restore", str(out_file))[0] == 0


def test_restore_with_wrong_passphrase_exits_2(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _journal_with_two_days(cli)
    out_file = tmp_path / "journal.rjbackup"
    cli("backup", "-o", str(out_file))
    monkeypatch.setenv("JOURNAL_PASSPHRASE", "not the passphrase")
    code, _, err = cli("restore", str(out_file), "--replace")
    assert code == 2 and "does not open this backup" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"hello", "not a Recovery Journal backup"), (b"RJBACKUP\x00\x09" + b"\0" * 40, "newer version")],
)
def test_restore_of_a_bad_file_exits_3_and_changes_nothing(cli, tmp_path: Path, content: bytes, message: str) -> None:
    _journal_with_two_days(cli)
    bad = tmp_path / "bad.rjbackup"
    bad.write_bytes(content)
    code, _, err = cli("restore", str(bad), "--replace")
    assert code == 3 and message in err
    assert "Traceback" not in err


def test_backup_to_a_folder_is_bad_input(cli, tmp_path: Path) -> None:
    _journal_with_two_days(cli)
    code, _, err = cli("backup", "-o", str(tmp_path))
    assert code == 1 and "folder" in err


def test_backup_while_the_journal_is_open_elsewhere_exits_4(cli, data_dir: Path, tmp_path: Path) -> None:
    _journal_with_two_days(cli)
    holder = JournalFiles(data_dir)
    holder.claim()
    try:
        code, _, err = cli("backup", "-o", str(tmp_path / "b.rjbackup"))
    finally:
        holder.release()
    assert code == 4 and "open in another window" in err


def test_restore_with_the_recovery_key_from_the_environment(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, _ = cli("init")
    recovery_key = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 12)
    cli("add", "--date", "2026-10-13", "--mood", "2")
    out_file = tmp_path / "journal.rjbackup"
    assert cli("backup", "-o", str(out_file))[0] == 0
    monkeypatch.delenv("JOURNAL_PASSPHRASE")
    monkeypatch.setenv("JOURNAL_RECOVERY_KEY", recovery_key)
    code, out, err = cli("restore", str(out_file), "--replace")
    assert code == 0, err
    assert "The backup was restored (1 day)." in out
