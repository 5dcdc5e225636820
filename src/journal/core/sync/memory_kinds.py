"""Memory pages and attachment records as sync kinds: the newest version wins, the other goes to
the record's history, a removal travels as a tombstone.

An attachment record names its blob; the blob's chunks travel apart, in their own files
(`blobs.py`). A record whose chunks are not here yet is not written: `ready` says so, and the
round keeps it waiting until a later round has brought the blob.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journal.core.memories.codec import attachment_from_dict, attachment_to_dict, page_from_dict, page_to_dict
from journal.core.sync.merge import Body

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

MEMORY_PAGE = "memory_page"
ATTACHMENT = "attachment"


def read_pages(journal: Journal) -> dict[str, Any]:
    return {page.id: page for page in journal.memories.pages()}


def write_page(journal: Journal, session: Session, key: str, body: Body) -> None:
    if body is None:
        journal.memories.delete_page(session, key)
    else:
        journal.memories.put_synced(session, body)


def normalise_page(key: str, body: dict[str, Any]) -> Body:
    page = page_from_dict(body)
    if page.id != key:
        raise ValueError("a memory page's version names another page")
    return page_to_dict(page)


def read_attachments(journal: Journal) -> dict[str, Any]:
    return {item.id: item for item in journal.memories.attachments()}


def write_attachment(journal: Journal, session: Session, key: str, body: Body) -> None:
    if body is None:
        journal.memories.remove_attachment(session, key)
    else:
        journal.memories.put_synced(session, body)


def normalise_attachment(key: str, body: dict[str, Any]) -> Body:
    item = attachment_from_dict(body)
    if item.id != key:
        raise ValueError("an attachment's version names another attachment")
    return attachment_to_dict(item)


def attachment_ready(journal: Journal, session: Session, body: Body) -> bool:
    """A removal can always be written; a record only once its blob's chunks are here."""
    if body is None:
        return True
    return journal.memories.has_chunks(session, str(body["blob"]))
