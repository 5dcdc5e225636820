"""One entry point for imports: read a file into a plan, and apply a plan in one transaction."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from pathlib import Path

from journal.core.errors import BadInputError, InputProblem
from journal.core.exchange.daylio_import import parse_daylio
from journal.core.exchange.import_plan import ImportPlan, ImportResult
from journal.core.exchange.jrnl_import import parse_jrnl
from journal.core.exchange.json_import import parse_journal_json
from journal.core.input_files import read_named_file
from journal.core.journal import Journal

MAX_IMPORT_BYTES = 200 * 1024 * 1024


class ImportSource(enum.StrEnum):
    DAYLIO = "daylio"
    JRNL = "jrnl"
    JSON = "json"


def read_import_file(path: Path) -> bytes:
    return read_named_file(path, MAX_IMPORT_BYTES, "file")


def plan_import(
    source: ImportSource, raw: bytes, *, today: dt.date, mood_map: Mapping[str, int] | None = None
) -> ImportPlan:
    if source is ImportSource.DAYLIO:
        return parse_daylio(raw, today=today, mood_map=mood_map)
    if source is ImportSource.JRNL:
        return parse_jrnl(raw, today=today)
    return parse_journal_json(raw, today=today)


def apply_import(journal: Journal, plan: ImportPlan) -> ImportResult:
    """Write the plan in one transaction: everything, or (on a problem or a failed write) nothing."""
    if not plan.is_valid:
        raise BadInputError("import", InputProblem.IMPORT_HAS_PROBLEMS, count=len(plan.problems))
    with journal.transaction() as session:
        return plan.apply(journal, session)


def parse_mood_map(items: list[str]) -> dict[str, int]:
    """ "--mood-map NAME=N" options (N from 1 very low to 5 good) as a mapping."""
    mapping: dict[str, int] = {}
    for item in items:
        name, sep, value = item.rpartition("=")
        if not sep or not name.strip() or value.strip() not in {"1", "2", "3", "4", "5"}:
            raise BadInputError("--mood-map", InputProblem.MOOD_MAP_FORMAT)
        mapping[name.strip().lower()] = int(value)
    return mapping
