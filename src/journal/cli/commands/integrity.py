"""`keep-as-is`: the person's decision after the journal was changed outside the app.

A missing, damaged or older list of entry versions is named at every unlock and blocks every
write; only this command (or the app's own button) records the journal as it is now.
"""

from __future__ import annotations

import argparse
from typing import Any

from journal.cli.session import unlocked_journal


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    keep = commands.add_parser(
        "keep-as-is", parents=[common], help="after a change outside the app: keep the journal as it is now"
    )
    keep.set_defaults(handler=run_keep_as_is)


def run_keep_as_is(arguments: argparse.Namespace) -> int:
    with unlocked_journal(arguments) as journal:
        if journal.manifest_problem is None:
            print("Nothing to decide: the journal opened whole.")
            return 0
        with journal.transaction() as session:
            journal.adopt_as_is(session)
    print("The journal is kept as it is now; new entries are saved again.")
    return 0
