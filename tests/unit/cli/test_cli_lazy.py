"""The command line loads only what a command needs: `--version` and `--help` load no command module,
and the read commands open the journal without SQLAlchemy and without writing to it."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from journal.cli.commands import COMMANDS, all_modules
from journal.cli.main import build_parser, requested_command

_PROBE = """
import json, sys
from journal.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "PySide6")
               or m.startswith("journal.cli.commands.") or m == "journal.core.storage.database")
print("\\n" + json.dumps({"code": code, "heavy": heavy}))
"""


def _run(*argv: str, env: dict[str, str] | None = None) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_version_and_help_load_no_command_module(argv: list[str]) -> None:
    probe = _run(*argv)
    assert probe["code"] == 0 and probe["heavy"] == []


def test_every_command_is_listed_with_the_help_its_module_gives_it() -> None:
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    commands = parser.add_subparsers(dest="command")
    for module in all_modules():
        module.register(commands, common)
    registered = {action.dest: action.help for action in commands._choices_actions}
    assert registered == {name: text for name, (_module, text) in COMMANDS.items()}
    for name in COMMANDS:  # each command's own parser (not the listing's stand-in) when it is the one run
        sub = build_parser(name)._subparsers._group_actions[0].choices[name]  # type: ignore[union-attr]
        assert sub.add_help and sub._actions, name
        assert not build_parser(None)._subparsers._group_actions[0].choices[name].add_help  # type: ignore[union-attr]


def test_the_command_is_found_after_global_options() -> None:
    assert requested_command(["--data-dir", "show", "list"]) == "list"
    assert requested_command(["--passphrase-file", "f", "show", "--date", "x"]) == "show"
    assert requested_command(["--version"]) is None


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_read_commands_load_no_sqlalchemy_and_write_nothing(cli, data_dir: Path, tmp_path: Path) -> None:
    cli("init")
    assert cli("add", "--date", "2026-10-13", "--mood", "2", "--note", "Café with my sister.")[0] == 0
    env = dict(os.environ, JOURNAL_PASSPHRASE=PASSPHRASE)
    before = _fingerprint(data_dir)
    for argv in (
        ["show", "--date", "2026-10-13"],
        ["list", "--json"],
        ["search", "cafe"],
        ["export", "json", "-o", str(tmp_path / "out.json")],
    ):
        probe = _run("--data-dir", str(data_dir), *argv, env=env)
        assert probe["code"] == 0, argv
        assert [m for m in probe["heavy"] if not m.startswith("journal.cli.commands.")] == [], argv
        assert _fingerprint(data_dir) == before, argv
    assert json.loads((tmp_path / "out.json").read_text())["days"][0]["note"] == "Café with my sister."
