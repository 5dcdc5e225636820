"""Opening the journal a command works on, and reading dates and options the same way everywhere."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from journal.cli.option_error import OptionError
from journal.cli.secrets import current_secret
from journal.core.errors import JournalMissingError

if TYPE_CHECKING:
    from journal.core.journal import Journal
    from journal.core.journal_files import JournalFiles


def journal_files(arguments: argparse.Namespace) -> JournalFiles:
    from journal.core.journal_files import JournalFiles, default_data_dir

    data_dir: Path | None = getattr(arguments, "data_dir", None)
    return JournalFiles((data_dir or default_data_dir()).expanduser())


@contextlib.contextmanager
def unlocked_journal(
    arguments: argparse.Namespace,
    *,
    read_only: bool = False,
    days: tuple[dt.date | None, dt.date | None] | None = None,
) -> Iterator[Journal]:
    """The journal, unlocked with the secret from the file, environment or terminal; closed after.

    `read_only` commands (show, list, search, export) open it through `journal.core.reading`:
    the same checks, nothing written, and no SQLAlchemy to import. With `days` (read-only only),
    it holds just the days from start to end: every row is still opened and checked.
    """
    if days is not None and not read_only:
        raise ValueError("only a journal opened for reading can hold some of its days")
    if read_only:
        from journal.core.reading import read_with_passphrase, read_with_recovery_key
    else:
        from journal.core.opening import unlock_with_passphrase, unlock_with_recovery_key

    files = journal_files(arguments)
    if not files.exists():
        raise JournalMissingError()
    secret = current_secret(getattr(arguments, "passphrase_file", None))
    try:
        if not read_only:
            unlocked = unlock_with_recovery_key if secret.is_recovery_key else unlock_with_passphrase
            journal = unlocked(files, secret.value)
        elif secret.is_recovery_key:
            journal = read_with_recovery_key(files, secret.value, days=days)
        else:
            journal = read_with_passphrase(files, secret.value, days=days)
    except BaseException:
        files.release()
        raise
    try:
        problem = journal.manifest_problem
        if problem is not None:
            print(f"journal: {_PROBLEM_LINES[problem.value]}", file=sys.stderr)
        if journal.unreadable_count and (problem is None or problem.value != "wiped"):
            noun = "entry" if journal.unreadable_count == 1 else "entries"
            print(
                f"journal: {journal.unreadable_count} {noun} could not be read (changed or damaged); the rest opened.",
                file=sys.stderr,
            )
        if problem is not None:
            print(_DECIDE, file=sys.stderr)
        yield journal
    finally:
        journal.close()


_PROBLEM_LINES = {
    "missing": "the list of entry versions is missing: the journal was changed outside the app.",
    "damaged": "the list of entry versions is damaged or was put back: the journal was changed outside the app.",
    "older": "the list of entry versions is older than the entries: the journal was changed outside the app.",
    "wiped": "every entry and the list of their versions were removed outside the app; this is not a new journal.",
}
_DECIDE = (
    "journal: nothing new is saved until you decide; keep a copy of the folder, then run "
    "`journal keep-as-is` to keep the journal as it is now."
)


def parse_date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise OptionError(option, f"{text!r} is not a date; use YYYY-MM-DD, e.g. 2026-11-24") from None


def optional_date(text: str | None, option: str) -> dt.date | None:
    return None if text is None else parse_date(text, option)
