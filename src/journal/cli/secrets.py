"""Getting the passphrase or recovery key for a command, the way restic and borg do it.

Order: `--passphrase-file`, then `JOURNAL_PASSPHRASE`, then `JOURNAL_RECOVERY_KEY`, then a prompt
without echo when a person is at the terminal. Secrets never appear in arguments or messages.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from journal.cli.option_error import OptionError
from journal.core.input_files import read_named_text


@dataclass(frozen=True)
class Secret:
    value: str
    is_recovery_key: bool = False


def _read_passphrase_file(path: Path) -> str:
    return read_named_text(path, 64 * 1024, "--passphrase-file").rstrip("\r\n")


def current_secret(passphrase_file: Path | None) -> Secret:
    if passphrase_file is not None:
        return Secret(_read_passphrase_file(passphrase_file))
    if "JOURNAL_PASSPHRASE" in os.environ:
        return Secret(os.environ["JOURNAL_PASSPHRASE"])
    if "JOURNAL_RECOVERY_KEY" in os.environ:
        return Secret(os.environ["JOURNAL_RECOVERY_KEY"], is_recovery_key=True)
    if sys.stdin is not None and sys.stdin.isatty():
        return Secret(getpass.getpass("Passphrase: "))
    raise OptionError(
        "passphrase", "none given; set JOURNAL_PASSPHRASE or use --passphrase-file (or run in a terminal)"
    )


def new_passphrase(passphrase_file: Path | None, *, env: str, prompt: str, file_option: bool = True) -> str:
    """A passphrase being set: from the file or `env` in scripts, else typed twice at a terminal."""
    if passphrase_file is not None:
        return _read_passphrase_file(passphrase_file)
    if env in os.environ:
        return os.environ[env]
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Type it once more: ") != first:
            raise OptionError("passphrase", "the two did not match; nothing was changed")
        return first
    hint = f"set {env} or use --passphrase-file" if file_option else f"set {env} (or run in a terminal)"
    raise OptionError("passphrase", f"none given; {hint}")
