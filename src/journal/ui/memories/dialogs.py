"""Small windows holding an attachment grid: the pictures of a day, or of a key date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.journal import Journal
from journal.core.memories.model import OwnerKind
from journal.ui.memories.grid import AttachmentGrid


class AttachmentsDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        owner: OwnerKind,
        owner_id: str,
        date: dt.date,
        heading: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pictures and letters"))
        title = QLabel(heading)
        title.setWordWrap(True)
        self.grid = AttachmentGrid(journal, owner, owner_id, date, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.grid, 1)
        layout.addWidget(close)
        self.resize(720, 520)


def _long(date: dt.date) -> str:
    return QLocale().toString(QDate(date.year, date.month, date.day), QLocale.FormatType.LongFormat)


def day_attachments(journal: Journal, date: dt.date, parent: QWidget | None = None) -> AttachmentsDialog:
    return AttachmentsDialog(
        journal,
        OwnerKind.DAY,
        "",
        date,
        QCoreApplication.translate("AttachmentsDialog", "Pictures and letters kept with {0}").format(_long(date)),
        parent,
    )


def key_date_window(journal: Journal, key_date: KeyDate, parent: QWidget | None = None) -> QDialog:
    """A loss opens its memory page; any other key date, its pictures and letters."""
    if key_date.kind is KeyDateKind.LOSS:
        from journal.ui.memories.memory_page import MemoryPageView

        return MemoryPageView(journal, key_date, parent)
    return AttachmentsDialog(
        journal,
        OwnerKind.KEY_DATE,
        key_date.id,
        key_date.date,
        QCoreApplication.translate("AttachmentsDialog", "Pictures and letters kept with {0}").format(
            _long(key_date.date)
        ),
        parent,
    )
