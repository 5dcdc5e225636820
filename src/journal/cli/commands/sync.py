"""`sync [FOLDER]`, `sync --status`, `sync --stop` and `merge FILE`: one journal on more than one computer."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journal.cli.option_error import OptionError
from journal.cli.secrets import current_secret
from journal.cli.session import journal_files, unlocked_journal
from journal.core.errors import StorageError

_KIND_WORDS = {
    "day": ("day", "days"),
    "key_date": ("key date", "key dates"),
    "document": ("setting", "settings"),
    "memory_page": ("memory page", "memory pages"),
    "attachment": ("picture or letter", "pictures or letters"),
}


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser(
        "sync", parents=[common], help="share this journal with your other computers through a synced folder"
    )
    sync.add_argument("folder", nargs="?", type=Path, metavar="FOLDER", help="the folder your sync tool shares")
    sync.add_argument("--status", action="store_true", help="say where sync stands; changes nothing")
    sync.add_argument(
        "--stop", action="store_true", help="stop syncing on this computer; the journal and the folder's files stay"
    )
    sync.set_defaults(handler=run_sync)
    merge = commands.add_parser("merge", parents=[common], help="merge a backup or a copy of this journal into it")
    merge.add_argument("file", type=Path, metavar="FILE", help="a backup, or a copy of this journal's file")
    merge.set_defaults(handler=run_merge)


def _changes(changed: dict[str, int]) -> str:
    parts = []
    for kind, count in sorted(changed.items()):
        one, many = _KIND_WORDS.get(kind, ("record", "records"))
        parts.append(f"{count} {one if count == 1 else many}")
    return ", ".join(parts) if parts else "nothing new"


def run_sync(arguments: argparse.Namespace) -> int:
    files = journal_files(arguments)
    if arguments.status and arguments.stop:
        raise OptionError("--stop", "use either --status or --stop, not both")
    if arguments.status:
        return _status(arguments)
    if arguments.stop:
        return _stop(arguments)
    if not files.exists():
        if arguments.folder is None:
            raise OptionError("FOLDER", "name the folder your other computer syncs the journal into")
        from journal.core.sync.joining import join_from_folder

        secret = current_secret(getattr(arguments, "passphrase_file", None))
        try:
            journal, report = join_from_folder(
                files, arguments.folder, secret.value, is_recovery_key=secret.is_recovery_key
            )
        finally:
            if not files.exists():
                files.release()
        journal.close()
        print(f"This computer now has the journal from {arguments.folder}: {_changes(report.brought_in)}.")
        _problems(report.problems)
        return 0
    from journal.core.sync.ledger import Ledger
    from journal.core.sync.rounds import sync_round

    with unlocked_journal(arguments) as journal:
        folder = arguments.folder
        if folder is None:
            stored = Ledger(journal).state.get("folder")
            if not stored:
                raise OptionError("FOLDER", "no sync folder chosen yet; name the folder your sync tool shares")
            folder = Path(stored)
        report = sync_round(journal, folder)
    print(f"Synced with {folder}. Came in: {_changes(report.brought_in)}. Sent: {report.sent} changes.")
    if report.keys_taken:
        print("The passphrase or recovery key was changed on another computer; it now applies here too.")
    if report.waiting:
        print(f"{report.waiting} packs from other computers have not arrived whole yet; the next sync takes them.")
    if report.pictures_waiting:
        print(
            f"{report.pictures_waiting} pictures or letters are waiting for their files to arrive; "
            "the next sync takes them."
        )
    _problems(report.problems)
    return 0


def _problems(problems: list[str | StorageError]) -> None:
    from journal.cli.error_sentences import error_sentence

    for problem in problems:
        print(f"Note: {error_sentence(problem) if isinstance(problem, StorageError) else problem}")


def _status(arguments: argparse.Namespace) -> int:
    from journal.core.sync.status import sync_status

    with unlocked_journal(arguments) as journal:
        status = sync_status(journal)
    if status.folder is None:
        print("This journal is not synced from this computer (journal sync FOLDER starts it).")
        return 0
    print(f"Sync folder: {status.folder}{'' if status.folder_reachable else ' (not reachable now)'}")
    print(f"Other computers seen: {status.other_computers}")
    last = status.last_round.astimezone().strftime("%Y-%m-%d %H:%M") if status.last_round else "never"
    print(f"Last sync: {last}")
    print(f"Changes here waiting to be sent: {status.unsent}")
    print(f"Packs in the folder waiting to be read: {status.unread}")
    if status.damaged:
        print(f"Files in the folder that cannot be used (changed or cut short): {status.damaged}")
    return 0


def _stop(arguments: argparse.Namespace) -> int:
    from journal.core.sync.stopping import stop_syncing

    if arguments.folder is not None:
        raise OptionError("--stop", "stops syncing with the folder chosen before; it takes no FOLDER")
    with unlocked_journal(arguments) as journal, journal.transaction() as session:
        stopped = stop_syncing(journal, session)
    if not stopped:
        print("This journal is not synced with another computer, so there was nothing to stop.")
        return 0
    print("This computer has stopped syncing. Nothing in your journal was removed.")
    print("The files already in the folder stay there; they are encrypted, and you may delete them.")
    print("To sync again later: journal sync FOLDER")
    return 0


def run_merge(arguments: argparse.Namespace) -> int:
    from journal.core.sync.copies import merge_copy

    with unlocked_journal(arguments) as journal:
        changed = merge_copy(journal, arguments.file.expanduser())
    print(f"Merged {arguments.file}: {_changes(changed)} changed here. Nothing was lost; earlier versions are kept.")
    return 0
