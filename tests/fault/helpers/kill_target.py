"""A child process for the kill tests: repeats one journal operation forever, printing "ACK ..." after each.

Run as `python kill_target.py MODE DATA_DIR ARGS...`; the parent SIGKILLs it at a random moment.
Every ACK line is printed (and flushed) only after the operation returned, so an ACK means "this
is on disk". Key derivation uses the cheap test parameters passed in here, never an environment
switch in the app.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from journal.core.crypto.kdf import KdfParams
from journal.core.journal_files import JournalFiles

CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
BASE_DATE = dt.date(2020, 1, 1)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def note_for(index: int) -> str:
    return f"save number {index} " + "words " * (index % 50)


def saves(files: JournalFiles, passphrase: str, start: int) -> None:
    from journal.core.domain.entry import DayEntry
    from journal.core.opening import unlock_with_passphrase

    journal = unlock_with_passphrase(files, passphrase)
    say("READY")
    index = start
    while True:
        entry = DayEntry(date=BASE_DATE + dt.timedelta(days=index), mood=1 + index % 5, note=note_for(index))
        with journal.transaction() as session:
            journal.save_day(session, entry)
        say(f"ACK {index}")
        index += 1


def passphrases(files: JournalFiles, passphrase: str, prefix: str) -> None:
    from journal.core.key_change import change_passphrase
    from journal.core.opening import unlock_with_passphrase

    journal = unlock_with_passphrase(files, passphrase)
    say("READY")
    index = 0
    while True:
        new = f"{prefix}-{index}"
        say(f"NEXT {new}")
        change_passphrase(journal, new, CHEAP_KDF)
        say(f"ACK {new}")
        index += 1


def recovery_keys(files: JournalFiles, passphrase: str) -> None:
    import journal.core.key_change as key_change
    from journal.core.crypto.recovery_key import generate_recovery_key
    from journal.core.opening import unlock_with_passphrase

    journal = unlock_with_passphrase(files, passphrase)
    say("READY")
    while True:
        upcoming = generate_recovery_key()
        key_change.generate_recovery_key = lambda upcoming=upcoming: upcoming  # so the parent knows it first
        say(f"NEXT {upcoming}")
        key_change.replace_recovery_key(journal)
        say(f"ACK {upcoming}")


def backups(files: JournalFiles, passphrase: str, target: str) -> None:
    from journal.core.backup.writer import write_backup
    from journal.core.opening import unlock_with_passphrase

    journal = unlock_with_passphrase(files, passphrase)
    say("READY")
    index = 0
    while True:
        write_backup(journal, Path(target), replace=True)
        say(f"ACK {index}")
        index += 1


def exports(files: JournalFiles, passphrase: str, target: str) -> None:
    from journal.core.exchange.exporting import PlainFormat, write_export
    from journal.core.opening import unlock_with_passphrase

    journal = unlock_with_passphrase(files, passphrase)
    say("READY")
    index = 0
    while True:
        write_export(journal, PlainFormat.JSON, Path(target), None, None, today=dt.date(2026, 11, 24), replace=True)
        say(f"ACK {index}")
        index += 1


def restores(files: JournalFiles, *pairs: str) -> None:
    from journal.core.backup.reader import open_backup
    from journal.core.backup.restore import restore_backup

    opened = [open_backup(Path(path), secret) for path, secret in zip(pairs[::2], pairs[1::2], strict=True)]
    say("READY")
    index = 0
    while True:
        choice = index % len(opened)
        restore_backup(files, opened[choice])
        say(f"ACK {choice}")
        index += 1


def main(argv: list[str]) -> None:
    mode, data_dir, *rest = argv
    files = JournalFiles(Path(data_dir))
    if mode == "saves":
        saves(files, rest[0], int(rest[1]))
    elif mode == "passphrase":
        passphrases(files, rest[0], rest[1])
    elif mode == "recovery":
        recovery_keys(files, rest[0])
    elif mode == "backup":
        backups(files, rest[0], rest[1])
    elif mode == "export":
        exports(files, rest[0], rest[1])
    elif mode == "restore":
        restores(files, *rest)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
