"""One entry point for the plain exports (CSV, JSON, Markdown), shared by the command line and the dialog."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

from journal.core.exchange.care_export import care_markdown, companion_csv_files
from journal.core.exchange.csv_export import export_csv
from journal.core.exchange.json_export import export_json
from journal.core.exchange.markdown_export import export_markdown
from journal.core.journal import Journal
from journal.core.private_files import check_output, write_private


class PlainFormat(enum.StrEnum):
    CSV = "csv"
    JSON = "json"
    MARKDOWN = "markdown"

    @property
    def suffix(self) -> str:
        return {"csv": ".csv", "json": ".json", "markdown": ".md"}[self.value]


def export_text(
    journal: Journal, fmt: PlainFormat, start: dt.date | None, end: dt.date | None, *, today: dt.date
) -> str:
    entries = journal.days_between(start, end)
    catalog = journal.settings().catalog()
    if fmt is PlainFormat.CSV:
        return export_csv(entries, catalog)
    if fmt is PlainFormat.JSON:
        return export_json(journal, start, end, exported_on=today)
    key_dates = [kd for kd in journal.key_dates() if (not start or kd.date >= start) and (not end or kd.date <= end)]
    care = care_markdown(journal, start, end)
    return export_markdown(entries, key_dates, catalog, exported_on=today, care_sections=care)


def companion_path(target: Path, suffix: str) -> Path:
    """Where a CSV export's companion table goes: "report.csv" -> "report-results.csv"."""
    return target.with_name(f"{target.stem}-{suffix}{target.suffix or '.csv'}")


def write_export(
    journal: Journal,
    fmt: PlainFormat,
    target: Path,
    start: dt.date | None,
    end: dt.date | None,
    *,
    today: dt.date,
    replace: bool = False,
) -> int:
    """Write the export to `target` in one step; returns how many days it holds.

    An existing file is replaced only with `replace` (the person said so); never one in the journal's folder.
    A CSV export's companion tables follow the same rules, and are all checked before anything is written.
    """
    protected = [journal.files.data_dir]
    check_output(target, replace=replace, protected=protected)
    companions = companion_csv_files(journal, start, end) if fmt is PlainFormat.CSV else {}
    for suffix in companions:
        check_output(companion_path(target, suffix), replace=replace, protected=protected)
    text = export_text(journal, fmt, start, end, today=today)
    write_private(target, text.encode("utf-8"), replace=replace, protected=protected)
    for suffix, table in companions.items():
        write_private(companion_path(target, suffix), table.encode("utf-8"), replace=replace, protected=protected)
    return len(journal.days_between(start, end))
