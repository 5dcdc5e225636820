"""The command line as a person feels it: `--version` and `--help` against a bare `python` that only
builds an argparse parser, and the read commands on 3,650 days with long notes (cheap key
derivation, so what is left is the app's own cost), all as fresh processes, alternating.

Targets: `--version` and `--help` ≤ 1.3× the bare baseline of the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import DEMO_PASSPHRASE, BenchContext, Row, alternate

ROUNDS = 9
_BARE = "import argparse; argparse.ArgumentParser(prog='journal').parse_args([])"


def _timed(arguments: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(arguments, env=environment, capture_output=True, check=True, timeout=120)
    return (time.perf_counter() - started) * 1000


def rows(context: BenchContext) -> list[Row]:
    folder = context.long_notes_journal(3650)
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment.update(JOURNAL_PASSPHRASE=DEMO_PASSPHRASE, PYTHONPYCACHEPREFIX=str(context.work_dir / "pycache"))
    python = sys.executable
    script = Path(python).with_name("journal")  # the installed command, as a person runs it
    journal = [str(script)] if script.exists() else [python, "-m", "journal"]
    data = ["--data-dir", str(folder)]
    commands = {
        "bare": [python, "-c", _BARE],
        "version": [*journal, "--version"],
        "help": [*journal, "--help"],
        "show": [*journal, *data, "show", "--date", "2026-11-20"],
        "list": [*journal, *data, "list"],
        "search": [*journal, *data, "search", "garden"],
    }
    for command in commands.values():  # warm the disk cache and the bytecode cache
        _timed(command, environment)
    samples = alternate([lambda c=c: _timed(c, environment) for c in commands.values()], ROUNDS)
    medians = dict(zip(commands, (statistics.median(s) for s in samples), strict=True))
    bare = medians["bare"]
    note = "{:.2f}× a bare python + argparse (target ≤ 1.3×)"
    return [
        Row("cli: bare python + argparse", bare, None, f"baseline, same run, {ROUNDS} alternating rounds"),
        Row("cli: journal --version", medians["version"], 1.3 * bare, note.format(medians["version"] / bare)),
        Row("cli: journal --help", medians["help"], 1.3 * bare, note.format(medians["help"] / bare)),
        Row("cli: show --date (3,650 d, long notes)", medians["show"], None, "whole process; key derivation cheap"),
        Row("cli: list (3,650 d, long notes)", medians["list"], None, "whole process; key derivation cheap"),
        Row("cli: search (3,650 d, long notes)", medians["search"], None, "whole process; key derivation cheap"),
    ]
