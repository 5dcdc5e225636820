"""Loading the app's translations and Qt's own for the person's language, with English as the fallback.

The app's strings are written in English inside `tr()` calls; `resources/translations/journal_<lang>.qm`
(made by `scripts/translations.py`) replaces them for other languages. Qt's own `qtbase_<lang>.qm` translates
the words Qt draws itself (the "OK" and "Cancel" of standard buttons, the context menu of a text field).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journal.core.resources import resources_dir

APP_CATALOG = "journal"
QT_CATALOGS = ("qtbase",)
FALLBACK_LANGUAGE = "en"


def app_translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files may be: Qt's configured path, then the PySide6 wheel's (and a frozen bundle's)."""
    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [Path(configured)] if configured else []
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is imported above
        pass
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "PySide6" / "Qt" / "translations")
    return [path for path in dict.fromkeys(candidates) if path.is_dir()]


def _load_for_locale(catalog: str, locale: QLocale, directories: list[Path]) -> QTranslator | None:
    """The first `<catalog>_<lang>.qm` matching the locale's UI languages (de_AT, then de, ...)."""
    for directory in directories:
        translator = QTranslator()
        if translator.load(locale, catalog, "_", str(directory)):
            return translator
    return None


def _load_named(catalog: str, language: str, directories: list[Path]) -> QTranslator | None:
    for directory in directories:
        translator = QTranslator()
        if translator.load(f"{catalog}_{language}", str(directory)):
            return translator
    return None


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the app's and Qt's translators for `locale` (the system's by default) on `app`.

    Falls back to English when the app has no translation for the locale (the English catalogue holds the
    English plural forms, "%n day(s)" → "1 day", "2 days"). Qt's own catalogue follows the language the app
    actually speaks, so a German system without a German app catalogue gets English buttons too, never a mix.
    Returns the installed translators; keep a reference to them for as long as the app runs.
    """
    locale = locale if locale is not None else QLocale.system()
    installed: list[QTranslator] = []
    app_dirs = [app_translations_dir()] if app_translations_dir().is_dir() else []
    own = _load_for_locale(APP_CATALOG, locale, app_dirs) or _load_named(APP_CATALOG, FALLBACK_LANGUAGE, app_dirs)
    if own is not None:
        installed.append(own)
    spoken = QLocale(own.language()) if own is not None and own.language() else QLocale(QLocale.Language.English)
    if spoken.language() not in (QLocale.Language.English, QLocale.Language.C):
        qt_dirs = qt_translations_dirs()
        for catalog in QT_CATALOGS:
            qt_own = _load_for_locale(catalog, spoken, qt_dirs)
            if qt_own is not None:
                installed.append(qt_own)
    for translator in installed:
        app.installTranslator(translator)
    return installed
