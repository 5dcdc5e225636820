"""Work that must happen once just before a transaction commits, or only once it has committed.

Kept apart from `database.py` (which owns the engine and runs these hooks) so that code which only
registers hooks, such as the unlocked journal, does not import SQLAlchemy to do so: the command
line's read-only commands never load it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

BEFORE = "rj_before_commit"
AFTER = "rj_after_commit"


def before_commit(session: Session, key: str, hook: Callable[[Session], None]) -> None:
    """Run `hook(session)` once, just before this transaction commits (later calls with `key` replace it)."""
    session.info.setdefault(BEFORE, {})[key] = hook


def after_commit(session: Session, hook: Callable[[], object]) -> None:
    """Run `hook()` only once this transaction has committed; dropped on rollback."""
    session.info.setdefault(AFTER, []).append(hook)
