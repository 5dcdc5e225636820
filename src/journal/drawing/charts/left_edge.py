"""One left edge for charts stacked in a column, so the same day sits at the same x on each of them.

QtCharts places a plot area after its value labels, so a chart labelled "Moderate" starts further
right than one labelled "10", and the same date lands in different places. `SharedLeftEdge` widens
the left margin of every chart but the widest-labelled one until their plot areas start together;
with equal widths and right margins they then share one time axis. It follows each chart's layout
(`plotAreaChanged`), so it holds while a window is resized; hidden or collapsed charts are skipped.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QMargins

TOLERANCE_PX = 0.5


class SharedLeftEdge:
    """Keeps the plot areas of the charts given to `add` starting at one x."""

    def __init__(self) -> None:
        self._charts: list[QChart] = []
        self._extra: dict[int, int] = {}
        self._base: dict[int, QMargins] = {}
        self._aligning = False

    def add(self, chart: QChart) -> None:
        self._charts.append(chart)
        self._extra[id(chart)] = 0
        self._base[id(chart)] = chart.margins()
        chart.plotAreaChanged.connect(self.align)

    def left(self) -> float:
        """Where the plot areas start now (the largest left of the charts on show)."""
        shown = [chart.plotArea().left() for chart in self._laid_out()]
        return max(shown, default=0.0)

    def align(self) -> None:
        if self._aligning:
            return
        self._aligning = True
        try:
            charts = self._laid_out()
            natural = {id(chart): chart.plotArea().left() - self._extra[id(chart)] for chart in charts}
            target = max(natural.values(), default=0.0)
            for chart in charts:
                extra = round(target - natural[id(chart)])
                if abs(extra - self._extra[id(chart)]) > TOLERANCE_PX:
                    self._extra[id(chart)] = extra
                    base = self._base[id(chart)]
                    chart.setMargins(QMargins(base.left() + extra, base.top(), base.right(), base.bottom()))
                    # lay out now, so the next look at this chart's plot area matches its margins
                    chart.layout().activate()
        finally:
            self._aligning = False

    def _laid_out(self) -> list[QChart]:
        return [chart for chart in self._charts if chart.plotArea().width() > 0 and chart.isVisible()]
