"""Each kind and unit is checked in one place, the catalog, and the command line, the check-in and the
JSON import all refuse the same impossible values.

Ranges decided here: temperature 34–43 °C and 93–109.5 °F (below is severe hypothermia, above is
beyond any fever a thermometer shows a living person); pads a whole count from 0 to 60; sleep from
0 to 24 hours with one decimal place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal.core.domain.catalog import SymptomDefinition, SymptomKind, SymptomValueError, load_default_catalog
from journal.core.domain.entry import Measurement

CATALOG = load_default_catalog()

IMPOSSIBLE = [
    ("temperature", "45C", Measurement(45.0, "C")),
    ("temperature", "33.9C", Measurement(33.9, "C")),
    ("temperature", "31F", Measurement(31.0, "F")),
    ("temperature", "110F", Measurement(110.0, "F")),
    ("temperature", "100C", Measurement(100.0, "C")),
    ("temperature", "37.25C", Measurement(37.25, "C")),
    ("pads", "2.5", 2.5),
    ("pads", "61", 61),
    ("sleep_hours", "23.99", 23.99),
    ("sleep_hours", "25", 25),
    ("sleep_hours", "-1", -1),
]
POSSIBLE = [
    ("temperature", "34C", Measurement(34.0, "C")),
    ("temperature", "43C", Measurement(43.0, "C")),
    ("temperature", "93F", Measurement(93.0, "F")),
    ("temperature", "109.5F", Measurement(109.5, "F")),
    ("temperature", "38.2C", Measurement(38.2, "C")),
    ("pads", "3", 3),
    ("sleep_hours", "7.5", 7.5),
    ("sleep_hours", "24", 24),
]


@pytest.mark.parametrize(("key", "typed", "value"), IMPOSSIBLE)
def test_impossible_values_are_refused_typed_or_stored(key: str, typed: str, value: object) -> None:
    definition = CATALOG.get(key)
    with pytest.raises(SymptomValueError, match=f"^{key}: "):
        definition.parse(typed)
    with pytest.raises(SymptomValueError, match=f"^{key}: "):
        definition.validate(value)


@pytest.mark.parametrize(("key", "typed", "value"), POSSIBLE)
def test_the_edges_of_each_range_fit(key: str, typed: str, value: object) -> None:
    definition = CATALOG.get(key)
    assert definition.parse(typed) == value
    assert definition.validate(value) == value


def test_a_temperature_message_names_its_own_unit_range() -> None:
    with pytest.raises(SymptomValueError, match=r"from 93 to 109\.5 °F"):
        CATALOG.get("temperature").parse("31F")


def test_a_symptom_of_ones_own_is_never_named_by_its_key_or_levels() -> None:
    own = SymptomDefinition("my_private_word", SymptomKind.LEVELS, "My private word", levels=("secret_a", "secret_b"),
                            custom=True)  # fmt: skip
    with pytest.raises(SymptomValueError) as refused:
        own.parse("nope")
    assert "my_private_word" not in str(refused.value) and "secret_a" not in str(refused.value)


@pytest.mark.parametrize(("key", "typed", "_value"), IMPOSSIBLE)
def test_the_command_line_refuses_them_and_writes_nothing(cli, data_dir: Path, key, typed, _value) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    before = (data_dir / "journal.sqlite3").read_bytes()
    code, _, err = cli("add", "--date", "2026-11-01", "--symptom", f"{key}={typed}")
    assert code == 1 and f"--symptom: {key}: " in err and typed not in err
    assert (data_dir / "journal.sqlite3").read_bytes() == before


@pytest.mark.parametrize(("key", "_typed", "value"), IMPOSSIBLE)
def test_the_json_import_refuses_them(cli, tmp_path: Path, key, _typed, value) -> None:  # type: ignore[no-untyped-def]
    from journal.core.domain.codec import entry_to_dict
    from journal.core.domain.entry import DayEntry

    cli("init")
    assert cli("add", "--date", "2026-11-01", "--mood", "3")[0] == 0
    assert cli("export", "json", "-o", str(tmp_path / "all.json"))[0] == 0
    data = json.loads((tmp_path / "all.json").read_text())
    import datetime as dt

    data["days"] = [entry_to_dict(DayEntry(dt.date(2026, 11, 2), symptoms={key: value}))]
    (tmp_path / "all.json").write_text(json.dumps(data))
    code, _, err = cli("import", "json", str(tmp_path / "all.json"))
    assert code == 1 and key in err and "nothing was imported" in err


def test_the_json_import_refuses_a_symptom_it_has_no_definition_for(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    assert cli("add", "--date", "2026-11-01", "--mood", "3")[0] == 0
    assert cli("export", "json", "-o", str(tmp_path / "all.json"))[0] == 0
    data = json.loads((tmp_path / "all.json").read_text())
    data["days"][0]["symptoms"] = {"a_private_word": 3}
    (tmp_path / "all.json").write_text(json.dumps(data))
    code, _, err = cli("import", "json", str(tmp_path / "all.json"))
    assert code == 1 and "a_private_word" not in err and "nothing was imported" in err


def test_an_unknown_symptom_on_the_command_line_echoes_nothing_personal(cli) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    code, _, err = cli("add", "--date", "2026-11-01", "--symptom", "my_secret_thing=3")
    assert code == 1 and "my_secret_thing" not in err and "bleeding" in err
