"""Automatic backups: on unlock (at most once a calendar day) and on quit, into a folder the person picks.

Pointing the folder at one that Syncthing, Nextcloud or a cloud drive syncs gives an off-machine
copy while the app itself never uses the network. The chosen folder is stored sealed inside the
journal (a path can be personal), so it is only known once the journal is unlocked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from journal.core.backup.rotation import KeepPolicy, backup_name, names_to_remove, parse_backup_name
from journal.core.backup.writer import BackupResult, backup_storage_error, write_backup
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles

PREFERENCES_DOCUMENT = "backup_preferences"
DEFAULT_POLICY = KeepPolicy()


@dataclass(frozen=True, slots=True)
class BackupPreferences:
    folder: Path | None = None  # None: the default folder inside the data folder
    automatic: bool = True

    def folder_for(self, files: JournalFiles) -> Path:
        return self.folder if self.folder is not None else default_backup_folder(files)


def default_backup_folder(files: JournalFiles) -> Path:
    return files.data_dir / "backups"


def load_preferences(journal: Journal) -> BackupPreferences:
    stored = journal.document(PREFERENCES_DOCUMENT) or {}
    folder = stored.get("folder")
    automatic = stored.get("automatic", True)
    return BackupPreferences(
        folder=Path(folder) if isinstance(folder, str) and folder else None,
        automatic=automatic if isinstance(automatic, bool) else True,
    )


def save_preferences(journal: Journal, preferences: BackupPreferences) -> None:
    body = {"folder": str(preferences.folder) if preferences.folder else None, "automatic": preferences.automatic}
    with journal.transaction() as session:
        journal.save_document(session, PREFERENCES_DOCUMENT, body)


def backup_due(last: dt.datetime | None, now: dt.datetime) -> bool:
    """True unless a backup was already made on `now`'s calendar day."""
    return last is None or last.date() != now.date()


def journal_tag(journal: Journal) -> str:
    """A few hex digits of the random journal id (already in every backup's clear header)."""
    return journal.header.journal_id.hex()[:8]


def latest_backup_time(folder: Path, tag: str = "") -> dt.datetime | None:
    try:
        times = [when for path in folder.iterdir() if (when := parse_backup_name(path.name, tag)) is not None]
    except OSError:
        return None
    return max(times, default=None)


def run_automatic_backup(
    journal: Journal, *, now: dt.datetime, on_unlock: bool, policy: KeepPolicy = DEFAULT_POLICY
) -> BackupResult | None:
    """Make the automatic backup if one is due (always on quit), then let old ones go by `policy`."""
    preferences = load_preferences(journal)
    if not preferences.automatic:
        return None
    folder = preferences.folder_for(journal.files)
    tag = journal_tag(journal)
    if on_unlock and not backup_due(latest_backup_time(folder, tag), now):
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise backup_storage_error(error) from None
    result = write_backup(journal, folder / backup_name(now, tag), now=now.astimezone())
    prune(folder, policy, tag)
    return result


def prune(folder: Path, policy: KeepPolicy = DEFAULT_POLICY, tag: str = "") -> list[Path]:
    """Remove this journal's automatic backups the policy no longer keeps; returns what was removed."""
    names = [path.name for path in folder.iterdir()]
    removed = []
    for name in names_to_remove(names, policy, tag):
        path = folder / name
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
