"""The tables, as typed SQLAlchemy models. Only sealed bytes, random ids and versions are stored.

Every personal value (dates included) lives inside `sealed`; the clear columns are what a copy of
the file shows anyone: how many rows, their sizes in 256-byte steps, and how often each changed.
"""

from __future__ import annotations

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from journal.core.storage.table_names import SEALED_TABLE_NAMES


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Format version, schema version, journal id and the header checksum."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(String)


class KeySlotRow(Base):
    __tablename__ = "key_slots"
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    kdf: Mapped[str | None] = mapped_column(String, nullable=True)


class SealedRow:
    id: Mapped[str] = mapped_column(String, primary_key=True)
    version: Mapped[int]
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class DayEntryRow(SealedRow, Base):
    __tablename__ = "day_entries"


class KeyDateRow(SealedRow, Base):
    __tablename__ = "key_dates"


class DocumentRow(SealedRow, Base):
    """Named documents (settings, prompt history, drafts) behind ids that hide their names."""

    __tablename__ = "documents"


class CareRecordRow(SealedRow, Base):
    """Test results and appointment questions, in one table so the file does not say how many of each."""

    __tablename__ = "care_records"


class ManifestRow(SealedRow, Base):
    """The sealed list of every row's current version, so a row rolled back on its own is caught."""

    __tablename__ = "manifest"


SEALED_TABLES: dict[str, type[SealedRow]] = {
    DayEntryRow.__tablename__: DayEntryRow,
    KeyDateRow.__tablename__: KeyDateRow,
    DocumentRow.__tablename__: DocumentRow,
    CareRecordRow.__tablename__: CareRecordRow,
}

if tuple(SEALED_TABLES) != SEALED_TABLE_NAMES:  # pragma: no cover - fails the first import after a bad edit
    raise RuntimeError("storage.table_names.SEALED_TABLE_NAMES must list the tables of SEALED_TABLES")
