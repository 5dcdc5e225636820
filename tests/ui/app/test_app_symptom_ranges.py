"""The check-in's number controls offer exactly the catalog's range for the person's unit."""

from __future__ import annotations

import pytest

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.entry import Measurement

CATALOG = load_default_catalog()


@pytest.mark.parametrize(("unit", "low", "high"), [("C", 34.0, 43.0), ("F", 93.0, 109.5)])
def test_the_check_in_offers_exactly_the_catalogs_range(qtbot, unit: str, low: float, high: float) -> None:  # type: ignore[no-untyped-def]
    from journal.ui.today.symptom_controls import NumberControl

    control = NumberControl(CATALOG.get("temperature"), unit)
    qtbot.addWidget(control)
    control.spin.setValue(high + 5)
    assert control.value() == Measurement(high, unit)
    control.spin.setValue(low)
    assert control.value() == Measurement(low, unit)
    assert control.spin.minimum() < low  # the one step below is "Not noted"
    control.spin.setValue(control.spin.minimum())
    assert control.value() is None
