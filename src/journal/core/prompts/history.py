"""Which prompts were shown, and written about, on which days: kept sealed inside the journal.

Selection needs history for two things only: not repeating a prompt within 30 days, and knowing which
themes were offered lately. So the history document keeps the last `KEEP_DAYS` days and no more; a
person's journal should not quietly grow a log of everything it ever showed them.

The document is `{"version": 1, "shown": [{"id": "grief-001", "on": "2026-11-24", "used": false}, ...]}`,
oldest first. Lines that cannot be read are left out rather than failing: history is a hint for choosing,
never something worth refusing to open a journal over. Unknown top-level keys from a newer version are kept.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from journal.core.prompts.selection import PromptShown

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

HISTORY_DOCUMENT = "prompt_history"
HISTORY_VERSION = 1
#: Days of history kept: four times the no-repeat window, so theme rotation still has something to go on.
KEEP_DAYS = 120


def load_history(journal: Journal) -> list[PromptShown]:
    """Every readable line of prompt history, oldest first (in the order it was recorded)."""
    return _lines(journal.document(HISTORY_DOCUMENT) or {})


def shown_on(journal: Journal, day: dt.date) -> list[PromptShown]:
    """The prompts shown on one day, in the order they were shown."""
    return [line for line in load_history(journal) if line.shown_on == day]


def record_shown(journal: Journal, session: Session, prompt_id: str, day: dt.date) -> None:
    """Note that a prompt was shown on `day`: one line per prompt per day, moved last when shown again.

    Keeping the latest showing last lets the card find the prompt the person saw most recently today.
    """
    _require_id(prompt_id)
    lines = load_history(journal)
    same = [line for line in lines if line.prompt_id == prompt_id and line.shown_on == day]
    if len(same) == 1 and lines[-1] == same[0]:
        return
    others = [line for line in lines if line not in same]
    _save(journal, session, [*others, PromptShown(prompt_id, day, any(line.used for line in same))], day)


def record_used(journal: Journal, session: Session, prompt_id: str, day: dt.date) -> None:
    """Note that the person chose to write about a prompt on `day` (it counts as shown, too)."""
    _require_id(prompt_id)
    lines = load_history(journal)
    found = False
    updated: list[PromptShown] = []
    for line in lines:
        if line.prompt_id == prompt_id and line.shown_on == day:
            found = True
            line = PromptShown(prompt_id, day, used=True)
        updated.append(line)
    if not found:
        updated.append(PromptShown(prompt_id, day, used=True))
    elif updated == lines:
        return
    _save(journal, session, updated, day)


def trimmed(lines: list[PromptShown], today: dt.date, keep_days: int = KEEP_DAYS) -> list[PromptShown]:
    """The lines from the last `keep_days` days before `today`, plus any later ones; order kept."""
    oldest = today - dt.timedelta(days=keep_days)
    return [line for line in lines if line.shown_on > oldest]


def _save(journal: Journal, session: Session, lines: list[PromptShown], today: dt.date) -> None:
    previous = journal.document(HISTORY_DOCUMENT) or {}
    kept = {key: value for key, value in previous.items() if key not in ("version", "shown")}
    shown = [
        {"id": line.prompt_id, "on": line.shown_on.isoformat(), "used": line.used} for line in trimmed(lines, today)
    ]
    journal.save_document(session, HISTORY_DOCUMENT, {**kept, "version": HISTORY_VERSION, "shown": shown})


def _lines(document: dict[str, Any]) -> list[PromptShown]:
    raw = document.get("shown")
    if not isinstance(raw, list):
        return []
    lines = []
    for item in raw:
        line = _line(item)
        if line is not None:
            lines.append(line)
    return lines


def _line(item: Any) -> PromptShown | None:
    if not isinstance(item, dict):
        return None
    prompt_id, on, used = item.get("id"), item.get("on"), item.get("used", False)
    if not isinstance(prompt_id, str) or not prompt_id or not isinstance(on, str) or not isinstance(used, bool):
        return None
    try:
        day = dt.date.fromisoformat(on)
    except ValueError:
        return None
    return PromptShown(prompt_id, day, used)


def _require_id(prompt_id: str) -> None:
    if not prompt_id:
        raise ValueError("a prompt id is needed to record history")
