"""Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months.

Pure functions over file names, so the policy is tested without touching a disk. Only names
this module made are ever considered, so a shared folder's other files are never at risk.
The name holds the local date and time the backup was made (never anything from the journal):
a synced folder shows when backups were made, and nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

SUFFIX = ".rjbackup"
_NAME = re.compile(r"journal-backup-(?:([0-9a-f]{8})-)?(\d{8})-(\d{6})\.rjbackup")


@dataclass(frozen=True, slots=True)
class KeepPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backup_name(when: dt.datetime, tag: str = "") -> str:
    """`tag` (a few hex digits of the random journal id) keeps two journals' backups in one synced
    folder apart, so neither's rotation ever removes the other's."""
    return f"journal-backup-{tag + '-' if tag else ''}{when:%Y%m%d-%H%M%S}{SUFFIX}"


def parse_backup_name(name: str, tag: str = "") -> dt.datetime | None:
    """The time in a backup name made with `tag`, or None for any other file (another journal's too)."""
    match = _NAME.fullmatch(name)
    if match is None or (match.group(1) or "") != tag:
        return None
    try:
        return dt.datetime.strptime(match.group(2) + match.group(3), "%Y%m%d%H%M%S")
    except ValueError:
        return None


def times_to_keep(times: Iterable[dt.datetime], policy: KeepPolicy | None = None) -> set[dt.datetime]:
    """The backups the policy keeps (always including the newest); every other one may go."""
    policy = policy or KeepPolicy()
    newest_first = sorted(set(times), reverse=True)
    kept: set[dt.datetime] = set(newest_first[:1])
    periods: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (policy.daily, lambda when: when.date()),
        (policy.weekly, lambda when: when.isocalendar()[:2]),
        (policy.monthly, lambda when: (when.year, when.month)),
    ]
    for count, period_of in periods:
        seen: set[object] = set()
        for when in newest_first:
            if len(seen) >= count:
                break
            period = period_of(when)
            if period not in seen:
                seen.add(period)
                kept.add(when)
    return kept


def names_to_remove(names: Iterable[str], policy: KeepPolicy | None = None, tag: str = "") -> list[str]:
    """Automatic-backup names with `tag` the policy lets go; no other name is ever listed."""
    timed = {name: when for name in names if (when := parse_backup_name(name, tag)) is not None}
    kept = times_to_keep(timed.values(), policy)
    return sorted(name for name, when in timed.items() if when not in kept)
