"""The "Search" tab: words in notes plus filters (dates, tag, feeling, symptom); results open the day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.catalog import SymptomCatalog, SymptomDefinition, SymptomKind
from journal.core.review.filters import DayFilter, SearchableJournal, find_days, used_feelings, used_tags
from journal.ui.flow_layout import FlowLayout, bundle
from journal.ui.review import wording
from journal.ui.review.rich_text_delegate import RichTextDelegate
from journal.ui.review.search_model import DATE_ROLE, SearchResultsModel

SEARCH_DELAY_MS = 150


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


class SearchPage(QWidget):
    day_activated = Signal(object)  # dt.date

    def __init__(
        self, journal: SearchableJournal, catalog: SymptomCatalog, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._catalog = catalog
        everything = journal.days_between()
        first = everything[0].date if everything else today
        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("Words in your notes"))
        self.words.setClearButtonEnabled(True)
        self.use_from = QCheckBox(self.tr("From"), self)
        self.from_date = QDateEdit(_qdate(first), self)
        self.use_to = QCheckBox(self.tr("To"), self)
        self.to_date = QDateEdit(_qdate(today), self)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setEnabled(False)
        self.tag = QComboBox(self)
        self.tag.addItem(self.tr("Any tag"), "")
        for tag in used_tags(everything):
            self.tag.addItem(tag, tag)
        self.feeling = QComboBox(self)
        self.feeling.addItem(self.tr("Any feeling"), "")
        for feeling in used_feelings(everything):
            self.feeling.addItem(wording.word_label(feeling), feeling)
        self.symptom = QComboBox(self)
        self.symptom.addItem(self.tr("Any symptom"), "")
        for definition in catalog.tracked():
            self.symptom.addItem(definition.label, definition.key)
        self.level = QComboBox(self)
        self.level.setEnabled(False)
        for box in (self.tag, self.feeling, self.symptom, self.level):  # as wide as the words they hold now
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setWordWrap(True)
        self.status = QLabel(self.tr("Type a word, or choose a filter, to find days."), self)
        self.status.setWordWrap(True)
        self.care_matches = QLabel(self)  # results and questions whose words match
        self.care_matches.setWordWrap(True)
        self.care_matches.setVisible(False)

        filters = FlowLayout(spacing=8)  # wraps with large text instead of widening the window
        filters.addWidget(bundle(self, self.use_from, self.from_date))
        filters.addWidget(bundle(self, self.use_to, self.to_date))
        filters.addWidget(self.tag)
        filters.addWidget(self.feeling)
        filters.addWidget(bundle(self, self.symptom, self.level))
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.care_matches)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.words.textChanged.connect(self._timer.start)
        for box in (self.use_from, self.use_to):
            box.toggled.connect(self._dates_toggled)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self._timer.start)
        for combo in (self.tag, self.feeling, self.level):
            combo.currentIndexChanged.connect(self._timer.start)
        self.symptom.currentIndexChanged.connect(self._symptom_changed)
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)

    def current_filter(self) -> DayFilter:
        return DayFilter(
            words=self.words.text(),
            start=self.from_date.date().toPython() if self.use_from.isChecked() else None,  # type: ignore[arg-type]
            end=self.to_date.date().toPython() if self.use_to.isChecked() else None,  # type: ignore[arg-type]
            tag=str(self.tag.currentData() or ""),
            feeling=str(self.feeling.currentData() or ""),
            symptom=str(self.symptom.currentData() or ""),
            symptom_at_least=self.level.currentData() if self.level.isEnabled() else None,
        )

    def run_search(self) -> None:
        """Search now (normally called a moment after the last change)."""
        self._timer.stop()
        day_filter = self.current_filter()
        found = find_days(self._journal, day_filter, self._catalog)
        self.model.set_results(found, day_filter.words)
        self._show_care_matches(day_filter.words)
        if day_filter.is_empty():
            self.status.setText(self.tr("Type a word, or choose a filter, to find days."))
        elif not found:
            self.status.setText(self.tr("Nothing matched. Fewer words or filters may find more."))
        else:
            self.status.setText(
                self.tr("Found on {days}. Double-click a day to open it.").format(days=wording.days_text(len(found)))
            )

    def _show_care_matches(self, words: str) -> None:
        """Results and questions holding the words, listed under the days (they have no day to open)."""
        from journal.core.care.search import search_questions, search_results
        from journal.drawing.locale_dates import day_and_month
        from journal.ui.care.words import result_text

        results = getattr(self._journal, "results", None)
        questions = getattr(self._journal, "questions", None)
        lines: list[str] = []
        if words.strip() and callable(results) and callable(questions):
            for result in search_results(results(), words):
                lines.append(f"{day_and_month(result.date, year=True)} — {result_text(result)}")
            for question in search_questions(questions(), words):
                lines.append(
                    self.tr("{date} — a question: {text}").format(
                        date=day_and_month(question.added_on, year=True), text=question.text
                    )
                )
        if lines:
            heading = self.tr("In your results and questions:")
            self.care_matches.setText("\n".join([heading, *lines]))
        self.care_matches.setVisible(bool(lines))

    def _dates_toggled(self) -> None:
        self.from_date.setEnabled(self.use_from.isChecked())
        self.to_date.setEnabled(self.use_to.isChecked())
        self._timer.start()

    def _symptom_changed(self) -> None:
        key = str(self.symptom.currentData() or "")
        self.level.blockSignals(True)
        self.level.clear()
        if key:
            for text, value in self._levels(self._catalog.get(key)):
                self.level.addItem(text, value)
        self.level.setEnabled(bool(key))
        self.level.blockSignals(False)
        self._timer.start()

    def _levels(self, definition: SymptomDefinition) -> list[tuple[str, float | None]]:
        choices: list[tuple[str, float | None]] = [(self.tr("Present"), None)]
        if definition.kind is SymptomKind.LEVELS:
            words = definition.level_labels or definition.levels
            choices += [(self.tr("{level} or more").format(level=w), float(i)) for i, w in enumerate(words) if i >= 2]
        elif definition.kind is SymptomKind.SCALE:
            words = definition.level_labels
            for n in range(2, definition.scale_max + 1):
                if n < len(words):
                    text = self.tr("{level} ({word}) or more").format(level=n, word=words[n].lower())
                else:
                    text = self.tr("{level} or more").format(level=n)
                choices.append((text, float(n)))
        return choices

    def _open(self, index: QModelIndex) -> None:
        date = index.data(DATE_ROLE)
        if isinstance(date, dt.date):
            self.day_activated.emit(date)
