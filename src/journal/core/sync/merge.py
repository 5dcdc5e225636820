"""Resolving the versions of one record into what the journal shows, the same way everywhere.

The versions of a record form a graph through their parents. The *heads* are the versions no
other version replaced. One head is simply the record. Several heads were made on different
computers without seeing each other; they are merged against their latest common ancestor (the
*base*) by the kind's merge function, with the heads ordered oldest first by `(stamp, device)`.
The result depends only on the set of versions, never on the order they arrived in: that is what
makes merging commutative, associative and idempotent (the set grows by union).

Merging never makes a version. A computer that edits the record afterwards names every head as a
parent, and the graph has one head again. Every version stays in the record's history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from journal.core.sync.versions import Version

Body = dict[str, Any] | None
MergeHeads = Callable[[Body, list[Body]], Body]


def heads_of(versions: Iterable[Version]) -> list[Version]:
    """The versions nothing replaced, oldest first."""
    by_id = {v.id: v for v in versions}
    replaced = {parent for v in by_id.values() for parent in v.parents}
    return sorted((v for v in by_id.values() if v.id not in replaced), key=lambda v: v.order)


def _ancestors(version: Version, by_id: dict[str, Version]) -> set[str]:
    seen: set[str] = set()
    stack = list(version.parents)
    while stack:
        current = stack.pop()
        if current in seen or current not in by_id:
            continue
        seen.add(current)
        stack.extend(by_id[current].parents)
    return seen


def common_base(heads: list[Version], by_id: dict[str, Version]) -> Version | None:
    """The latest version every head descends from, or None when they share none."""
    common: set[str] | None = None
    for head in heads:
        ancestors = _ancestors(head, by_id)
        common = ancestors if common is None else common & ancestors
    if not common:
        return None
    return max((by_id[i] for i in common), key=lambda v: v.order)


def resolve(versions: Iterable[Version], merge_heads: MergeHeads) -> Body:
    """What the record is, given all its versions (None: it is deleted, or was never there)."""
    by_id = {v.id: v for v in versions}
    heads = heads_of(by_id.values())
    if not heads:
        return None
    if len(heads) == 1:
        return heads[0].body
    base = common_base(heads, by_id)
    return merge_heads(None if base is None else base.body, [h.body for h in heads])


def newest_wins(_base: Body, heads: list[Body]) -> Body:
    """Whole-record merge for every kind but days: the newest head wins, the others stay in history."""
    return heads[-1]
