"""Every command that writes a file (`-o`) keeps out of the journal's folder and replaces only with --force.

The commands are found by walking the parser, so a command added later is walked too.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.pictures import png
from journal.cli.main import build_parser

#: Commands whose other required arguments this test knows how to give (see `_argv`).
KNOWN_ARGUMENTS = {("attachments", "save"): {"id"}}


def _commands_with_output(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _commands_with_output(child, (*path, name))
        elif "-o" in action.option_strings and path and action.metavar != "FOLDER":  # files; folders below
            known = KNOWN_ARGUMENTS.get(path, set())
            others = [a for a in parser._actions if a.required and a is not action and a.dest not in known]
            assert not others, f"{path} needs more than -o; teach this test its other arguments"
            yield path


OUTPUT_COMMANDS = sorted(set(_commands_with_output(build_parser("*"))))


def test_the_walk_finds_every_writer_we_know_of() -> None:
    assert {
        ("backup",),
        ("export", "pdf"),
        ("export", "csv"),
        ("export", "json"),
        ("export", "markdown"),
        ("attachments", "save"),
    } <= set(OUTPUT_COMMANDS)


_ATTACHMENT: dict[str, str] = {}  # the id of the picture `filled` attached, read before the files are noted


def _argv(cli, command: tuple[str, ...]) -> list[str]:  # type: ignore[no-untyped-def]
    """The command with the other arguments it needs: an attachment's id for `attachments save`."""
    if command == ("attachments", "save"):
        return [*command, _ATTACHMENT["id"]]
    return list(command)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def filled(cli, data_dir: Path) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    assert cli("init")[0] == 0
    assert cli("add", "--date", "2026-10-13", "--mood", "2", "--note", "a day")[0] == 0
    picture = data_dir.parent / "garden.png"
    picture.write_bytes(png())
    assert cli("attach", "--date", "2026-10-13", str(picture))[0] == 0
    (listed,) = json.loads(cli("attachments", "list", "--json")[1])
    _ATTACHMENT["id"] = listed["id"]
    assert cli("backup", "-o", str(data_dir.parent / "first.rjbackup"))[0] == 0
    # What else lives there: a journal set aside by a restore, a log SQLite may leave, the backups folder.
    (data_dir / "journal.sqlite3.replaced-20261101-101010").write_bytes(b"set aside")
    (data_dir / "journal.sqlite3-wal").write_bytes(b"")
    (data_dir / "backups").mkdir()
    return _files(data_dir)


@pytest.mark.parametrize("command", OUTPUT_COMMANDS, ids=" ".join)
def test_no_command_writes_onto_or_beside_the_journal(cli, data_dir: Path, filled, command) -> None:  # type: ignore[no-untyped-def]
    targets = [data_dir / name for name in filled] + [data_dir, data_dir / "new-file.out", data_dir / "backups" / ".."]
    for target in targets:
        for force in ((), ("--force",)):
            code, out, err = cli(*_argv(cli, command), "-o", str(target), *force)
            assert code == 1, (target.name, force, out, err)
            assert err.startswith("journal: -o: ") and "Traceback" not in err
            assert _files(data_dir) == filled
    assert cli("list")[0] == 0


@pytest.mark.parametrize("command", OUTPUT_COMMANDS, ids=" ".join)
def test_an_existing_file_is_replaced_only_with_force(cli, tmp_path: Path, filled, command) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mine.out"
    target.write_bytes(b"the person's own file")
    code, _, err = cli(*_argv(cli, command), "-o", str(target))
    assert code == 1 and "already exists" in err and "--force" in err
    assert target.read_bytes() == b"the person's own file"
    code, _, err = cli(*_argv(cli, command), "-o", str(target), "--force")
    assert code == 0, err
    assert target.read_bytes() != b"the person's own file"


def test_the_folder_export_keeps_out_of_the_journal_folder(cli, data_dir: Path, filled) -> None:  # type: ignore[no-untyped-def]
    for target in (data_dir, data_dir / "backups" / ".."):
        code, _, err = cli("export-folder", "-o", str(target))
        assert code == 1 and err.startswith("journal: -o: ") and "Traceback" not in err
        assert _files(data_dir) == filled


@pytest.mark.parametrize("command", OUTPUT_COMMANDS, ids=" ".join)
def test_an_empty_name_says_so(cli, filled, command) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli(*_argv(cli, command), "-o", "")
    assert code == 1 and "give a file name" in err and "is a folder" not in err
