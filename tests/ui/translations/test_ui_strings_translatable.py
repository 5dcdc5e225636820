"""Every word `journal.ui` shows goes through Qt's translation, in a form `pyside6-lupdate` can extract.

Reads the source with `ast` (no display needed). A finding names the file and line; fix it by wrapping the
text in `self.tr("…")` inside a QObject subclass, or `QCoreApplication.translate("Context", "…")` elsewhere.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from ui_text_checker import check_file, check_source, is_plain_visible_text, translated_sources

ROOT = Path(__file__).resolve().parents[3]
UI_PACKAGE = ROOT / "src" / "journal" / "ui"
DRAWING_PACKAGE = ROOT / "src" / "journal" / "drawing"
REPORT_PACKAGE = ROOT / "src" / "journal" / "report"  # the clinician PDF
UI_FILES = sorted([*UI_PACKAGE.rglob("*.py"), *DRAWING_PACKAGE.rglob("*.py"), *REPORT_PACKAGE.rglob("*.py")])


def _lupdate() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")


# -- the checker itself: it must catch what it is for, and leave alone what is fine ---------------------------

CAUGHT = {
    "set_text": 'label.setText("Your journal is locked")',
    "window_title": 'self.setWindowTitle("Recovery Journal")',
    "tooltip": 'button.setToolTip("Saves this day")',
    "placeholder": 'field.setPlaceholderText("Write here")',
    "label_constructor": 'QLabel("Today", self)',
    "button_constructor": 'QPushButton(icon, "Unlock")',
    "action": 'QAction("Quit", self)',
    "add_action": 'menu.addAction("Back up now")',
    "add_tab": 'tabs.addTab(page, "Look back")',
    "message_box": 'QMessageBox.warning(self, self.tr("Title"), "Could not save")',
    "file_dialog_filter": 'QFileDialog.getSaveFileName(self, self.tr("Save"), "", "PDF files (*.pdf)")',
    "keyword_text": 'QCheckBox(text="Show the day counter")',
    "f_string": 'label.setText(f"Day {number}")',
    "concatenation": 'label.setText("Day " + str(number))',
    "format": 'label.setText("Day {}".format(number))',
    "qt_arg": 'label.setText("Day %1".arg(number))',
    "conditional": 'label.setText(self.tr("Yes") if done else "Not yet")',
    "list_items": 'combo.addItems(["Low", self.tr("High")])',
    "combo_item": 'combo.addItem("Celsius", "C")',
    "paper_names": 'combo.addItems(["A4", "Letter"])',
    "form_row": 'form.addRow("Passphrase", field)',
    "header_labels": 'table.setHorizontalHeaderLabels(["Date", "Mood"])',
    "accessible_name": 'slider.setAccessibleName("Mood")',
    "status_tip": 'action.setStatusTip("Lock your journal")',
    "display_name": 'app.setApplicationDisplayName("Recovery Journal")',
    "alias": "tr = QCoreApplication.translate",
    "underscore_alias": "_translate = QCoreApplication.translate",
    "bare_tr": 'tr("Context", "Saved")',
    "wrapper_definition": "def translate(text):\n    return QCoreApplication.translate('MainWindow', text)",
    "wrapper_call": 'ViewSpec(translate("Library"), build)',
    "built_source": 'self.tr(f"Saved {count} days")',
    "built_translate_source": 'QCoreApplication.translate("Ctx", "Saved " + name)',
}

ACCEPTED = {
    "self_tr": 'label.setText(self.tr("Your journal is locked"))',
    "translate": 'QLabel(QCoreApplication.translate("Today", "Today"))',
    "tr_with_arg": 'label.setText(self.tr("Day %1").arg(number))',
    "numerus": 'label.setText(self.tr("%n day(s)", "", count))',
    "empty": 'label.setText("")',
    "punctuation": 'label.setText("·")',
    "placeholders_only": 'label.setText("%1 / %2")',
    "html_around_placeholder": 'label.setText("<b>%1</b>")',
    "unit_symbol": 'spin.setSuffix("°C")',
    "shortcut": 'menu.addAction(self.tr("Lock"), "Ctrl+L")',
    "combo_user_data": 'combo.addItem(self.tr("Celsius"), "C")',
    "icon_combo_item": 'combo.addItem(icon, self.tr("Celsius"), "C")',
    "object_name": 'button.setObjectName("unlockButton")',
    "logger": 'logger.warning("could not read settings")',
    "noop_marker": 'LABELS = (QT_TRANSLATE_NOOP("Mood", "Low"), QT_TRANSLATE_NOOP("Mood", "High"))',
    "variable_source": 'QCoreApplication.translate("Mood", word)',
    "bare_translate": 'translate("MainWindow", "Library")',
    "painter_translate": "painter.translate(rect.left() + PADDING, rect.top())",
    "file_name_stem": 'QFileDialog.getSaveFileName(self, self.tr("Save as"), f"journal-export{suffix}", filters)',
    "format_mask": 'field.setPlaceholderText("XXXX-XXXX-XXXX-…")',
    "file_name": 'QFileDialog.getSaveFileName(self, self.tr("Save"), "summary.pdf", self.tr("PDF files (*.pdf)"))',
}


@pytest.mark.parametrize("snippet", CAUGHT.values(), ids=CAUGHT.keys())
def test_checker_catches_text_that_would_not_be_translated(snippet: str) -> None:
    assert check_source(snippet), f"not caught: {snippet}"


@pytest.mark.parametrize("snippet", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_checker_accepts_translated_and_non_text_strings(snippet: str) -> None:
    assert check_source(snippet) == []


@pytest.mark.parametrize(
    ("text", "visible"),
    [("Save", True), ("", False), ("  ", False), ("—", False), ("%1%", False), ("%n", False), ("°F", False)],
)
def test_visible_text_means_words_once_placeholders_are_removed(text: str, visible: bool) -> None:
    assert is_plain_visible_text(text) is visible


# -- the app's own UI code ---------------------------------------------------------------------------------


def test_the_ui_package_has_files_to_check() -> None:
    assert len(UI_FILES) > 3, "journal.ui seems empty: the check below would pass vacuously"


@pytest.mark.parametrize("path", UI_FILES, ids=[str(path.relative_to(UI_PACKAGE.parent)) for path in UI_FILES])
def test_every_visible_string_in_the_ui_is_translatable(path: Path) -> None:
    findings = check_file(path, ROOT)
    assert not findings, "Text shown without translation:\n" + "\n".join(str(finding) for finding in findings)


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_lupdate_extracts_every_string_marked_for_translation(tmp_path: Path) -> None:
    """The translator's file must hold what the code marks: catches forms lupdate does not understand."""
    target = tmp_path / "journal_check.ts"
    completed = subprocess.run(
        [str(_lupdate()), *map(str, UI_FILES), "-locations", "none", "-ts", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    extracted = {source.text or "" for source in ElementTree.parse(target).getroot().iter("source")}
    marked = {text for path in UI_FILES for text in translated_sources(path.read_text(encoding="utf-8"))}
    assert marked, "no translatable strings found in journal.ui"
    missing = sorted(marked - extracted)
    assert not missing, f"lupdate did not extract {len(missing)} marked string(s), e.g. {missing[:5]}"
