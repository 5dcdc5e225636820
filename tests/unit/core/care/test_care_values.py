"""Results, questions and facts refuse hostile or malformed values, naming the field."""

import datetime as dt
import math

import pytest

from journal.core.care.codec import (
    facts_from_dict,
    facts_to_dict,
    question_from_dict,
    question_to_dict,
    result_from_dict,
    result_to_dict,
)
from journal.core.care.facts import BloodGroup, MedicalFacts, Rh
from journal.core.care.questions import Question
from journal.core.care.results import HcgUnit, HomeTestReading, ResultKind, TestResult, format_hcg
from journal.core.domain.codec import entry_from_dict, entry_to_dict
from journal.core.domain.entry import DayEntry

DAY = dt.date(2026, 3, 3)
RID = "a" * 32


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"value": math.inf, "unit": "IU/L"}, "value"),
        ({"value": math.nan, "unit": "IU/L"}, "value"),
        ({"value": -1, "unit": "IU/L"}, "value"),
        ({"value": 1_000_001, "unit": "IU/L"}, "value"),
        ({"value": True, "unit": "IU/L"}, "value"),
        ({"value": "250", "unit": "IU/L"}, "value"),
        ({"unit": "IU/L"}, "value"),
        ({"value": 250, "unit": "ng/mL"}, "unit"),
        ({"value": 250}, "unit"),
        ({"value": 250, "unit": "IU/L", "result": "negative"}, "result"),
        ({"value": 250, "unit": "IU/L", "note": "x" * 5000}, "note"),
        ({"value": 250, "unit": "IU/L", "non_pregnant_level": "yes"}, "non_pregnant_level"),
    ],
)
def test_hostile_hcg_values_are_refused_naming_the_field(payload, field) -> None:
    with pytest.raises(ValueError, match=field):
        result_from_dict({"id": RID, "date": "2026-03-03", "kind": "hcg", **payload})


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"kind": "blood"}, "kind"),
        ({"kind": "home_test"}, "result"),
        ({"kind": "home_test", "result": "maybe"}, "result"),
        ({"kind": "home_test", "result": "negative", "value": 3}, "value"),
        ({"kind": "scan"}, "note"),
        ({"kind": "scan", "note": "   "}, "note"),
        ({"kind": "scan", "note": "ok", "non_pregnant_level": True}, "non_pregnant_level"),
        ({"kind": "other", "note": 5}, "note"),
        ({"kind": "scan", "note": "ok", "date": "2026-13-01"}, "date"),
        ({"kind": "scan", "note": "ok", "id": 7}, "id"),
    ],
)
def test_malformed_results_of_other_kinds_are_refused(payload, field) -> None:
    with pytest.raises(ValueError, match=field):
        result_from_dict({"id": RID, "date": "2026-03-03", **payload})


@pytest.mark.parametrize(
    "result",
    [
        TestResult(RID, DAY, ResultKind.HCG, 0.0, HcgUnit.IU_PER_L),
        TestResult(
            RID, DAY, ResultKind.HCG, 1_000_000.0, HcgUnit.MIU_PER_ML, note="n", place="p", non_pregnant_level=True
        ),
        TestResult(RID, DAY, ResultKind.HOME_TEST, reading=HomeTestReading.NEGATIVE),
        TestResult(RID, DAY, ResultKind.SCAN, note="Nothing left in the uterus, they said."),
        TestResult(RID, DAY, ResultKind.OTHER, note="Iron levels checked"),
    ],
)
def test_results_round_trip_through_their_plain_form(result) -> None:
    assert result_from_dict(result_to_dict(result)) == result


def test_questions_and_facts_round_trip_and_refuse_bad_values() -> None:
    for question in (Question(RID, DAY, "Why?"), Question(RID, DAY, "When?", DAY + dt.timedelta(days=2))):
        assert question_from_dict(question_to_dict(question)) == question
    with pytest.raises(ValueError, match="text"):
        question_from_dict({"id": RID, "added_on": "2026-03-03", "text": " "})
    with pytest.raises(ValueError, match="done"):
        question_from_dict({"id": RID, "added_on": "2026-03-03", "text": "a", "done_on": "2026-03-01"})
    facts = MedicalFacts(BloodGroup.O, Rh.NEGATIVE, DAY, "Allergic to latex")
    assert facts_from_dict(facts_to_dict(facts)) == facts
    assert facts_from_dict({}) == MedicalFacts() and MedicalFacts().is_empty()
    for bad, field in (({"blood_group": "C"}, "blood_group"), ({"rh": "+"}, "rh"), ({"anti_d_date": 3}, "anti_d_date")):
        with pytest.raises(ValueError, match=field):
            facts_from_dict(bad)
    with pytest.raises(ValueError, match="facts"):
        facts_from_dict({"blood_type": "O"})


def test_a_period_day_keeps_its_mark_and_older_days_keep_their_shape() -> None:
    marked = DayEntry(DAY, period=True)
    assert not marked.is_empty()
    assert entry_from_dict(entry_to_dict(marked)) == marked
    assert "period" not in entry_to_dict(DayEntry(DAY, mood=3))
    assert DayEntry(DAY, mood=2).merged_with(marked).period
    with pytest.raises(ValueError, match="period"):
        entry_from_dict({"date": "2026-03-03", "period": "yes"})


def test_hcg_values_are_shown_as_entered() -> None:
    assert [format_hcg(v) for v in (250.0, 0.0, 12.5, 3.25, 1_000_000.0)] == ["250", "0", "12.5", "3.25", "1000000"]
