"""Charts follow a theme change while the app is open (issue 19, item 3): titles and axis labels stay readable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from journal.core.journal import Journal
from journal.drawing.charts import ChartColours
from journal.ui.review import ReviewView
from journal.ui.theme import apply_theme

TODAY = dt.date(2026, 11, 24)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _chart_text_colours(view: ReviewView) -> set[str]:
    found = set()
    for panel in (*view.charts.physical, view.charts.mood):
        chart = panel.chart
        found.add(chart.chart.titleBrush().color().name())
        found.update(axis.labelsColor().name() for axis in chart.chart.axes())
        found.update(f"average {line.pen().color().name()}" for line in chart._average_lines)
    return found


def test_chart_titles_and_axis_labels_take_the_new_theme(qtbot: QtBot, qapp, demo_journal: Journal) -> None:
    apply_theme(qapp, "light")
    view = ReviewView(demo_journal, TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    light_text = view.palette().color(QPalette.ColorRole.WindowText).name()
    light_average = f"average {ChartColours.from_palette(view.palette()).average}"
    assert _chart_text_colours(view) == {light_text, light_average}
    try:
        apply_theme(qapp, "dark")
        QCoreApplication.processEvents()
        dark_text = view.palette().color(QPalette.ColorRole.WindowText).name()
        dark_average = f"average {ChartColours.from_palette(view.palette()).average}"
        assert dark_text != light_text
        assert _chart_text_colours(view) == {dark_text, dark_average}
    finally:
        apply_theme(qapp, "light")
        QCoreApplication.processEvents()
    assert _chart_text_colours(view) == {light_text, light_average}
