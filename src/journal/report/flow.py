"""Page geometry and a simple top-to-bottom flow that starts a new page when a block does not fit.

Everything is measured in points and converted to the PDF's device units with `pt()`. Blocks are
recorded as drawing callables so the page count is known before the first page is painted
("Page x of y").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter

DPI = 600
FONT_FAMILY = "DejaVu Sans"
MARGIN = 40.0
HEADER = 26.0
FOOTER = 22.0
PAPER_POINTS = {"A4": (595.0, 842.0), "Letter": (612.0, 792.0)}
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)

DrawOp = Callable[[QPainter], None]


def pt(points: float) -> float:
    return points * DPI / 72.0


def font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    made = QFont(FONT_FAMILY)
    made.setPointSizeF(size)
    made.setBold(bold)
    made.setItalic(italic)
    made.setKerning(True)
    return made


@dataclass
class Page:
    ops: list[DrawOp] = field(default_factory=list)


@dataclass
class Flow:
    """Lays blocks down the page; `take(height)` returns where a block goes, starting a page if needed."""

    device: QPagedPaintDevice
    paper: str
    pages: list[Page] = field(default_factory=list)
    y: float = 0.0
    on_new_page: Callable[[Flow], None] | None = None

    @property
    def width(self) -> float:
        return PAPER_POINTS[self.paper][0]

    @property
    def height(self) -> float:
        return PAPER_POINTS[self.paper][1]

    @property
    def left(self) -> float:
        return MARGIN

    @property
    def content_width(self) -> float:
        return self.width - 2 * MARGIN

    @property
    def top(self) -> float:
        return MARGIN + HEADER

    @property
    def bottom(self) -> float:
        return self.height - MARGIN - FOOTER

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.top
        if self.on_new_page is not None:
            self.on_new_page(self)

    def take(self, height: float) -> float:
        """The y for a block of `height` points, on a new page when it does not fit on this one."""
        if not self.pages or (self.y + height > self.bottom and self.y > self.top):
            self.new_page()
        at = self.y
        self.y += height
        return at

    def draw(self, op: DrawOp) -> None:
        if not self.pages:
            self.new_page()
        self.pages[-1].ops.append(op)

    def text_height(self, text: str, used_font: QFont, width: float) -> float:
        metrics = QFontMetricsF(used_font, self.device)
        rect = metrics.boundingRect(QRectF(0, 0, pt(width), pt(10_000)), WRAP, text)
        return rect.height() * 72.0 / DPI

    def paragraph(self, text: str, used_font: QFont, *, gap: float = 4.0, indent: float = 0.0) -> None:
        width = self.content_width - indent
        height = self.text_height(text, used_font, width)
        y = self.take(height + gap)
        x = self.left + indent
        self.draw(lambda p: draw_text(p, QRectF(x, y, width, height + 2), text, used_font))

    def space(self, points: float) -> None:
        if self.pages and self.y + points <= self.bottom:
            self.y += points


def draw_text(painter: QPainter, rect_points: QRectF, text: str, used_font: QFont, flags: int = WRAP) -> None:
    painter.setFont(used_font)
    rect = QRectF(pt(rect_points.x()), pt(rect_points.y()), pt(rect_points.width()), pt(rect_points.height()))
    painter.drawText(rect, flags, text)
