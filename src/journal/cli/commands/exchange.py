"""`export` (pdf, csv, json, markdown) and `import` (daylio, jrnl, json): thin over core.exchange.

The PDF needs Qt, so its package is imported only for `export pdf`. After every export the
person is reminded on stderr that the file is not encrypted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from journal.cli.checks import add_output, output_target
from journal.cli.option_error import OptionError
from journal.cli.session import journal_files, optional_date, parse_date, unlocked_journal
from journal.core.counting import counted

NOT_ENCRYPTED = "journal: {name} is not encrypted. Keep it somewhere private, and delete it when you no longer need it."


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export", parents=[common], help="write your days to a PDF, CSV, JSON or Markdown file"
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    pdf = formats.add_parser("pdf", parents=[common], help="a summary for your clinician")
    _range_options(pdf)
    pdf.add_argument("--include-notes", action="store_true", help="include your private notes (left out by default)")
    pdf.add_argument("--name", default="", help="your name for the header")
    pdf.add_argument("--birth-date", default=None, help="your date of birth for the header (YYYY-MM-DD)")
    pdf.add_argument("--paper", choices=("A4", "Letter"), default="", help="paper size (default: from your locale)")
    pdf.set_defaults(handler=run_export_pdf)
    for name, text in (("csv", "one row per day"), ("json", "everything, to import again"), ("markdown", "readable")):
        plain = formats.add_parser(name, parents=[common], help=text)
        _range_options(plain)
        plain.set_defaults(handler=run_export_plain)

    importing = commands.add_parser("import", parents=[common], help="bring in days from Daylio, jrnl or a JSON export")
    importing.add_argument("source", choices=("daylio", "jrnl", "json"))
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="check the file and show what would change")
    importing.add_argument("--mood-map", action="append", default=[], metavar="NAME=N",
                           help="Daylio mood name to a step from 1 (very low) to 5 (good)")  # fmt: skip
    importing.set_defaults(handler=run_import)


def _range_options(parser: argparse.ArgumentParser) -> None:
    add_output(parser)
    parser.add_argument("--from", dest="start", help="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", help="YYYY-MM-DD")


def _range(arguments: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    start = optional_date(arguments.start, "--from")
    end = optional_date(arguments.end, "--to")
    if start and end and start > end:
        raise OptionError("--from", "comes after --to")
    return start, end


def run_export_plain(arguments: argparse.Namespace) -> int:
    from journal.core.exchange.exporting import PlainFormat, write_export

    start, end = _range(arguments)
    output = output_target(arguments, journal_files(arguments))
    with unlocked_journal(arguments, read_only=True) as journal:
        days = write_export(journal, PlainFormat(arguments.format), output, start, end, today=dt.date.today(),
                            replace=arguments.force)  # fmt: skip
    print(f"Exported {counted(days, 'day')} to {output}.")
    print(NOT_ENCRYPTED.format(name=output.name), file=sys.stderr)
    return 0


def run_export_pdf(arguments: argparse.Namespace) -> int:
    from journal.core.locale_defaults import environment_locale, paper_for
    from journal.core.report.content import ReportOptions, report_from_journal
    from journal.core.report.export_ranges import default_report_range

    start, end = _range(arguments)
    files = journal_files(arguments)
    output = output_target(arguments, files)
    today = dt.date.today()
    if end is not None and end > today:  # refused, not clamped: a report never shows days still to come
        raise OptionError("--to", "is after today; a report can end today at the latest")
    if start is not None and start > today:
        raise OptionError("--from", "is after today")
    birth = parse_date(arguments.birth_date, "--birth-date") if arguments.birth_date else None
    from journal.report import ensure_application, write_report_pdf

    ensure_application()
    with unlocked_journal(arguments, read_only=True) as journal:
        dates = journal.dates()
        if start is None or end is None:
            suggested = default_report_range(end or today, journal.key_dates(), dates[0] if dates else None)
            start, end = start or suggested[0], end or suggested[1]
            if start > end:
                raise OptionError("--from", "comes after the last day of the report")
        options = ReportOptions(
            start=start,
            end=end,
            include_notes=arguments.include_notes,
            name=arguments.name,
            birth_date=birth,
            paper=paper_for(environment_locale(), arguments.paper),
        )
        catalog = journal.settings().catalog()
        report = report_from_journal(journal, options, generated_on=today)
        write_report_pdf(report, catalog, output, replace=arguments.force, protected=[files.data_dir])
    print(f"Wrote the report for {start.isoformat()} to {end.isoformat()} to {output}.")
    print(NOT_ENCRYPTED.format(name=output.name), file=sys.stderr)
    return 0


def run_import(arguments: argparse.Namespace) -> int:
    from journal.core.exchange.importing import (
        ImportSource,
        apply_import,
        parse_mood_map,
        plan_import,
        read_import_file,
    )

    if arguments.source == "json" and arguments.file.expanduser().is_dir():  # an "export everything" folder
        from journal.cli.commands.memories import run_import_folder

        return run_import_folder(argparse.Namespace(**{**vars(arguments), "folder": arguments.file}))
    mood_map = parse_mood_map(arguments.mood_map)
    if mood_map and arguments.source != "daylio":
        raise OptionError("--mood-map", "only applies to Daylio files")
    raw = read_import_file(arguments.file)
    plan = plan_import(ImportSource(arguments.source), raw, today=dt.date.today(), mood_map=mood_map)
    if not plan.is_valid:
        print(plan.problem_report(), file=sys.stderr)
        if any("5-step scale" in problem.message for problem in plan.problems):
            print("journal: map a mood with --mood-map NAME=N (1 very low … 5 good), e.g. --mood-map meh=3",
                  file=sys.stderr)  # fmt: skip
        raise OptionError(arguments.file.name, f"{counted(len(plan.problems), 'problem')} found; nothing was imported")
    with unlocked_journal(arguments) as journal:
        merged = plan.merged_dates(journal)
        if plan.mood_mapping:
            moods = ", ".join(f"{name}={step}" for name, step in plan.mood_mapping.items())
            print(f"Moods: {moods}")
        if arguments.dry_run:
            print(f"Would import {counted(len(plan.days), 'day')}: {len(plan.days) - len(merged)} new, "
                  f"{len(merged)} merged into days you already have. Nothing was written.")  # fmt: skip
            for date in merged:
                print(f"  merge {date.isoformat()}")
            return 0
        result = apply_import(journal, plan)
    print(f"Imported {counted(len(plan.days), 'day')}: {result.new_days} new, {result.merged_days} merged into days "
          "you already had.")  # fmt: skip
    if result.unchanged:
        left = "it was left as it is" if result.unchanged == 1 else "they were left as they are"
        print(f"{counted(result.unchanged, 'entry', 'entries')} imported before had not changed, so {left}.")
    if result.care_records:
        print(f"Added {result.care_records} test result(s) and question(s) you did not have yet.")
    return 0
