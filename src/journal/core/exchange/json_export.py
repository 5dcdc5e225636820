"""The complete journal as JSON: every day, key date, setting and document, with a schema version.

`journal import json` reads this back into the same journal, so nothing may be left out.
The shape is documented in docs/EXPORT_FORMATS.md.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from journal.core.domain.codec import entry_to_dict, key_date_to_dict
from journal.core.exchange.care_export import care_to_data
from journal.core.journal import FACTS_DOCUMENT, SETTINGS_DOCUMENT, Journal

FORMAT_NAME = "recovery-journal"
SCHEMA_VERSION = 2  # 2 added results, questions and medical_facts
# A draft and the backup folder belong to this computer; another computer should not inherit them.
MACHINE_LOCAL_DOCUMENTS = frozenset({"draft", "backup_preferences"})


def journal_to_data(
    journal: Journal, start: dt.date | None = None, end: dt.date | None = None, *, exported_on: dt.date
) -> dict[str, Any]:
    """Plain data for the export; a date range limits the days and key dates, never the settings."""
    settings = journal.document(SETTINGS_DOCUMENT)
    documents = {
        name: journal.document(name)
        for name in _document_names(journal)
        if name not in (SETTINGS_DOCUMENT, FACTS_DOCUMENT) and name not in MACHINE_LOCAL_DOCUMENTS
    }
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "exported_on": exported_on.isoformat(),
        "range": {"from": start.isoformat() if start else None, "to": end.isoformat() if end else None},
        "days": [entry_to_dict(entry) for entry in journal.days_between(start, end)],
        "key_dates": [
            key_date_to_dict(kd)
            for kd in journal.key_dates()
            if (start is None or kd.date >= start) and (end is None or kd.date <= end)
        ],
        "settings": settings if settings is not None else {},
        "documents": documents,
        **care_to_data(journal, start, end),
    }


def export_json(
    journal: Journal, start: dt.date | None = None, end: dt.date | None = None, *, exported_on: dt.date
) -> str:
    data = journal_to_data(journal, start, end, exported_on=exported_on)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _document_names(journal: Journal) -> list[str]:
    return journal.document_names()
