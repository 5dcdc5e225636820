"""The kinds of record that take part in sync: how each is read from a journal, written back, and merged.

A kind is one row of a small table. It reads every record of its kind from the unlocked journal
as `{key: plain data}`, writes one back (or removes it), checks and normalises plain data that
came from elsewhere, and names its merge function. A kind that lands later takes part by adding
one `SyncKind` to `KINDS`; nothing else in sync knows the kinds.

Documents that only make sense on one computer (drafts, where backups go, sync's own state) are
not synced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journal.core.care.codec import question_from_dict, question_to_dict, result_from_dict, result_to_dict
from journal.core.domain.codec import entry_from_dict, entry_to_dict, key_date_from_dict, key_date_to_dict
from journal.core.exchange.json_export import MACHINE_LOCAL_PREFIX, is_machine_local
from journal.core.memories.codec import attachment_to_dict, page_to_dict
from journal.core.sync.day_merge import merge_day_heads
from journal.core.sync.memory_kinds import (
    ATTACHMENT,
    MEMORY_PAGE,
    attachment_ready,
    normalise_attachment,
    normalise_page,
    read_attachments,
    read_pages,
    write_attachment,
    write_page,
)
from journal.core.sync.merge import Body, MergeHeads, newest_wins

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

SYNC_DOCUMENT_PREFIX = MACHINE_LOCAL_PREFIX


@dataclass(frozen=True, slots=True)
class SyncKind:
    name: str
    read_all: Callable[[Journal], dict[str, Any]]  # key -> the journal's own object for the record
    to_body: Callable[[Any], dict[str, Any]]  # that object's plain data
    write: Callable[[Journal, Session, str, Body], None]
    normalise: Callable[[str, dict[str, Any]], Body]  # raises ValueError on data it cannot take
    merge_heads: MergeHeads = newest_wins
    read_one: Callable[[Journal, str], Any] | None = None  # a faster look-up of one record, if there is one
    # False while a record cannot be written yet (an attachment whose bytes have not arrived): it waits
    ready: Callable[[Journal, Session, Body], bool] | None = None

    def current(self, journal: Journal, key: str) -> Any:
        """The journal's object for one record now (None if there is none)."""
        if self.read_one is not None:
            return self.read_one(journal, key)
        return self.read_all(journal).get(key)


# -- days ----------------------------------------------------------------------------------------


def _read_days(journal: Journal) -> dict[str, Any]:
    return {entry.date.isoformat(): entry for entry in journal.days_between()}


def _read_day(journal: Journal, key: str) -> Any:
    import datetime as dt

    return journal.day(dt.date.fromisoformat(key))


def _write_day(journal: Journal, session: Session, key: str, body: Body) -> None:
    import datetime as dt

    if body is None:
        journal.delete_day(session, dt.date.fromisoformat(key))
    else:
        journal.save_day(session, entry_from_dict(body), keep_times=True)


def _normalise_day(key: str, body: dict[str, Any]) -> Body:
    entry = entry_from_dict(body)
    if entry.date.isoformat() != key:
        raise ValueError("a day's version names another day")
    return None if entry.is_empty() else entry_to_dict(entry)


# -- key dates -----------------------------------------------------------------------------------


def _read_key_dates(journal: Journal) -> dict[str, Any]:
    return {kd.id: kd for kd in journal.key_dates()}


def _write_key_date(journal: Journal, session: Session, key: str, body: Body) -> None:
    if body is None:
        journal.delete_key_date(session, key)
    else:
        journal.save_key_date(session, key_date_from_dict(body))


def _normalise_key_date(key: str, body: dict[str, Any]) -> Body:
    key_date = key_date_from_dict(body)
    if key_date.id != key:
        raise ValueError("a key date's version names another key date")
    return key_date_to_dict(key_date)


# -- documents (settings, prompt history, safety choices, and the like) --------------------------


def is_synced_document(name: str) -> bool:
    return not is_machine_local(name)


def _read_documents(journal: Journal) -> dict[str, Any]:
    found = {}
    for name in journal.document_names():
        if is_synced_document(name):
            body = journal.document(name)
            if body is not None:
                found[name] = body
    return found


def _write_document(journal: Journal, session: Session, key: str, body: Body) -> None:
    if body is None:
        journal.delete_document(session, key)
    else:
        journal.save_document(session, key, body)


def _normalise_document(key: str, body: dict[str, Any]) -> Body:
    if not is_synced_document(key):
        raise ValueError("a document that stays on one computer")
    return body


# -- results and questions (the milestones' care records) ---------------------------------------


def _read_results(journal: Journal) -> dict[str, Any]:
    return {result.id: result for result in journal.results()}


def _write_result(journal: Journal, session: Session, key: str, body: Body) -> None:
    if body is None:
        journal.delete_care_record(session, key)
    else:
        journal.save_result(session, result_from_dict(body))


def _normalise_result(key: str, body: dict[str, Any]) -> Body:
    result = result_from_dict(body)
    if result.id != key:
        raise ValueError("a result's version names another result")
    return result_to_dict(result)


def _read_questions(journal: Journal) -> dict[str, Any]:
    return {question.id: question for question in journal.questions()}


def _write_question(journal: Journal, session: Session, key: str, body: Body) -> None:
    if body is None:
        journal.delete_care_record(session, key)
    else:
        journal.save_question(session, question_from_dict(body))


def _normalise_question(key: str, body: dict[str, Any]) -> Body:
    question = question_from_dict(body)
    if question.id != key:
        raise ValueError("a question's version names another question")
    return question_to_dict(question)


def _as_is(body: dict[str, Any]) -> dict[str, Any]:
    return body


DAYS = SyncKind("day", _read_days, entry_to_dict, _write_day, _normalise_day, merge_day_heads, _read_day)
KEY_DATES = SyncKind("key_date", _read_key_dates, key_date_to_dict, _write_key_date, _normalise_key_date)
DOCUMENTS = SyncKind(
    "document", _read_documents, _as_is, _write_document, _normalise_document, read_one=lambda j, key: j.document(key)
)

RESULTS = SyncKind("result", _read_results, result_to_dict, _write_result, _normalise_result)
QUESTIONS = SyncKind("question", _read_questions, question_to_dict, _write_question, _normalise_question)

MEMORY_PAGES = SyncKind(MEMORY_PAGE, read_pages, page_to_dict, write_page, normalise_page)
ATTACHMENTS = SyncKind(
    ATTACHMENT,
    read_attachments,
    attachment_to_dict,
    write_attachment,
    normalise_attachment,
    read_one=lambda j, key: j.memories.attachment(key),
    ready=attachment_ready,
)

# Every kind that takes part. The medical facts card, prompt history and safety choices are
# documents, so they take part as documents.
KINDS: dict[str, SyncKind] = {
    kind.name: kind for kind in (DAYS, KEY_DATES, DOCUMENTS, RESULTS, QUESTIONS, MEMORY_PAGES, ATTACHMENTS)
}
