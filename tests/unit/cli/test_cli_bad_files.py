"""Devices and pipes given where a file belongs are refused at once, never read until memory runs out."""

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["add", "--date", "2026-11-01", "--note-file", "/dev/zero"], "--note-file"),
        (["--passphrase-file", "/dev/zero", "list"], "--passphrase-file"),
        (["import", "daylio", "/dev/zero"], "file"),
        (["import", "json", "/dev/urandom"], "file"),
        (["restore", "/dev/zero", "--replace"], "backup"),
    ],
)
def test_a_device_instead_of_a_file_is_refused_with_a_message(cli, monkeypatch, argv, field) -> None:
    cli("init")
    if "--passphrase-file" in argv:
        monkeypatch.delenv("JOURNAL_PASSPHRASE")
    code, _, err = cli(*argv)
    assert code == 1 and field in err and "Traceback" not in err


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(cli, tmp_path: Path) -> None:
    cli("init")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    code, _, err = cli("import", "daylio", str(pipe))
    assert code == 1 and "not a file" in err


@pytest.mark.parametrize("argv", [["export", "csv", "-o"], ["backup", "-o"]])
def test_a_file_name_too_long_to_exist_is_explained(cli, tmp_path: Path, argv) -> None:
    cli("init")
    code, _, err = cli(*argv, str(tmp_path / ("a" * 300)))
    assert code == 1 and "Traceback" not in err


def test_a_data_folder_that_is_a_file_or_too_long_is_explained(cli, tmp_path: Path) -> None:
    from journal.cli.main import run_command_line

    regular = tmp_path / "regular"
    regular.write_text("")
    for folder in (regular, tmp_path / ("a" * 300)):
        assert run_command_line(["--data-dir", str(folder), "list"]) == 1
