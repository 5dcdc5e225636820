"""`key-dates`, `results`, `facts` and `questions`: the milestones of a recovery from the terminal.

Every list prints one line per item beginning with its ISO date (the id last, for `remove`/`done`);
`--json` prints the full records. Appointments and due dates may lie ahead; results may not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
from typing import Any

from journal.cli.option_error import OptionError
from journal.cli.session import parse_date, unlocked_journal

KEY_DATE_KINDS = ("loss", "due-date", "appointment", "first-period", "other")
LOSS_KINDS = ("miscarriage", "ectopic", "molar", "chemical", "tfmr", "stillbirth", "other")
MANAGEMENTS = ("waiting", "medication", "surgery", "other")
RESULT_KINDS = ("hcg", "home-test", "scan", "other")
HCG_UNITS = ("IU/L", "mIU/mL")
HOME_TEST_READINGS = ("positive", "faint", "negative")
MAX_LABEL = 200


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    key_dates = commands.add_parser("key-dates", parents=[common], help="losses, due dates, appointments")
    kd_commands = key_dates.add_subparsers(dest="key_dates_command", metavar="ACTION", required=True)
    kd_list = kd_commands.add_parser("list", parents=[common], help="one line per key date")
    kd_list.add_argument("--json", action="store_true")
    kd_list.set_defaults(handler=run_key_dates_list)
    kd_add = kd_commands.add_parser("add", parents=[common], help="add a key date")
    kd_add.add_argument("--kind", required=True, help="|".join(KEY_DATE_KINDS))
    kd_add.add_argument("--date", required=True, help="YYYY-MM-DD")
    kd_add.add_argument("--label", default="", help="your own words for it")
    kd_add.add_argument("--loss-kind", help="|".join(LOSS_KINDS))
    kd_add.add_argument("--weeks", help="weeks of pregnancy, a whole number")
    kd_add.add_argument("--management", help="|".join(MANAGEMENTS))
    kd_add.add_argument("--outcome", help="what an appointment said")
    kd_add.set_defaults(handler=run_key_dates_add)
    kd_remove = kd_commands.add_parser("remove", parents=[common], help="remove a key date by id")
    kd_remove.add_argument("id")
    kd_remove.set_defaults(handler=run_key_dates_remove)

    results = commands.add_parser("results", parents=[common], help="hCG, home tests, scans and other results")
    r_commands = results.add_subparsers(dest="results_command", metavar="ACTION", required=True)
    r_add = r_commands.add_parser("add", parents=[common], help="add a result")
    r_add.add_argument("--date", required=True, help="YYYY-MM-DD")
    r_add.add_argument("--kind", required=True, help="|".join(RESULT_KINDS))
    r_add.add_argument("--value", help="an hCG value from 0 to 1,000,000")
    r_add.add_argument("--unit", help="|".join(HCG_UNITS))
    r_add.add_argument("--result", dest="reading", help="|".join(HOME_TEST_READINGS))
    r_add.add_argument("--note", help="a note, or what a scan or other result showed")
    r_add.add_argument("--place", help="where it was done")
    r_add.add_argument(
        "--non-pregnant-level", action="store_true", help="you mark this hCG as back to a non-pregnant level"
    )
    r_add.set_defaults(handler=run_results_add)
    r_list = r_commands.add_parser("list", parents=[common], help="one line per result")
    r_list.add_argument("--json", action="store_true")
    r_list.set_defaults(handler=run_results_list)
    r_remove = r_commands.add_parser("remove", parents=[common], help="remove a result by id")
    r_remove.add_argument("id")
    r_remove.set_defaults(handler=run_results_remove)

    facts = commands.add_parser("facts", parents=[common], help="blood group, Rh, anti-D and notes for a clinician")
    f_commands = facts.add_subparsers(dest="facts_command", metavar="ACTION", required=True)
    f_show = f_commands.add_parser("show", parents=[common], help="the facts card and each loss's details")
    f_show.add_argument("--json", action="store_true")
    f_show.set_defaults(handler=run_facts_show)
    f_set = f_commands.add_parser("set", parents=[common], help="change what is given, keep the rest")
    f_set.add_argument("--blood-group", help="O|A|B|AB")
    f_set.add_argument("--rh", help="positive|negative")
    f_set.add_argument("--anti-d-date", help="YYYY-MM-DD")
    f_set.add_argument("--note", help="things your clinician should know")
    f_set.set_defaults(handler=run_facts_set)

    questions = commands.add_parser("questions", parents=[common], help="questions for your next appointment")
    q_commands = questions.add_subparsers(dest="questions_command", metavar="ACTION", required=True)
    q_add = q_commands.add_parser("add", parents=[common], help="add a question")
    q_add.add_argument("text")
    q_add.set_defaults(handler=run_questions_add)
    q_list = q_commands.add_parser("list", parents=[common], help="one line per question")
    q_list.add_argument("--json", action="store_true")
    q_list.set_defaults(handler=run_questions_list)
    q_done = q_commands.add_parser("done", parents=[common], help="tick a question off")
    q_done.add_argument("id")
    q_done.set_defaults(handler=run_questions_done)


def _choice(text: str | None, known: tuple[str, ...], option: str) -> str | None:
    if text is None:
        return None
    if text.strip() not in known:
        raise OptionError(option, f"use one of {', '.join(known)}")
    return text.strip()


def _text(text: str | None, option: str, limit: int) -> str:
    value = (text or "").strip()
    if len(value) > limit:
        raise OptionError(option, f"at most {limit} characters")
    return value


def _not_future(date: dt.date, option: str, what: str) -> dt.date:
    if date > dt.date.today():
        raise OptionError(option, f"{what} cannot be on a day that has not happened yet")
    return date


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# -- key dates -------------------------------------------------------------------------------


def build_key_date(arguments: argparse.Namespace) -> Any:
    from journal.core.domain.key_dates import MAX_WEEKS, KeyDate, KeyDateKind, LossKind, Management

    kind_text = _choice(arguments.kind, KEY_DATE_KINDS, "--kind")
    assert kind_text is not None
    kind = KeyDateKind(kind_text.replace("-", "_"))
    date = parse_date(arguments.date, "--date")
    if kind in (KeyDateKind.LOSS, KeyDateKind.FIRST_PERIOD):
        _not_future(date, "--date", "a loss or a first period")
    loss_kind = _choice(arguments.loss_kind, LOSS_KINDS, "--loss-kind")
    management = _choice(arguments.management, MANAGEMENTS, "--management")
    weeks = None
    if arguments.weeks is not None:
        if not arguments.weeks.strip().isdigit() or not 0 <= int(arguments.weeks) <= MAX_WEEKS:
            raise OptionError("--weeks", f"use a whole number from 0 to {MAX_WEEKS}")
        weeks = int(arguments.weeks)
    if kind is not KeyDateKind.LOSS:
        for option, value in (("--loss-kind", loss_kind), ("--weeks", weeks), ("--management", management)):
            if value is not None:
                raise OptionError(option, "only a loss has this detail; use --kind loss")
    outcome = _text(arguments.outcome, "--outcome", 2000)
    if outcome and kind is not KeyDateKind.APPOINTMENT:
        raise OptionError("--outcome", "only an appointment has an outcome; use --kind appointment")
    return KeyDate(
        "",
        kind,
        date,
        _text(arguments.label, "--label", MAX_LABEL),
        loss_kind=LossKind(loss_kind) if loss_kind else None,
        weeks=weeks,
        management=Management(management) if management else None,
        outcome=outcome,
    )


def key_date_line(key_date: Any) -> str:
    details = [key_date.label] if key_date.label else []
    if key_date.loss_kind is not None:
        details.append(key_date.loss_kind.value)
    if key_date.weeks is not None:
        details.append(f"{key_date.weeks} weeks")
    if key_date.management is not None:
        details.append(key_date.management.value)
    if key_date.outcome:
        details.append(f"outcome: {key_date.outcome.splitlines()[0]}")
    kind = key_date.kind.value.replace("_", "-")
    return f"{key_date.date.isoformat()}  {kind}  " + " · ".join(details) + f"  [{key_date.id}]"


def run_key_dates_list(arguments: argparse.Namespace) -> int:
    from journal.core.domain.codec import key_date_to_dict

    with unlocked_journal(arguments) as journal:
        key_dates = journal.key_dates()
    if arguments.json:
        _print_json([key_date_to_dict(kd) for kd in key_dates])
    else:
        for key_date in key_dates:
            print(key_date_line(key_date))
    return 0


def run_key_dates_add(arguments: argparse.Namespace) -> int:
    key_date = build_key_date(arguments)
    with unlocked_journal(arguments) as journal, journal.transaction() as session:
        saved = journal.save_key_date(session, key_date)
    print(f"Saved {saved.date.isoformat()} [{saved.id}].")
    return 0


def run_key_dates_remove(arguments: argparse.Namespace) -> int:
    with unlocked_journal(arguments) as journal:
        if not any(kd.id == arguments.id for kd in journal.key_dates()):
            raise OptionError("id", "no key date has that id; see journal key-dates list")
        with journal.transaction() as session:
            journal.delete_key_date(session, arguments.id)
    print("Removed.")
    return 0


# -- results ---------------------------------------------------------------------------------


def build_result(arguments: argparse.Namespace) -> Any:
    from journal.core.care.results import MAX_HCG, MAX_NOTE, MAX_PLACE, HcgUnit, HomeTestReading, ResultKind, TestResult

    kind_text = _choice(arguments.kind, RESULT_KINDS, "--kind")
    assert kind_text is not None
    kind = ResultKind(kind_text.replace("-", "_"))
    date = _not_future(parse_date(arguments.date, "--date"), "--date", "a result")
    note = _text(arguments.note, "--note", MAX_NOTE)
    place = _text(arguments.place, "--place", MAX_PLACE)
    value, unit, reading = None, None, None
    if kind is ResultKind.HCG:
        if arguments.value is None:
            raise OptionError("--value", "an hCG result needs a value, e.g. --value 250")
        try:
            value = float(arguments.value)
        except ValueError:
            raise OptionError("--value", "use a number from 0 to 1,000,000") from None
        if not math.isfinite(value) or not 0 <= value <= MAX_HCG:
            raise OptionError("--value", "use a number from 0 to 1,000,000")
        unit_text = _choice(arguments.unit, HCG_UNITS, "--unit")
        if unit_text is None:
            raise OptionError("--unit", "an hCG result needs its unit: IU/L or mIU/mL")
        unit = HcgUnit(unit_text)
    else:
        for option, given in (("--value", arguments.value), ("--unit", arguments.unit)):
            if given is not None:
                raise OptionError(option, "only an hCG result has a value and unit")
        if arguments.non_pregnant_level:
            raise OptionError("--non-pregnant-level", "only an hCG result can be marked so")
    if kind is ResultKind.HOME_TEST:
        reading_text = _choice(arguments.reading, HOME_TEST_READINGS, "--result")
        if reading_text is None:
            raise OptionError("--result", "a home test needs its result: positive, faint or negative")
        reading = HomeTestReading(reading_text)
    elif arguments.reading is not None:
        raise OptionError("--result", "only a home test has a positive, faint or negative result")
    if kind in (ResultKind.SCAN, ResultKind.OTHER) and not note:
        raise OptionError("--note", "say in a few words what it showed")
    return TestResult(
        "", date, kind, value, unit, reading, note, place, non_pregnant_level=bool(arguments.non_pregnant_level)
    )


def result_line(result: Any) -> str:
    from journal.core.care.results import ResultKind, format_hcg

    kind = result.kind.value.replace("_", "-")
    parts = []
    if result.kind is ResultKind.HCG:
        parts.append(f"{format_hcg(result.value)} {result.unit.value}")
    if result.reading is not None:
        parts.append(result.reading.value)
    if result.non_pregnant_level:
        parts.append("marked back to a non-pregnant level")
    if result.place:
        parts.append(result.place)
    if result.note:
        parts.append(result.note.splitlines()[0])
    return f"{result.date.isoformat()}  {kind}  " + " · ".join(parts) + f"  [{result.id}]"


def run_results_add(arguments: argparse.Namespace) -> int:
    result = build_result(arguments)
    with unlocked_journal(arguments) as journal, journal.transaction() as session:
        saved = journal.save_result(session, result)
    print(f"Saved {saved.date.isoformat()} [{saved.id}].")
    return 0


def run_results_list(arguments: argparse.Namespace) -> int:
    from journal.core.care.codec import result_to_dict

    with unlocked_journal(arguments) as journal:
        results = journal.results()
    if arguments.json:
        _print_json([result_to_dict(r) for r in results])
    else:
        for result in results:
            print(result_line(result))
    return 0


def run_results_remove(arguments: argparse.Namespace) -> int:
    with unlocked_journal(arguments) as journal:
        if journal.care.result(arguments.id) is None:
            raise OptionError("id", "no result has that id; see journal results list")
        with journal.transaction() as session:
            journal.delete_care_record(session, arguments.id)
    print("Removed.")
    return 0


# -- facts -----------------------------------------------------------------------------------


def facts_lines(facts: Any, losses: list[Any]) -> list[str]:
    not_said = "not said"
    lines = [
        f"Blood group: {facts.blood_group.value if facts.blood_group else not_said}",
        f"Rh: {facts.rh.value if facts.rh else not_said}",
        f"Anti-D given: {facts.anti_d_date.isoformat() if facts.anti_d_date else not_said}",
    ]
    for loss in losses:
        kind = loss.loss_kind.value if loss.loss_kind else "kind not said"
        weeks = f"{loss.weeks} weeks" if loss.weeks is not None else "weeks not said"
        managed = loss.management.value if loss.management else "management not said"
        label = f" ({loss.label})" if loss.label else ""
        lines.append(f"Loss {loss.date.isoformat()}{label}: {kind} · {weeks} · {managed}")
    if facts.note:
        lines += ["Things my clinician should know:", facts.note]
    return lines


def run_facts_show(arguments: argparse.Namespace) -> int:
    from journal.core.care.codec import facts_to_dict
    from journal.core.domain.codec import key_date_to_dict
    from journal.core.domain.key_dates import KeyDateKind

    with unlocked_journal(arguments) as journal:
        facts = journal.medical_facts()
        losses = [kd for kd in journal.key_dates() if kd.kind is KeyDateKind.LOSS]
    if arguments.json:
        _print_json({"facts": facts_to_dict(facts), "losses": [key_date_to_dict(kd) for kd in losses]})
    else:
        print("\n".join(facts_lines(facts, losses)))
    return 0


def run_facts_set(arguments: argparse.Namespace) -> int:
    from dataclasses import replace

    from journal.core.care.facts import MAX_FACTS_NOTE, BloodGroup, Rh

    changes: dict[str, Any] = {}
    if (group := _choice(arguments.blood_group, ("O", "A", "B", "AB"), "--blood-group")) is not None:
        changes["blood_group"] = BloodGroup(group)
    if (rh := _choice(arguments.rh, ("positive", "negative"), "--rh")) is not None:
        changes["rh"] = Rh(rh)
    if arguments.anti_d_date is not None:
        changes["anti_d_date"] = _not_future(
            parse_date(arguments.anti_d_date, "--anti-d-date"), "--anti-d-date", "anti-D"
        )
    if arguments.note is not None:
        changes["note"] = _text(arguments.note, "--note", MAX_FACTS_NOTE)
    if not changes:
        raise OptionError("facts set", "give at least one of --blood-group, --rh, --anti-d-date, --note")
    with unlocked_journal(arguments) as journal, journal.transaction() as session:
        journal.save_medical_facts(session, replace(journal.medical_facts(), **changes))
    print("Saved.")
    return 0


# -- questions -------------------------------------------------------------------------------


def question_line(question: Any) -> str:
    mark = f"[done {question.done_on.isoformat()}]" if question.done_on else "[ ]"
    return f"{question.added_on.isoformat()}  {mark}  {question.text.splitlines()[0]}  [{question.id}]"


def run_questions_add(arguments: argparse.Namespace) -> int:
    from journal.core.care.questions import MAX_QUESTION, Question

    text = _text(arguments.text, "text", MAX_QUESTION)
    if not text:
        raise OptionError("text", "write the question you want to ask")
    with unlocked_journal(arguments) as journal, journal.transaction() as session:
        saved = journal.save_question(session, Question("", dt.date.today(), text))
    print(f"Saved [{saved.id}].")
    return 0


def run_questions_list(arguments: argparse.Namespace) -> int:
    from journal.core.care.codec import question_to_dict

    with unlocked_journal(arguments) as journal:
        questions = journal.questions()
    if arguments.json:
        _print_json([question_to_dict(q) for q in questions])
    else:
        for question in questions:
            print(question_line(question))
    return 0


def run_questions_done(arguments: argparse.Namespace) -> int:
    from dataclasses import replace

    with unlocked_journal(arguments) as journal:
        question = journal.care.question(arguments.id)
        if question is None:
            raise OptionError("id", "no question has that id; see journal questions list")
        if not question.is_done:
            with journal.transaction() as session:
                journal.save_question(session, replace(question, done_on=max(dt.date.today(), question.added_on)))
    print("Ticked off.")
    return 0
