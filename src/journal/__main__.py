"""The `journal` command: with a sub-command it is the command line, without one it starts the app.

Kept tiny on purpose: the GUI's start-up time counts from here, so nothing heavy is imported
before we know which of the two the person asked for.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from journal.cli.main import run_command_line

    return run_command_line(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
