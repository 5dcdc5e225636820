"""A "Something else" date that asks for gentle prompts keeps that choice through the codec."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.domain.codec import key_date_from_dict, key_date_to_dict
from journal.core.domain.key_dates import KeyDate, KeyDateKind, LossKind, recorded_loss_kinds


def test_gentle_prompts_round_trip_and_old_rows_read_as_off() -> None:
    marked = KeyDate("a" * 32, KeyDateKind.OTHER, dt.date(2026, 3, 9), "the funeral", gentle_prompts=True)
    data = key_date_to_dict(marked)
    assert data["gentle_prompts"] is True
    assert key_date_from_dict(data) == marked
    old = {"id": "b" * 32, "kind": "other", "date": "2026-03-09", "label": ""}
    assert key_date_from_dict(old).gentle_prompts is False
    assert "gentle_prompts" not in key_date_to_dict(key_date_from_dict(old))


def test_a_gentle_prompts_value_that_is_not_yes_or_no_is_refused() -> None:
    with pytest.raises(ValueError, match="key date"):
        key_date_from_dict({"id": "c" * 32, "kind": "other", "date": "2026-03-09", "gentle_prompts": "yes"})


def test_recorded_loss_kinds_counts_every_loss_up_to_the_day() -> None:
    dates = [
        KeyDate("1", KeyDateKind.LOSS, dt.date(2024, 1, 1), loss_kind=LossKind.MOLAR),
        KeyDate("2", KeyDateKind.LOSS, dt.date(2026, 1, 1), loss_kind=LossKind.MISCARRIAGE),
        KeyDate("3", KeyDateKind.LOSS, dt.date(2026, 2, 1)),
        KeyDate("4", KeyDateKind.LOSS, dt.date(2027, 1, 1), loss_kind=LossKind.ECTOPIC),
    ]
    assert recorded_loss_kinds(dates, dt.date(2026, 6, 1)) == {"molar", "miscarriage"}
