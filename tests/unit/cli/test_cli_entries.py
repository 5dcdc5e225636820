"""The command line's exact shape and exit codes, which scripts and checks rely on."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal import __version__
from journal.core.journal_files import JournalFiles


def test_init_prints_the_recovery_key_once_and_refuses_a_second_time(cli) -> None:
    code, out, _ = cli("init")
    assert code == 0 and "Recovery key" in out
    assert len([line for line in out.splitlines() if line.strip().count("-") == 12]) == 1
    code, _, err = cli("init")
    assert code == 1 and "already exists" in err


def test_add_show_list_search_round_trip(cli, tmp_path: Path) -> None:
    cli("init")
    note_file = tmp_path / "note.txt"
    note_file.write_text("Told my sister. Café afterwards.", encoding="utf-8")
    code, _, err = cli(
        "add",
        "--date",
        "2026-10-13",
        "--mood",
        "1",
        "--feeling",
        "grief",
        "--symptom",
        "bleeding=heavy",
        "--symptom",
        "temperature=38.2C",
        "--symptom",
        "clots=yes",
        "--self-care",
        "rest",
        "--note-file",
        str(note_file),
        "--tag",
        "hard day",
        "--medication",
        "pain relief:2 tablets",
    )
    assert code == 0, err
    assert cli("add", "--date", "2026-10-14", "--mood", "3", "--note", "Slept most of the afternoon.")[0] == 0
    code, out, _ = cli("show", "--date", "2026-10-13", "--json")
    shown = json.loads(out)
    assert shown["mood"] == 1 and shown["symptoms"]["temperature"] == {"value": 38.2, "unit": "C"}
    assert shown["medications"] == [{"name": "pain relief", "amount": "2 tablets"}]
    code, out, _ = cli("list")
    lines = out.splitlines()
    assert [line[:10] for line in lines] == ["2026-10-13", "2026-10-14"]
    code, out, _ = cli("list", "--from", "2026-10-14", "--json")
    assert [d["date"] for d in json.loads(out)] == ["2026-10-14"]
    code, out, _ = cli("search", "cafe")
    assert out.startswith("2026-10-13")


def test_add_on_an_existing_day_merges_into_it(cli) -> None:
    cli("init")
    cli("add", "--date", "2026-10-13", "--mood", "2", "--note", "Morning.")
    cli("add", "--date", "2026-10-13", "--symptom", "cramping=4", "--note", "Evening.")
    shown = json.loads(cli("show", "--date", "2026-10-13", "--json")[1])
    assert shown["mood"] == 2 and shown["symptoms"] == {"cramping": 4} and shown["note"] == "Morning.\n\nEvening."


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["add", "--date", "13/10/2026", "--mood", "2"], "--date"),
        (["add", "--date", "2026-10-13", "--mood", "6"], "--mood"),
        (["add", "--date", "2026-10-13", "--symptom", "cramping=12"], "cramping"),
        (["add", "--date", "2026-10-13", "--symptom", "unknown=1"], "--symptom"),
        (["add", "--date", "2026-10-13", "--symptom", "no-equals"], "--symptom"),
        (["add", "--date", "2999-01-01", "--mood", "2"], "--date"),
        (["add", "--date", "2026-10-13"], "nothing to record"),
        (["add", "--date", "2026-10-13", "--note-file", "/nonexistent/file"], "--note-file"),
        (["list", "--from", "2026-10-20", "--to", "2026-10-01"], "--from"),
        (["list", "--frm", "x"], "options"),
    ],
)
def test_bad_input_exits_1_and_names_the_field_without_a_traceback(cli, argv: list[str], field: str) -> None:
    cli("init")
    code, _, err = cli(*argv)
    assert code == 1
    assert field in err and "Traceback" not in err


def test_wrong_passphrase_exits_2_and_missing_journal_exits_3(cli, monkeypatch) -> None:
    assert cli("list")[0] == 3
    cli("init")
    monkeypatch.setenv("JOURNAL_PASSPHRASE", "not it")
    code, _, err = cli("list")
    assert code == 2 and "does not open" in err


def test_the_recovery_key_from_the_environment_unlocks(cli, monkeypatch) -> None:
    out = cli("init")[1]
    key = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 12)
    cli("add", "--date", "2026-10-13", "--mood", "2")
    monkeypatch.delenv("JOURNAL_PASSPHRASE")
    monkeypatch.setenv("JOURNAL_RECOVERY_KEY", key)
    assert cli("list")[1].startswith("2026-10-13")


def test_a_damaged_file_exits_3_and_is_left_as_it_was(cli, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "journal.sqlite3").write_bytes(b"this is not a journal" * 100)
    code, _, err = cli("list")
    assert code == 3 and "damaged" in err
    assert (data_dir / "journal.sqlite3").read_bytes() == b"this is not a journal" * 100


def test_a_journal_in_use_by_another_process_exits_4(cli, data_dir: Path) -> None:
    cli("init")
    holder = JournalFiles(data_dir)
    holder.claim()
    try:
        code, _, err = cli("list")
    finally:
        holder.release()
    assert code == 4 and "open in another" in err


def test_change_passphrase_reads_the_new_one_from_the_environment(cli, monkeypatch) -> None:
    cli("init")
    cli("add", "--date", "2026-10-13", "--mood", "2")
    monkeypatch.setenv("JOURNAL_NEW_PASSPHRASE", "the new one")
    assert cli("change-passphrase")[0] == 0
    assert cli("list")[0] == 2
    monkeypatch.setenv("JOURNAL_PASSPHRASE", "the new one")
    assert cli("list")[1].startswith("2026-10-13")


def test_passphrase_file_is_used_and_missing_secret_is_explained(cli, monkeypatch, tmp_path: Path) -> None:
    cli("init")
    secret = tmp_path / "secret"
    secret.write_text(os.environ["JOURNAL_PASSPHRASE"] + "\n")
    monkeypatch.delenv("JOURNAL_PASSPHRASE")
    assert cli("--passphrase-file", str(secret), "list")[0] == 0
    assert cli("list", "--passphrase-file", str(secret))[0] == 0
    code, _, err = cli("list")
    assert code == 1 and "JOURNAL_PASSPHRASE" in err


def test_demo_makes_a_journal_with_the_chosen_passphrase(cli) -> None:
    code, out, _ = cli("demo", "--days", "40", "--seed", "3")
    assert code == 0 and "passphrase" not in out.lower()
    lines = cli("list")[1].splitlines()
    assert 25 <= len(lines) <= 40


def test_version_is_printed_by_the_installed_command() -> None:
    result = subprocess.run([sys.executable, "-m", "journal", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"journal {__version__}"
