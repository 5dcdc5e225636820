"""An unlocked journal: the decrypted in-memory index, reads from it, and sealed writes.

Reads never touch the disk: unlocking opens every row once, so date look-ups, ranges and search
need no plaintext index in the file. Writes take the caller's session; the index changes only
after the transaction commits, so a failed save leaves memory and disk in agreement.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
import hashlib
import hmac
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from journal.core.care.codec import facts_from_dict, facts_to_dict
from journal.core.care.facts import MedicalFacts
from journal.core.care.index import CARE_RECORDS, CareIndex
from journal.core.care.questions import Question
from journal.core.care.results import TestResult
from journal.core.domain.codec import (
    entry_from_dict,
    entry_to_dict,
    key_date_from_dict,
    key_date_to_dict,
    plain_entry_or_none,
)
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate
from journal.core.errors import SHAPE_ERRORS, FileKind, JournalLockedError, StorageError, StorageProblem
from journal.core.journal_files import JournalFiles
from journal.core.memories.chunks import ChunkSealer
from journal.core.memories.index import MEMORY_RECORDS, MemoryIndex
from journal.core.search import query_terms
from journal.core.search_index import FoldedNotes
from journal.core.settings import JournalSettings
from journal.core.storage.commit_hooks import after_commit
from journal.core.storage.header import JournalHeader
from journal.core.storage.records import LoadedRecords, ManifestProblem, SealedRecords, new_row_id
from journal.core.storage.table_names import SEALED_TABLE_NAMES
from journal.core.storage.transaction_overlay import RowVersion, overlay_of, row_version_of

if TYPE_CHECKING:  # a journal opened for reading only has no database, and never loads SQLAlchemy
    import sqlite3

    from sqlalchemy.orm import Session

    from journal.core.storage.database import Database

_ROW_ID = re.compile(r"[0-9a-f]{32}")
DAYS, KEY_DATES, DOCUMENTS = SEALED_TABLE_NAMES[:3]
SETTINGS_DOCUMENT = "settings"
FACTS_DOCUMENT = "medical_facts"


def local_now() -> dt.datetime:
    """Now, in local time with its offset, to the second: when a day entry was written or changed."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _earliest(first: dt.datetime | None, second: dt.datetime | None) -> dt.datetime | None:
    known = [moment for moment in (first, second) if moment is not None]
    return min(known) if known else None


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection while unlocking builds its objects: they are all kept, so each pass would
    walk every one already built (most of an unlock's time on a long journal) and free nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Journal:
    """The journal while unlocked. `lock()` drops the key and everything decrypted."""

    def __init__(
        self, files: JournalFiles, database: Database | None, header: JournalHeader, data_key: bytearray
    ) -> None:
        self.files = files
        self.database = database
        self.header = header
        self._data_key = data_key
        self._records: SealedRecords | None = SealedRecords(header.journal_id, data_key)
        self._days: dict[dt.date, tuple[RowVersion, DayEntry]] = {}
        self._sorted_dates: list[dt.date] = []
        self._key_dates: dict[str, tuple[RowVersion, KeyDate]] = {}
        self._documents: dict[str, tuple[RowVersion, dict[str, Any]]] = {}
        self._folded_notes: FoldedNotes | None = None  # built by the first search, kept up to date after
        self.care = CareIndex(self._sealed)  # results and questions (`core/care/index.py`)
        # Memory pages and attachments (`core/memories/index.py`); their chunks are read only when opened.
        self.memories = MemoryIndex(self._sealed, ChunkSealer(header.journal_id, data_key))
        self.unreadable_count = 0
        self.clock: Callable[[], dt.datetime] = local_now  # when days are written; tests set their own

    # -- loading -----------------------------------------------------------------------------

    def load(self, session: Session) -> None:
        """Open every sealed row into memory. Rows that fail are counted, not fatal."""
        with collector_paused():
            self.take(self._sealed().load_all(session, upgrade=True))

    def load_current(self, connection: sqlite3.Connection) -> bool:
        """`load` through the driver's connection, in the caller's read transaction; False, with
        nothing taken, if the manifest is of format 1 (only `load` in a session upgrades it)."""
        records = self._sealed()
        with collector_paused():
            loaded = records.load_from(connection)
            if records.needs_upgrade:
                return False
            self.take(loaded)
            # The opened payloads go before the collector resumes: its first pass (on the next
            # allocation, which may be this block's own exit) then walks only what the journal keeps.
            del loaded
        return True

    def use_records(self, records: SealedRecords) -> None:
        """Adopt records already loaded elsewhere (the read-only opening), with their manifest state."""
        self._records = records

    def take(self, loaded: LoadedRecords) -> None:
        """Index rows opened by `load` (or by the read-only opening, which has no session)."""
        unreadable = loaded.unreadable
        days = self._days
        for table, row_id, version, payload in loaded.rows:
            try:
                if table == DAYS:
                    # The fast path's result, or (for a row it does not vouch for) the strict reader's.
                    entry = plain_entry_or_none(payload) or entry_from_dict(payload)
                    date = entry.date
                    if date in days:  # two rows for one day: keep the newer write
                        unreadable += 1
                        if days[date][0].version >= version:
                            continue
                    days[date] = (row_version_of((row_id, version)), entry)
                elif table == KEY_DATES:
                    self._key_dates[row_id] = (RowVersion(row_id, version), key_date_from_dict(payload))
                elif table == CARE_RECORDS:
                    self.care.load_row(row_id, version, payload)
                elif table == MEMORY_RECORDS:
                    self.memories.load_row(row_id, version, payload)
                else:
                    name, body = payload["name"], payload["body"]
                    if not isinstance(name, str) or not isinstance(body, dict):
                        raise ValueError("document: expected a name and a body")
                    self._documents[name] = (RowVersion(row_id, version), body)
            except SHAPE_ERRORS:
                unreadable += 1
        self._sorted_dates = sorted(self._days)
        self._folded_notes = None
        self.unreadable_count = unreadable

    # -- reading -----------------------------------------------------------------------------

    def day(self, date: dt.date) -> DayEntry | None:
        found = self._days.get(date)
        return found[1] if found else None

    def dates(self) -> list[dt.date]:
        return list(self._sorted_dates)

    def days_between(self, start: dt.date | None = None, end: dt.date | None = None) -> list[DayEntry]:
        """Entries from `start` to `end` inclusive, oldest first; either end may be open."""
        low = 0 if start is None else bisect.bisect_left(self._sorted_dates, start)
        high = len(self._sorted_dates) if end is None else bisect.bisect_right(self._sorted_dates, end)
        return [self._days[date][1] for date in self._sorted_dates[low:high]]

    def key_dates(self) -> list[KeyDate]:
        return sorted((kd for _, kd in self._key_dates.values()), key=lambda kd: (kd.date, kd.id))

    def settings(self) -> JournalSettings:
        return JournalSettings.from_dict(self.document(SETTINGS_DOCUMENT) or {})

    def results(self) -> list[TestResult]:
        return self.care.results()

    def questions(self) -> list[Question]:
        return self.care.questions()

    def medical_facts(self) -> MedicalFacts:
        """The facts card; empty if never filled in (or, should it not open, rather than failing)."""
        try:
            return facts_from_dict(self.document(FACTS_DOCUMENT) or {})
        except ValueError:
            return MedicalFacts()

    def document_names(self) -> list[str]:
        """Names of the sealed documents (settings, prompt history, drafts…), for a full export."""
        return sorted(self._documents)

    def document(self, name: str) -> dict[str, Any] | None:
        found = self._documents.get(name)
        return dict(found[1]) if found else None

    def search(self, query: str, start: dt.date | None = None, end: dt.date | None = None) -> list[DayEntry]:
        """Entries whose note holds every word of `query`, ignoring case and accents; newest first."""
        terms = query_terms(query)
        if not terms or self.is_locked:
            return []
        days = self._days
        folded = self._folded_notes
        if folded is None:  # the first search folds every note once; saves keep it up to date after
            dates = self._sorted_dates
            folded = self._folded_notes = FoldedNotes(dates, [days[date][1].note for date in dates])
        return [days[date][1] for date in reversed(folded.find(terms, start, end))]

    # -- writing -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        self._sealed()
        if self.database is None:
            raise StorageError(StorageProblem.READ_ONLY, FileKind.JOURNAL)
        with self.database.transaction() as session:
            yield session

    def _pending_days(self, session: Session) -> dict[dt.date, tuple[RowVersion, DayEntry | None]]:
        """Days written in this transaction but not yet committed, so a second write sees the first."""
        return overlay_of(session).days

    def _current_day(self, session: Session, date: dt.date) -> tuple[RowVersion, DayEntry | None] | None:
        pending = self._pending_days(session).get(date)
        return pending if pending is not None else self._days.get(date)

    def save_day(self, session: Session, entry: DayEntry, *, keep_times: bool = False) -> None:
        """Store the day as given (replacing what was there); an empty entry removes the day.

        The entry is stamped, sealed with it, with when it was first written (kept from the day
        already stored) and last changed (now). `keep_times` keeps the times the entry carries
        instead, for a day brought in whole (an import of a new day, the demo).
        """
        if entry.is_empty():
            self.delete_day(session, entry.date)
            return
        current = self._current_day(session, entry.date)
        entry = self._stamped(entry, current[1] if current else None, keep_times)
        stored = RowVersion(current[0].row_id, current[0].version + 1) if current else RowVersion(new_row_id(), 1)
        self._sealed().write(session, DAYS, stored.row_id, stored.version, entry_to_dict(entry))
        self._pending_days(session)[entry.date] = (stored, entry)

        def remember() -> None:
            if entry.date not in self._days:
                bisect.insort(self._sorted_dates, entry.date)
            self._days[entry.date] = (stored, entry)
            folded = self._folded_notes
            if folded is not None and _on_main_thread():
                folded.put(entry.date, entry.note)
            elif folded is not None:  # a sync round's thread: a search may be reading it right now
                self._folded_notes = None

        after_commit(session, remember)

    def merge_day(self, session: Session, entry: DayEntry) -> DayEntry:
        """Fold `entry` into what the day already holds (used by `add` and imports); returns the result.

        A new day keeps the written and changed times `entry` carries (an imported day keeps its
        own); a day folded into one already here keeps the earlier "first written" and changes now.
        """
        current = self._current_day(session, entry.date)
        existing = current[1] if current else None
        if existing is None:
            self.save_day(session, entry, keep_times=True)
            found = self._pending_days(session).get(entry.date)
            return found[1] if found and found[1] is not None else entry
        merged = replace(existing.merged_with(entry), written_at=_earliest(existing.written_at, entry.written_at))
        self.save_day(session, merged, keep_times=True)
        found = self._pending_days(session).get(entry.date)
        return found[1] if found and found[1] is not None else merged

    def _stamped(self, entry: DayEntry, existing: DayEntry | None, keep_times: bool) -> DayEntry:
        now = self.clock()
        written = entry.written_at if keep_times else None
        if existing is not None:
            written = _earliest(existing.written_at, written) if existing.written_at else written
        changed = entry.changed_at if keep_times and entry.changed_at is not None and existing is None else now
        return replace(entry, written_at=written or now, changed_at=changed)

    def delete_day(self, session: Session, date: dt.date) -> None:
        current = self._current_day(session, date)
        if current is None or current[1] is None:
            return
        self._sealed().remove(session, DAYS, current[0].row_id)
        # A later save in this transaction starts a fresh row; the manifest no longer lists this one.
        self._pending_days(session).pop(date, None)
        if date in self._days:
            self._pending_days(session)[date] = (RowVersion(new_row_id(), 0), None)

        def forget() -> None:
            if self._days.pop(date, None) is not None:
                self._sorted_dates.remove(date)
            folded = self._folded_notes
            if folded is not None and _on_main_thread():
                folded.remove(date)
            elif folded is not None:  # as in `save_day`: let go of it, the next search folds anew
                self._folded_notes = None

        after_commit(session, forget)

    def save_key_date(self, session: Session, key_date: KeyDate) -> KeyDate:
        """Add (empty id) or replace a key date; returns it with its id."""
        if not _ROW_ID.fullmatch(key_date.id):  # ids are stored in clear, so only random ones
            key_date = replace(key_date, id=new_row_id())
        current = self._key_dates.get(key_date.id)
        stored = RowVersion(key_date.id, current[0].version + 1 if current else 1)
        self._sealed().write(session, KEY_DATES, stored.row_id, stored.version, key_date_to_dict(key_date))
        saved = key_date
        after_commit(session, lambda: self._key_dates.__setitem__(saved.id, (stored, saved)))
        return key_date

    def delete_key_date(self, session: Session, key_date_id: str) -> None:
        if key_date_id not in self._key_dates:
            return
        self._sealed().remove(session, KEY_DATES, key_date_id)
        after_commit(session, lambda: self._key_dates.pop(key_date_id, None))

    def save_result(self, session: Session, result: TestResult) -> TestResult:
        """Add (empty id) or replace a result; returns it with its id."""
        return self.care.save_result(session, result)

    def save_question(self, session: Session, question: Question) -> Question:
        return self.care.save_question(session, question)

    def delete_care_record(self, session: Session, record_id: str) -> bool:
        """Remove a result or a question by id; False if there is none."""
        return self.care.delete(session, record_id)

    def save_medical_facts(self, session: Session, facts: MedicalFacts) -> None:
        self.save_document(session, FACTS_DOCUMENT, facts_to_dict(facts))

    def save_settings(self, session: Session, settings: JournalSettings) -> None:
        self.save_document(session, SETTINGS_DOCUMENT, settings.to_dict())

    def save_document(self, session: Session, name: str, body: dict[str, Any]) -> None:
        """Store a named document (settings, prompt history, a draft) as one sealed row."""
        current = self._documents.get(name)
        row_id = current[0].row_id if current else self._document_row_id(name)
        stored = RowVersion(row_id, current[0].version + 1 if current else 1)
        self._sealed().write(session, DOCUMENTS, row_id, stored.version, {"name": name, "body": body})
        kept = dict(body)
        after_commit(session, lambda: self._documents.__setitem__(name, (stored, kept)))

    def delete_document(self, session: Session, name: str) -> None:
        current = self._documents.get(name)
        if current is None:
            return
        self._sealed().remove(session, DOCUMENTS, current[0].row_id)
        after_commit(session, lambda: self._documents.pop(name, None))

    def adopt_as_is(self, session: Session) -> None:
        """The person decided to keep the journal as it is now: record every stored row as current.

        Until this runs, a journal whose manifest is missing, damaged or older refuses every write.
        """
        self._sealed().adopt_as_is(session)

    @property
    def manifest_problem(self) -> ManifestProblem | None:
        """Why the manifest cannot vouch for the rows (missing, damaged, older, wiped), or None."""
        return self._records.problem if self._records is not None else None

    # -- locking -----------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._records is None

    def lock(self) -> None:
        """Drop the key and everything decrypted, and close the file. The process keeps its claim."""
        for index in range(len(self._data_key)):
            self._data_key[index] = 0
        self._records = None
        self._days.clear()
        self._sorted_dates.clear()
        self._key_dates.clear()
        self._documents.clear()
        if self._folded_notes is not None:
            self._folded_notes.drop()
            self._folded_notes = None
        self.care.clear()
        self.memories.clear()
        if self.database is not None:
            self.database.close()

    def close(self) -> None:
        """Lock, and give up the claim on the journal so another process may open it."""
        if not self.is_locked:
            self.lock()
        self.files.release()

    # -- internals ---------------------------------------------------------------------------

    def _sealed(self) -> SealedRecords:
        if self._records is None:
            raise JournalLockedError()
        return self._records

    def _document_row_id(self, name: str) -> str:
        # Keyed, so the file does not say which row is the settings and which a draft.
        return hmac.new(bytes(self._data_key), b"rj-doc|" + name.encode(), hashlib.sha256).hexdigest()[:32]

    def data_key_for_rewrap(self) -> bytearray:
        """The data key, for wrapping it under a new passphrase or recovery key. Never stored."""
        self._sealed()
        return self._data_key


def _on_main_thread() -> bool:
    """Whether this is the thread searches run on. The folded notes are changed in place only there;
    a write committed on another thread (a sync round in the app's pool) lets go of them instead, so
    a search under way keeps a whole, unchanging copy and the next one folds the notes again."""
    return threading.current_thread() is threading.main_thread()
