"""Opening every attachment of a journal image (a backup being written, checked or restored).

Chunks are not part of the manifest, so a backup's check would otherwise never read them; this
opens each attachment's chunks against its sealed record and counts what opens and what does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from journal.core.memories.chunks import AttachmentDamagedError, ChunkSealer
from journal.core.memories.codec import ATTACHMENT, attachment_from_dict
from journal.core.storage.tables import AttachmentChunkRow, MemoryRecordRow


def verify_attachments(
    session: Session, journal_id: bytes, data_key: bytes | bytearray, rows: Iterable[Any]
) -> tuple[int, int]:
    """(attachments that opened whole, attachments that did not) among the opened `rows`."""
    records = [
        row for row in rows if row.table == MemoryRecordRow.__tablename__ and row.payload.get("kind") == ATTACHMENT
    ]
    if not records:
        return 0, 0
    if not inspect(session.connection()).has_table(AttachmentChunkRow.__tablename__):
        return 0, len(records)
    sealer = ChunkSealer(journal_id, data_key)
    good = bad = 0
    for row in records:
        try:
            item = attachment_from_dict(row.payload)
            chunks = session.execute(
                select(AttachmentChunkRow.idx, AttachmentChunkRow.sealed)
                .where(AttachmentChunkRow.blob == item.blob)
                .order_by(AttachmentChunkRow.idx)
            ).all()
            sealer.open_stream(item.blob, [(i, s) for i, s in chunks], item.chunk_count, item.size, item.sha256)
        except (AttachmentDamagedError, ValueError):
            bad += 1
            continue
        good += 1
    return good, bad
