"""The facts card: blood group and Rh, the date anti-D was given, each loss's details, and what
your clinician should know. Everything is optional; the card keeps only what the person writes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from journal.core.care.facts import MAX_FACTS_NOTE, BloodGroup, MedicalFacts, Rh
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.drawing.locale_dates import day_and_month
from journal.ui.care.words import loss_kind_words, management_words, not_said

if TYPE_CHECKING:
    from journal.core.journal import Journal


def loss_line(key_date: KeyDate) -> str:
    """A loss's details in words, "Not said" for what was left out."""
    from PySide6.QtCore import QCoreApplication

    kind = loss_kind_words()[key_date.loss_kind.value] if key_date.loss_kind else not_said()
    weeks = (
        QCoreApplication.translate("CareWords", "{n} weeks").format(n=key_date.weeks)
        if key_date.weeks is not None
        else QCoreApplication.translate("CareWords", "weeks not said")
    )
    managed = management_words()[key_date.management.value] if key_date.management else not_said()
    name = key_date.label or QCoreApplication.translate("CareWords", "Your loss")
    return QCoreApplication.translate("CareWords", "{name}, {date}: {kind}; {weeks}; managed by: {managed}").format(
        name=name, date=day_and_month(key_date.date, year=True), kind=kind, weeks=weeks, managed=managed
    )


class FactsDialog(QDialog):
    """Edits the card; `facts()` is what Save would store. Losses are shown, and changed in Key dates."""

    def __init__(self, journal: Journal, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facts for your clinician"))
        self._journal = journal
        facts = journal.medical_facts()
        intro = QLabel(self.tr("The things a follow-up appointment often starts with. Fill in only what you want to."))
        intro.setWordWrap(True)
        self.blood_group = QComboBox()
        self.blood_group.setAccessibleName(self.tr("Blood group"))
        self.blood_group.addItem(not_said(), None)
        for group in BloodGroup:
            self.blood_group.addItem(group.value, group.value)
        self.rh = QComboBox()
        self.rh.setAccessibleName(self.tr("Rh"))
        self.rh.addItem(not_said(), None)
        self.rh.addItem(self.tr("Rh positive"), Rh.POSITIVE.value)
        self.rh.addItem(self.tr("Rh negative"), Rh.NEGATIVE.value)
        self.anti_d_given = QCheckBox(self.tr("I was given anti-D, on"))
        shown = facts.anti_d_date or today
        self.anti_d_date = QDateEdit(QDate(shown.year, shown.month, shown.day))
        self.anti_d_date.setCalendarPopup(True)
        self.anti_d_date.setDisplayFormat("d MMMM yyyy")
        self.anti_d_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.anti_d_date.setAccessibleName(self.tr("Date anti-D was given"))
        anti_d = QHBoxLayout()
        anti_d.addWidget(self.anti_d_given)
        anti_d.addWidget(self.anti_d_date, 1)
        self.note = QPlainTextEdit(facts.note)
        self.note.setAccessibleName(self.tr("Things my clinician should know"))
        self.note.setPlaceholderText(self.tr("Allergies, other conditions, what helps you at appointments…"))
        self.note.setTabChangesFocus(True)
        losses = [kd for kd in journal.key_dates() if kd.kind is KeyDateKind.LOSS]
        self.losses = QLabel(
            "\n".join(loss_line(kd) for kd in losses) if losses else self.tr("No loss is in your key dates.")
        )
        self.losses.setWordWrap(True)
        losses_hint = QLabel(self.tr("You can add or change these details in Journal › Key dates."))
        losses_hint.setWordWrap(True)
        losses_hint.setEnabled(False)
        self.problem = QLabel()
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

        if facts.blood_group:
            self.blood_group.setCurrentIndex(self.blood_group.findData(facts.blood_group.value))
        if facts.rh:
            self.rh.setCurrentIndex(self.rh.findData(facts.rh.value))
        self.anti_d_given.setChecked(facts.anti_d_date is not None)
        self.anti_d_date.setEnabled(facts.anti_d_date is not None)
        self.anti_d_given.toggled.connect(self.anti_d_date.setEnabled)

        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Blood group"), self.blood_group)
        form.addRow(self.tr("Rh"), self.rh)
        form.addRow(self.tr("Anti-D"), anti_d)
        form.addRow(self.tr("Each loss"), self.losses)
        form.addRow("", losses_hint)
        form.addRow(self.tr("Things my clinician should know"), self.note)
        form.addRow(self.problem)
        form.addRow(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.resize(560, 460)

    def facts(self) -> MedicalFacts:
        group, rh = self.blood_group.currentData(), self.rh.currentData()
        date = self.anti_d_date.date().toPython() if self.anti_d_given.isChecked() else None
        return MedicalFacts(
            BloodGroup(group) if group else None,
            Rh(rh) if rh else None,
            date,  # type: ignore[arg-type]
            self.note.toPlainText().strip(),
        )

    def save(self) -> None:
        from journal.core.errors import JournalError

        if len(self.note.toPlainText().strip()) > MAX_FACTS_NOTE:
            self.problem.setText(self.tr("The note is longer than {n} characters.").format(n=MAX_FACTS_NOTE))
            self.problem.setVisible(True)
            return
        try:
            with self._journal.transaction() as session:
                self._journal.save_medical_facts(session, self.facts())
        except JournalError as error:
            self.problem.setText(str(error))
            self.problem.setVisible(True)
            return
        self.accept()
