"""Memory records to and from the plain dicts that are sealed, exported and imported.

Strict in both directions: a value of the wrong type or an unknown kind raises ValueError, which
loading counts as an unreadable row and an import reports by position.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from journal.core.memories.model import Attachment, MediaType, MemoryPage, OwnerKind, RememberedDate

PAGE = "page"
ATTACHMENT = "attachment"
_HEX = re.compile(r"[0-9a-f]{32}")
_SHA = re.compile(r"[0-9a-f]{64}")
MAX_TEXT = 100_000
MAX_NAME = 255


def _text(data: dict[str, Any], key: str, limit: int = MAX_TEXT, default: str | None = "") -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"{key}: expected text")
    return value


def _hex_id(value: Any, what: str, *, empty: bool = False) -> str:
    if not isinstance(value, str) or not (_HEX.fullmatch(value) or (empty and value == "")):
        raise ValueError(f"{what}: expected an id")
    return value


def _date(value: Any, what: str) -> dt.date:
    if not isinstance(value, str):
        raise ValueError(f"{what}: expected a date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what}: expected a date (YYYY-MM-DD)") from None


def _count(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what}: expected a whole number")
    return value


def attachment_to_dict(item: Attachment) -> dict[str, Any]:
    return {
        "kind": ATTACHMENT,
        "id": item.id,
        "date": item.date.isoformat(),
        "owner": item.owner.value,
        "owner_id": item.owner_id,
        "file_name": item.file_name,
        "media_type": item.media_type.value,
        "size": item.size,
        "sha256": item.sha256,
        "blob": item.blob,
        "chunk_count": item.chunk_count,
        "caption": item.caption,
        "in_report": item.in_report,
        "location_removed": item.location_removed,
        "added_at": item.added_at.isoformat() if item.added_at else None,
    }


def attachment_from_dict(data: dict[str, Any]) -> Attachment:
    if data.get("kind") != ATTACHMENT:
        raise ValueError("kind: expected an attachment")
    try:
        owner = OwnerKind(str(data.get("owner")))
        media_type = MediaType(str(data.get("media_type")))
    except ValueError:
        raise ValueError("owner or media_type: not one this app knows") from None
    owner_id = _hex_id(data.get("owner_id", ""), "owner_id", empty=owner is OwnerKind.DAY)
    if owner is not OwnerKind.DAY and not owner_id:
        raise ValueError("owner_id: expected an id")
    sha = data.get("sha256")
    if not isinstance(sha, str) or not _SHA.fullmatch(sha):
        raise ValueError("sha256: expected a digest")
    added = data.get("added_at")
    if added is not None and not isinstance(added, str):
        raise ValueError("added_at: expected a time")
    try:
        added_at = dt.datetime.fromisoformat(added) if added else None
    except ValueError:
        raise ValueError("added_at: expected a time") from None
    for flag in ("in_report", "location_removed"):
        if not isinstance(data.get(flag, False), bool):
            raise ValueError(f"{flag}: expected true or false")
    return Attachment(
        id=_hex_id(data.get("id"), "id"),
        date=_date(data.get("date"), "date"),
        owner=owner,
        owner_id=owner_id,
        file_name=_text(data, "file_name", MAX_NAME, None),
        media_type=media_type,
        size=_count(data.get("size"), "size"),
        sha256=sha,
        blob=_hex_id(data.get("blob"), "blob"),
        chunk_count=_count(data.get("chunk_count"), "chunk_count"),
        caption=_text(data, "caption"),
        in_report=bool(data.get("in_report", False)),
        location_removed=bool(data.get("location_removed", False)),
        added_at=added_at,
    )


def page_to_dict(page: MemoryPage) -> dict[str, Any]:
    return {
        "kind": PAGE,
        "id": page.id,
        "loss_id": page.loss_id,
        "name": page.name,
        "words": page.words,
        "dates": [{"date": d.date.isoformat(), "label": d.label} for d in page.dates],
        "remember": list(page.remember),
    }


def page_from_dict(data: dict[str, Any]) -> MemoryPage:
    if data.get("kind") != PAGE:
        raise ValueError("kind: expected a memory page")
    dates_raw = data.get("dates", [])
    remember_raw = data.get("remember", [])
    if not isinstance(dates_raw, list) or not isinstance(remember_raw, list):
        raise ValueError("dates and remember: expected lists")
    dates = []
    for index, item in enumerate(dates_raw):
        if not isinstance(item, dict):
            raise ValueError(f"dates[{index}]: expected a date and a label")
        dates.append(RememberedDate(_date(item.get("date"), f"dates[{index}]"), _text(item, "label", 1000)))
    if not all(isinstance(item, str) and len(item) <= MAX_TEXT for item in remember_raw):
        raise ValueError("remember: expected text")
    return MemoryPage(
        id=_hex_id(data.get("id"), "id"),
        loss_id=_hex_id(data.get("loss_id"), "loss_id"),
        name=_text(data, "name", 1000),
        words=_text(data, "words"),
        dates=tuple(dates),
        remember=tuple(remember_raw),
    )
