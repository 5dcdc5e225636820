"""One version of one record: what a computer held for it after an edit, stamped and linked.

A version names the record (`kind`, `key`), when and where it was made (`stamp`, `device`), the
versions it replaced (`parents`: what that computer showed for the record when the edit was
made) and the record's plain data, or `None` for a deletion (a tombstone). `(stamp, device)`
is unique, because a computer's clock never repeats a stamp, and orders versions the same way
on every computer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

DEVICE = re.compile(r"[0-9a-f]{32}")
_VERSION_ID = re.compile(r"[0-9a-f]{16}\.[0-9a-f]{32}")
MAX_STAMP = (1 << 63) - 1


class VersionUnreadable(ValueError):
    """A version's plain-data form is not one this app wrote."""


@dataclass(frozen=True, slots=True)
class Version:
    kind: str
    key: str
    stamp: int
    device: str
    parents: tuple[str, ...]
    body: dict[str, Any] | None

    @property
    def id(self) -> str:
        return version_id(self.stamp, self.device)

    @property
    def order(self) -> tuple[int, str]:
        return (self.stamp, self.device)

    def to_data(self) -> list[Any]:
        return [self.kind, self.key, self.stamp, self.device, list(self.parents), self.body]

    @classmethod
    def from_data(cls, data: Any) -> Version:
        """Strict: a version from a pack or the ledger is checked field by field before it is used."""
        if not isinstance(data, list) or len(data) != 6:
            raise VersionUnreadable("a version is a list of six fields")
        kind, key, stamp, device, parents, body = data
        if not isinstance(kind, str) or not isinstance(key, str) or not 0 < len(key) <= 200:
            raise VersionUnreadable("kind and key")
        if isinstance(stamp, bool) or not isinstance(stamp, int) or not 0 < stamp <= MAX_STAMP:
            raise VersionUnreadable("stamp")
        if not isinstance(device, str) or not DEVICE.fullmatch(device):
            raise VersionUnreadable("device")
        if not isinstance(parents, list) or len(parents) > 64:
            raise VersionUnreadable("parents")
        if not all(isinstance(p, str) and _VERSION_ID.fullmatch(p) for p in parents):
            raise VersionUnreadable("parents")
        if body is not None and not isinstance(body, dict):
            raise VersionUnreadable("body")
        return cls(kind, key, stamp, device, tuple(sorted(set(parents))), body)


def version_id(stamp: int, device: str) -> str:
    return f"{stamp:016x}.{device}"
