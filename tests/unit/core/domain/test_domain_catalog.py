"""The symptom catalog reads values the way people type them and names the symptom when one does not fit."""

import pytest

from journal.core.domain.catalog import SymptomDefinition, SymptomKind, SymptomValueError, load_default_catalog
from journal.core.domain.entry import Measurement

CATALOG = load_default_catalog()


def test_the_defaults_for_recovery_after_a_loss_are_all_there_with_their_kinds() -> None:
    kinds = {d.key: d.kind for d in CATALOG}
    assert kinds == {
        "bleeding": SymptomKind.LEVELS,
        "pads": SymptomKind.NUMBER,
        "clots": SymptomKind.YES_NO,
        "cramping": SymptomKind.SCALE,
        "tiredness": SymptomKind.SCALE,
        "sleep_hours": SymptomKind.NUMBER,
        "temperature": SymptomKind.NUMBER,
        "breast": SymptomKind.SCALE,
        "nausea": SymptomKind.SCALE,
        "headache": SymptomKind.SCALE,
        "dizziness": SymptomKind.SCALE,
    }
    assert CATALOG.get("bleeding").levels == ("none", "spotting", "light", "moderate", "heavy")
    assert CATALOG.get("cramping").scale_max == 10 and CATALOG.get("nausea").scale_max == 3


@pytest.mark.parametrize(
    ("key", "typed", "value"),
    [
        ("bleeding", "Light", "light"),
        ("clots", "yes", True),
        ("clots", "no", False),
        ("cramping", "4", 4),
        ("pads", "3", 3),
        ("sleep_hours", "7,5", 7.5),
        ("temperature", "38.2C", Measurement(38.2, "C")),
        ("temperature", "100.4 °F", Measurement(100.4, "F")),
    ],
)
def test_typed_values_are_read(key: str, typed: str, value: object) -> None:
    assert CATALOG.get(key).parse(typed) == value


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("bleeding", "lots"),
        ("clots", "maybe"),
        ("cramping", "11"),
        ("cramping", "4.5"),
        ("pads", "-1"),
        ("temperature", "38.2"),
        ("temperature", "38.2K"),
        ("sleep_hours", "nan"),
        ("sleep_hours", "30"),
    ],
)
def test_values_that_do_not_fit_name_the_symptom(key: str, typed: str) -> None:
    with pytest.raises(SymptomValueError, match=key):
        CATALOG.get(key).parse(typed)


def test_custom_symptoms_join_hidden_ones_leave_the_check_in_but_stay_readable() -> None:
    own = SymptomDefinition.custom_from_dict(
        {"key": "back_pain", "kind": "scale", "label": "Back pain", "scale_max": 5}
    )
    catalog = CATALOG.with_custom([own], hidden=["pads"], order=["back_pain", "bleeding"])
    assert [d.key for d in catalog][:2] == ["back_pain", "bleeding"]
    assert "pads" in catalog and "pads" not in [d.key for d in catalog.tracked()]
    assert catalog.get("back_pain").parse("5") == 5


@pytest.mark.parametrize(
    "data",
    [
        {"key": "Bad Key", "kind": "scale", "scale_max": 3},
        {"key": "x", "kind": "levels", "levels": ["one"]},
        {"key": "y", "kind": "number", "minimum": 5, "maximum": 1},
    ],
)
def test_custom_symptoms_that_no_control_could_show_are_refused(data: dict) -> None:
    with pytest.raises(SymptomValueError):
        SymptomDefinition.custom_from_dict(data)
