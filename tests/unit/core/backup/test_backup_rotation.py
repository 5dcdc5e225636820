"""Rotation keeps 7 daily, 4 weekly and 12 monthly backups, and never names a file it did not make."""

from __future__ import annotations

import datetime as dt

from journal.core.backup.rotation import KeepPolicy, backup_name, names_to_remove, parse_backup_name, times_to_keep


def test_name_round_trips_and_other_files_are_ignored() -> None:
    when = dt.datetime(2026, 11, 24, 9, 30, 5)
    assert parse_backup_name(backup_name(when)) == when
    assert parse_backup_name("holiday.jpg") is None
    assert parse_backup_name("journal-backup-20261324-000000.rjbackup") is None  # month 13


def test_a_year_of_daily_backups_keeps_at_most_23() -> None:
    start = dt.datetime(2026, 1, 1, 20, 0)
    times = [start + dt.timedelta(days=n) for n in range(365)]
    kept = times_to_keep(times)
    assert len(kept) <= 7 + 4 + 12
    newest = times[-1]
    assert {newest - dt.timedelta(days=n) for n in range(7)} <= kept  # the last 7 days
    assert len({(when.year, when.month) for when in kept}) == 12  # one in each of 12 months


def test_several_backups_in_one_day_keep_only_the_newest() -> None:
    day = dt.datetime(2026, 5, 1)
    times = [day.replace(hour=hour) for hour in (8, 12, 22)]
    assert times_to_keep(times) == {day.replace(hour=22)}


def test_the_newest_is_kept_even_with_an_empty_policy() -> None:
    times = [dt.datetime(2026, 5, 1), dt.datetime(2026, 5, 2)]
    assert times_to_keep(times, KeepPolicy(0, 0, 0)) == {dt.datetime(2026, 5, 2)}


def test_names_to_remove_lists_only_our_own_old_files() -> None:
    day = dt.datetime(2026, 5, 1)
    names = [backup_name(day.replace(hour=8)), backup_name(day.replace(hour=9)), "notes.txt", "journal-backup.txt"]
    assert names_to_remove(names) == [backup_name(day.replace(hour=8))]


def test_two_journals_sharing_a_folder_never_prune_each_others_backups() -> None:
    """A laptop and a desktop may sync one backup folder: each rotation sees only its own names."""
    start = dt.datetime(2026, 1, 1, 9)
    names = [
        backup_name(start + dt.timedelta(hours=12 * n), tag) for n in range(46) for tag in ("aaaa1111", "bbbb2222")
    ]
    removed = set(names_to_remove(names, tag="aaaa1111"))
    assert removed and all("aaaa1111" in name for name in removed)
    assert not set(names_to_remove(names, tag="cccc3333"))
    assert parse_backup_name(backup_name(start, "bbbb2222"), "aaaa1111") is None
