"""Pictures and letters kept on a day, a key date or a memory page, as a grid of small previews.

Previews come from the journal's sealed preview cache; one that is missing is made off the UI
thread (decrypted, decoded and scaled in memory) and sealed into the cache. Attaching reads the
file and seals it off the UI thread too; the person is told when a location was removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.errors import BadInputError, InputProblem, JournalError
from journal.core.input_files import read_bounded
from journal.core.journal import Journal
from journal.core.memories.index import Added
from journal.core.memories.media import MAX_BYTES
from journal.core.memories.model import Attachment, OwnerKind
from journal.core.memories.saving import save_copy
from journal.drawing.pictures import PREVIEW_SIDE, first_page_or_picture, preview_bytes
from journal.ui.background import BusyIndicator, run_in_background
from journal.ui.error_words import error_text
from journal.ui.file_dialog_privacy import forget_file_dialog_history

ICON = QSize(PREVIEW_SIDE // 2 * 3 // 2, PREVIEW_SIDE // 2 * 3 // 2)


def make_previews(journal: Journal, items: list[Attachment]) -> dict[str, bytes]:
    """For each of `items`: decrypt, decode scaled, keep a sealed preview; runs off the UI thread."""
    made: dict[str, bytes] = {}
    for item in items:
        try:
            with journal.transaction() as session:
                data = journal.memories.read_content(session, item.id)
        except JournalError:
            continue
        image = first_page_or_picture(data, item.media_type, PREVIEW_SIDE)
        if image is None:
            continue
        made[item.id] = preview_bytes(image)
    if made:
        with journal.transaction() as session:
            for attachment_id, preview in made.items():
                journal.memories.store_thumbnail(session, attachment_id, preview)
    return made


# Their words already name the kinds of file and the size that can be added: not said twice.
_SAYS_WHAT_CAN_BE_ADDED = frozenset(
    {InputProblem.NOT_SUPPORTED_TYPE, InputProblem.ATTACHMENT_TOO_LARGE, InputProblem.ATTACHMENT_UNREADABLE}
)


class AttachmentGrid(QWidget):
    """The attachments of one owner (a day's date, a key date, a memory page), with add/open/remove."""

    changed = Signal()
    previews_ready = Signal()

    def __init__(
        self,
        journal: Journal,
        owner: OwnerKind,
        owner_id: str,
        date: dt.date,
        parent: QWidget | None = None,
        *,
        every_attachment: bool = False,
        can_add: bool = True,
        browse: Callable[[], Sequence[Attachment]] | None = None,
    ) -> None:
        """`can_add`: offer "Add…" here; `browse`: what the viewer steps through when one of these is opened
        (a memory page passes every picture it shows, across its groups); by default this grid's own."""
        super().__init__(parent)
        self._journal = journal
        self._owner = owner
        self._owner_id = owner_id
        self._date = date
        self._every = every_attachment
        self._browse = browse
        self._items: list[Attachment] = []
        self._icons: dict[str, QIcon] = {}
        self.ask_file: Callable[[], Path | None] = self._ask_file

        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(ICON)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setSpacing(8)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setGridSize(QSize(ICON.width() + 40, ICON.height() + 48))
        self.list.setAccessibleName(self.tr("Pictures and letters"))
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty = QLabel(self.tr("Nothing here yet. You can add a photo, a scan or a letter if you want to."))
        self.empty.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.busy = BusyIndicator(self.tr("Working…"), self)

        self.add_button = QPushButton(self.tr("Add a picture or letter…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.caption_button = QPushButton(self.tr("Caption…"))
        self.report_box = QCheckBox(self.tr("Include in the clinician PDF"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.add_button.clicked.connect(self.choose_and_add)
        self.open_button.clicked.connect(self.open_current)
        self.caption_button.clicked.connect(self.edit_caption)
        self.report_box.toggled.connect(self._set_in_report)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        if can_add and not every_attachment:
            buttons.addWidget(self.add_button)
        else:
            self.add_button.hide()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.caption_button)
        buttons.addWidget(self.report_box)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.refresh()

    # -- showing -----------------------------------------------------------------------------

    def items(self) -> list[Attachment]:
        return list(self._items)

    def refresh(self) -> None:
        memories = self._journal.memories
        if self._every:
            self._items = memories.attachments()
        elif self._owner is OwnerKind.DAY:
            self._items = memories.attachments_for(OwnerKind.DAY, "", self._date)
        else:
            self._items = memories.attachments_for(self._owner, self._owner_id)
        row = self.list.currentRow()
        self.list.clear()
        placeholder = self._placeholder()
        wanted = [item.id for item in self._items if item.id not in self._icons]
        if wanted:
            with self._journal.transaction() as session:
                found = memories.thumbnails(session, wanted)
            for attachment_id, preview in found.items():
                icon = self._icon(preview)
                if icon is not None:
                    self._icons[attachment_id] = icon
        for item in self._items:
            entry = QListWidgetItem(self._icons.get(item.id, placeholder), self._label(item))
            entry.setToolTip(item.caption or item.file_name)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(entry)
        self.empty.setVisible(not self._items)
        self.list.setVisible(bool(self._items))
        if self._items:
            self.list.setCurrentRow(max(0, min(row, len(self._items) - 1)))
        self._update_buttons()
        missing = [item for item in self._items if item.id not in self._icons]
        if missing:
            run_in_background(self, lambda: make_previews(self._journal, missing), self._previews_made, lambda _e: None)
        else:
            self.previews_ready.emit()

    def _icon(self, preview: bytes) -> QIcon | None:
        """The preview centred on a square with a thin edge, so tall letters and wide photos line up."""
        image = QImage.fromData(preview)
        if image.isNull():
            return None
        image = image.scaled(ICON, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        square = QPixmap(ICON)
        square.fill(QColor(0, 0, 0, 0))
        painter = QPainter(square)
        left, top = (ICON.width() - image.width()) // 2, (ICON.height() - image.height()) // 2
        painter.drawImage(left, top, image)
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawRect(left, top, image.width() - 1, image.height() - 1)
        painter.end()
        return QIcon(square)

    def _label(self, item: Attachment) -> str:
        text = item.caption or item.file_name
        if self._every or self._owner is not OwnerKind.DAY:
            when = QLocale().toString(QDate(item.date.year, item.date.month, item.date.day), "d MMM yyyy")
            text = f"{when}\n{text}"
        return text if len(text) <= 60 else text[:57] + "…"

    def _placeholder(self) -> QIcon:
        pixmap = QPixmap(ICON)
        pixmap.fill(self.palette().midlight().color())
        return QIcon(pixmap)

    def _previews_made(self, made: dict[str, bytes]) -> None:
        for attachment_id, preview in made.items():
            icon = self._icon(preview)
            if icon is not None:
                self._icons[attachment_id] = icon
        for row in range(self.list.count()):
            entry = self.list.item(row)
            icon = self._icons.get(entry.data(Qt.ItemDataRole.UserRole))
            if icon is not None:
                entry.setIcon(icon)
        self.previews_ready.emit()

    def _current(self) -> Attachment | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _update_buttons(self) -> None:
        current = self._current()
        for button in (self.open_button, self.caption_button, self.remove_button, self.report_box):
            button.setEnabled(current is not None)
        self.report_box.blockSignals(True)
        self.report_box.setChecked(bool(current and current.in_report))
        self.report_box.blockSignals(False)

    # -- adding ------------------------------------------------------------------------------

    def _ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a picture or letter"),
            "",
            self.tr("Pictures and PDF letters (*.png *.jpg *.jpeg *.webp *.pdf)"),
        )
        forget_file_dialog_history()
        return Path(name) if name else None

    def choose_and_add(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> None:
        """Attach the file at `path` off the UI thread; the grid and a notice update when it is done."""
        self.notice.setText(self.tr("Adding it, encrypted…"))
        self.add_button.setEnabled(False)
        journal, owner, owner_id, date = self._journal, self._owner, self._owner_id, self._date

        def work() -> Added:
            try:
                data = read_bounded(path, MAX_BYTES)
            except OSError:
                raise BadInputError("file", InputProblem.ATTACHMENT_UNREADABLE) from None
            with journal.transaction() as session:
                return journal.memories.add_attachment(
                    session, data, file_name=path.name, date=date, owner=owner, owner_id=owner_id
                )

        run_in_background(self, work, self._added, self._not_added, self.busy)

    def _added(self, added: Added) -> None:
        self.add_button.setEnabled(True)
        if added.attachment.location_removed:
            self.notice.setText(
                self.tr("Added. It held where it was taken; that was removed, and the picture is unchanged.")
            )
        else:
            self.notice.setText(self.tr("Added, and encrypted with the rest of your journal."))
        self.refresh()
        self.list.setCurrentRow(len(self._items) - 1)
        self.changed.emit()

    def _not_added(self, error: Exception) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, BadInputError) and error.problem in _SAYS_WHAT_CAN_BE_ADDED:
            self.notice.setText(error_text(error))
        elif isinstance(error, BadInputError):
            self.notice.setText(
                self.tr("{0} Pictures (PNG, JPEG, WebP) and PDF letters up to 25 MB can be added.").format(
                    error_text(error)
                )
            )
        elif isinstance(error, JournalError):
            self.notice.setText(error_text(error))
        else:
            self.notice.setText(self.tr("That file can't be added. Nothing was changed."))

    # -- the others --------------------------------------------------------------------------

    def open_current(self) -> None:
        from journal.ui.memories.viewer import AttachmentViewer

        current = self._current()
        if current is None:
            return
        items = list(self._browse()) if self._browse is not None else self._items
        if current not in items:  # not expected: the viewer still opens on the one chosen
            items = self._items
        self.viewer = AttachmentViewer(items, items.index(current), self._load, self._save, self)
        self.viewer.open()

    def _load(self, attachment_id: str) -> bytes:
        with self._journal.transaction() as session:
            return self._journal.memories.read_content(session, attachment_id)

    def _save(self, attachment_id: str, target: Path) -> None:
        save_copy(self._journal, attachment_id, target, replace=True)  # the save dialog asked already

    def edit_caption(self) -> None:
        current = self._current()
        if current is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Caption"), self.tr("A few words to go with it:"), text=current.caption
        )
        if ok:
            self._update(current, caption=text.strip())

    def _set_in_report(self, checked: bool) -> None:
        current = self._current()
        if current is not None and current.in_report != checked:
            self._update(current, in_report=checked)

    def _update(self, current: Attachment, **changes: object) -> None:
        from dataclasses import replace

        try:
            with self._journal.transaction() as session:
                self._journal.memories.update_attachment(session, replace(current, **changes))  # type: ignore[arg-type]
        except JournalError as error:
            self.notice.setText(error_text(error))
            return
        self.refresh()
        self.changed.emit()

    def remove_current(self, *, confirm: bool = True) -> None:
        current = self._current()
        if current is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove it?"),
                self.tr("Remove this from your journal? It can't be brought back, unless a backup holds it."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self._journal.transaction() as session:
                self._journal.memories.remove_attachment(session, current.id)
        except JournalError as error:
            self.notice.setText(error_text(error))
            return
        self._icons.pop(current.id, None)
        self.notice.setText(self.tr("Removed."))
        self.refresh()
        self.changed.emit()
