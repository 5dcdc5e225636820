"""The JSON import refuses values no check-in could hold, so a damaged export cannot break a journal."""

import datetime as dt

import pytest

from journal.core.domain.entry import DayEntry


def _export_with(journal, mutate) -> bytes:
    import json as json_module

    from journal.core.exchange.json_export import journal_to_data

    data = journal_to_data(journal, None, None, exported_on=dt.date(2026, 11, 24))
    mutate(data)
    return json_module.dumps(data).encode()


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["days"][0]["symptoms"].update(cramping=1e308), "days[0]"),
        (lambda d: d["days"][0]["symptoms"].update(cramping=-5), "days[0]"),
        (lambda d: d["days"][0]["symptoms"].update(bleeding="purple"), "days[0]"),
        (lambda d: d["days"][0]["symptoms"].update(temperature={"value": float("nan"), "unit": "C"}), "days[0]"),
        (lambda d: d["days"][0]["symptoms"].update(zzz=float("inf")), "days[0]"),
        (lambda d: d["settings"].update(custom_symptoms=[{"key": "x"}]), "settings.custom_symptoms[0]"),
    ],
)
def test_values_that_no_check_in_could_hold_are_refused(journal, mutate, where) -> None:
    """A hand-edited or damaged export must not make the journal unopenable after import."""
    from journal.core.exchange.json_import import parse_journal_json

    with journal.transaction() as session:
        journal.save_day(session, DayEntry(dt.date(2026, 10, 1), mood=2, symptoms={"cramping": 3}))
    plan = parse_journal_json(_export_with(journal, mutate), today=dt.date(2026, 11, 24))
    assert plan.problems and any(problem.where == where for problem in plan.problems)


def test_a_custom_symptom_that_cannot_be_read_does_not_stop_the_journal(journal) -> None:
    import dataclasses

    with journal.transaction() as session:
        journal.save_settings(session, dataclasses.replace(journal.settings(), custom_symptoms=({"key": "x"},)))
    assert "bleeding" in journal.settings().catalog()


def test_drafts_and_the_backup_folder_stay_on_this_computer(journal) -> None:
    from journal.core.exchange.json_export import journal_to_data

    with journal.transaction() as session:
        journal.save_document(session, "draft", {"note": "half"})
        journal.save_document(session, "backup_preferences", {"folder": "/media/stick"})
        journal.save_document(session, "prompt_history", {"version": 1, "shown": []})
    documents = journal_to_data(journal, None, None, exported_on=dt.date(2026, 11, 24))["documents"]
    assert set(documents) == {"prompt_history"}
