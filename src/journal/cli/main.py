"""Argument parsing and dispatch for `journal`, with the exit codes scripts rely on.

0 success, 1 bad input, 2 wrong passphrase or recovery key, 3 journal missing, damaged or too
new, 4 journal in use. Every expected failure prints one plain sentence, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from journal import __version__
from journal.cli.checks import check_text_arguments
from journal.cli.commands import COMMANDS, all_modules, command_module
from journal.cli.option_error import OptionError
from journal.core.errors import JournalError

if False:  # for type checkers only: typing and pathlib stay out of `journal --version` and `--help`
    from collections.abc import Callable
    from pathlib import Path
    from typing import NoReturn

_VALUED = frozenset(("--data-dir", "--passphrase-file"))  # global options that take a value


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on bad options; here 2 means a wrong passphrase, so report bad input as 1."""

    def error(self, message: str) -> NoReturn:
        raise OptionError("options", message)


def _path(text: str) -> Path:
    from pathlib import Path  # imported when a path is given, not for --version or --help

    return Path(text)


def requested_command(argv: list[str]) -> str | None:
    """The sub-command named in `argv` (the first word that is not a global option or its value)."""
    skip = False
    for argument in argv:
        if skip:
            skip = False
        elif argument in _VALUED:
            skip = True
        elif argument == "--":
            return None
        elif not argument.startswith("-"):
            return argument
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `command`, that command's module is loaded and every other command is only listed.

    Without one (or with `None` meaning "all", see `run_command_line`), nothing heavy is imported.
    """
    parser = _Parser(prog="journal", description="Recovery Journal: a private, encrypted journal.")
    parser.add_argument("--version", action="version", version=f"journal {__version__}")
    parser.add_argument(
        "--data-dir", type=_path, default=None, help="the journal's folder (default: your user data folder)"
    )
    parser.add_argument("--passphrase-file", type=_path, default=None, help="read the passphrase from this file")
    parser.add_argument("--demo", action="store_true", help="open the app on a made-up demo journal")
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", type=_path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("--passphrase-file", type=_path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    if command == "*":
        for module in all_modules():
            module.register(commands, common)
    elif command in COMMANDS:
        command_module(command).register(commands, common)
    for name, (_module, text) in COMMANDS.items():
        if name not in commands.choices:  # listed for --help; its module is loaded only to run it
            commands.add_parser(name, help=text, add_help=False)
    return parser


if False:
    AppStarter = Callable[[Path | None, bool], int]


def run_command_line(argv: list[str], start_app: AppStarter | None = None) -> int:
    """Run one command. Options without a command open the app through `start_app`, which the entry
    point passes in: the command line sits beside the app, never above it."""
    try:
        check_text_arguments(argv)
        arguments = build_parser(requested_command(argv)).parse_args(argv)
        if arguments.command is not None and getattr(arguments, "handler", None) is None:
            arguments = build_parser("*").parse_args(argv)  # the command was not where it was looked for
        if arguments.command is None:
            if start_app is None:
                raise OptionError("options", "name a command, or run journal without options to open the app")
            return start_app(arguments.data_dir, arguments.demo)
        return int(arguments.handler(arguments) or 0)
    except JournalError as error:
        from journal.cli.error_sentences import error_sentence  # worded here, never by core's str()

        print(f"journal: {error_sentence(error)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("journal: stopped; nothing more was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
