"""Backups in the app: "Back up now", automatic backups, "Restore…" and the backup-folder setting.

The work itself is `journal.core.backup`; these classes collect choices, run it off the UI thread,
and report back through signals the main window connects to. Nothing is imported here: the
controller imports `backup_flow` before the first window, and the modules behind the actions load
SQLAlchemy, which must wait until that window shows.
"""
