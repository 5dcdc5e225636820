"""The person's own numbers for the safety page (clinic, early pregnancy unit, GP, midwife), sealed.

Kept as one sealed document, so they are encrypted like every entry and travel in a backup. Each value
is free text the person typed ("0161 555 0100, ask for ward 4"), never checked or dialled by the app.
Unknown keys from a newer version are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

OWN_NUMBERS_DOCUMENT = "own_numbers"
MAX_LENGTH = 200


@dataclass(frozen=True, slots=True)
class OwnNumbers:
    """Each field is what the person wrote for that place; empty when they wrote nothing."""

    clinic: str = ""
    early_pregnancy_unit: str = ""
    gp: str = ""
    midwife: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))


FIELD_NAMES = tuple(f.name for f in fields(OwnNumbers))


def load_own_numbers(journal: Journal) -> OwnNumbers:
    """The saved numbers; a value that is not text (damaged, or a newer shape) reads as empty."""
    document = journal.document(OWN_NUMBERS_DOCUMENT) or {}
    values = {name: document.get(name, "") for name in FIELD_NAMES}
    return OwnNumbers(**{name: value if isinstance(value, str) else "" for name, value in values.items()})


def save_own_numbers(journal: Journal, session: Session, numbers: OwnNumbers) -> None:
    """Keep the numbers (trimmed, each at most `MAX_LENGTH` characters); emptied ones are cleared."""
    previous: dict[str, Any] = journal.document(OWN_NUMBERS_DOCUMENT) or {}
    values = {name: getattr(numbers, name).strip()[:MAX_LENGTH] for name in FIELD_NAMES}
    journal.save_document(session, OWN_NUMBERS_DOCUMENT, {**previous, **values, "version": 1})
