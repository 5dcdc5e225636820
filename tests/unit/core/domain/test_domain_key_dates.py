"""Key dates keep their optional loss details exactly, and older shapes still read."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.domain.codec import key_date_from_dict, key_date_to_dict
from journal.core.domain.key_dates import KeyDate, KeyDateKind, LossKind, Management


def test_loss_details_round_trip() -> None:
    loss = KeyDate("a" * 32, KeyDateKind.LOSS, dt.date(2026, 10, 4), "Robin", LossKind.ECTOPIC, 7, Management.SURGERY)
    assert key_date_from_dict(key_date_to_dict(loss)) == loss


def test_appointment_outcome_and_first_period_round_trip() -> None:
    visit = KeyDate("b" * 32, KeyDateKind.APPOINTMENT, dt.date(2026, 11, 2), outcome="Scan clear.")
    period = KeyDate("c" * 32, KeyDateKind.FIRST_PERIOD, dt.date(2026, 11, 15))
    assert key_date_from_dict(key_date_to_dict(visit)) == visit
    assert key_date_from_dict(key_date_to_dict(period)) == period


def test_a_key_date_without_details_keeps_its_old_shape() -> None:
    plain = KeyDate("d" * 32, KeyDateKind.DUE_DATE, dt.date(2027, 3, 1), "")
    assert key_date_to_dict(plain) == {"id": "d" * 32, "kind": "due_date", "date": "2027-03-01", "label": ""}


@pytest.mark.parametrize(
    "extra",
    [
        {"weeks": -1},
        {"weeks": 46},
        {"weeks": True},
        {"weeks": "7"},
        {"loss_kind": "unknown"},
        {"management": 3},
        {"outcome": 5},
    ],
)
def test_bad_details_are_refused(extra: dict[str, object]) -> None:
    data = {"id": "e" * 32, "kind": "loss", "date": "2026-10-04", "label": "", **extra}
    with pytest.raises(ValueError, match="key date"):
        key_date_from_dict(data)
