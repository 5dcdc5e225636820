"""The app shows itself in the person's language when a translation exists, and in English otherwise."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

import journal.ui.translations as translations
from journal.ui.translations import install_translators

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ROOT / "resources" / "translations"
SCRIPT = ROOT / "scripts" / "translations.py"

GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Probe</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
</TS>
"""


def _qt_tool(name: str) -> str | None:
    beside_python = Path(sys.executable).with_name(name)
    return str(beside_python) if beside_python.exists() else shutil.which(name)


needs_lrelease = pytest.mark.skipif(_qt_tool("pyside6-lrelease") is None, reason="pyside6-lrelease is not installed")


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs; removed afterwards so no other test runs in German."""
    kept: list[QTranslator] = []
    yield kept
    for translator in kept:
        qapp.removeTranslator(translator)


@pytest.fixture
def german_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A translations folder holding a one-message German catalogue, used instead of the shipped one."""
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "journal_de.ts").write_text(GERMAN_TS, encoding="utf-8")
    subprocess.run(
        [str(_qt_tool("pyside6-lrelease")), str(folder / "journal_de.ts"), "-qm", str(folder / "journal_de.qm")],
        check=True,
        capture_output=True,
    )
    shutil.copy(SHIPPED / "journal_en.qm", folder / "journal_en.qm")
    monkeypatch.setattr(translations, "app_translations_dir", lambda: folder)
    return folder


@needs_lrelease
def test_german_locale_shows_the_german_translation(
    qapp: QApplication, german_catalogue: Path, installed: list[QTranslator]
) -> None:
    installed += install_translators(qapp, QLocale("de_DE"))
    assert QCoreApplication.translate("Probe", "Today") == "Heute"
    assert Path(installed[0].filePath()).name == "journal_de.qm"


@needs_lrelease
def test_a_regional_locale_uses_its_language(
    qapp: QApplication, german_catalogue: Path, installed: list[QTranslator]
) -> None:
    installed += install_translators(qapp, QLocale("de_AT"))
    assert QCoreApplication.translate("Probe", "Today") == "Heute"


@needs_lrelease
def test_a_language_without_translation_falls_back_to_english(
    qapp: QApplication, german_catalogue: Path, installed: list[QTranslator]
) -> None:
    installed += install_translators(qapp, QLocale("sw_KE"))
    assert Path(installed[0].filePath()).name == "journal_en.qm"
    assert QCoreApplication.translate("Probe", "Today") == "Today"


def _has_german_qtbase() -> bool:
    return any((folder / "qtbase_de.qm").exists() for folder in translations.qt_translations_dirs())


@needs_lrelease
def test_qt_own_buttons_follow_the_app_language(
    qapp: QApplication, german_catalogue: Path, installed: list[QTranslator]
) -> None:
    if not _has_german_qtbase():
        pytest.skip("this Qt installation ships no German qtbase translation")
    installed += install_translators(qapp, QLocale("de_DE"))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_without_an_app_translation_qt_buttons_stay_english_too(
    qapp: QApplication, installed: list[QTranslator]
) -> None:
    """E.g. a German system but no German catalogue yet: "Cancel" beside English text, not "Abbrechen"."""
    qt_dirs = translations.qt_translations_dirs()
    untranslated = [
        language
        for language in ("de", "fr", "it", "pl", "ja", "nl")
        if not (SHIPPED / f"journal_{language}.qm").exists()
        and any((folder / f"qtbase_{language}.qm").exists() for folder in qt_dirs)
    ]
    if not untranslated:
        pytest.skip("no language with a Qt catalogue but without an app catalogue to try")
    installed += install_translators(qapp, QLocale(untranslated[0]))
    assert [Path(translator.filePath()).name for translator in installed] == ["journal_en.qm"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_needs_no_qt_catalogue(qapp: QApplication, installed: list[QTranslator]) -> None:
    installed += install_translators(qapp, QLocale("en_GB"))
    assert [Path(translator.filePath()).name for translator in installed] == ["journal_en.qm"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_english_catalogue_ships_with_its_compiled_file() -> None:
    assert (SHIPPED / "journal_en.ts").exists()
    for catalogue in SHIPPED.glob("journal_*.ts"):
        assert catalogue.with_suffix(".qm").exists(), f"{catalogue.name} was never compiled"


@needs_lrelease
def test_shipped_qm_files_are_compiled_from_the_current_ts(tmp_path: Path) -> None:
    """Forgetting `python scripts/translations.py compile` after translating would ship stale words."""
    for catalogue in sorted(SHIPPED.glob("journal_*.ts")):
        fresh = tmp_path / catalogue.with_suffix(".qm").name
        subprocess.run(
            [str(_qt_tool("pyside6-lrelease")), str(catalogue), "-qm", str(fresh)], check=True, capture_output=True
        )
        assert fresh.read_bytes() == catalogue.with_suffix(".qm").read_bytes(), f"{fresh.name} is out of date"


@pytest.mark.skipif(_qt_tool("pyside6-lupdate") is None, reason="pyside6-lupdate is not installed")
def test_the_script_starts_a_new_language_from_the_ui_sources(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, str(SCRIPT), "add", "de", "--directory", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    root = ElementTree.parse(tmp_path / "journal_de.ts").getroot()
    assert root.attrib["language"] == "de"
    assert root.attrib["sourcelanguage"] == "en"
    assert len(list(root.iter("message"))) > 10
    assert (tmp_path / "journal_de.qm").exists()
