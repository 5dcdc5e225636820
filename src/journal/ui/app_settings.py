"""The app's own preferences, none of them personal: auto-lock minutes, theme, window size.

Kept in an INI file through QSettings. Anything that says something about the person (what they
track, their words) lives sealed inside the journal instead (`journal.core.settings`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "RecoveryJournal"
APPLICATION = "RecoveryJournal"
THEMES = ("system", "light", "dark")
DEFAULT_AUTO_LOCK_MINUTES = 5


class AppSettings:
    """Typed access to the non-personal preferences; `auto_lock_minutes == 0` means never."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    @property
    def auto_lock_minutes(self) -> int:
        value = self._store.value("lock/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        if not isinstance(value, int | float | str):
            return DEFAULT_AUTO_LOCK_MINUTES
        try:
            return max(0, min(240, int(value)))
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._store.setValue("lock/auto_lock_minutes", int(minutes))

    @property
    def theme(self) -> str:
        value = str(self._store.value("appearance/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, theme: str) -> None:
        self._store.setValue("appearance/theme", theme if theme in THEMES else "system")

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._store.sync()

    def file_name(self) -> str:
        return self._store.fileName()
