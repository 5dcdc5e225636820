"""The `journal` command: with a sub-command it is the command line, without one it starts the app.

Kept tiny on purpose: the GUI's start-up time counts from here, so when no sub-command is given
(only `--data-dir DIR` and `--demo`, or nothing) the app starts without loading argparse or any
command module. Anything else goes to the command line, which also explains bad options.
"""

from __future__ import annotations

import sys

if False:  # for type checkers only: pathlib and typing are left out of `journal --version`
    from pathlib import Path


def _gui_options(argv: list[str]) -> tuple[Path | None, bool] | None:
    """(data_dir, demo) when the arguments only ask for the app; None when they are for the command line."""
    data_dir: Path | None = None
    demo = False
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument == "--demo":
            demo = True
        elif argument == "--data-dir" and index + 1 < len(argv):
            from pathlib import Path  # only now: `journal --version` and `--help` do not pay for it

            data_dir = Path(argv[index + 1])
            index += 1
        elif argument.startswith("--data-dir="):
            from pathlib import Path

            data_dir = Path(argument.partition("=")[2])
        else:
            return None
        index += 1
    return data_dir, demo


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments == ["--version"]:  # what argparse would print, without loading it to print it
        from journal import __version__

        print(f"journal {__version__}")
        return 0
    gui = _gui_options(arguments)
    if gui is not None:
        return _start_app(gui[0], gui[1])
    from journal.cli.main import run_command_line

    return run_command_line(arguments, start_app=_start_app)


def _start_app(data_dir: Path | None, demo: bool) -> int:
    from journal.ui.launch import launch_app

    return launch_app(data_dir=data_dir.expanduser() if data_dir else None, demo=demo)


if __name__ == "__main__":
    sys.exit(main())
