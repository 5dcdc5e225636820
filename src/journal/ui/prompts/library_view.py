"""The Library: short readings to browse and search, shown in a comfortable column of text.

Readings are bundled content, not the person's writing, so this view needs no journal. Links are
never followed: the app does not go online.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.core.prompts.library import Reading, load_readings
from journal.core.prompts.selection import reading_offered
from journal.core.search import match_spans
from journal.ui.content_locale import content_locale
from journal.ui.prompts.reading_model import SAFETY_ROLE, ReadingListModel

READING_FONT_SCALE = 1.15
LINE_HEIGHT_PERCENT = 150
HEADING_LINE_HEIGHT_PERCENT = 115
#: Qt's relative font sizes by heading level; Markdown's defaults (3, 2, 1) shout for a quiet page.
HEADING_SIZE_ADJUSTMENT = {1: 2, 2: 1}
COLUMN_CHARACTERS = 70
SEPARATOR_SPACE = 12


class SafetySeparatorDelegate(QStyledItemDelegate):
    """Draws a thin line under the clinician-safety page, so it stands apart from the other readings."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return size + QSize(0, SEPARATOR_SPACE) if index.data(SAFETY_ROLE) else size

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if not index.data(SAFETY_ROLE):
            super().paint(painter, option, index)
            return
        rect = option.rect
        item = QStyleOptionViewItem(option)
        item.rect = rect.adjusted(0, 0, 0, -SEPARATOR_SPACE)
        super().paint(painter, item, index)
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        y = rect.bottom() - SEPARATOR_SPACE // 2
        painter.drawLine(rect.left() + 4, y, rect.right() - 4, y)
        painter.restore()


class ReadingBrowser(QTextBrowser):
    """A reading set in slightly larger type, airy lines, and a centred column about 70 characters wide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * READING_FONT_SCALE)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.reading: Reading | None = None

    def show_reading(self, reading: Reading | None) -> None:
        """Show a reading from its top; showing the one already shown keeps the place in it."""
        if reading is not None and self.reading is not None and reading.id == self.reading.id:
            return
        self.reading = reading
        if reading is None:
            self.clear()
            return
        self.setMarkdown(f"# {reading.title}\n\n{reading.body}\n")
        self._set_spacing_and_headings()
        self._centre_column()
        self.verticalScrollBar().setValue(0)

    def _set_spacing_and_headings(self) -> None:
        """Airy lines for the text; headings a step smaller than Markdown's default and set closer."""
        block = self.document().firstBlock()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            spacing = QTextBlockFormat()
            height = HEADING_LINE_HEIGHT_PERCENT if level else LINE_HEIGHT_PERCENT
            spacing.setLineHeight(height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor = QTextCursor(block)
            cursor.mergeBlockFormat(spacing)
            if level:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                size = QTextCharFormat()
                size.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE_ADJUSTMENT.get(level, 0))
                cursor.mergeCharFormat(size)
            block = block.next()

    def highlight(self, query: str) -> None:
        """Mark every word of the search in the reading, ignoring case and accents, as the list does."""
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        colour.setAlpha(70)
        marks = []
        for start, end in match_spans(self.document().toPlainText(), query):
            mark = QTextEdit.ExtraSelection()
            mark.cursor = QTextCursor(self.document())
            mark.cursor.setPosition(start)
            mark.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            mark.format.setBackground(colour)
            marks.append(mark)
        self.setExtraSelections(marks)

    def column_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * COLUMN_CHARACTERS

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._centre_column()

    def _centre_column(self) -> None:
        """Side margins that keep the text column at most ~70 characters wide, centred in the view."""
        side = max(12, (self.viewport().width() - self.column_width()) // 2)
        frame = self.document().rootFrame()
        current = frame.frameFormat()
        if int(current.leftMargin()) == side and int(current.rightMargin()) == side:
            return
        layout = QTextFrameFormat(current)
        layout.setLeftMargin(side)
        layout.setRightMargin(side)
        layout.setTopMargin(16)
        layout.setBottomMargin(24)
        frame.setFrameFormat(layout)


READING_LINK_SCHEME = "reading"  # [words](reading:<id>) in a reading links to another reading


class LibraryView(QWidget):
    """A searchable list of readings beside the reading itself."""

    def __init__(
        self,
        parent: QWidget | None = None,
        readings: Sequence[Reading] | None = None,
        loss_kinds: frozenset[str] | None = None,
    ) -> None:
        """`loss_kinds`: the kinds of loss the person recorded; readings for other kinds wait for a search."""
        super().__init__(parent)
        offered = None if loss_kinds is None else (lambda reading: reading_offered(reading, loss_kinds))
        self.model = ReadingListModel(
            load_readings(content_locale()) if readings is None else readings, self, offered=offered
        )
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search the readings"))
        self.search_field.setAccessibleName(self.tr("Search the readings"))
        self.search_field.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Readings"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.setItemDelegate(SafetySeparatorDelegate(self.list))
        self.empty_label = QLabel(self.tr("No readings match your search."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        self.browser = ReadingBrowser()
        self.browser.setAccessibleName(self.tr("Reading"))

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.search_field)
        side_layout.addWidget(self.empty_label)
        side_layout.addWidget(self.list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.search_field.textChanged.connect(self.search)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.setFocusProxy(self.search_field)
        self._select_row(0)

    def search(self, query: str) -> None:
        """Narrow the list; keep the reading shown if it still matches, else show the first match."""
        shown = self.browser.reading
        self.model.set_query(query)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(shown.id) if shown else None
        self._select_row(0 if row is None else row)
        self.browser.highlight(query)

    def _link_clicked(self, url: QUrl) -> None:
        """A link in a reading to another reading (`reading:<id>`) opens it here; nothing ever goes online."""
        if url.scheme() == READING_LINK_SCHEME:
            self.show_reading(url.path())

    def show_reading(self, reading_id: str) -> bool:
        """Show a reading by id (clearing a search that hides it); False when there is no such reading."""
        row = self.model.row_of(reading_id)
        if row is None and self.model.query:
            self.search_field.clear()
            row = self.model.row_of(reading_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.browser.show_reading(None)
            return
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.browser.show_reading(self.model.reading(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.browser.show_reading(self.model.reading(current.row()))
            self.browser.highlight(self.model.query)
