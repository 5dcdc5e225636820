"""Selection by the person's own story: the kinds of loss they recorded, partners, situations, marked dates."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.domain.key_dates import KeyDate, KeyDateKind, LossKind
from journal.core.prompts import Prompt, PromptLibrary, PromptPreferences, Theme, hard_date_near, rank_prompts

TODAY = dt.date(2026, 6, 15)


def prompt(pid: str, *, kinds: tuple[str, ...] = (), body: bool = False, conditions: tuple[str, ...] = ()) -> Prompt:
    return Prompt(
        id=pid,
        text=f"Prompt {pid}?",
        theme=pid.split("-")[0],
        phases=frozenset({"any"}),
        conditions=frozenset(conditions),
        loss_kinds=frozenset(kinds),
        body=body,
    )


LIBRARY = PromptLibrary(
    (
        Theme(
            "kinds",
            "Kinds",
            False,
            (
                prompt("kinds-001"),
                *(prompt(f"kinds-{n:03d}", kinds=(kind.value,)) for n, kind in enumerate(LossKind, 2)),
                prompt("kinds-020", kinds=("ectopic", "molar")),
            ),
        ),
        Theme(
            "body",
            "Body",
            False,
            (prompt("body-001", body=True), prompt("body-002"), prompt("body-003", body=True, kinds=("stillbirth",))),
        ),
        Theme(
            "situ",
            "Situations",
            False,
            tuple(
                prompt(f"situ-{n:03d}", conditions=(c,))
                for n, c in enumerate(("parenting_already", "trying_again", "pregnant_again", "partner_view"), 1)
            ),
        ),
        Theme("gentle", "Gentle", True, (prompt("gentle-001"), prompt("gentle-002", conditions=("near_due_date",)))),
    )
)
KIND_PROMPT = {kind: f"kinds-{n:03d}" for n, kind in enumerate(LossKind, 2)}


def loss(on: dt.date, kind: LossKind | None, key: str = "loss") -> KeyDate:
    return KeyDate(id=key, kind=KeyDateKind.LOSS, date=on, loss_kind=kind)


def offered(key_dates: list[KeyDate], situations: tuple[str, ...] = (), on: dt.date = TODAY) -> set[str]:
    preferences = PromptPreferences(situations=frozenset(situations))
    return {p.id for p in rank_prompts(LIBRARY, on, key_dates, [], preferences)}


@pytest.mark.parametrize("kind", list(LossKind))
def test_each_kind_of_loss_gets_its_own_prompts_and_no_other_kinds(kind: LossKind) -> None:
    ids = offered([loss(dt.date(2026, 5, 1), kind)])
    assert KIND_PROMPT[kind] in ids and "kinds-001" in ids
    assert not ids & (set(KIND_PROMPT.values()) - {KIND_PROMPT[kind]})
    assert ("kinds-020" in ids) == (kind in (LossKind.ECTOPIC, LossKind.MOLAR))


def test_with_no_kind_recorded_only_prompts_for_every_kind_are_offered() -> None:
    for key_dates in ([], [loss(dt.date(2026, 5, 1), None)]):
        ids = offered(key_dates)
        assert "kinds-001" in ids
        assert not ids & {*KIND_PROMPT.values(), "kinds-020", "body-003"}


def test_every_recorded_loss_counts_not_only_the_most_recent() -> None:
    ids = offered([loss(dt.date(2025, 1, 10), LossKind.MOLAR, "first"), loss(dt.date(2026, 5, 1), LossKind.CHEMICAL)])
    assert {KIND_PROMPT[LossKind.MOLAR], KIND_PROMPT[LossKind.CHEMICAL], "kinds-020"} <= ids
    assert KIND_PROMPT[LossKind.ECTOPIC] not in ids


def test_a_loss_dated_after_today_does_not_count_yet() -> None:
    ids = offered([loss(TODAY + dt.timedelta(days=3), LossKind.ECTOPIC)])
    assert KIND_PROMPT[LossKind.ECTOPIC] not in ids


def test_a_partner_is_never_offered_prompts_about_their_own_body() -> None:
    key_dates = [loss(dt.date(2026, 5, 1), LossKind.STILLBIRTH)]
    assert {"body-001", "body-003"} <= offered(key_dates)
    partner = offered(key_dates, ("partner_view",))
    assert "body-001" not in partner and "body-003" not in partner
    assert {"body-002", "situ-004", KIND_PROMPT[LossKind.STILLBIRTH]} <= partner


@pytest.mark.parametrize(
    ("situation", "pid"),
    [("parenting_already", "situ-001"), ("trying_again", "situ-002"), ("pregnant_again", "situ-003")],
)
def test_new_situations_are_offered_only_when_the_person_said_they_apply(situation: str, pid: str) -> None:
    assert pid not in offered([])
    assert pid in offered([], (situation,))
    others = {"situ-001", "situ-002", "situ-003"} - {pid}
    assert not offered([], (situation,)) & others


def test_a_something_else_date_brings_gentle_prompts_only_when_asked() -> None:
    marked = dt.date(2025, 6, 17)
    plain = KeyDate("other", KeyDateKind.OTHER, marked, "the funeral")
    assert hard_date_near(TODAY, [plain]) is None
    assert "gentle-001" not in offered([plain])
    gentle = KeyDate("other", KeyDateKind.OTHER, marked, "the funeral", gentle_prompts=True)
    assert hard_date_near(TODAY, [gentle]) == gentle
    ids = offered([gentle])
    assert ids == {"gentle-001"}  # only gentle prompts, and not the ones written for a due date
    assert "gentle-001" not in offered([gentle], on=TODAY + dt.timedelta(days=10))


def test_a_marked_date_ahead_counts_on_the_date_itself() -> None:
    ahead = KeyDate("other", KeyDateKind.OTHER, TODAY + dt.timedelta(days=2), gentle_prompts=True)
    assert hard_date_near(TODAY, [ahead]) == ahead
    assert hard_date_near(TODAY - dt.timedelta(days=400), [ahead]) is None


def test_the_bundled_library_never_offers_a_partner_a_body_prompt_for_any_kind_of_loss() -> None:
    from journal.core.prompts import load_prompt_library

    library = load_prompt_library()
    body = {p.id for p in library.prompts if p.body}
    assert body, "the bundled library marks its prompts about one's own body"
    every_situation = frozenset({"partner_view", "returning_to_work", "parenting_already", "trying_again"})
    for kind in LossKind:
        key_dates = [loss(TODAY - dt.timedelta(days=5), kind)]
        for offset in range(0, 400, 7):
            day = TODAY + dt.timedelta(days=offset)
            ranked = rank_prompts(library, day, key_dates, [], PromptPreferences(situations=every_situation))
            assert ranked, f"a partner after a {kind.value} still gets prompts"
            assert not {p.id for p in ranked} & body, f"{kind.value}, day {offset}"
            wrong = [p.id for p in ranked if p.loss_kinds and kind.value not in p.loss_kinds]
            assert not wrong, f"prompts for other kinds after a {kind.value}: {wrong[:3]}"
