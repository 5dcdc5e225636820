"""Every word the app shows changes with the locale: Qt's words through tr(), the content through its loaders.

The app is built in a pseudo-locale (see tests/pseudo_locale.py) over a made-up journal, then every visible
text of Today, Looking back, the Library, the menus, Settings and the safety page is read back. A plain
English word left anywhere came from a place that ignored the locale. Allowed: the person's own words
(from the demo journal) and the names of months and days, which Qt writes for the locale itself.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from journal.core.domain.codec import entry_to_dict
from pseudo_locale import pseudo_locale, unmarked_words

TODAY = dt.date(2026, 11, 24)


def visible_texts(root: QWidget) -> list[str]:
    """The words a person can see on `root` and below: labels, buttons, titles, hints, items, menus, pages."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QListView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.index(row, 0).data() or "") for row in range(model.rowCount())]
        if widget.toolTip():
            texts.append(widget.toolTip())
    # Markup and file paths (the journal's folder, a backup folder) are not words to translate.
    return [re.sub(r"<[^>]+>|/\S+", " ", text) for text in texts if text]


def menu_texts(window) -> list[str]:
    texts = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [action.text() for action in menu.actions() if not action.isSeparator()]
    return texts


def own_words(journal) -> frozenset[str]:
    """Words the person wrote (notes, labels, their own feelings, medications): never translated."""
    from journal.core.domain.vocabulary import vocabulary_for

    bundled = {key for key, _ in (*vocabulary_for("en").feelings, *vocabulary_for("en").self_care)}
    words: set[str] = set()
    chunks = [text for kd in journal.key_dates() for text in (kd.label, kd.outcome)]
    # Test results keep the person's note, place and unit as entered; questions and the facts card are theirs too.
    chunks += [text for result in journal.results() for text in (result.note, result.place, str(result.unit or ""))]
    chunks += [question.text for question in journal.questions()]
    chunks.append(journal.medical_facts().note)
    for day in journal.days_between():
        data = entry_to_dict(day)
        chunks += [day.note, *(m.name for m in day.medications), *(m.amount for m in day.medications), *day.tags]
        chunks += [word for word in (*data["feelings"], *data["self_care"]) if word not in bundled]
    settings = journal.settings()
    chunks += [*settings.custom_feelings, *settings.custom_self_care]
    for chunk in chunks:
        words.update(word.casefold() for word in re.findall(r"[A-Za-z]{2,}", chunk))
    return frozenset(words)


def calendar_words() -> frozenset[str]:
    locale = QLocale()
    names = [locale.monthName(m, form) for m in range(1, 13) for form in QLocale.FormatType]
    names += [locale.standaloneMonthName(m, form) for m in range(1, 13) for form in QLocale.FormatType]
    names += [locale.dayName(d, form) for d in range(1, 8) for form in QLocale.FormatType]
    # Words Qt's own date formats put around them (Esperanto's "la 12-a de Aŭgusto").
    names += [locale.toString(QDate(2026, month, 12), form) for month in range(1, 13) for form in QLocale.FormatType]
    return frozenset(word.casefold() for name in names for word in re.findall(r"[A-Za-z]{2,}", name))


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_word_shown_follows_the_pseudo_locale(qtbot, tmp_path, monkeypatch, demo_journal) -> None:
    from journal.ui.app_settings import AppSettings
    from journal.ui.launch import extra_views
    from journal.ui.main_window import MainWindow
    from journal.ui.prompts.prompt_card import PromptCard

    with pseudo_locale(tmp_path, monkeypatch):
        allowed = own_words(demo_journal) | calendar_words()
        views, tools, _ = extra_views()
        settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(
            demo_journal,
            settings,
            lambda: TODAY,
            views,
            tools,
            lambda journal, parent: PromptCard(journal, TODAY, parent),
        )
        qtbot.addWidget(window)
        window.show()
        assert window.today_view.prompt_card.prompt_label.isVisibleTo(window), "the prompt is part of what is read"
        found: dict[str, list[str]] = {}
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            page = window.tabs.widget(index)
            inner_tabs = page.findChildren(QTabWidget)
            for tabs in inner_tabs or [None]:
                for inner in range(tabs.count()) if tabs else [None]:
                    if tabs is not None:
                        tabs.setCurrentIndex(inner)
                    for text in visible_texts(window):
                        for word in unmarked_words(text, allowed):
                            found.setdefault(word, []).append(text[:80])
        for text in menu_texts(window):
            for word in unmarked_words(text, allowed):
                found.setdefault(word, []).append(text[:80])
        window.open_safety_page()
        for text in visible_texts(window.safety_page):
            for word in unmarked_words(text, allowed):
                found.setdefault(word, []).append(text[:80])
        window.safety_page.close()
        dialog = window.make_settings_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        for tabs in dialog.findChildren(QTabWidget):
            for inner in range(tabs.count()):
                tabs.setCurrentIndex(inner)
                for text in visible_texts(dialog):
                    for word in unmarked_words(text, allowed):
                        found.setdefault(word, []).append(text[:80])
        dialog.close()
        from journal.ui.key_dates_dialog import KeyDatesDialog

        key_dates = KeyDatesDialog(demo_journal, TODAY)
        qtbot.addWidget(key_dates)
        editor = key_dates.open_editor(demo_journal.key_dates()[0])
        qtbot.addWidget(editor)
        editor.kind.setCurrentIndex(editor.kind.findData("other"))
        for shown in (key_dates, editor):
            for text in visible_texts(shown):
                for word in unmarked_words(text, allowed):
                    found.setdefault(word, []).append(text[:80])
    assert not found, "words that ignored the locale: " + "; ".join(
        f"{word!r} in {sorted(set(where))[:2]}" for word, where in sorted(found.items())
    )
