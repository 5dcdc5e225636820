"""Every word the report prints goes through Qt translation: rendered under a pseudo-locale translator
(which turns each letter of every translated string into an accented look-alike), the PDF's text layer
holds no plain English word except the person's own words, the symptom catalogue's and vocabulary's
words (translated as content, not by Qt) and the locale's own month and day names."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import known_journal as known
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.mood import mood_word
from journal.core.report.content import ReportOptions, build_report
from journal.report import render_report_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
CATALOG = load_default_catalog()
ACCENTED = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "áƀçďéƒĝĥíĵķĺḿñóṕɋŕšťúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹḾÑÓṔɊŔŠŤÚṼŴẊÝŽ", strict=True))  # fmt: skip
_FIELD = re.compile(r"(\{[^{}]*\}|%L?\d+|%n|<[^<>]*>)")


def pseudo(text: str) -> str:
    """Letters turned into look-alikes, placeholders ({0}, %1, tags) left as they are."""
    return "".join(
        part if _FIELD.fullmatch(part) else part.translate(str.maketrans(ACCENTED)) for part in _FIELD.split(text)
    )


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_locale(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    assert QCoreApplication.translate("ClinicianReport", "Bleeding") != "Bleeding"
    yield
    QCoreApplication.removeTranslator(translator)


def _allowed() -> set[str]:
    """Words that are not the report's own: the person's, the catalogue's, the vocabulary's, the locale's."""
    locale = QLocale()
    words: set[str] = set()
    for month in range(1, 13):
        for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
            words.add(locale.monthName(month, form))
            words.add(locale.standaloneMonthName(month, form))
    for day in range(1, 8):
        words.add(locale.dayName(day, QLocale.FormatType.ShortFormat))
    for definition in CATALOG.definitions:
        words.update([definition.label, *definition.level_labels, *definition.levels, definition.unit_label or ""])
    words.update(mood_word(step) for step in range(1, 6))
    person = [known.APPOINTMENT.label, known.APPOINTMENT.outcome, known.DUE.label, known.FACTS.note, "Alex Example",
              "Mefenamic acid", "mg", "IU/L", "mIU/mL", "Ultrasound: womb clear",
              *(q.text for q in known.QUESTIONS)]  # fmt: skip
    words.update(person)
    return {w.lower() for text in words for w in re.findall(r"[A-Za-z]{2,}", text)}


def test_no_untranslated_word_in_the_pdf(pseudo_locale: None, tmp_path: Path) -> None:
    options = ReportOptions(known.START, known.END, name="Alex Example", include_questions=True)
    report = build_report(known.entries(), [known.LOSS, known.APPOINTMENT, known.DUE], CATALOG, options,
                          generated_on=known.END, results=known.results(), questions=known.QUESTIONS,
                          facts=known.FACTS)  # fmt: skip
    target = tmp_path / "pseudo.pdf"
    target.write_bytes(render_report_pdf(report, CATALOG))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert pseudo("Symptom and mood journal: summary") in " ".join(text.split())  # the pseudo-locale took
    words = {w for w in re.findall(r"(?<![^\W\d_])[A-Za-z]{2,}(?![^\W\d_])", text)}
    untranslated = sorted(w for w in words if w.lower() not in _allowed())
    assert not untranslated, f"not through translation: {untranslated}"
