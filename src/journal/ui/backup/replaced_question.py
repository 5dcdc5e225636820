"""After a restore, the question whether to remove the journal it replaced (kept aside until then).

Asked only once the restored journal has opened with every entry readable, and answered "keep"
by default: the replaced journal may be the one the person really wanted.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.core.backup.restore import discard_replaced, replaced_journals
from journal.core.journal import Journal


def ask_about_replaced(journal: Journal, window: QWidget) -> QMessageBox | None:
    """Open the question (non-blocking) if there is something to ask; returns it, or None."""
    paths = replaced_journals(journal.files)
    if not paths or journal.unreadable_count > 0:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ReplacedQuestion", "The journal the restore replaced"),
        QCoreApplication.translate(
            "ReplacedQuestion",
            "The journal that the restore replaced is still kept aside on this computer. "
            "Now that the restored journal opens, you can remove it, or keep it for now.",
        ),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    remove = box.addButton(
        QCoreApplication.translate("ReplacedQuestion", "Remove it"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("ReplacedQuestion", "Keep it for now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.finished.connect(lambda _result: _answered(box.clickedButton() is remove, paths))
    box.open()
    return box


def _answered(remove: bool, paths: list[Path]) -> None:
    if not remove:
        return
    for path in paths:
        with contextlib.suppress(OSError):
            discard_replaced(path)
