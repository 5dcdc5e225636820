"""`key-dates`, `results`, `facts`, `questions` and `add --period`: the shape scripts rely on."""

import datetime as dt
import json
import re

import pytest

TODAY = dt.date.today()
PAST = (TODAY - dt.timedelta(days=20)).isoformat()
FUTURE = (TODAY + dt.timedelta(days=10)).isoformat()
LINE = re.compile(r"^\d{4}-\d{2}-\d{2}  ")


def ids_of(out: str) -> list[str]:
    return re.findall(r"\[([0-9a-f]{32})\]", out)


def test_key_dates_add_list_and_remove_with_loss_details_and_outcomes(cli) -> None:
    cli("init")
    code, out, err = cli(
        "key-dates", "add", "--kind", "loss", "--date", PAST, "--label", "Our loss",
        "--loss-kind", "ectopic", "--weeks", "7", "--management", "surgery",
    )  # fmt: skip
    assert code == 0, err
    assert cli("key-dates", "add", "--kind", "appointment", "--date", FUTURE, "--outcome", "Bloods in a week")[0] == 0
    assert cli("key-dates", "add", "--kind", "due-date", "--date", FUTURE)[0] == 0
    code, out, _ = cli("key-dates", "list")
    lines = out.splitlines()
    assert len(lines) == 3 and all(LINE.match(line) for line in lines)
    assert "loss  Our loss · ectopic · 7 weeks · surgery" in lines[0]
    code, out, _ = cli("key-dates", "list", "--json")
    records = json.loads(out)
    assert records[0] == {
        "id": records[0]["id"], "kind": "loss", "date": PAST, "label": "Our loss",
        "loss_kind": "ectopic", "weeks": 7, "management": "surgery",
    }  # fmt: skip
    assert {r["kind"] for r in records} == {"loss", "appointment", "due_date"}
    assert cli("key-dates", "remove", records[0]["id"])[0] == 0
    assert len(json.loads(cli("key-dates", "list", "--json")[1])) == 2
    code, _, err = cli("key-dates", "remove", "f" * 32)
    assert code == 1 and "id" in err


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (("--kind", "birthday", "--date", PAST), "--kind"),
        (("--kind", "loss", "--date", FUTURE), "--date"),
        (("--kind", "loss", "--date", "2026-02-30"), "--date"),
        (("--kind", "loss", "--date", PAST, "--weeks", "60"), "--weeks"),
        (("--kind", "loss", "--date", PAST, "--weeks", "-1"), "--weeks"),
        (("--kind", "loss", "--date", PAST, "--loss-kind", "sad"), "--loss-kind"),
        (("--kind", "loss", "--date", PAST, "--management", "pills"), "--management"),
        (("--kind", "appointment", "--date", PAST, "--weeks", "8"), "--weeks"),
        (("--kind", "loss", "--date", PAST, "--outcome", "x"), "--outcome"),
    ],
)
def test_bad_key_dates_exit_1_naming_the_field(cli, argv, field) -> None:
    cli("init")
    code, _, err = cli("key-dates", "add", *argv)
    assert code == 1 and f"{field}:" in err and "Traceback" not in err


def test_results_add_list_and_remove_every_kind(cli) -> None:
    cli("init")
    assert cli("results", "add", "--date", PAST, "--kind", "hcg", "--value", "1250", "--unit", "IU/L")[0] == 0
    assert cli("results", "add", "--date", PAST, "--kind", "hcg", "--value", "12.5", "--unit", "mIU/mL")[0] == 0
    assert cli("results", "add", "--date", PAST, "--kind", "home-test", "--result", "negative", "--note", "am")[0] == 0
    assert cli("results", "add", "--date", PAST, "--kind", "scan", "--note", "Nothing left, they said")[0] == 0
    _code, out, _ = cli("results", "list")
    lines = out.splitlines()
    assert len(lines) == 4 and all(line.startswith(PAST + "  ") for line in lines)
    assert any("hcg  1250 IU/L" in line for line in lines) and any("hcg  12.5 mIU/mL" in line for line in lines)
    assert any("home-test  negative · am" in line for line in lines)
    records = json.loads(cli("results", "list", "--json")[1])
    assert {(r["kind"], r.get("value"), r.get("unit"), r.get("result")) for r in records} == {
        ("hcg", 1250.0, "IU/L", None),
        ("hcg", 12.5, "mIU/mL", None),
        ("home_test", None, None, "negative"),
        ("scan", None, None, None),
    }
    assert cli("results", "remove", ids_of(out)[0])[0] == 0
    assert len(cli("results", "list")[1].splitlines()) == 3


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (("--date", PAST, "--kind", "hcg", "--value", "nan", "--unit", "IU/L"), "--value"),
        (("--date", PAST, "--kind", "hcg", "--value", "inf", "--unit", "IU/L"), "--value"),
        (("--date", PAST, "--kind", "hcg", "--value", "-3", "--unit", "IU/L"), "--value"),
        (("--date", PAST, "--kind", "hcg", "--value", "1000001", "--unit", "IU/L"), "--value"),
        (("--date", PAST, "--kind", "hcg", "--value", "lots", "--unit", "IU/L"), "--value"),
        (("--date", PAST, "--kind", "hcg", "--value", "5"), "--unit"),
        (("--date", PAST, "--kind", "hcg", "--value", "5", "--unit", "ng/mL"), "--unit"),
        (("--date", FUTURE, "--kind", "hcg", "--value", "5", "--unit", "IU/L"), "--date"),
        (("--date", PAST, "--kind", "home-test"), "--result"),
        (("--date", PAST, "--kind", "home-test", "--result", "maybe"), "--result"),
        (("--date", PAST, "--kind", "scan"), "--note"),
        (("--date", PAST, "--kind", "scan", "--note", "ok", "--value", "3"), "--value"),
        (("--date", PAST, "--kind", "blood", "--note", "x"), "--kind"),
        (("--date", PAST, "--kind", "other", "--note", "x" * 3000), "--note"),
    ],
)
def test_hostile_results_exit_1_naming_the_field(cli, argv, field) -> None:
    cli("init")
    code, _, err = cli("results", "add", *argv)
    assert code == 1 and f"{field}:" in err and "Traceback" not in err
    assert cli("results", "list")[1] == ""


def test_facts_set_keeps_what_is_not_given_and_shows_each_loss(cli) -> None:
    cli("init")
    cli("key-dates", "add", "--kind", "loss", "--date", PAST, "--loss-kind", "miscarriage", "--weeks", "9")
    assert cli("facts", "set", "--blood-group", "O", "--rh", "negative")[0] == 0
    assert cli("facts", "set", "--anti-d-date", PAST, "--note", "Latex allergy")[0] == 0
    code, out, _ = cli("facts", "show")
    assert "Blood group: O" in out and "Rh: negative" in out and f"Anti-D given: {PAST}" in out
    assert f"Loss {PAST}: miscarriage · 9 weeks · management not said" in out and "Latex allergy" in out
    shown = json.loads(cli("facts", "show", "--json")[1])
    assert shown["facts"] == {"blood_group": "O", "rh": "negative", "anti_d_date": PAST, "note": "Latex allergy"}
    assert shown["losses"][0]["weeks"] == 9
    for argv, field in ((("--blood-group", "C"), "--blood-group"), (("--rh", "+"), "--rh"), ((), "facts set")):
        code, _, err = cli("facts", "set", *argv)
        assert code == 1 and f"{field}:" in err
    assert cli("facts", "set", "--anti-d-date", FUTURE)[0] == 1


def test_questions_add_list_and_tick_off(cli) -> None:
    cli("init")
    assert cli("questions", "add", "When can I swim again?")[0] == 0
    assert cli("questions", "add", "Do I need another blood test?")[0] == 0
    out = cli("questions", "list")[1]
    assert [line.split("  ")[:2] for line in out.splitlines()] == [[TODAY.isoformat(), "[ ]"]] * 2
    assert cli("questions", "done", ids_of(out)[0])[0] == 0
    records = json.loads(cli("questions", "list", "--json")[1])
    assert [r.get("done_on") for r in records].count(TODAY.isoformat()) == 1
    assert cli("questions", "add", "   ")[0] == 1
    code, _, err = cli("questions", "done", "0" * 32)
    assert code == 1 and "id:" in err


def test_add_period_marks_the_day_and_future_days_are_refused(cli) -> None:
    cli("init")
    assert cli("add", "--date", PAST, "--symptom", "bleeding=light", "--period")[0] == 0
    day = json.loads(cli("show", "--date", PAST, "--json")[1])
    assert day["period"] is True
    assert "period" in cli("list")[1]
    assert cli("add", "--date", FUTURE, "--period")[0] == 1


def test_export_then_import_json_carries_results_and_says_so(cli, tmp_path) -> None:
    cli("init")
    cli("results", "add", "--date", PAST, "--kind", "hcg", "--value", "40", "--unit", "IU/L", "--note", "ward 3")
    cli("questions", "add", "Can I swim?")
    target = tmp_path / "all.json"
    assert cli("export", "json", "-o", str(target))[0] == 0
    cli("results", "remove", json.loads(cli("results", "list", "--json")[1])[0]["id"])
    code, out, err = cli("import", "json", str(target))
    assert code == 0, err
    assert "Added 1 test result(s) and question(s)" in out
    assert json.loads(cli("results", "list", "--json")[1])[0]["note"] == "ward 3"
