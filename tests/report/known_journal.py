"""A hand-made journal whose every number on page one is known in advance.

A loss before the range (20 Sep), then from 1 Oct: a quiet week, heavy bleeding 8–10 Oct after it,
an hCG series falling over five weeks (one result before the range), a negative home test, a late
fever (2 Nov), a first period (30 Oct), an appointment with its outcome, and days filled in later.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from journal.core.care.facts import BloodGroup, MedicalFacts, Rh
from journal.core.care.questions import Question
from journal.core.care.results import HcgUnit, HomeTestReading, ResultKind, TestResult
from journal.core.domain.entry import DayEntry, Measurement, Medication
from journal.core.domain.key_dates import KeyDate, KeyDateKind, LossKind, Management
from journal.core.journal import Journal

START = dt.date(2026, 10, 1)
END = dt.date(2026, 11, 4)  # 35 days
ZONE = dt.timezone(dt.timedelta(hours=1))
LOSS = KeyDate("", KeyDateKind.LOSS, dt.date(2026, 9, 20), "", LossKind.MISCARRIAGE, 8, Management.MEDICATION)
APPOINTMENT = KeyDate("", KeyDateKind.APPOINTMENT, dt.date(2026, 10, 20), "Early pregnancy unit",
                      outcome="Scan clear; repeat hCG in two weeks")  # fmt: skip
DUE = KeyDate("", KeyDateKind.DUE_DATE, dt.date(2026, 10, 25), "Due date")  # the label the app fills in
LATER = (dt.date(2026, 10, 8), dt.date(2026, 10, 9), dt.date(2026, 10, 10))  # written on 14 Oct
UNTIMED = (dt.date(2026, 10, 1), dt.date(2026, 10, 2))  # written before the journal kept the times
NEXT_DAY = dt.date(2026, 10, 20)


def _day(date: dt.date) -> DayEntry:
    offset = (date - START).days
    symptoms: dict[str, object] = {}
    mood = 2 if offset < 14 else 4 if offset >= 21 else 3
    if offset < 7:  # the quiet week: bleeding noted as none, once spotting
        symptoms.update(bleeding="spotting" if offset == 2 else "none", cramping=1, tiredness=4, sleep_hours=7.5)
    elif offset < 10:  # heavy bleeding after it
        symptoms.update(bleeding="heavy", cramping=6 + (offset == 8) * 2, pads=7 + (offset == 8) * 2,
                        tiredness=8, sleep_hours=5.0, dizziness=3 if offset == 8 else 2)  # fmt: skip
        if offset < 9:
            symptoms["clots"] = True
    elif offset == 10:
        symptoms.update(bleeding="moderate", cramping=4, dizziness=1)
    elif offset == 11:
        symptoms.update(bleeding="light", cramping=2)
    elif offset == 13:
        symptoms.update(bleeding="spotting")
    if date == dt.date(2026, 10, 15):
        symptoms["temperature"] = Measurement(37.2, "C")
    if date == dt.date(2026, 11, 2):
        symptoms["temperature"] = Measurement(38.6, "C")  # the late fever
    period = dt.date(2026, 10, 30) <= date <= dt.date(2026, 11, 1)
    if period:
        symptoms["bleeding"] = "light"
    medications = (Medication("Mefenamic acid", "500 mg"),) if 7 <= offset < 12 else ()
    return DayEntry(date, mood=mood, symptoms=symptoms, medications=medications, period=period)  # type: ignore[arg-type]


def entries() -> list[DayEntry]:
    days = [_day(START + dt.timedelta(days=n)) for n in range((END - START).days + 1) if n not in (17, 18)]
    timed = []
    for entry in days:
        if entry.date in UNTIMED:
            timed.append(entry)
            continue
        written_on = dt.date(2026, 10, 14) if entry.date in LATER else entry.date
        written_on += dt.timedelta(days=entry.date == NEXT_DAY)
        moment = dt.datetime.combine(written_on, dt.time(21, 0), tzinfo=ZONE)
        timed.append(dataclasses.replace(entry, written_at=moment, changed_at=moment))
    return timed


def results() -> list[TestResult]:
    hcg = [(dt.date(2026, 9, 25), 1450.0, HcgUnit.IU_PER_L), (dt.date(2026, 10, 2), 620.0, HcgUnit.IU_PER_L),
           (dt.date(2026, 10, 9), 210.0, HcgUnit.IU_PER_L), (dt.date(2026, 10, 16), 48.0, HcgUnit.MIU_PER_ML),
           (dt.date(2026, 10, 30), 4.0, HcgUnit.IU_PER_L)]  # fmt: skip
    found = [TestResult("", date, ResultKind.HCG, value=value, unit=unit) for date, value, unit in hcg]
    found.append(TestResult("", dt.date(2026, 10, 28), ResultKind.HOME_TEST, reading=HomeTestReading.NEGATIVE))
    found.append(TestResult("", dt.date(2026, 10, 20), ResultKind.SCAN, note="Ultrasound: womb clear"))
    return found


FACTS = MedicalFacts(BloodGroup.O, Rh.NEGATIVE, dt.date(2026, 9, 21), "Allergic to penicillin")
QUESTIONS = [
    Question("", dt.date(2026, 10, 18), "When can we try again?"),
    Question("", dt.date(2026, 10, 5), "Is the bleeding normal?", done_on=dt.date(2026, 10, 20)),
]


def fill(journal: Journal) -> Journal:
    with journal.transaction() as session:
        for key_date in (LOSS, APPOINTMENT, DUE):
            journal.save_key_date(session, key_date)
        for entry in entries():
            journal.save_day(session, entry, keep_times=True)
        for result in results():
            journal.save_result(session, result)
        for question in QUESTIONS:
            journal.save_question(session, question)
        journal.save_medical_facts(session, FACTS)
    return journal
