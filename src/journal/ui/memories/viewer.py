"""The in-app viewer for pictures and PDF letters: fit, zoom, next and previous, all by keyboard.

Bytes come from `load(id)` (decrypted in memory) and are drawn from memory; nothing is handed to
another program and no temporary file is written. "Save a copy…" writes the original file only
when asked, and says that the copy is not encrypted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.core.errors import JournalError
from journal.core.memories.model import Attachment, MediaType
from journal.drawing.pictures import PdfPages, decode_image
from journal.ui.error_words import error_text
from journal.ui.file_dialog_privacy import forget_file_dialog_history

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


class AttachmentViewer(QDialog):
    """Shows one attachment at a time from `items`, starting at `index`."""

    def __init__(
        self,
        items: Sequence[Attachment],
        index: int,
        load: Callable[[str], bytes],
        save_copy: Callable[[str, Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pictures and letters"))
        self._items = list(items)
        self._index = max(0, min(index, len(self._items) - 1))
        self._load = load
        self._save_copy = save_copy
        self._image: QImage | None = None
        self._pdf: PdfPages | None = None
        self._page = 0
        self.zoom: float | None = None  # None: fit to the window
        self.ask_target: Callable[[str], Path | None] = self._ask_target

        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setAccessibleName(self.tr("Picture"))
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidgetResizable(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.previous_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.fit_button = QPushButton(self.tr("Fit"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.fit_button.clicked.connect(self.fit)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.save_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.accept)
        for button in (
            self.previous_button,
            self.next_button,
            self.fit_button,
            self.zoom_in_button,
            self.zoom_out_button,
        ):
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.position)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.zoom_in_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        self._keys()
        self.resize(900, 700)
        self.show_current()

    # -- what is shown -----------------------------------------------------------------------

    @property
    def current(self) -> Attachment | None:
        return self._items[self._index] if self._items else None

    def show_current(self) -> None:
        item = self.current
        self._image, self._pdf, self._page, self.zoom = None, None, 0, None
        self.status.clear()
        if item is None:
            self.picture.setText(self.tr("There is nothing to show here yet."))
            self._update_controls()
            return
        self.caption.setText(item.caption)
        try:
            data = self._load(item.id)
        except JournalError as error:
            self._cannot_show(error_text(error))
            return
        if item.media_type is MediaType.PDF:
            pdf = PdfPages(data)
            if pdf.count == 0:
                self._cannot_show()
                return
            self._pdf = pdf
        else:
            self._image = decode_image(data)
            if self._image is None:
                self._cannot_show()
                return
        self._render()

    def _cannot_show(self, reason: str = "") -> None:
        self.picture.setPixmap(QPixmap())
        self.picture.setText(
            reason
            or self.tr(
                "This can't be shown: it may be damaged, or in a form this app can't read. "
                "The rest of your journal is fine."
            )
        )
        self._update_controls()

    def _page_image(self, width: int) -> QImage | None:
        if self._pdf is not None:
            return self._pdf.render(self._page, width)
        return self._image

    def _render(self) -> None:
        viewport = self.scroll_area.viewport().size()
        if self._pdf is not None:
            width = int(viewport.width() * (self.zoom or 1.0)) - 8
            image = self._page_image(max(64, width))
        else:
            image = self._image
        if image is None:
            self._cannot_show()
            return
        if self.zoom is None:
            scaled = image.scaled(
                max(1, viewport.width() - 4),
                max(1, viewport.height() - 4),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            if image.width() <= viewport.width() and image.height() <= viewport.height() and self._pdf is None:
                scaled = image  # small pictures are not blown up to fill the window
        elif self._pdf is None:
            scaled = image.scaled(
                max(1, int(image.width() * self.zoom)),
                max(1, int(image.height() * self.zoom)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        else:
            scaled = image
        self.picture.setText("")
        self.picture.setPixmap(QPixmap.fromImage(scaled))
        self.picture.setMinimumSize(scaled.size() if self.zoom is not None else self.picture.minimumSizeHint())
        self._update_controls()

    def _update_controls(self) -> None:
        count = len(self._items)
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < count - 1)
        text = self.tr("{0} of {1}").format(self._index + 1, count) if count else ""
        if self._pdf is not None and self._pdf.count > 1:
            text += "  " + self.tr("page {0} of {1}").format(self._page + 1, self._pdf.count)
        self.position.setText(text)
        shown = self._image is not None or self._pdf is not None
        for button in (self.fit_button, self.zoom_in_button, self.zoom_out_button, self.save_button):
            button.setEnabled(shown or (button is self.save_button and self.current is not None))

    # -- actions -----------------------------------------------------------------------------

    def step(self, by: int) -> None:
        wanted = self._index + by
        if 0 <= wanted < len(self._items):
            self._index = wanted
            self.show_current()

    def turn_page(self, by: int) -> None:
        if self._pdf is not None and 0 <= self._page + by < self._pdf.count:
            self._page += by
            self._render()

    def fit(self) -> None:
        self.zoom = None
        self._render()

    def zoom_by(self, factor: float) -> None:
        start = self.zoom
        if start is None:
            image = self._page_image(self.scroll_area.viewport().width())
            viewport = self.scroll_area.viewport().size()
            start = (
                1.0
                if image is None or self._pdf is not None
                else min(1.0, viewport.width() / max(1, image.width()), viewport.height() / max(1, image.height()))
            )
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, start * factor))
        self._render()

    def save_copy(self) -> None:
        item = self.current
        if item is None:
            return
        target = self.ask_target(item.file_name)
        if target is None:
            return
        try:
            self._save_copy(item.id, target)
        except JournalError as error:
            self.status.setText(error_text(error))
            return
        self.status.setText(self.tr("Saved {0}. It is not encrypted; keep it somewhere private.").format(target.name))

    def _ask_target(self, file_name: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy (not encrypted)"), file_name)
        forget_file_dialog_history()
        return Path(name) if name else None

    # -- keyboard and size -------------------------------------------------------------------

    def _keys(self) -> None:
        """Shortcuts on the whole window, so the keys work wherever the focus is (the picture, a button)."""
        bindings = (
            (("Left",), lambda: self.step(-1)),
            (("Right",), lambda: self.step(1)),
            (("PgUp",), lambda: self.turn_page(-1)),
            (("PgDown",), lambda: self.turn_page(1)),
            (("+", "=", "Ctrl++"), lambda: self.zoom_by(ZOOM_STEP)),
            (("-", "Ctrl+-"), lambda: self.zoom_by(1 / ZOOM_STEP)),
            (("0", "F", "Ctrl+0"), self.fit),
        )
        self._shortcuts = []
        for keys, action in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(action)
                self._shortcuts.append(shortcut)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.zoom is None and (self._image is not None or self._pdf is not None):
            self._render()
