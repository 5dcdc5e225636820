"""Drawing a chart somewhere other than a window: into a painter (PDF, printer) or an image.

A QChart only lays itself out once it has a size; one that was never shown renders collapsed.
So the chart is placed in a QGraphicsScene and resized to the target before the scene is rendered.
With a QPdfWriter's painter the result stays vector graphics.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene


def render_chart(chart: QChart, painter: QPainter, target: QRectF, size: QSizeF | None = None) -> None:
    """Lay `chart` out at `size` (default: the target's size) and draw it into `target` on `painter`.

    Use a chart that is not shown in a QChartView: it is resized here. It is placed in a temporary
    scene for the drawing and taken out again, so the caller keeps ownership.
    """
    layout_size = size or target.size()
    source = QRectF(0, 0, layout_size.width(), layout_size.height())
    own_scene = chart.scene() is None
    scene = QGraphicsScene() if own_scene else chart.scene()
    if own_scene:
        scene.addItem(chart)
    chart.setPos(0, 0)
    chart.resize(layout_size)
    scene.setSceneRect(source)
    scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    if own_scene:
        scene.removeItem(chart)


def chart_image(chart: QChart, width: int, height: int, background: str = "#ffffff") -> QImage:
    """The chart drawn into a new image of `width` x `height` pixels."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    render_chart(chart, painter, QRectF(0, 0, width, height))
    painter.end()
    return image
