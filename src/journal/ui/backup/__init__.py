"""Backups in the app: "Back up now", automatic backups, "Restore…" and the backup-folder setting.

The work itself is `journal.core.backup`; these classes collect choices, run it off the UI thread,
and report back through signals the main window connects to.
"""

from journal.ui.backup.actions import BackupActions
from journal.ui.backup.folder_settings import BackupFolderSettings
from journal.ui.backup.restore_dialog import RestoreDialog

__all__ = ["BackupActions", "BackupFolderSettings", "RestoreDialog"]
