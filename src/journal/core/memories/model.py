"""What a memory page and an attachment hold. Plain values; storage is in `index.py` and `chunks.py`."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class OwnerKind(enum.StrEnum):
    """Where an attachment belongs: a day, a key date, or a loss's memory page."""

    DAY = "day"
    KEY_DATE = "key_date"
    MEMORY = "memory"


class MediaType(enum.StrEnum):
    PNG = "image/png"
    JPEG = "image/jpeg"
    WEBP = "image/webp"
    PDF = "application/pdf"

    @property
    def is_picture(self) -> bool:
        return self is not MediaType.PDF

    @property
    def extension(self) -> str:
        return {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "application/pdf": ".pdf"}[self]


@dataclass(frozen=True, slots=True)
class Attachment:
    """One picture or document. `blob` names its chunks; `sha256` proves they came back whole."""

    id: str
    date: dt.date
    owner: OwnerKind
    owner_id: str  # the key date's id, or the loss's id for a memory page; empty for a day
    file_name: str
    media_type: MediaType
    size: int
    sha256: str
    blob: str
    chunk_count: int
    caption: str = ""
    in_report: bool = False
    location_removed: bool = False
    added_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class RememberedDate:
    date: dt.date
    label: str = ""


@dataclass(frozen=True, slots=True)
class MemoryPage:
    """The page a person may keep for one loss: all of it optional."""

    id: str
    loss_id: str
    name: str = ""
    words: str = ""
    dates: tuple[RememberedDate, ...] = field(default_factory=tuple)
    remember: tuple[str, ...] = field(default_factory=tuple)

    def is_empty(self) -> bool:
        return not (self.name.strip() or self.words.strip() or self.dates or any(r.strip() for r in self.remember))


@dataclass(frozen=True, slots=True)
class PagePictures:
    """What a loss's memory page shows: its own pictures and letters, then those kept with the loss's
    key date (attached there, for example from the command line with `--key-date`). Both are the same
    stored attachments, listed; nothing is copied."""

    own: tuple[Attachment, ...] = ()
    from_key_date: tuple[Attachment, ...] = ()

    @property
    def all(self) -> tuple[Attachment, ...]:
        """In the order the page shows them, for a viewer that steps through every one."""
        return self.own + self.from_key_date
