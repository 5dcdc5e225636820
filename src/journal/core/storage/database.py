"""The one place that owns the SQLite engine, its sessions and its pragmas.

Services take a `Session` and never commit; callers own the transaction with
`with database.transaction() as session:`. Work that must happen exactly once per transaction
(writing the manifest) or only if it commits (updating the in-memory index) is registered with
`before_commit` / `after_commit` below, so a rolled-back transaction leaves memory as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from journal.core.storage.commit_hooks import AFTER as _AFTER
from journal.core.storage.commit_hooks import BEFORE as _BEFORE
from journal.core.storage.commit_hooks import after_commit, before_commit
from journal.core.storage.driver_errors import classify_driver_error

__all__ = ["Database", "after_commit", "before_commit", "classify_storage_error", "storage_errors_explained"]

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=3000",
)


def _run_before_commit(session: Session) -> None:
    hooks: dict[str, Callable[[Session], None]] = session.info.pop(_BEFORE, {})
    for hook in hooks.values():
        hook(session)


def _run_after_commit(session: Session) -> None:
    hooks: list[Callable[[], object]] = session.info.pop(_AFTER, [])
    _forget_hooks(session)  # nothing staged for this transaction may leak into a next one
    for hook in hooks:
        hook()


def _forget_hooks(session: Session, *_: Any) -> None:
    for key in [key for key in session.info if str(key).startswith("rj_")]:
        del session.info[key]


def classify_storage_error(error: BaseException) -> Exception:
    """Turn a driver error into one of the app's own, with a message that helps a person
    (by SQLite's result code or the OS's errno: see `driver_errors`)."""
    original = error.orig if isinstance(error, DBAPIError) else error
    return classify_driver_error(original if original is not None else error)


@contextlib.contextmanager
def storage_errors_explained() -> Iterator[None]:
    """Re-raise database and disk errors as the app's own errors; never leak SQL or content."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError) as error:
        raise classify_storage_error(error) from None


class Database:
    """One journal file, opened with the pragmas every connection needs.

    The engine is made on first use: unlocking reads through the driver's own connection
    (`read_transaction`), so opening pays for no engine, pool or session, and the first write
    takes that same connection over rather than opening another.
    """

    def __init__(self, path: Path, *, must_exist: bool) -> None:
        self.path = path
        mode = "rw" if must_exist else "rwc"
        self._uri = f"file:{quote(str(path))}?mode={mode}"
        # Set once a connection could not make the write-ahead log's shared index (its folder is full).
        self.exclusive = False
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._spare: sqlite3.Connection | None = None  # opened by `read_transaction`, before any engine

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self._uri, uri=True, isolation_level=None, check_same_thread=False)
        if self.exclusive:
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        try:
            _apply_pragmas(connection, None)
        except sqlite3.OperationalError as error:
            connection.close()
            if self.exclusive or not _cannot_grow(error):
                raise
            # A full disk: the -shm index cannot be made. In exclusive locking mode SQLite keeps that
            # index in memory instead, so reading still works (this process holds the journal's lock
            # anyway); a write then fails as "the disk is full", as it must.
            self.exclusive = True
            return self._connect()
        return connection

    def _pool_connect(self) -> sqlite3.Connection:
        """The pool's first connection is the one the unlock read through (one connection, one lock)."""
        spare, self._spare = self._spare, None
        if spare is not None and not spare.in_transaction:
            return spare
        if spare is not None:  # still inside a read: leave it to that reader
            self._spare = spare
        return self._connect()

    @property
    def engine(self) -> Engine:
        return self._orm()[0]

    def _orm(self) -> tuple[Engine, sessionmaker[Session]]:
        """The engine and its session factory, made on first use."""
        if self._engine is None or self._sessions is None:
            # One kept connection (more only while threads overlap): reopening per transaction would
            # checkpoint the WAL every time. `close()` disposes of them all.
            engine = create_engine(
                "sqlite://", creator=self._pool_connect, poolclass=QueuePool, pool_size=1, max_overflow=4
            )
            event.listen(engine, "begin", _begin_immediate)
            sessions = sessionmaker(engine, expire_on_commit=False)
            event.listen(sessions, "before_commit", _run_before_commit)
            event.listen(sessions, "after_commit", _run_after_commit)
            event.listen(sessions, "after_rollback", _forget_hooks)
            self._engine, self._sessions = engine, sessions
        return self._engine, self._sessions

    @contextlib.contextmanager
    def read_transaction(self) -> Iterator[sqlite3.Connection]:
        """The driver's connection inside one transaction, for reading with no session (the unlock).

        Begun IMMEDIATE like every session, so a file this process cannot write is refused at
        unlock, as before, not at the first save. Nothing may be written through it.
        """
        with storage_errors_explained():
            if self._engine is not None:
                pooled = self._engine.raw_connection()
                connection: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
                release: Callable[[], None] = pooled.close
            else:
                if self._spare is None:
                    self._spare = self._connect()
                connection, release = self._spare, _nothing
            try:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    yield connection
                finally:
                    if connection.in_transaction:  # SQLite may have ended it already, on an I/O error
                        connection.execute("ROLLBACK")  # it wrote nothing; nothing is kept open
            finally:
                release()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed if the block ends well, rolled back if not."""
        with storage_errors_explained(), self._orm()[1].begin() as session:
            yield session

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the file and empty it; False if a reader kept it from finishing.

        With secure_delete on, what a committed change replaced is then gone from both files: used
        after a secret changes, so a copy of the file no longer opens with the old one.
        """
        with storage_errors_explained():
            raw = self.engine.raw_connection()
            try:
                connection = raw.driver_connection
                assert connection is not None
                busy, _log, _moved = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                raw.close()
        return not busy

    def copy_into(self, target: sqlite3.Connection) -> None:
        """A consistent copy of the whole file into `target` (SQLite's online backup), through this
        database's own connections, so it works in exclusive mode too."""
        with storage_errors_explained():
            raw = self.engine.raw_connection()
            try:
                connection = raw.driver_connection
                assert connection is not None
                connection.backup(target)
            finally:
                raw.close()

    def close(self) -> None:
        spare, self._spare = self._spare, None
        if spare is not None:
            spare.close()
        if self._engine is not None:
            self._engine.dispose()


def _nothing() -> None:
    pass


def _cannot_grow(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL)


def _apply_pragmas(connection: sqlite3.Connection, _record: Any) -> None:
    for pragma in PRAGMAS:
        connection.execute(pragma)


def _begin_immediate(connection: Any) -> None:
    # Take the write lock at BEGIN, so two writers fail fast instead of deadlocking mid-way.
    connection.exec_driver_sql("BEGIN IMMEDIATE")
