""" "Export everything to a folder": the full JSON export plus every attachment as its own file,
and reading such a folder back so the round trip loses nothing.

    FOLDER/journal.json           the JSON export, with "memory_pages" and "attachments" added
    FOLDER/attachments/<file>     each attachment's original bytes, named date-id-name

Each attachment in the JSON names its file and carries its SHA-256, so an import refuses a file
that was changed or is missing, and imports nothing at all if anything is wrong.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from journal.core.errors import BadInputError, InputProblem
from journal.core.exchange.import_plan import ImportPlan, ImportResult
from journal.core.exchange.json_export import journal_to_data
from journal.core.exchange.json_import import parse_journal_json
from journal.core.input_files import read_bounded
from journal.core.journal import Journal
from journal.core.memories.codec import attachment_from_dict, attachment_to_dict, page_from_dict, page_to_dict
from journal.core.memories.index import clean_file_name
from journal.core.memories.media import MAX_BYTES
from journal.core.memories.model import Attachment, MemoryPage
from journal.core.private_files import write_private

JSON_NAME = "journal.json"
FILES = "attachments"


@dataclass(frozen=True, slots=True)
class FolderExport:
    folder: Path
    days: int
    attachments: int


def _file_name(item: Attachment) -> str:
    return f"{item.date.isoformat()}-{item.id[:8]}-{clean_file_name(item.file_name)}"


def export_to_folder(journal: Journal, folder: Path, *, today: dt.date) -> FolderExport:
    """Write everything to `folder` (new or empty; never the journal's own). Not encrypted."""
    folder = folder.expanduser()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BadInputError("folder", InputProblem.FOLDER_NOT_EMPTY)
    if Path(os.path.realpath(folder)) == Path(os.path.realpath(journal.files.data_dir)):
        raise BadInputError("folder", InputProblem.IS_JOURNAL_FOLDER)
    data = journal_to_data(journal, exported_on=today)
    data["memory_pages"] = [page_to_dict(page) for page in journal.memories.pages()]
    items = journal.memories.attachments()
    listed = []
    try:
        (folder / FILES).mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        raise BadInputError("folder", InputProblem.FOLDER_CANNOT_BE_MADE) from None
    for item in items:
        name = _file_name(item)
        with journal.transaction() as session:
            content = journal.memories.read_content(session, item.id)
        write_private(folder / FILES / name, content, replace=True, field="folder", protected=[journal.files.data_dir])
        listed.append({**attachment_to_dict(item), "file": f"{FILES}/{name}"})
    data["attachments"] = listed
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_private(
        folder / JSON_NAME, text.encode("utf-8"), replace=True, field="folder", protected=[journal.files.data_dir]
    )
    return FolderExport(folder, len(data["days"]), len(items))


def import_from_folder(journal: Journal, folder: Path, *, today: dt.date) -> tuple[ImportResult, int]:
    """Read a folder written by `export_to_folder`; all of it in one transaction, or nothing."""
    folder = folder.expanduser()
    raw = _read_json(folder)
    plan = parse_journal_json(raw, today=today)
    if not plan.is_valid:
        raise BadInputError("folder", InputProblem.EXPORT_HAS_PROBLEMS, count=len(plan.problems))
    data = json.loads(raw.decode("utf-8-sig"))
    pages = _pages(data.get("memory_pages", []))
    attachments = _attachments(folder, data.get("attachments", []))
    with journal.transaction() as session:
        result = plan.apply(journal, session)
        for page in pages:
            if journal.memories.page_for(page.loss_id) is None:
                journal.memories.save_page(session, page)
        added = 0
        for item, content in attachments:
            if journal.memories.attachment(item.id) is None:
                journal.memories.import_attachment(session, content, item)
                added += 1
    return result, added


def folder_plan(folder: Path, *, today: dt.date) -> ImportPlan:
    """The import plan of an exported folder's journal.json, so a caller can show its problems first."""
    return parse_journal_json(_read_json(folder.expanduser()), today=today)


def _read_json(folder: Path) -> bytes:
    try:
        return read_bounded(folder / JSON_NAME, 200 * 1024 * 1024)
    except OSError:
        raise BadInputError("folder", InputProblem.NOT_AN_EXPORT) from None


def _pages(raw: Any) -> list[MemoryPage]:
    if not isinstance(raw, list):
        raise BadInputError("memory_pages", InputProblem.NOT_A_LIST)
    pages = []
    for index, item in enumerate(raw):
        try:
            pages.append(page_from_dict(item if isinstance(item, dict) else {}))
        except ValueError:
            raise BadInputError(f"memory_pages[{index}]", InputProblem.BAD_RECORD) from None
    return pages


def _attachments(folder: Path, raw: Any) -> list[tuple[Attachment, bytes]]:
    if not isinstance(raw, list):
        raise BadInputError("attachments", InputProblem.NOT_A_LIST)
    found = []
    base = Path(os.path.realpath(folder / FILES))
    for index, item in enumerate(raw):
        where = f"attachments[{index}]"
        try:
            record = attachment_from_dict(item if isinstance(item, dict) else {})
        except ValueError:
            raise BadInputError(where, InputProblem.BAD_RECORD) from None
        name = item.get("file")
        path = Path(os.path.realpath(folder / name)) if isinstance(name, str) else None
        if path is None or path.parent != base:
            raise BadInputError(where, InputProblem.ATTACHMENT_OUTSIDE_FOLDER)
        try:
            content = read_bounded(path, MAX_BYTES)
        except OSError:
            raise BadInputError(where, InputProblem.ATTACHMENT_FILE_MISSING) from None
        if hashlib.sha256(content).hexdigest() != record.sha256:
            raise BadInputError(where, InputProblem.ATTACHMENT_FILE_CHANGED)
        found.append((replace(record, size=len(content)), content))
    return found
