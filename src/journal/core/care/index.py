"""The unlocked journal's results and questions, kept in memory like its days, with sealed writes.

`Journal.load` hands this index every `care_records` row; writes take the caller's session and
change memory only once the transaction commits, so a failed save leaves memory and disk agreeing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from journal.core.care.codec import (
    QUESTION_RECORD,
    RESULT_RECORD,
    question_from_dict,
    question_to_dict,
    result_from_dict,
    result_to_dict,
)
from journal.core.care.questions import Question
from journal.core.care.results import TestResult
from journal.core.storage.commit_hooks import after_commit
from journal.core.storage.records import SealedRecords, new_row_id
from journal.core.storage.table_names import SEALED_TABLE_NAMES

if TYPE_CHECKING:  # the command line's read-only opening loads no SQLAlchemy
    from sqlalchemy.orm import Session

CARE_RECORDS = SEALED_TABLE_NAMES[3]
_ROW_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True, slots=True)
class _Stored:
    version: int
    record: TestResult | Question


class CareIndex:
    """Results and questions by row id. The row id is the record's id (random, so safe in clear)."""

    def __init__(self, sealed: Callable[[], SealedRecords]) -> None:
        self._sealed = sealed
        self._rows: dict[str, _Stored] = {}

    def load_row(self, row_id: str, version: int, payload: dict[str, Any]) -> None:
        """One opened row; raises ValueError (the journal counts it unreadable) if it is not whole."""
        record_kind, body = payload.get("record"), payload.get("body")
        if not isinstance(body, dict):
            raise ValueError("care record: expected a body")
        record: TestResult | Question
        if record_kind == RESULT_RECORD:
            record = result_from_dict(body)
        elif record_kind == QUESTION_RECORD:
            record = question_from_dict(body)
        else:
            raise ValueError("care record: unknown kind")
        if record.id != row_id:
            raise ValueError("care record: id does not match its row")
        self._rows[row_id] = _Stored(version, record)

    def clear(self) -> None:
        self._rows.clear()

    # -- reading -----------------------------------------------------------------------------

    def results(self) -> list[TestResult]:
        """Every result, oldest first (several on a day keep a stable order)."""
        found = [s.record for s in self._rows.values() if isinstance(s.record, TestResult)]
        return sorted(found, key=lambda r: (r.date, r.id))

    def questions(self) -> list[Question]:
        """Every question, in the order they were added."""
        found = [s.record for s in self._rows.values() if isinstance(s.record, Question)]
        return sorted(found, key=lambda q: (q.added_on, q.id))

    def result(self, result_id: str) -> TestResult | None:
        stored = self._rows.get(result_id)
        return stored.record if stored and isinstance(stored.record, TestResult) else None

    def question(self, question_id: str) -> Question | None:
        stored = self._rows.get(question_id)
        return stored.record if stored and isinstance(stored.record, Question) else None

    # -- writing -----------------------------------------------------------------------------

    def save_result(self, session: Session, result: TestResult) -> TestResult:
        """Add (an id that is not a row id) or replace a result; returns it with its id."""
        if not _ROW_ID.fullmatch(result.id) or self.question(result.id) is not None:
            result = replace(result, id=new_row_id())
        self._write(session, result.id, RESULT_RECORD, result_to_dict(result), result)
        return result

    def save_question(self, session: Session, question: Question) -> Question:
        if not _ROW_ID.fullmatch(question.id) or self.result(question.id) is not None:
            question = replace(question, id=new_row_id())
        self._write(session, question.id, QUESTION_RECORD, question_to_dict(question), question)
        return question

    def delete(self, session: Session, record_id: str) -> bool:
        """Remove a result or question; False if there is none with that id."""
        if record_id not in self._rows:
            return False
        self._sealed().remove(session, CARE_RECORDS, record_id)
        after_commit(session, lambda: self._rows.pop(record_id, None))
        return True

    def _write(
        self, session: Session, row_id: str, kind: str, body: dict[str, Any], record: TestResult | Question
    ) -> None:
        current = self._rows.get(row_id)
        version = current.version + 1 if current else 1
        self._sealed().write(session, CARE_RECORDS, row_id, version, {"record": kind, "body": body})
        after_commit(session, lambda: self._rows.__setitem__(row_id, _Stored(version, record)))
