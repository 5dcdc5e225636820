"""Reading this app's own JSON export back, so an export restores the same journal.

Strict like the store: each day, key date and setting must have the exported shape; every
problem is reported (with the line for a syntax error, else the day's position), and a file
with any problem imports nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal.core import strict_json
from journal.core.domain.catalog import SymptomCatalog, SymptomDefinition, load_default_catalog
from journal.core.domain.codec import entry_from_dict, key_date_from_dict
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate
from journal.core.exchange.care_import import parse_care
from journal.core.exchange.import_plan import ImportPlan, ImportProblem, check_not_future, fold_records
from journal.core.exchange.json_export import FORMAT_NAME, SCHEMA_VERSION, is_machine_local
from journal.core.journal import FACTS_DOCUMENT

SOURCE = "json"


def read_text(raw: bytes) -> str | ImportProblem:
    """The file as text, or the problem that stops it being read (binary junk, not UTF-8)."""
    if b"\x00" in raw[:4096]:
        return ImportProblem(1, "this is not a text file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return ImportProblem(line, "the file is not UTF-8 text")


def read_json(raw: bytes) -> Any:
    """The parsed JSON of a file, or the `ImportProblem` that stops it being read."""
    text = read_text(raw)
    if isinstance(text, ImportProblem):
        return text
    try:
        return strict_json.loads(text)
    except strict_json.JsonRefused as refused:
        return ImportProblem(refused.line, str(refused))


def parse_journal_json(raw: bytes, *, today: dt.date) -> ImportPlan:
    data = read_json(raw)
    if isinstance(data, ImportProblem):
        return ImportPlan(SOURCE, problems=(data,))
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        return ImportPlan(SOURCE, problems=(ImportProblem(1, "this is not a Recovery Journal JSON export"),))
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return ImportPlan(SOURCE, problems=(ImportProblem(None, "schema_version is missing", "file"),))
    if version > SCHEMA_VERSION:
        message = f"written by a newer version of the app (schema {version}; this one reads up to {SCHEMA_VERSION})"
        return ImportPlan(SOURCE, problems=(ImportProblem(None, message, "file"),))

    problems: list[ImportProblem] = []
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        problems.append(ImportProblem(None, "expected key/value pairs", "settings"))
        settings = {}
    catalog = _catalog_of(settings, problems)
    days: list[DayEntry] = []
    seen: set[dt.date] = set()
    for index, item in enumerate(_list(data, "days", problems)):
        where = f"days[{index}]"
        try:
            entry = entry_from_dict(item) if isinstance(item, dict) else None
            if entry is not None:
                for key, value in entry.symptoms.items():
                    if key not in catalog:  # the key is not repeated: one of the person's own is made from their words
                        raise ValueError("a symptom that is neither built in nor listed in settings.custom_symptoms")
                    catalog.get(key).validate(value)
        except ValueError as error:
            problems.append(ImportProblem(None, str(error), where))
            continue
        if entry is None:
            problems.append(ImportProblem(None, "expected a day", where))
            continue
        if (future := check_not_future(entry.date, today)) is not None:
            problems.append(ImportProblem(None, future, where))
        elif entry.date in seen:
            problems.append(ImportProblem(None, "this day appears twice", where))
        seen.add(entry.date)
        days.append(entry)
    key_dates: list[KeyDate] = []
    for index, item in enumerate(_list(data, "key_dates", problems)):
        try:
            key_dates.append(key_date_from_dict(item if isinstance(item, dict) else {}))
        except ValueError as error:
            problems.append(ImportProblem(None, str(error), f"key_dates[{index}]"))
    documents = data.get("documents", {})
    if not isinstance(documents, dict) or not all(isinstance(v, dict) for v in documents.values()):
        problems.append(ImportProblem(None, "expected named documents", "documents"))
        documents = {}
    documents = {
        name: body
        for name, body in documents.items()
        if not is_machine_local(name) and name != FACTS_DOCUMENT  # the facts card is checked on its own
    }
    results, questions, medical_facts = parse_care(data, today, problems)
    return ImportPlan(
        SOURCE,
        days=fold_records(days),
        problems=tuple(problems),
        key_dates=tuple(key_dates),
        settings=settings or None,
        documents=documents,
        records_read=len(days),
        results=results,
        questions=questions,
        medical_facts=medical_facts,
    )


def _catalog_of(settings: dict[str, Any], problems: list[ImportProblem]) -> SymptomCatalog:
    """The symptoms the file's days are checked against: the defaults plus the file's own symptoms."""
    custom = settings.get("custom_symptoms", [])
    if not isinstance(custom, list):
        problems.append(ImportProblem(None, "expected a list", "settings.custom_symptoms"))
        custom = []
    definitions = []
    for index, item in enumerate(custom):
        try:
            definitions.append(SymptomDefinition.custom_from_dict(item))
        except (KeyError, TypeError, ValueError, AttributeError):
            problems.append(
                ImportProblem(None, "a symptom of your own is incomplete", f"settings.custom_symptoms[{index}]")
            )
    return load_default_catalog().with_custom(definitions)


def _list(data: dict[str, Any], key: str, problems: list[ImportProblem]) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        problems.append(ImportProblem(None, "expected a list", key))
        return []
    return value
