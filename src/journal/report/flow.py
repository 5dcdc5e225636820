"""Page geometry and a simple top-to-bottom flow that starts a new page when a block does not fit.

Everything is measured in points and converted to the PDF's device units with `pt()`. Blocks are
recorded as drawing callables so the page count is known before the first page is painted
("Page x of y").

Text is laid out with one `QTextLayout` for measuring and drawing, so both agree:
- it wraps at word boundaries, and inside a word only when one word is wider than its column (a long
  medication name never runs off the page);
- a number and its unit are held together ("38.6 °C", "9 pads", "4 IU/L" never split over two lines);
- ligatures are off, so the text layer reads "first", not "ﬁrst", for search and copy-paste;
- emoji the embedded font cannot draw are dropped rather than drawn as empty boxes (DejaVu Sans is
  the only font a PDF/A file here embeds; its own symbols, such as ♥ or ✎, are kept).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPaintDevice, QPainter, QTextLayout, QTextOption

DPI = 600
FONT_FAMILY = "DejaVu Sans"
MARGIN = 40.0
HEADER = 26.0
FOOTER = 22.0
PAPER_POINTS = {"A4": (595.0, 842.0), "Letter": (612.0, 792.0)}
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)

DrawOp = Callable[[QPainter], None]
NO_BREAK = "\u00a0"
_NUMBER_AND_UNIT = re.compile(r"(?<=\d) (?=°|%|/|[A-Za-zµ]{1,8}\b)")  # "38.6 °C", "500 mg", "9 pads"
# Pictographs, dingbats, flags, skin tones, joiners and the emoji presentation selector.
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u200d\ufe0e\ufe0f\u20e3]")


def pt(points: float) -> float:
    return points * DPI / 72.0


def font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The report's font at `size` points; shared, so do not change the one returned."""
    return _font(size, bold, italic)


@functools.cache  # a handful of sizes; kept for the process, so their ids stay theirs (`_measure`)
def _font(size: float, bold: bool, italic: bool) -> QFont:
    made = QFont(FONT_FAMILY)
    made.setPointSizeF(size)
    made.setBold(bold)
    made.setItalic(italic)
    made.setKerning(True)
    for feature in ("liga", "clig", "dlig"):  # "fi" stays two letters in the text layer
        made.setFeature(QFont.Tag(feature), 0)
    _font_keys[id(made)] = made.key()
    return made


_printable: dict[str, str] = {}


def printable(text: str, used_font: QFont) -> str:
    """`text` as the page shows it: emoji the font lacks dropped, numbers held to their units."""
    if not _EMOJI.search(text):  # the usual case: only the units to hold (one font family, so one answer)
        found = _printable.get(text)
        if found is None:
            if len(_printable) > 50_000:
                _printable.clear()
            found = _printable[text] = _NUMBER_AND_UNIT.sub(NO_BREAK, text)
        return found
    metrics = QFontMetricsF(used_font)

    def keep(match: re.Match[str]) -> str:
        char = match.group()
        return char if char not in "\u200d\ufe0e\ufe0f\u20e3" and metrics.inFontUcs4(ord(char)) else ""

    cleaned = _EMOJI.sub(keep, text)
    if cleaned != text:
        cleaned = re.sub(r"[ \t]{2,}", " ", cleaned)
    return _NUMBER_AND_UNIT.sub(NO_BREAK, cleaned)


_measured: dict[tuple[str, str, int], tuple[float, float, float]] = {}
_font_keys: dict[int, str] = {}


def _measure(text: str, used_font: QFont, device: QPaintDevice) -> tuple[float, float, float]:
    """(advance, height, ascent) of one line of `text`; remembered, as table cells repeat ("2/5", "none")."""
    key = (text, _font_keys.get(id(used_font)) or used_font.key(), device.logicalDpiX())
    found = _measured.get(key)
    if found is None:
        if len(_measured) > 50_000:
            _measured.clear()
        metrics = QFontMetricsF(used_font, device)
        found = _measured[key] = (metrics.horizontalAdvance(text), metrics.height(), metrics.ascent())
    return found


def one_line(text: str, used_font: QFont, width_device: float, device: QPaintDevice) -> float | None:
    """The line height when `text` fits on one line without wrapping (most table cells), else None."""
    if "\n" in text:
        return None
    advance, height, _ = _measure(text, used_font, device)
    return height if advance <= width_device else None


def text_layout(text: str, used_font: QFont, width_device: float, device: QPaintDevice) -> tuple[QTextLayout, float]:
    """A laid-out paragraph `width_device` units wide, and its height in the same units."""
    layout = QTextLayout(printable(text, used_font).replace("\n", "\u2028"), used_font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width_device)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


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
        if not text:
            return QFontMetricsF(used_font, self.device).height() * 72.0 / DPI
        shown = printable(text, used_font)
        height = one_line(shown, used_font, pt(width), self.device)
        if height is None:
            height = text_layout(text, used_font, pt(width), self.device)[1]
        return height * 72.0 / DPI

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
    """Wrapped, left-aligned text from the top left of the rectangle; other alignments for one line."""
    painter.setFont(used_font)
    rect = QRectF(pt(rect_points.x()), pt(rect_points.y()), pt(rect_points.width()), pt(rect_points.height()))
    if flags != WRAP:
        painter.drawText(rect, flags, printable(text, used_font))
        return
    if not text:
        return
    shown = printable(text, used_font)
    if one_line(shown, used_font, rect.width(), painter.device()) is not None:
        ascent = _measure(shown, used_font, painter.device())[2]
        painter.drawText(QPointF(rect.left(), rect.top() + ascent), shown)
        return
    layout, _ = text_layout(text, used_font, rect.width(), painter.device())
    layout.draw(painter, rect.topLeft())
