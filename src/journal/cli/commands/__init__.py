"""The sub-commands, by name, so that running one imports only its own module.

`COMMANDS` maps each command to the module that defines it and its one line of help. A module has
`register(commands, common)` adding its parsers, each with a `handler`. `journal --help` and
`--version` import no command module at all; `journal show …` imports `entries` and what
`show` itself needs. A new command is one line here plus its module (a test checks the two agree).
"""

from __future__ import annotations

import importlib
from types import ModuleType

COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("setup", "create a new encrypted journal"),
    "change-passphrase": ("setup", "set a new passphrase"),
    "demo": ("setup", "create a made-up journal for a first look"),
    "add": ("entries", "record or add to a day"),
    "show": ("entries", "show one day"),
    "list": ("entries", "one line per recorded day"),
    "search": ("entries", "find days whose note holds these words"),
    "backup": ("backup", "write an encrypted, checked backup file"),
    "restore": ("backup", "put a backup in place of the journal"),
    "export": ("exchange", "write your days to a PDF, CSV, JSON or Markdown file"),
    "import": ("exchange", "bring in days from Daylio, jrnl or a JSON export"),
    "key-dates": ("milestones", "losses, due dates, appointments"),
    "results": ("milestones", "hCG, home tests, scans and other results"),
    "facts": ("milestones", "blood group, Rh, anti-D and notes for a clinician"),
    "questions": ("milestones", "questions for your next appointment"),
    "keep-as-is": ("integrity", "after a change outside the app: keep the journal as it is now"),
}


def command_module(name: str) -> ModuleType:
    """The module that defines command `name` (imported now, on first use)."""
    return importlib.import_module(f"journal.cli.commands.{COMMANDS[name][0]}")


def all_modules() -> list[ModuleType]:
    names = dict.fromkeys(module for module, _help in COMMANDS.values())
    return [importlib.import_module(f"journal.cli.commands.{name}") for name in names]
