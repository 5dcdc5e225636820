"""A chart's text alternative, found from the values alone, names the same days as one built from every point."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.core.review.series import DailySeries
from journal.drawing.charts import YAxisSpec
from journal.ui.review import review_wording as wording

AXIS = YAxisSpec(0, 4, ((0.0, "None"), (2.0, "Light"), (4.0, "Heavy")), "")


def _from_every_point(title: str, daily: DailySeries) -> tuple[int, tuple, tuple, tuple]:
    points = list(daily.points())
    return (
        len(points),
        max(points, key=lambda point: point[1]),
        min(points, key=lambda point: point[1]),
        points[-1],
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from([0.0, 1.0, 2.0, 3.0, 4.0, 2.5])), min_size=1, max_size=60))
def test_the_summary_names_the_first_highest_and_lowest_days_and_the_latest(values: list[float | None]) -> None:
    daily = DailySeries("bleeding", dt.date(2026, 1, 1), tuple(values))
    text = wording.chart_summary("Bleeding", daily, AXIS)
    if all(value is None for value in values):
        assert text == wording.nothing_recorded_text("Bleeding")
        return
    count, highest, lowest, latest = _from_every_point("Bleeding", daily)
    assert f"noted on {count} of {len(values)} days" in text
    assert f"Highest {_said(highest[1])} on {wording.short_date(highest[0])}," in text
    assert f"lowest {_said(lowest[1])} on {wording.short_date(lowest[0])}." in text
    assert text.endswith(f"Most recently {_said(latest[1])}, on {wording.short_date(latest[0])}.")


def _said(value: float) -> str:
    words = dict(AXIS.labels)
    return words.get(float(round(value))) or (str(int(value)) if value == int(value) else f"{value:.1f}")
