"""Checks every command shares: text that is really UTF-8, and where an output file may go.

Kept apart from the commands so a new command gets them by calling two functions: `add_output`
when it writes a file the person names, `output_target` before it unlocks anything.
"""

from __future__ import annotations

import argparse
import os

from journal.cli.option_error import OptionError

if False:  # for type checkers only: pathlib and typing stay out of `journal --version`, as in main.py
    from pathlib import Path

    from journal.core.journal_files import JournalFiles

# The environment variables the command line reads text from.
TEXT_VARIABLES = ("JOURNAL_PASSPHRASE", "JOURNAL_RECOVERY_KEY", "JOURNAL_NEW_PASSPHRASE")


def is_utf8(text: str) -> bool:
    """False for text holding bytes that were not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_text_arguments(argv: list[str]) -> None:
    """Refuse an argument or variable that is not UTF-8, naming the option, never repeating the value."""
    for index, item in enumerate(argv):
        if is_utf8(item):
            continue
        if item.startswith("-"):
            field = item.partition("=")[0] if is_utf8(item.partition("=")[0]) else "options"
        elif index > 0 and argv[index - 1].startswith("-") and is_utf8(argv[index - 1]):
            field = argv[index - 1]
        else:
            field = "arguments"
        raise OptionError(field, "is not valid UTF-8 text; nothing was changed")
    for name in TEXT_VARIABLES:
        value = os.environ.get(name)
        if value is not None and not is_utf8(value):
            raise OptionError(name, "is not valid UTF-8 text; nothing was changed")


def add_output(parser: argparse.ArgumentParser, help_text: str = "where to write it") -> None:
    """`-o FILE` (kept as typed, so an empty name is told apart from ".") and `--force`."""
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=help_text)
    parser.add_argument("--force", action="store_true", help="replace FILE if it already exists")


def output_target(arguments: argparse.Namespace, files: JournalFiles) -> Path:
    """The `-o` file if it may be written: never in the journal's folder, an existing one only with --force."""
    from journal.core.private_files import check_output

    return check_output(arguments.output, replace=arguments.force, field="-o", protected=[files.data_dir])
