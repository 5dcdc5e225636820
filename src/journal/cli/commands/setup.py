"""`init`, `change-passphrase` and `demo`: creating a journal and changing its secrets."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import secrets as random_secrets
from typing import Any

from journal.cli.option_error import OptionError
from journal.cli.secrets import new_passphrase
from journal.cli.session import journal_files, unlocked_journal


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser("init", parents=[common], help="create a new encrypted journal")
    init.set_defaults(handler=run_init)
    change = commands.add_parser("change-passphrase", parents=[common], help="set a new passphrase")
    change.set_defaults(handler=run_change_passphrase)
    demo = commands.add_parser("demo", parents=[common], help="create a made-up journal for a first look")
    demo.add_argument("--days", type=int, default=120, help="how many days to make up (default 120)")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same journal")
    demo.add_argument("--long-notes", action="store_true", help="write notes a few paragraphs long")
    demo.set_defaults(handler=run_demo)


def _print_recovery_key(recovery_key: str) -> None:
    print("Your journal is ready.")
    print()
    print("Recovery key (shown only this once; keep it somewhere safe, away from this computer):")
    print()
    print(f"    {recovery_key}")
    print()
    print("If you ever forget your passphrase, this key is the only way back in. Nobody can reset it.")


def run_init(arguments: argparse.Namespace) -> int:
    from journal.core.opening import create_journal

    passphrase = new_passphrase(
        getattr(arguments, "passphrase_file", None), env="JOURNAL_PASSPHRASE", prompt="Choose a passphrase: "
    )
    files = journal_files(arguments)
    journal, recovery_key = create_journal(files, passphrase)
    journal.close()
    _print_recovery_key(recovery_key)
    return 0


def run_change_passphrase(arguments: argparse.Namespace) -> int:
    from journal.core.key_change import change_passphrase

    with unlocked_journal(arguments) as journal:
        passphrase = new_passphrase(None, env="JOURNAL_NEW_PASSPHRASE", prompt="New passphrase: ", file_option=False)
        change_passphrase(journal, passphrase)
    print("Your passphrase was changed. The recovery key still works.")
    return 0


def run_demo(arguments: argparse.Namespace) -> int:
    from journal.core.demo import create_demo_journal

    if not 1 <= arguments.days <= 20000:
        raise OptionError("--days", "use a number from 1 to 20000")
    chosen = os.environ.get("JOURNAL_PASSPHRASE")
    passphrase = chosen or "-".join(random_secrets.choice(_WORDS) for _ in range(4))
    files = journal_files(arguments)
    journal, _recovery_key = create_demo_journal(
        files,
        passphrase,
        days=arguments.days,
        seed=arguments.seed,
        today=dt.date.today(),
        long_notes=arguments.long_notes,
    )
    count = len(journal.dates())
    journal.close()
    print(f"A demo journal with {count} made-up days is in {files.data_dir}.")
    if not chosen:
        print(f"Its passphrase is: {passphrase}")
    return 0


_WORDS = (
    "river",
    "candle",
    "blanket",
    "harbour",
    "willow",
    "pebble",
    "lantern",
    "meadow",
    "quiet",
    "tea",
    "cloud",
    "garden",
    "morning",
    "window",
    "sparrow",
    "linen",
    "orchard",
    "hill",
    "ember",
    "shore",
)
