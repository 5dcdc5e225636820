"""The unlocked journal's memory pages and attachments: an in-memory index of the small sealed
records, and the sealed chunks, which are read from the file only when an attachment is opened.

Writes take the caller's session; the index changes only after the transaction commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from journal.core.errors import BadInputError, InputProblem, JournalLockedError
from journal.core.memories.chunks import ChunkSealer
from journal.core.memories.codec import (
    ATTACHMENT,
    PAGE,
    attachment_from_dict,
    attachment_to_dict,
    page_from_dict,
    page_to_dict,
)
from journal.core.memories.location import strip_location
from journal.core.memories.media import check_attachable
from journal.core.memories.model import Attachment, MemoryPage, OwnerKind, PagePictures
from journal.core.storage.commit_hooks import after_commit
from journal.core.storage.records import SealedRecords, new_row_id
from journal.core.storage.table_names import SEALED_TABLE_NAMES

if TYPE_CHECKING:  # SQLAlchemy and the models load only when chunks are read or written, never to list
    from sqlalchemy.orm import Session

MEMORY_RECORDS = SEALED_TABLE_NAMES[4]
MAX_FILE_NAME = 255
_BATCH = 64  # chunks per INSERT: about 4 MB of sealed bytes at a time


@dataclass(frozen=True, slots=True)
class Added:
    attachment: Attachment
    location_found: bool  # a position was in the file and was removed (or kept, if asked)


def clean_file_name(name: str) -> str:
    """The name as shown and exported: its last path part, no control characters, at most 255 characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip().lstrip(".")
    return base[:MAX_FILE_NAME] or "attachment"


class MemoryIndex:
    """Memory pages (one per loss) and attachments, with their chunks in the journal file."""

    def __init__(self, sealed: Callable[[], SealedRecords], chunks: ChunkSealer) -> None:
        self._sealed = sealed
        self._chunks: ChunkSealer | None = chunks
        self._versions: dict[str, int] = {}
        self._pages: dict[str, MemoryPage] = {}
        self._attachments: dict[str, Attachment] = {}

    # -- loading and reading -----------------------------------------------------------------

    def load_row(self, row_id: str, version: int, payload: dict[str, Any]) -> None:
        """One opened row; ValueError (counted by the caller) if it is not a record this app knows."""
        kind = payload.get("kind")
        if kind == PAGE:
            page = page_from_dict(payload)
            self._pages[page.id] = page
        elif kind == ATTACHMENT:
            item = attachment_from_dict(payload)
            self._attachments[item.id] = item
        else:
            raise ValueError("memory record: unknown kind")
        if payload.get("id") != row_id:
            raise ValueError("memory record: stored under another id")
        self._versions[row_id] = version

    def pages(self) -> list[MemoryPage]:
        return sorted(self._pages.values(), key=lambda page: page.id)

    def page_for(self, loss_id: str) -> MemoryPage | None:
        return next((page for page in self._pages.values() if page.loss_id == loss_id), None)

    def attachments(self) -> list[Attachment]:
        """Every attachment, oldest date first (then in the order they were added)."""
        epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
        return sorted(self._attachments.values(), key=lambda a: (a.date, a.added_at or epoch, a.id))

    def attachment(self, attachment_id: str) -> Attachment | None:
        return self._attachments.get(attachment_id)

    def attachments_for(self, owner: OwnerKind, owner_id: str = "", date: dt.date | None = None) -> list[Attachment]:
        return [
            a
            for a in self.attachments()
            if a.owner is owner and a.owner_id == owner_id and (date is None or a.date == date)
        ]

    def page_pictures(self, loss_id: str) -> PagePictures:
        """The attachments a loss's memory page shows: its own, then its key date's (a loss is a key date)."""
        own: list[Attachment] = []
        from_key_date: list[Attachment] = []
        for item in self.attachments():
            if item.owner_id != loss_id:
                continue
            if item.owner is OwnerKind.MEMORY:
                own.append(item)
            elif item.owner is OwnerKind.KEY_DATE:
                from_key_date.append(item)
        return PagePictures(tuple(own), tuple(from_key_date))

    def read_content(self, session: Session, attachment_id: str) -> bytes:
        """The original bytes, opened chunk by chunk; AttachmentDamagedError names any damage."""
        from sqlalchemy import select

        from journal.core.storage.tables import AttachmentChunkRow

        item = self._attachments.get(attachment_id)
        if item is None:
            raise BadInputError("attachment", InputProblem.NO_SUCH_ATTACHMENT)
        rows = session.execute(
            select(AttachmentChunkRow.idx, AttachmentChunkRow.sealed)
            .where(AttachmentChunkRow.blob == item.blob)
            .order_by(AttachmentChunkRow.idx)
        ).all()
        return self._sealer().open_stream(
            item.blob, [(i, s) for i, s in rows], item.chunk_count, item.size, item.sha256
        )

    def thumbnails(self, session: Session, attachment_ids: list[str]) -> dict[str, bytes]:
        """The sealed previews that exist and open, by attachment id (a missing one is simply absent)."""
        from sqlalchemy import select

        from journal.core.storage.tables import AttachmentThumbnailRow

        by_blob = {self._attachments[i].blob: i for i in attachment_ids if i in self._attachments}
        found: dict[str, bytes] = {}
        ids = list(by_blob)
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(AttachmentThumbnailRow.blob, AttachmentThumbnailRow.sealed).where(
                    AttachmentThumbnailRow.blob.in_(ids[start : start + 500])
                )
            ).all()
            for blob, sealed in rows:
                preview = self._sealer().open_thumbnail(blob, sealed)
                if preview is not None:
                    found[by_blob[blob]] = preview
        return found

    def store_thumbnail(self, session: Session, attachment_id: str, preview: bytes) -> None:
        """Keep a small preview (made by the app), sealed, so a grid need not open every picture."""
        from sqlalchemy import delete, insert

        from journal.core.storage.tables import AttachmentThumbnailRow

        item = self._attachments.get(attachment_id)
        if item is None:
            return
        sealed = self._sealer().seal_thumbnail(item.blob, preview)
        session.execute(delete(AttachmentThumbnailRow).where(AttachmentThumbnailRow.blob == item.blob))
        session.execute(insert(AttachmentThumbnailRow).values(blob=item.blob, sealed=sealed))

    # -- writing -----------------------------------------------------------------------------

    def add_attachment(
        self,
        session: Session,
        data: bytes,
        *,
        file_name: str,
        date: dt.date,
        owner: OwnerKind = OwnerKind.DAY,
        owner_id: str = "",
        caption: str = "",
        keep_location: bool = False,
        now: dt.datetime | None = None,
    ) -> Added:
        """Check, strip location (unless kept), seal in chunks and record; BadInputError if not attachable."""
        media_type = check_attachable(data)
        if (owner is OwnerKind.DAY) != (owner_id == ""):
            raise BadInputError("owner", InputProblem.OWNER_NEEDS_ID)
        try:
            stripped = strip_location(data, media_type)
        except (struct.error, IndexError, ValueError):
            # Never keep a position by accident: a file whose metadata cannot be read is not added.
            raise BadInputError("file", InputProblem.PHOTO_DETAILS_UNREADABLE) from None
        content = data if keep_location else stripped.data
        blob = new_row_id()
        count = self._write_chunks(session, blob, content)
        item = Attachment(
            id=new_row_id(),
            date=date,
            owner=owner,
            owner_id=owner_id,
            file_name=clean_file_name(file_name),
            media_type=media_type,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            blob=blob,
            chunk_count=count,
            caption=caption,
            location_removed=stripped.found_location and not keep_location,
            added_at=now or dt.datetime.now(dt.UTC),  # to the microsecond: it orders a day's attachments
        )
        self._write(session, item.id, attachment_to_dict(item), lambda: self._attachments.__setitem__(item.id, item))
        return Added(item, stripped.found_location)

    def import_attachment(self, session: Session, data: bytes, item: Attachment) -> Attachment:
        """Keep `data` under the record `item` from an export (its id, date and caption); new chunks.

        The bytes are kept as exported (location was removed, or kept, when first attached).
        """
        if item.id in self._attachments:
            return self._attachments[item.id]
        media_type = check_attachable(data)
        blob = new_row_id()
        count = self._write_chunks(session, blob, data)
        kept = replace(
            item,
            media_type=media_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            blob=blob,
            chunk_count=count,
        )
        self._write(session, kept.id, attachment_to_dict(kept), lambda: self._attachments.__setitem__(kept.id, kept))
        return kept

    def update_attachment(self, session: Session, item: Attachment) -> Attachment:
        """Change what may change (caption, date, in the report); the bytes and their chunks stay."""
        current = self._attachments.get(item.id)
        if current is None:
            raise BadInputError("attachment", InputProblem.NO_SUCH_ATTACHMENT)
        kept = replace(
            current, caption=item.caption, in_report=item.in_report, date=item.date, file_name=item.file_name
        )
        self._write(session, kept.id, attachment_to_dict(kept), lambda: self._attachments.__setitem__(kept.id, kept))
        return kept

    def remove_attachment(self, session: Session, attachment_id: str) -> bool:
        from sqlalchemy import delete

        from journal.core.storage.tables import AttachmentChunkRow, AttachmentThumbnailRow

        item = self._attachments.get(attachment_id)
        if item is None:
            return False
        self._sealed().remove(session, MEMORY_RECORDS, attachment_id)
        session.execute(delete(AttachmentChunkRow).where(AttachmentChunkRow.blob == item.blob))
        session.execute(delete(AttachmentThumbnailRow).where(AttachmentThumbnailRow.blob == item.blob))

        def forget() -> None:
            self._attachments.pop(attachment_id, None)
            self._versions.pop(attachment_id, None)

        after_commit(session, forget)
        return True

    def save_page(self, session: Session, page: MemoryPage) -> MemoryPage:
        """Add or replace the memory page of `page.loss_id` (one per loss); returns it with its id."""
        existing = self.page_for(page.loss_id)
        page = replace(page, id=existing.id if existing else (page.id or new_row_id()))
        self._write(session, page.id, page_to_dict(page), lambda: self._pages.__setitem__(page.id, page))
        return page

    def delete_page(self, session: Session, page_id: str) -> None:
        if page_id not in self._pages:
            return
        self._sealed().remove(session, MEMORY_RECORDS, page_id)
        after_commit(session, lambda: (self._pages.pop(page_id, None), self._versions.pop(page_id, None)))

    # -- sync (`core/sync/memory_kinds.py`): records as another computer made them -------------

    def put_synced(self, session: Session, payload: dict[str, Any]) -> None:
        """Keep a page or attachment record exactly as another computer sealed it (its id, and for an
        attachment its blob, whose chunks the caller has already brought here)."""
        if payload.get("kind") == PAGE:
            page = page_from_dict(payload)
            self._write(session, page.id, page_to_dict(page), lambda: self._pages.__setitem__(page.id, page))
            return
        item = attachment_from_dict(payload)
        self._write(session, item.id, attachment_to_dict(item), lambda: self._attachments.__setitem__(item.id, item))

    def has_chunks(self, session: Session, blob: str) -> bool:
        from sqlalchemy import select

        from journal.core.storage.tables import AttachmentChunkRow

        found = session.execute(select(AttachmentChunkRow.idx).where(AttachmentChunkRow.blob == blob).limit(1))
        return found.first() is not None

    def sealed_chunks(self, session: Session, blob: str) -> list[tuple[int, bytes]]:
        """A blob's chunks still sealed, in order: sync carries them verbatim."""
        from sqlalchemy import select

        from journal.core.storage.tables import AttachmentChunkRow

        rows = session.execute(
            select(AttachmentChunkRow.idx, AttachmentChunkRow.sealed)
            .where(AttachmentChunkRow.blob == blob)
            .order_by(AttachmentChunkRow.idx)
        ).all()
        return [(index, sealed) for index, sealed in rows]

    def put_sealed_chunks(self, session: Session, item: Attachment, chunks: list[tuple[int, bytes]]) -> None:
        """Keep chunks that came from another computer, once they open as `item`'s bytes
        (AttachmentDamagedError names the damage otherwise, and nothing is kept)."""
        from sqlalchemy import insert

        from journal.core.storage.tables import AttachmentChunkRow

        self._sealer().open_stream(item.blob, chunks, item.chunk_count, item.size, item.sha256)
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start : start + _BATCH]
            session.execute(insert(AttachmentChunkRow), [{"blob": item.blob, "idx": i, "sealed": s} for i, s in batch])

    def clear(self) -> None:
        self._chunks = None
        self._versions.clear()
        self._pages.clear()
        self._attachments.clear()

    # -- internals ---------------------------------------------------------------------------

    def _sealer(self) -> ChunkSealer:
        if self._chunks is None:
            raise JournalLockedError()
        return self._chunks

    def _write_chunks(self, session: Session, blob: str, content: bytes) -> int:
        from sqlalchemy import insert

        from journal.core.storage.tables import AttachmentChunkRow

        batch: list[dict[str, Any]] = []
        count = 0
        for index, sealed in self._sealer().seal_stream(blob, content):
            batch.append({"blob": blob, "idx": index, "sealed": sealed})
            count += 1
            if len(batch) == _BATCH:
                session.execute(insert(AttachmentChunkRow), batch)
                batch = []
        if batch:
            session.execute(insert(AttachmentChunkRow), batch)
        return count

    def _write(self, session: Session, row_id: str, payload: dict[str, Any], remember: Callable[[], None]) -> None:
        version = self._versions.get(row_id, 0) + 1
        self._sealed().write(session, MEMORY_RECORDS, row_id, version, payload)

        def adopt() -> None:
            remember()
            self._versions[row_id] = version

        after_commit(session, adopt)
