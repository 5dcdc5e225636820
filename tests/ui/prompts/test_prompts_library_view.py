"""The Library: every reading listed (the clinician-safety page first), searchable, shown in comfortable type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from journal.core.prompts import load_readings
from journal.ui.prompts.library_view import COLUMN_CHARACTERS, LibraryView, ReadingBrowser
from journal.ui.prompts.reading_model import READING_ROLE, SAFETY_ROLE, ReadingListModel

READINGS = load_readings()
SAFETY_ID = "when-to-contact-a-clinician"


@pytest.fixture
def library(qtbot) -> LibraryView:
    view = LibraryView()
    qtbot.addWidget(view)
    return view


def titles(model: ReadingListModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_reading_model_is_a_well_behaved_qt_model(qtmodeltester) -> None:
    model = ReadingListModel(READINGS)
    qtmodeltester.check(model)
    model.set_query("grief")
    qtmodeltester.check(model)
    model.set_query("nothing-matches-this")
    qtmodeltester.check(model)


def test_every_reading_is_listed_with_the_safety_page_first_and_marked(library: LibraryView) -> None:
    model = library.model
    first = model.index(0, 0)

    assert model.rowCount() == len(READINGS)
    assert first.data(READING_ROLE).id == SAFETY_ID
    assert first.data(SAFETY_ROLE) is True
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert "not medical advice" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert not any(model.index(row, 0).data(SAFETY_ROLE) for row in range(1, model.rowCount()))


def test_the_library_opens_on_the_safety_page(library: LibraryView) -> None:
    assert library.browser.reading is not None and library.browser.reading.id == SAFETY_ID
    assert "When to contact a clinician" in library.browser.toPlainText()


def test_search_narrows_the_list_by_title(library: LibraryView) -> None:
    library.search_field.setText("work")

    assert "Going back to work" in titles(library.model)
    assert len(titles(library.model)) < len(READINGS)


def test_search_finds_words_in_the_text_ignoring_case_and_accents(library: LibraryView) -> None:
    library.search_field.setText("TIMETABLE")
    by_title = titles(library.model)
    library.search_field.setText("Sómé grieve QUIETLY, in privàte")

    assert "Grief has no timetable" in by_title
    assert titles(library.model) == ["Grief has no timetable"]
    assert library.browser.reading.title == "Grief has no timetable"


def test_no_match_says_so_and_clearing_brings_everything_back(library: LibraryView) -> None:
    library.search_field.setText("zebra-quantum")

    assert library.model.rowCount() == 0
    assert not library.empty_label.isHidden()
    assert library.browser.toPlainText() == ""

    library.search_field.clear()
    assert library.model.rowCount() == len(READINGS)
    assert library.empty_label.isHidden()


def test_choosing_a_reading_in_the_list_shows_it(library: LibraryView) -> None:
    row = titles(library.model).index("Telling people, or not")

    library.list.setCurrentIndex(library.model.index(row, 0))

    assert library.browser.reading.id == "telling-people"
    assert library.browser.toPlainText().startswith("Telling people, or not")


def test_show_reading_clears_a_search_that_hides_it(library: LibraryView) -> None:
    library.search_field.setText("work")

    assert library.show_reading(SAFETY_ID)
    assert library.search_field.text() == ""
    assert library.browser.reading.id == SAFETY_ID
    assert not library.show_reading("no-such-reading")


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform noise on show()
def test_readings_use_larger_type_airy_lines_and_a_centred_column(qtbot) -> None:
    browser = ReadingBrowser()
    qtbot.addWidget(browser)
    browser.resize(1300, 700)  # wider than the column, so the column must be centred with margins
    browser.show()
    qtbot.waitExposed(browser)
    browser.show_reading(READINGS[0])
    page = QWidget()
    qtbot.addWidget(page)

    assert browser.font().pointSizeF() > page.font().pointSizeF() * 1.1
    block = browser.document().findBlockByNumber(1)
    assert block.blockFormat().lineHeight() == 150
    frame = browser.document().rootFrame().frameFormat()
    column = browser.fontMetrics().averageCharWidth() * COLUMN_CHARACTERS
    assert browser.viewport().width() > column + 200
    assert frame.leftMargin() == frame.rightMargin() > 100
    text_width = browser.viewport().width() - frame.leftMargin() - frame.rightMargin()
    assert column - 2 <= text_width <= column + 2


def test_links_in_readings_are_never_followed(library: LibraryView) -> None:
    assert not library.browser.openLinks()
    assert not library.browser.openExternalLinks()


def test_the_search_field_and_list_have_names_for_screen_readers(library: LibraryView) -> None:
    assert library.search_field.accessibleName()
    assert library.list.accessibleName()
    assert library.browser.accessibleName()


def test_the_words_searched_for_are_marked_in_the_reading(library: LibraryView) -> None:
    from journal.core.search import fold

    library.search_field.setText("TIMETABLE")

    marks = library.browser.extraSelections()
    assert marks
    assert all(fold(mark.cursor.selectedText()) == "timetable" for mark in marks)

    library.search_field.clear()
    assert library.browser.extraSelections() == []


def test_readings_for_a_kind_not_recorded_wait_for_a_search(qtbot) -> None:
    from journal.core.prompts.library import Reading

    readings = [
        Reading("when-to-contact", "When to contact a clinician", ("safety",), "Call.", safety=True),
        Reading("for-everyone", "For everyone", ("grief",), "Words."),
        Reading("ectopic", "After an ectopic pregnancy", ("body",), "Tube.", loss_kinds=frozenset({"ectopic"})),
        Reading("molar", "After a molar pregnancy", ("body",), "hCG.", loss_kinds=frozenset({"molar"})),
    ]
    view = LibraryView(readings=readings, loss_kinds=frozenset({"molar"}))
    qtbot.addWidget(view)
    shown = [view.model.reading(row).id for row in range(view.model.rowCount())]
    assert shown == ["when-to-contact", "molar", "for-everyone"]
    view.search("ectopic")
    assert [view.model.reading(row).id for row in range(view.model.rowCount())] == ["ectopic"]
    view.search("")
    assert view.model.row_of("ectopic") is None
    everyone = LibraryView(readings=readings)
    qtbot.addWidget(everyone)
    assert everyone.model.rowCount() == 4, "without a journal (no kinds given) every reading is listed"
    unsaid = LibraryView(readings=readings, loss_kinds=frozenset())
    qtbot.addWidget(unsaid)
    assert unsaid.model.rowCount() == 4, "with no kind recorded, nothing is held back"


def test_a_reading_links_to_the_safety_page_and_the_link_opens_it_here(qtbot):
    from PySide6.QtCore import QUrl

    from journal.ui.prompts.library_view import LibraryView

    view = LibraryView()
    qtbot.addWidget(view)
    assert view.show_reading("the-physical-side")
    assert "reading:when-to-contact-a-clinician" in view.browser.toHtml(), "the sentence is a link, not plain text"
    view.browser.anchorClicked.emit(QUrl("reading:when-to-contact-a-clinician"))
    assert view.browser.reading.id == "when-to-contact-a-clinician"
    view.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert view.browser.reading.id == "when-to-contact-a-clinician", "no other link goes anywhere"


def test_searching_finds_words_inside_readings(qtbot):
    from journal.ui.prompts.library_view import LibraryView

    view = LibraryView(loss_kinds=frozenset({"miscarriage"}))
    qtbot.addWidget(view)
    view.search("milk")
    titles = [view.model.reading(row).title for row in range(view.model.rowCount())]
    assert titles, "milk is in a reading's text, not its title"
    assert all("milk" not in title.lower() for title in titles)
