"""The sub-commands. Each module has `register(commands, common)` adding its parsers with a `handler`."""

from journal.cli.commands import backup, entries, exchange, milestones, setup

COMMAND_MODULES = [setup, entries, backup, exchange, milestones]
