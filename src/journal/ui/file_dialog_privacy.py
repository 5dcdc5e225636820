"""Qt's own file dialog remembers folders in `QtProject.conf`; the app wipes that memory.

Qt writes the dialog's `history` and `lastVisited` (folder paths, which can name a person or a
clinic) under the "FileDialog" group of the user's "QtProject" settings. The journal forgets them
after its own file dialogs close, on lock and on quit, so no trail of folders is left behind.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

QT_ORGANISATION = "QtProject"
FILE_DIALOG_GROUP = "FileDialog"


def forget_file_dialog_history() -> None:
    """Remove Qt's remembered file-dialog folders from the user's settings (a no-op if none)."""
    store = QSettings(QSettings.Scope.UserScope, QT_ORGANISATION)
    if FILE_DIALOG_GROUP in store.childGroups():
        store.remove(FILE_DIALOG_GROUP)
        store.sync()
