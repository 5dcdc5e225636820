"""`journal sync FOLDER`, `journal sync --status` and `journal merge FILE`: messages and exit codes."""

from __future__ import annotations

from pathlib import Path

from journal.cli.main import run_command_line


def test_sync_join_status_and_merge(cli, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert cli("init")[0] == 0
    assert cli("add", "--date", "2026-10-13", "--mood", "2", "--note", "first")[0] == 0
    code, out, err = cli("sync", str(folder))
    assert code == 0, err
    assert "Sent: 1 changes" in out
    second = tmp_path / "second"
    assert run_command_line(["--data-dir", str(second), "sync", str(folder)]) == 0
    joined = capsys.readouterr().out
    assert "now has the journal" in joined and "1 day" in joined
    assert run_command_line(["--data-dir", str(second), "add", "--date", "2026-10-14", "--mood", "4"]) == 0
    assert run_command_line(["--data-dir", str(second), "sync"]) == 0  # the folder is remembered
    capsys.readouterr()
    code, out, _ = cli("sync")
    assert code == 0 and "Came in: 1 day" in out
    code, out, _ = cli("sync", "--status")
    assert code == 0
    assert "Other computers seen: 1" in out and "waiting to be sent: 0" in out
    code, out, _ = cli("show", "--date", "2026-10-14")
    assert code == 0
    assert run_command_line(["--data-dir", str(second), "backup", "-o", str(tmp_path / "b.rjbackup")]) == 0
    capsys.readouterr()
    code, out, err = cli("merge", str(tmp_path / "b.rjbackup"))
    assert code == 0, err
    assert "nothing new" in out


def test_sync_refuses_what_it_cannot_use(cli, tmp_path: Path) -> None:
    assert cli("init")[0] == 0
    code, _, err = cli("sync")
    assert code == 1 and "no sync folder chosen yet" in err
    code, _, err = cli("sync", str(tmp_path / "nowhere"))
    assert code == 1 and "no folder with that name" in err
    code, out, _ = cli("sync", "--status")
    assert code == 0 and "not synced" in out


def test_merge_refuses_another_journal_and_other_files(cli, tmp_path: Path, capsys) -> None:
    assert cli("init")[0] == 0
    other = tmp_path / "other"
    assert run_command_line(["--data-dir", str(other), "init"]) == 0
    capsys.readouterr()
    code, _, err = cli("merge", str(other / "journal.sqlite3"))
    assert code == 1 and "belongs to another journal" in err
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    code, _, err = cli("merge", str(text))
    assert code == 1 and "neither a backup nor a journal file" in err


def test_joining_with_the_wrong_passphrase_makes_nothing(cli, tmp_path: Path, monkeypatch, capsys) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert cli("init")[0] == 0
    assert cli("sync", str(folder))[0] == 0
    monkeypatch.setenv("JOURNAL_PASSPHRASE", "not the passphrase")
    second = tmp_path / "second"
    assert run_command_line(["--data-dir", str(second), "sync", str(folder)]) == 2
    assert "does not open" in capsys.readouterr().err
    assert not (second / "journal.sqlite3").exists()


def test_sync_stop_forgets_the_folder_and_a_later_sync_starts_again(cli, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert cli("init")[0] == 0
    code, out, _ = cli("sync", "--stop")
    assert code == 0 and "nothing to stop" in out
    assert cli("add", "--date", "2026-10-13", "--mood", "2", "--note", "first")[0] == 0
    assert cli("sync", str(folder))[0] == 0
    code, _, err = cli("sync", "--stop", str(folder))
    assert code == 1 and "takes no FOLDER" in err
    code, out, err = cli("sync", "--stop")
    assert code == 0, err
    assert "stopped syncing" in out and "Nothing in your journal was removed" in out
    code, out, _ = cli("sync", "--status")
    assert "not synced" in out
    code, _, err = cli("sync")
    assert code == 1 and "no sync folder chosen yet" in err
    code, out, _ = cli("show", "--date", "2026-10-13")
    assert code == 0 and "first" in out
    code, out, err = cli("sync", str(folder))  # chosen again
    assert code == 0, err
    assert "Synced with" in out and "Note:" not in out
