"""`backup -o FILE` and `restore FILE [--replace]`: the journal as one sealed, checked file, and back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from journal.cli.checks import add_output, output_target
from journal.cli.option_error import OptionError
from journal.cli.secrets import current_secret
from journal.cli.session import journal_files, unlocked_journal


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser("backup", parents=[common], help="write an encrypted, checked backup file")
    add_output(backup)
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser("restore", parents=[common], help="put a backup in place of the journal")
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    restore.add_argument(
        "--replace", action="store_true", help="replace an existing journal without asking (it is kept aside)"
    )
    restore.set_defaults(handler=run_restore)


def run_backup(arguments: argparse.Namespace) -> int:
    from journal.core.backup.writer import write_backup

    output = output_target(arguments, journal_files(arguments))
    with unlocked_journal(arguments) as journal:
        result = write_backup(journal, output, replace=arguments.force)
    print(f"Backup written and checked: {result.path} ({_size(result.size_bytes)}, {_days(result.days)}).")
    print("It opens with your current passphrase or recovery key.")
    return 0


def run_restore(arguments: argparse.Namespace) -> int:
    from journal.core.backup.reader import open_backup
    from journal.core.backup.restore import restore_backup

    files = journal_files(arguments)
    secret = current_secret(getattr(arguments, "passphrase_file", None))
    opened = open_backup(arguments.file.expanduser(), secret.value, is_recovery_key=secret.is_recovery_key)
    if files.exists() and not arguments.replace:
        _confirm_replace(files.data_dir)
    result = restore_backup(files, opened)
    print(f"The backup was restored ({_days(opened.report.days)}).")
    if opened.report.attachments:
        print(f"Its {opened.report.attachments} picture(s) and document(s) were checked and restored with it.")
    if opened.report.damaged_attachments:
        print(
            f"journal: {opened.report.damaged_attachments} attachment(s) in it were damaged already.", file=sys.stderr
        )
    if result.set_aside is not None:
        print(f"The journal it replaced was kept as {result.set_aside.name}. After you unlock the restored")
        print("journal, the app asks whether to remove it; until then it stays where it is.")
    return 0


def _confirm_replace(data_dir: Path) -> None:
    if sys.stdin is None or not sys.stdin.isatty():
        raise OptionError(
            "restore", f"a journal already exists in {data_dir}; add --replace to replace it (it is kept aside)"
        )
    print(f"A journal already exists in {data_dir}. Restoring replaces it (the current one is kept aside).")
    answer = input('Type "yes" to go on: ')
    if answer.strip().lower() != "yes":
        raise OptionError("restore", "not confirmed; nothing was changed")


def _size(size_bytes: int) -> str:
    if size_bytes < 1024 * 1024:
        return f"{size_bytes / 1024:.0f} KB"
    return f"{size_bytes / 1024 / 1024:.1f} MB"


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"
