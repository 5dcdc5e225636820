"""Milestones in the app: the results view and timeline, the hCG chart (zero included), Today's
period mark and result button, the key date editor's details, the facts card and the questions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from journal.core.care.milestones import HcgPoint
from journal.core.care.results import HcgUnit, ResultKind, TestResult
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind, LossKind, Management
from journal.core.journal import Journal
from journal.drawing.charts import ChartColours
from journal.drawing.hcg_chart import HcgMarker, log_bounds, paint_hcg_chart, value_to_fraction
from journal.ui.care.facts_dialog import FactsDialog
from journal.ui.care.questions_dialog import QuestionsDialog
from journal.ui.care.result_dialog import ResultEditor
from journal.ui.key_dates_dialog import KeyDateEditor
from journal.ui.review.milestones_page import MilestonesPage
from journal.ui.review.review_view import ReviewView
from journal.ui.today.today_view import TodayView

TODAY = dt.date(2026, 11, 24)
LOSS = dt.date(2026, 10, 1)


@pytest.fixture
def page(qtbot: QtBot, demo_journal: Journal) -> MilestonesPage:
    widget = MilestonesPage(demo_journal, TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def test_the_timeline_lists_losses_results_first_period_and_appointments_in_order(page: MilestonesPage) -> None:
    texts = [page.timeline.item(i).text() for i in range(page.timeline.count())]
    kinds = [page.timeline.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.timeline.count())]
    assert kinds[0] == "loss" and "miscarriage, 9 weeks" in texts[0]
    assert "first_period" in kinds and "appointment" in kinds and "non_pregnant_level" in kinds
    assert any("Home pregnancy test: negative" in t for t in texts)
    assert kinds.index("first_period") > kinds.index("non_pregnant_level")
    for word in ("falling", "normal", "plateau", "dropping"):
        assert not any(word in t.lower() for t in texts)


def test_the_results_view_draws_hcg_and_follows_adds_and_removals(page: MilestonesPage, demo_journal: Journal) -> None:
    assert len(page.chart.points) == 7 and page.chart.points[0].value == 2460
    assert any(m.strong for m in page.chart.markers) and any(not m.strong for m in page.chart.markers)
    assert "2460 IU/L" in page.chart.accessibleDescription()
    before = page.results.count()
    page.save_result(TestResult("", TODAY, ResultKind.HCG, 0.0, HcgUnit.MIU_PER_ML, note="Phoned today"))
    assert page.results.count() == before + 1 and "hCG 0 mIU/mL" in page.results.item(0).text()
    assert page.chart.points[-1].value == 0
    page.results.setCurrentRow(0)
    page.confirm_remove = lambda: True  # type: ignore[method-assign]
    page.remove_button.click()
    assert page.results.count() == before and len(demo_journal.results()) == before


def test_days_since_the_loss_can_label_the_axis(page: MilestonesPage, demo_journal: Journal) -> None:
    assert page.chart.days_since is None
    page.days_since_box.setChecked(True)
    loss = next(kd for kd in demo_journal.key_dates() if kd.kind is KeyDateKind.LOSS)
    assert page.chart.days_since == loss.date
    page.days_since_box.setChecked(False)
    assert page.chart.days_since is None


def _paint(points: list[HcgPoint]) -> QImage:
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    markers = [HcgMarker(LOSS, "Loss", strong=True)]
    paint_hcg_chart(
        painter, QRectF(0, 0, 600, 300), points, markers, ChartColours(), LOSS, LOSS + dt.timedelta(days=30)
    )
    painter.end()
    return image


def _rows_with_colour(image: QImage, colour: str) -> set[int]:
    wanted = QColor(colour)
    rows = set()
    for y in range(image.height()):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - wanted.red())
                + abs(pixel.green() - wanted.green())
                + abs(pixel.blue() - wanted.blue())
                < 30
            ):
                rows.add(y)
                break
    return rows


def test_a_zero_hcg_is_drawn_on_the_axis_floor_without_failing(qtbot: QtBot) -> None:
    assert value_to_fraction(0, 0, 4) == 0.0 and value_to_fraction(1, 0, 4) == 0.0
    assert value_to_fraction(10_000, 0, 4) == 1.0
    assert log_bounds([0.0]) == (0, 1) and log_bounds([0.5, 2460]) == (-1, 4) and log_bounds([]) == (0, 1)
    only_zero = _paint([HcgPoint(LOSS + dt.timedelta(days=5), 0.0, "IU/L")])
    falling = _paint(
        [HcgPoint(LOSS + dt.timedelta(days=2), 900.0, "IU/L"), HcgPoint(LOSS + dt.timedelta(days=20), 0.0, "IU/L")]
    )
    zero_rows = _rows_with_colour(only_zero, ChartColours().average)
    assert zero_rows and min(zero_rows) > 300 * 0.7, "a zero sits at the bottom of the plot"
    assert min(_rows_with_colour(falling, ChartColours().average)) < 300 * 0.5


def test_the_milestones_tab_is_in_looking_back(qtbot: QtBot, demo_journal: Journal) -> None:
    view = ReviewView(demo_journal, TODAY)
    qtbot.addWidget(view)
    assert view.tabs.indexOf(view.milestones) >= 0
    view.tabs.setCurrentWidget(view.milestones)
    assert not view.range_box.isVisible()


def test_search_finds_result_notes_and_questions(qtbot: QtBot, demo_journal: Journal) -> None:
    view = ReviewView(demo_journal, TODAY)
    qtbot.addWidget(view)
    view.search.words.setText("womb")
    view.search.run_search()
    assert "They said the womb looked clear" in view.search.care_matches.text()
    view.search.words.setText("swimming")
    view.search.run_search()
    assert "a question: When is it all right to go swimming again?" in view.search.care_matches.text()
    view.search.words.setText("")
    view.search.run_search()
    assert view.search.care_matches.isHidden()


def test_the_result_editor_builds_each_kind_and_refuses_a_bad_value(qtbot: QtBot) -> None:
    editor = ResultEditor(None, TODAY, TODAY)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("hcg"))
    editor.value.setText("")
    editor._try_accept()
    assert editor.result() is None and editor.problem.isVisibleTo(editor)
    editor.value.setText("250")
    editor.unit.setCurrentIndex(editor.unit.findData("mIU/mL"))
    editor.non_pregnant.setChecked(True)
    editor._try_accept()
    assert editor.result() == TestResult("", TODAY, ResultKind.HCG, 250.0, HcgUnit.MIU_PER_ML, non_pregnant_level=True)
    scan = ResultEditor(None, TODAY, TODAY)
    qtbot.addWidget(scan)
    scan.kind.setCurrentIndex(scan.kind.findData("scan"))
    assert scan.value_box.isHidden() and scan.reading.isHidden()
    scan._try_accept()
    assert scan.result() is None
    scan.note.setPlainText("Nothing left, they said")
    scan._try_accept()
    assert scan.result() is not None and scan.result().note == "Nothing left, they said"
    again = ResultEditor(editor.result(), TODAY, TODAY)
    qtbot.addWidget(again)
    again._try_accept()
    assert again.result() == editor.result()


def test_today_marks_a_period_and_keeps_the_mark_when_saving(qtbot: QtBot, journal: Journal) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY, symptoms={"bleeding": "light"}, period=True))
    view = TodayView(journal, lambda: TODAY)
    qtbot.addWidget(view)
    assert view.form.period.isChecked()
    view.form.mood.set_mood(3)
    view._edited()
    assert view.save_now() and journal.day(TODAY).period
    view.form.period.setChecked(False)
    assert view.dirty
    view.save_now()
    assert not journal.day(TODAY).period


def test_todays_result_button_saves_a_result_for_the_day_shown(qtbot: QtBot, journal: Journal, monkeypatch) -> None:
    view = TodayView(journal, lambda: TODAY)
    qtbot.addWidget(view)
    view.show_day(TODAY - dt.timedelta(days=3))

    def accept_home_test(self: ResultEditor) -> QDialog.DialogCode:
        self.kind.setCurrentIndex(self.kind.findData("home_test"))
        self.reading.setCurrentIndex(self.reading.findData("negative"))
        self._try_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ResultEditor, "exec", accept_home_test)
    view.result_button.click()
    [saved] = journal.results()
    assert saved.date == TODAY - dt.timedelta(days=3) and saved.reading.value == "negative"


def test_the_key_date_editor_keeps_and_changes_loss_details_and_outcomes(qtbot: QtBot) -> None:
    loss = KeyDate("a" * 32, KeyDateKind.LOSS, LOSS, "Our loss", LossKind.TFMR, 20, Management.SURGERY)
    editor = KeyDateEditor(loss, TODAY)
    qtbot.addWidget(editor)
    assert editor.key_date() == loss
    assert editor.outcome.isHidden() and not editor.weeks.isHidden()
    editor.weeks.setValue(-1)
    editor.loss_kind.setCurrentIndex(0)
    assert editor.key_date().weeks is None and editor.key_date().loss_kind is None
    appointment = KeyDate("b" * 32, KeyDateKind.APPOINTMENT, TODAY, "Clinic", outcome="Bloods next week")
    editor = KeyDateEditor(appointment, TODAY)
    qtbot.addWidget(editor)
    assert editor.key_date() == appointment and editor.weeks.isHidden()


def test_the_facts_card_saves_what_is_given(qtbot: QtBot, journal: Journal) -> None:
    with journal.transaction() as session:
        journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, LOSS, "", LossKind.ECTOPIC, 7))
    dialog = FactsDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    assert "Ectopic pregnancy" in dialog.losses.text() and "7 weeks" in dialog.losses.text()
    dialog.blood_group.setCurrentIndex(dialog.blood_group.findData("O"))
    dialog.rh.setCurrentIndex(dialog.rh.findData("negative"))
    dialog.anti_d_given.setChecked(True)
    dialog.anti_d_date.setDate(LOSS + dt.timedelta(days=1))
    dialog.note.setPlainText("Latex allergy")
    dialog.save()
    facts = journal.medical_facts()
    assert (facts.blood_group.value, facts.rh.value, facts.anti_d_date, facts.note) == (
        "O",
        "negative",
        LOSS + dt.timedelta(days=1),
        "Latex allergy",
    )
    again = FactsDialog(journal, TODAY)
    qtbot.addWidget(again)
    assert again.facts() == facts


def test_questions_are_added_ticked_off_and_removed(qtbot: QtBot, journal: Journal) -> None:
    dialog = QuestionsDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    dialog.new_question.setText("When can I go swimming?")
    dialog.add_typed()
    dialog.new_question.setText("   ")
    dialog.add_typed()
    assert [q.text for q in journal.questions()] == ["When can I go swimming?"] and dialog.list.count() == 1
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert journal.questions()[0].done_on == TODAY and dialog.list.item(0).font().strikeOut()
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not journal.questions()[0].is_done
    dialog.list.setCurrentRow(0)
    dialog.remove_selected()
    assert journal.questions() == [] and dialog.list.count() == 0
