"""A horizontal bar split by how many days had each mood, each part in its mood colour with its word."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from journal.core.domain.mood import mood_word
from journal.ui.content_locale import content_locale
from journal.ui.theme import MOOD_COLOURS, MOOD_TEXT_COLOURS

MOOD_COUNTS_ROLE = Qt.ItemDataRole.UserRole + 11


class MoodSpreadBar(QWidget):
    """Shows the mood spread of a range; the tooltip and the words in the bar carry the meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: tuple[int, ...] = (0, 0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, max(30, self.fontMetrics().height() + 12))  # room for the words at any text size

    def set_counts(self, counts: tuple[int, ...]) -> None:
        self._counts = counts
        parts = [f"{mood_word(step, content_locale())}: {count}" for step, count in enumerate(counts, 1) if count]
        self.setToolTip("\n".join(parts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_mood_spread(painter, QRectF(self.rect()), self._counts)
        painter.end()


def paint_mood_spread(painter: QPainter, area: QRectF, counts: tuple[int, ...]) -> None:
    """Fill `area` left to right with one part per mood step, sized by its count, labelled if it fits.

    A part too narrow for "Low 6" shows the word alone, or nothing: a bare "6" read as a mood score.
    The counts are always in the tooltip and the cell's text."""
    total = sum(counts)
    if not total:
        return
    x = area.left()
    metrics = painter.fontMetrics()
    for step, count in enumerate(counts, 1):
        if not count:
            continue
        part = QRectF(x, area.top(), area.width() * count / total, area.height())
        painter.fillRect(part, QColor(MOOD_COLOURS[step]))
        painter.setPen(QColor(MOOD_TEXT_COLOURS[step]))
        text = segment_label(step, count, lambda words, part=part: metrics.horizontalAdvance(words) + 8 < part.width())
        if text:
            painter.drawText(part, Qt.AlignmentFlag.AlignCenter, text)
        x += part.width()


def segment_label(step: int, count: int, fits: Callable[[str], bool]) -> str:
    """The words for one part: "Low 6", else "Low", else nothing; never a bare count."""
    word = mood_word(step, content_locale())
    return next((text for text in (f"{word} {count}", word) if fits(text)), "")


class MoodSpreadDelegate(QStyledItemDelegate):
    """Draws the Mood column of the summaries as a spread bar; the cell's text stays for screen readers."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        counts = index.data(MOOD_COUNTS_ROLE)
        if not counts or not sum(counts):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_mood_spread(painter, QRectF(option.rect).adjusted(3, 3, -3, -3), tuple(counts))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 160), max(hint.height(), option.fontMetrics.height()) + 6)
