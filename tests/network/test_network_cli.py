"""No network, ever: every command of the command line runs under an audit hook that records any
socket connected or bound outside AF_UNIX and any name looked up; the list must stay empty.

The commands are found by walking the parser; one this test does not know yet still runs, with
only its common options, so a new command is at least walked until its first refusal.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from journal.cli.main import build_parser
from network_guard import no_network

DAYLIO = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n2026-10-20,,,20:05,good,walk,,,Fine.\n"
JRNL = '{"entries": [{"date": "2026-10-21", "time": "09:00", "title": "Walk", "body": "Short.", "tags": []}]}'


def _all_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs and path:
        found.add(path)
    for action in subs:
        for name, child in action.choices.items():
            found |= _all_commands(child, (*path, name))
    return found


def test_every_command_runs_without_reaching_a_network(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "daylio.csv").write_text(DAYLIO)
    (tmp_path / "jrnl.json").write_text(JRNL)
    runs: list[list[str]] = [
        ["init"],
        ["add", "--date", "2026-10-13", "--mood", "2", "--symptom", "cramping=4", "--note", "A day."],
        ["show", "--date", "2026-10-13"],
        ["list", "--json"],
        ["search", "day"],
        ["export", "pdf", "-o", str(tmp_path / "r.pdf"), "--from", "2026-10-01", "--to", "2026-10-31"],
        ["export", "csv", "-o", str(tmp_path / "r.csv")],
        ["export", "json", "-o", str(tmp_path / "r.json")],
        ["export", "markdown", "-o", str(tmp_path / "r.md")],
        ["import", "daylio", str(tmp_path / "daylio.csv"), "--dry-run"],
        ["import", "daylio", str(tmp_path / "daylio.csv")],
        ["import", "jrnl", str(tmp_path / "jrnl.json")],
        ["import", "json", str(tmp_path / "r.json")],
        ["backup", "-o", str(tmp_path / "b.rjbackup")],
        ["restore", str(tmp_path / "b.rjbackup"), "--replace"],
        ["change-passphrase"],
        ["--data-dir", str(tmp_path / "demo"), "demo", "--days", "5"],
    ]
    covered = {("init",), ("add",), ("show",), ("list",), ("search",), ("import",), ("backup",), ("restore",)}
    covered |= {("change-passphrase",), ("demo",), *(("export", f) for f in ("pdf", "csv", "json", "markdown"))}
    written = len(runs)
    for command in sorted(_all_commands(build_parser("*")) - covered):
        runs.append(list(command))  # a command this test does not know yet: walked until it refuses
    monkeypatch.setenv("JOURNAL_NEW_PASSPHRASE", "a new passphrase for the test")
    codes = []
    with no_network() as attempts:
        for argv in runs:
            codes.append(cli(*argv)[0])
        from journal.cli.main import run_command_line

        with contextlib.suppress(SystemExit):
            run_command_line(["--version"])
    assert attempts == []
    assert codes[:written] == [0] * written, list(zip(runs, codes, strict=False))
