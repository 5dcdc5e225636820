"""The demo journal tells a believable story: bleeding tapers, two losses in a long journal, same seed same days."""

import datetime as dt

from journal.core.demo import demo_entries, demo_key_dates
from journal.core.domain.key_dates import KeyDateKind

START = dt.date(2024, 1, 1)
LEVELS = ("none", "spotting", "light", "moderate", "heavy")


def bleeding_level(entries, first: int, last: int) -> float:
    values = [
        LEVELS.index(e.symptoms.get("bleeding", "none")) for e in entries if first <= (e.date - START).days <= last
    ]
    return sum(values) / len(values)


def test_bleeding_tapers_over_the_first_weeks() -> None:
    key_dates = demo_key_dates(START, 120)
    entries = list(demo_entries(START, 120, seed=3, key_dates=key_dates))
    assert bleeding_level(entries, 1, 5) > bleeding_level(entries, 12, 18) > bleeding_level(entries, 40, 60)
    assert bleeding_level(entries, 40, 60) == 0


def test_a_long_demo_has_two_losses_and_days_left_unrecorded() -> None:
    key_dates = demo_key_dates(START, 3650)
    assert sum(k.kind is KeyDateKind.LOSS for k in key_dates) == 2
    entries = list(demo_entries(START, 3650, seed=1, key_dates=key_dates))
    assert 2900 < len(entries) < 3500


def test_the_same_seed_gives_the_same_journal() -> None:
    key_dates = demo_key_dates(START, 60)
    assert list(demo_entries(START, 60, 5, key_dates)) == list(demo_entries(START, 60, 5, key_dates))
    assert list(demo_entries(START, 60, 5, key_dates)) != list(demo_entries(START, 60, 6, key_dates))
