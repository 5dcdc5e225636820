"""Merging a day edited on two computers, field by field, against the version both started from.

- A value (the mood, each symptom, any field a later version adds) takes the newest head that
  changed it; heads that left it as the base had it do not count as changes.
- A set (feelings, self-care, tags, prompts, medications) keeps an item the base had unless some
  head removed it, and gains every item some head added.
- The note: when only one head changed it, that one. When several did, every distinct note is
  kept, newest first, under one calm line saying it was written on two computers. A note that is
  wholly inside another (one computer only added to it) is not repeated.
A head that deleted the day counts as one that emptied every field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal.core.sync.merge import Body

TWO_COMPUTERS_LINE = "(Written on two computers; both are kept.)"
_SETS = ("feelings", "self_care", "tags", "prompt_ids")
_TIMES = {"written_at": min, "changed_at": max}  # first written: the earliest; last changed: the latest
_SPECIAL = {*_SETS, *_TIMES, "medications", "symptoms", "note", "date"}


def _empty_like(date: str) -> dict[str, Any]:
    return {"date": date}


def _value(body: dict[str, Any], field: str) -> Any:
    return body.get(field)


def _newest_change(base: dict[str, Any], heads: list[dict[str, Any]], read: Any) -> Any:
    before = read(base)
    for head in reversed(heads):
        value = read(head)
        if value != before:
            return value
    return before


def _merge_set(base: list[Any], heads: list[list[Any]], key: Any = lambda item: item) -> list[Any]:
    base_keys = {key(item): item for item in base}
    removed = {k for k in base_keys if any(k not in {key(i) for i in head} for head in heads)}
    result: dict[Any, Any] = {}
    for items in [*reversed(heads), base]:
        for item in items:
            k = key(item)
            if k in removed or k in result:
                continue
            result[k] = item
    return list(result.values())


def _merge_note(base: str, heads: list[str]) -> str:
    changed: list[str] = []
    for note in reversed(heads):
        if note != base and note not in changed:
            changed.append(note)
    if not changed:
        return base
    kept = [n for n in changed if n.strip() and not any(n.strip() in o and n != o for o in changed)]
    if not kept:
        return changed[0]  # every head that changed it emptied it
    if len(kept) == 1:
        return kept[0]
    return f"{TWO_COMPUTERS_LINE}\n\n" + "\n\n".join(kept)


def _moment_order(text: str) -> tuple[float, str]:
    try:
        return (dt.datetime.fromisoformat(text).timestamp(), text)
    except (ValueError, TypeError, OverflowError):
        return (0.0, text)


def _medication_key(item: Any) -> Any:
    if isinstance(item, dict):
        return (str(item.get("name", "")), str(item.get("amount", "")))
    return repr(item)


def merge_day_heads(base: Body, heads: list[Body]) -> Body:
    """The merged plain-data day (the form `entry_to_dict` writes)."""
    present = [h for h in heads if h is not None]
    date = (present or [base or {}])[-1].get("date", "")
    base_body = base if base is not None else _empty_like(date)
    bodies = [h if h is not None else _empty_like(date) for h in heads]
    merged: dict[str, Any] = {"date": date}
    fields = {f for body in [base_body, *bodies] for f in body} - _SPECIAL
    for field in sorted(fields):
        value = _newest_change(base_body, bodies, lambda body, f=field: _value(body, f))
        if value is not None:
            merged[field] = value
    for field, pick in _TIMES.items():
        moments = [m for m in (b.get(field) for b in bodies) if isinstance(m, str)]
        if moments:
            merged[field] = pick(moments, key=_moment_order)
    for field in _SETS:
        merged[field] = _merge_set(list(base_body.get(field) or []), [list(b.get(field) or []) for b in bodies])
    merged["medications"] = _merge_set(
        list(base_body.get("medications") or []),
        [list(b.get("medications") or []) for b in bodies],
        _medication_key,
    )
    symptoms: dict[str, Any] = {}
    keys = {k for body in [base_body, *bodies] for k in (body.get("symptoms") or {})}
    for key in sorted(keys):
        value = _newest_change(base_body, bodies, lambda body, k=key: (body.get("symptoms") or {}).get(k))
        if value is not None:
            symptoms[key] = value
    merged["symptoms"] = symptoms
    merged["note"] = _merge_note(str(base_body.get("note") or ""), [str(b.get("note") or "") for b in bodies])
    return merged  # the day's kind turns a merge that left nothing into a deletion
