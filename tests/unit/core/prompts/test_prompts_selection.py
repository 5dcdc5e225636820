"""Choosing today's prompt: phases, hard dates, hidden themes, no repeats, and the same answer twice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.prompts import (
    Prompt,
    PromptLibrary,
    PromptPreferences,
    PromptShown,
    Theme,
    choose_prompt,
    hard_date_near,
    load_prompt_library,
    rank_prompts,
    recovery_phase,
)

TODAY = dt.date(2025, 6, 15)
NOTHING = PromptPreferences()


def loss(on: dt.date, key: str = "loss") -> KeyDate:
    return KeyDate(id=key, kind=KeyDateKind.LOSS, date=on)


def due(on: dt.date) -> KeyDate:
    return KeyDate(id="due", kind=KeyDateKind.DUE_DATE, date=on)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def theme(key: str, *prompts: tuple[str, tuple[str, ...], tuple[str, ...]], gentle: bool = False) -> Theme:
    return Theme(
        key=key,
        title=key.title(),
        gentle=gentle,
        prompts=tuple(
            Prompt(id=pid, text=f"Prompt {pid}?", theme=key, phases=frozenset(ph), conditions=frozenset(cond))
            for pid, ph, cond in prompts
        ),
    )


SMALL = PromptLibrary(
    (
        theme(
            "grief",
            ("grief-001", ("first_days",), ()),
            ("grief-002", ("first_weeks",), ()),
            ("grief-003", ("later",), ()),
            ("grief-004", ("any",), ()),
        ),
        theme(
            "kindness",
            ("kind-001", ("first_days", "first_weeks"), ()),
            ("kind-002", ("any",), ()),
            ("kind-003", ("any",), ("partner_view",)),
            ("kind-004", ("any",), ("returning_to_work",)),
        ),
        theme(
            "hard_dates",
            ("dates-001", ("any",), ("near_due_date",)),
            ("dates-002", ("any",), ("near_anniversary",)),
            ("dates-003", ("any",), ()),
            gentle=True,
        ),
        theme("remembering", ("remember-001", ("any",), ("near_anniversary",)), ("remember-002", ("any",), ())),
    )
)


def ids(prompts: list[Prompt]) -> set[str]:
    return {p.id for p in prompts}


# Phases.


@pytest.mark.parametrize(
    ("days_since", "phase"),
    [(0, "first_days"), (13, "first_days"), (14, "first_weeks"), (83, "first_weeks"), (84, "later"), (900, "later")],
)
def test_phase_counts_days_since_the_loss(days_since: int, phase: str) -> None:
    assert recovery_phase(TODAY, [loss(days_ago(days_since))]) == phase


def test_phase_is_any_without_a_loss_date_and_counts_from_the_latest_loss() -> None:
    assert recovery_phase(TODAY, []) == "any"
    assert recovery_phase(TODAY, [due(days_ago(3))]) == "any"
    assert recovery_phase(TODAY, [loss(days_ago(400), "first"), loss(days_ago(5), "second")]) == "first_days"
    assert recovery_phase(TODAY, [loss(TODAY + dt.timedelta(days=2))]) == "any"


def test_only_prompts_for_the_phase_are_offered() -> None:
    offered = ids(rank_prompts(SMALL, TODAY, [loss(days_ago(20))], [], NOTHING))
    assert offered == {"grief-002", "grief-004", "kind-001", "kind-002", "remember-002"}


def test_without_a_loss_date_only_any_prompts_are_offered() -> None:
    assert ids(rank_prompts(SMALL, TODAY, [], [], NOTHING)) == {"grief-004", "kind-002", "remember-002"}


def test_prompts_written_for_the_phase_come_before_any_prompts() -> None:
    library = PromptLibrary((theme("grief", ("grief-001", ("any",), ()), ("grief-002", ("later",), ())),))
    for day in range(20):
        today = TODAY + dt.timedelta(days=day)
        chosen = choose_prompt(library, today, [loss(days_ago(200))], [], NOTHING)
        assert chosen is not None and chosen.id == "grief-002"


# Hard dates.


def test_due_date_is_near_within_three_days_either_side() -> None:
    assert hard_date_near(TODAY, [due(TODAY + dt.timedelta(days=3))]) == due(TODAY + dt.timedelta(days=3))
    assert hard_date_near(TODAY, [due(days_ago(3))]) == due(days_ago(3))
    assert hard_date_near(TODAY, [due(TODAY + dt.timedelta(days=4))]) is None
    assert hard_date_near(TODAY, [due(TODAY + dt.timedelta(days=5))], window_days=5) is not None


def test_anniversary_is_the_same_day_in_a_later_year_but_not_the_loss_day_itself() -> None:
    a_year_ago = loss(dt.date(2024, 6, 17))
    assert hard_date_near(TODAY, [a_year_ago]) == a_year_ago
    assert hard_date_near(TODAY, [loss(dt.date(2019, 6, 12))]) is not None
    assert hard_date_near(TODAY, [loss(days_ago(1))]) is None
    assert hard_date_near(TODAY, [loss(dt.date(2024, 6, 25))]) is None


def test_anniversaries_cross_the_new_year_and_29_february() -> None:
    assert hard_date_near(dt.date(2025, 1, 1), [loss(dt.date(2023, 12, 30))]) is not None
    assert hard_date_near(dt.date(2024, 12, 30), [loss(dt.date(2023, 1, 1))]) is not None
    assert hard_date_near(dt.date(2025, 2, 26), [loss(dt.date(2024, 2, 29))]) is not None
    assert hard_date_near(dt.date(2025, 3, 4), [loss(dt.date(2024, 2, 29))]) is None


def test_appointments_and_other_dates_are_not_hard_dates() -> None:
    for kind in (KeyDateKind.APPOINTMENT, KeyDateKind.OTHER):
        assert hard_date_near(TODAY, [KeyDate(id="x", kind=kind, date=TODAY)]) is None


def test_the_nearest_hard_date_is_named() -> None:
    anniversary = loss(dt.date(2024, 6, 16))
    assert hard_date_near(TODAY, [due(days_ago(2)), anniversary]) == anniversary


def test_near_a_due_date_only_gentle_due_date_prompts_are_offered() -> None:
    offered = ids(rank_prompts(SMALL, TODAY, [loss(days_ago(30)), due(TODAY)], [], NOTHING))
    assert offered == {"dates-001", "dates-003"}


def test_near_an_anniversary_date_tied_prompts_of_other_themes_join_in() -> None:
    offered = ids(rank_prompts(SMALL, TODAY, [loss(dt.date(2024, 6, 14))], [], NOTHING))
    assert offered == {"dates-002", "dates-003", "remember-001"}


def test_away_from_hard_dates_no_gentle_or_date_tied_prompt_is_offered() -> None:
    offered = ids(rank_prompts(SMALL, TODAY, [loss(days_ago(200)), due(days_ago(100))], [], NOTHING))
    assert not offered & {"dates-001", "dates-002", "dates-003", "remember-001"}
    assert offered


def test_hidden_hard_dates_theme_means_no_ordinary_prompt_on_a_hard_date() -> None:
    hidden = PromptPreferences(hidden_themes=frozenset({"hard_dates"}))
    assert rank_prompts(SMALL, TODAY, [loss(days_ago(30)), due(TODAY)], [], hidden) == []
    library = load_prompt_library()
    assert choose_prompt(library, TODAY, [loss(dt.date(2024, 6, 15))], [], hidden) is None


def test_bundled_library_offers_only_hard_date_prompts_near_the_due_date() -> None:
    library = load_prompt_library()
    offered = rank_prompts(library, TODAY, [loss(days_ago(40)), due(TODAY)], [], NOTHING)
    assert offered and {p.theme for p in offered} == {"hard_dates"}
    assert all("near_anniversary" not in p.conditions for p in offered)


# Settings.


def test_paused_or_not_today_gives_nothing() -> None:
    key_dates = [loss(days_ago(20))]
    assert rank_prompts(SMALL, TODAY, key_dates, [], PromptPreferences(paused=True)) == []
    assert choose_prompt(SMALL, TODAY, key_dates, [], PromptPreferences(not_today=TODAY)) is None
    assert choose_prompt(SMALL, TODAY, key_dates, [], PromptPreferences(not_today=days_ago(1))) is not None


def test_a_hidden_theme_is_never_offered() -> None:
    hidden = PromptPreferences(hidden_themes=frozenset({"grief"}))
    library = load_prompt_library()
    for day in range(60):
        today = TODAY + dt.timedelta(days=day)
        ranked = rank_prompts(library, today, [loss(days_ago(10))], [], hidden)
        assert ranked and all(p.theme != "grief" for p in ranked)


def test_situation_prompts_wait_until_the_person_says_they_fit() -> None:
    key_dates = [loss(days_ago(20))]
    assert not ids(rank_prompts(SMALL, TODAY, key_dates, [], NOTHING)) & {"kind-003", "kind-004"}
    partner = PromptPreferences(situations=frozenset({"partner_view"}))
    offered = ids(rank_prompts(SMALL, TODAY, key_dates, [], partner))
    assert "kind-003" in offered and "kind-004" not in offered


# Repeats, order and determinism.


def test_no_prompt_repeats_within_30_days_in_the_bundled_library() -> None:
    library = load_prompt_library()
    key_dates = [loss(dt.date(2025, 1, 10)), due(dt.date(2025, 3, 1))]
    history: list[PromptShown] = []
    for day in range(240):
        today = dt.date(2025, 1, 10) + dt.timedelta(days=day)
        prompt = choose_prompt(library, today, key_dates, history, NOTHING)
        assert prompt is not None
        earlier = [h.shown_on for h in history if h.prompt_id == prompt.id]
        assert not earlier or (today - max(earlier)).days >= 30, (today, prompt.id)
        history.append(PromptShown(prompt.id, today, used=day % 3 == 0))


def test_a_prompt_shown_30_days_ago_may_come_back_but_not_one_shown_29_days_ago() -> None:
    library = PromptLibrary((theme("grief", ("grief-001", ("any",), ()), ("grief-002", ("any",), ())),))
    ranked = rank_prompts(
        library, TODAY, [], [PromptShown("grief-001", days_ago(30)), PromptShown("grief-002", days_ago(29))], NOTHING
    )
    assert [p.id for p in ranked] == ["grief-001", "grief-002"]


def test_when_all_were_shown_lately_the_least_recent_comes_first_and_written_about_last() -> None:
    library = PromptLibrary(
        (theme("grief", ("grief-001", ("any",), ()), ("grief-002", ("any",), ()), ("grief-003", ("any",), ())),)
    )
    history = [
        PromptShown("grief-001", days_ago(2)),
        PromptShown("grief-002", days_ago(9), used=True),
        PromptShown("grief-003", days_ago(5)),
    ]
    assert [p.id for p in rank_prompts(library, TODAY, [], history, NOTHING)] == ["grief-003", "grief-001", "grief-002"]


def test_themes_take_turns_from_day_to_day() -> None:
    library = PromptLibrary(
        (
            theme("grief", *((f"grief-{n:03d}", ("any",), ()) for n in range(1, 9))),
            theme("kindness", *((f"kind-{n:03d}", ("any",), ()) for n in range(1, 9))),
        )
    )
    history: list[PromptShown] = []
    themes = []
    for day in range(12):
        today = TODAY + dt.timedelta(days=day)
        prompt = choose_prompt(library, today, [], history, NOTHING)
        assert prompt is not None
        themes.append(prompt.theme)
        history.append(PromptShown(prompt.id, today))
    assert all(a != b for a, b in itertools.pairwise(themes)), themes


def test_same_inputs_give_the_same_prompt_whatever_the_order_of_history() -> None:
    library = load_prompt_library()
    key_dates = [loss(days_ago(50))]
    history = [PromptShown(p.id, days_ago(n % 40 + 1)) for n, p in enumerate(library.prompts[:60])]
    once = rank_prompts(library, TODAY, key_dates, history, NOTHING)
    again = rank_prompts(library, TODAY, list(key_dates), list(reversed(history)), dataclasses.replace(NOTHING))
    assert once == again


def test_the_order_changes_from_day_to_day() -> None:
    library = load_prompt_library()
    firsts = {choose_prompt(library, TODAY + dt.timedelta(days=n), [], [], NOTHING) for n in range(7)}
    assert len(firsts) > 1


def test_recording_todays_prompt_does_not_change_todays_prompt() -> None:
    library = load_prompt_library()
    key_dates = [loss(days_ago(50))]
    shown = choose_prompt(library, TODAY, key_dates, [], NOTHING)
    assert shown is not None
    history = [PromptShown(shown.id, TODAY, used=True)]
    assert choose_prompt(library, TODAY, key_dates, history, NOTHING) == shown


def test_another_gives_the_next_best_and_starts_over_at_the_end() -> None:
    key_dates = [loss(days_ago(20))]
    ranked = rank_prompts(SMALL, TODAY, key_dates, [], NOTHING)
    assert [choose_prompt(SMALL, TODAY, key_dates, [], NOTHING, skip=n) for n in range(len(ranked))] == ranked
    assert choose_prompt(SMALL, TODAY, key_dates, [], NOTHING, skip=len(ranked)) == ranked[0]
    with pytest.raises(ValueError):
        choose_prompt(SMALL, TODAY, key_dates, [], NOTHING, skip=-1)


def test_history_naming_a_retired_prompt_is_harmless() -> None:
    history = [PromptShown("retired-001", days_ago(1))]
    assert rank_prompts(SMALL, TODAY, [], history, NOTHING) == rank_prompts(SMALL, TODAY, [], [], NOTHING)
