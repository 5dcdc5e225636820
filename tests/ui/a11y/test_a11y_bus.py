"""The app as a screen reader meets it: the real AT-SPI tree on a private accessibility bus.

`bus_walk.walk` starts the app under its own Xvfb and buses, and the system Python's pyatspi walks
the first run, or Unlock, Today, Looking back, Library and Settings (atspi_walker.py). The checks
here judge what it saw: every focusable control has a role and a name a person would understand,
the reading order follows the screen, charts have a text alternative, the mood buttons say their
word and whether they are chosen, unlocking failures and saving are announced, and the passphrase
never travels in a `text-changed` event.

The first run takes 5 to 10 s and always runs. The full walk takes 35 to 60 s (more on a busy machine), so it runs with
`-m a11y` (run it before closing work on any view).
"""

from __future__ import annotations

import itertools

import pytest
from bus_session import missing_tools
from bus_walk import walk

_MISSING = missing_tools()
pytestmark = pytest.mark.skipif(bool(_MISSING), reason=f"no accessibility bus here: {_MISSING}")
_FULL_WALK_ONLY = pytest.mark.skipif(
    "'a11y' not in (config.getoption('-m') or '')", reason="the full AT-SPI walk (about 35 s): run with -m a11y"
)

# Containers: focusable only because Qt lets a scroll area or tab widget take focus; they are not controls.
_CONTAINERS = {"filler", "layered pane", "scroll pane", "panel", "viewport", "split pane"}
# Named by their content by design: a tab list by its current tab, list items and cells by their text.
_NAMED_BY_CONTENT = {"page tab list", "list item", "table cell", "page tab", "label"}
_VALUE_ROLES = {"combo box", "spin button", "text", "password text", "slider"}
_MOOD_WORDS = ["Very low", "Low", "Mixed", "Okay", "Good"]


def _inside(nodes: list[dict], node: dict, roles: set[str]) -> bool:
    parent = node["parent"]
    while parent >= 0:
        if nodes[parent]["role"] in roles:
            return True
        parent = nodes[parent]["parent"]
    return False


def badly_named(nodes: list[dict]) -> list[str]:
    """Focusable controls a person could not identify: no role, no name, or only their current value."""
    found = []
    for node in nodes:
        role, name = node["role"], node["name"].strip()
        if "focusable" not in node["states"] or role in _NAMED_BY_CONTENT or _inside(nodes, node, {"chart"}):
            continue
        if role in _CONTAINERS and node["children"] > 0:
            continue
        labelled = any(label.strip() for label in node["labelled_by"])
        what = f"{role} {name!r} at {node['box'][:2]}"
        if role in ("filler", "unknown", "panel", "layered pane"):
            found.append(f"{what}: no role a screen reader can announce")
        elif not name and not labelled:
            found.append(f"{what}: no name")
        elif role == "combo box" and not labelled:
            found.append(f"{what}: named only by its current value (no label)")
        elif role in _VALUE_ROLES and name == node["value"].strip() and not labelled:
            found.append(f"{what}: named only by its current value")
    return found


def out_of_order(nodes: list[dict]) -> list[str]:
    """Siblings read in a different order from the one they show in (top to bottom, then left to right)."""
    found = []
    by_parent: dict[int, list[dict]] = {}
    for node in nodes:
        _x, _y, width, height = node["box"]
        if width > 0 and height > 0 and node["parent"] >= 0:
            by_parent.setdefault(node["parent"], []).append(node)
    for siblings in by_parent.values():
        for earlier, later in itertools.pairwise(siblings):
            ex, ey, _ew, eh = earlier["box"]
            lx, ly, lw, lh = later["box"]
            above = ly + lh <= ey
            same_row = ly < ey + eh and ey < ly + lh
            left_of = same_row and lx + lw <= ex
            if above or left_of:
                where = "above" if above else "left of"
                found.append(
                    f"{later['role']} {later['name'][:40]!r} is read after {earlier['role']} "
                    f"{earlier['name'][:40]!r} but shows {where} it"
                )
    return found


def passphrase_leaks(report: dict) -> list[str]:
    secret = report["secret"]
    pieces = {secret[i : i + 4] for i in range(len(secret) - 3)}
    found = []
    for event in report["events"]:
        data = event["data"]
        typed = event["type"].startswith("object:text-changed")
        if typed and event["role"] == "password text" and set(data) - {"•"}:
            found.append(f"{event['type']} on the passphrase field carried {len(set(data) - {'•'})} real characters")
        elif any(piece in data for piece in pieces):
            found.append(f"{event['type']} on {event['role']} {event['name']!r} carried part of the passphrase")
    return found


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return walk("first-run", tmp_path_factory.mktemp("a11y-first-run"))


@pytest.fixture(scope="module")
def journal_walk(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return walk("journal", tmp_path_factory.mktemp("a11y-journal"))


def test_first_run_controls_are_named_and_in_reading_order(first_run: dict) -> None:
    for screen, nodes in first_run["screens"].items():
        assert nodes[0]["role"] == "frame", f"{screen}: the window's role"
        assert badly_named(nodes) == [], screen
        assert out_of_order(nodes) == [], screen


def test_first_run_passphrase_never_reaches_the_bus(first_run: dict) -> None:
    typed = [e for e in first_run["events"] if e["role"] == "password text"]
    assert len(typed) >= len(first_run["secret"]), "the walker's typing reached the field"
    assert passphrase_leaks(first_run) == []


@_FULL_WALK_ONLY
@pytest.mark.a11y
def test_every_screen_names_its_controls_in_reading_order(journal_walk: dict) -> None:
    screens = journal_walk["screens"]
    assert set(screens) >= {"unlock", "today", "looking back: charts", "library", "settings", "settings: backups"}
    for screen, nodes in screens.items():
        assert badly_named(nodes) == [], screen
        assert out_of_order(nodes) == [], screen
    assert screens["unlock"][0]["role"] == "frame"
    today = [node["role"] for node in screens["today"]]
    assert today.index("menu bar") < today.index("page tab list") < today.index("radio button")


@_FULL_WALK_ONLY
@pytest.mark.a11y
def test_unlocking_failure_is_readable_and_announced(journal_walk: dict) -> None:
    nodes = journal_walk["screens"]["unlock: wrong passphrase"]
    labels = [n["name"] for n in nodes if n["role"] == "label"]
    assert any("doesn't open this journal" in name for name in labels)
    field = next(n for n in nodes if n["role"] == "password text")
    assert "doesn't open this journal" in field["description"], "read with the field when focus returns to it"
    assert "focused" in field["states"]


@_FULL_WALK_ONLY
@pytest.mark.a11y
def test_saving_is_announced(journal_walk: dict) -> None:
    spoken = [e["data"] for e in journal_walk["events"] if e["type"].startswith("object:announcement")]
    assert "Saved" in spoken


@_FULL_WALK_ONLY
@pytest.mark.a11y
def test_the_passphrase_never_reaches_the_bus(journal_walk: dict) -> None:
    typed = [e for e in journal_walk["events"] if e["role"] == "password text"]
    assert len(typed) >= 2 * len(journal_walk["secret"]), "both tries were typed into the field"
    assert passphrase_leaks(journal_walk) == []


@_FULL_WALK_ONLY
@pytest.mark.a11y
def test_mood_buttons_say_their_word_and_whether_chosen(journal_walk: dict) -> None:
    assert journal_walk["mood_group"] == {"role": "panel", "name": "How are you, overall?"}
    after = journal_walk["mood_after"]
    assert [n["role"] for n in after] == ["radio button"] * 5
    assert [n["name"] for n in after] == _MOOD_WORDS
    assert [n["name"] for n in after if "checked" in n["states"]] == ["Okay"]


@_FULL_WALK_ONLY
@pytest.mark.a11y
def test_calendar_reads_the_day_the_keyboard_lands_on(journal_walk: dict) -> None:
    spoken = journal_walk["calendar_spoken"]
    assert len(spoken) == 1, spoken  # the focused calendar's description changes to the day: read out
    assert "Mood: " in spoken[0] or "Nothing written" in spoken[0], spoken


@_FULL_WALK_ONLY
@pytest.mark.a11y
def test_charts_have_a_text_alternative(journal_walk: dict) -> None:
    charts = [n for n in journal_walk["screens"]["looking back: charts"] if n["role"] == "chart"]
    assert len(charts) >= 2, "the body charts and the mood chart"
    for chart in charts:
        assert chart["name"] and chart["description"].startswith(f"{chart['name']}: noted on ")


def test_the_check_finds_what_the_walk_found_before_the_fixes() -> None:
    """The judges themselves: nodes as the first walk saw them (before these fixes) fail them."""
    combo = {"role": "combo box", "name": "Not noted", "value": "", "labelled_by": [], "states": ["focusable"]}
    unnamed_list = {"role": "list", "name": "", "value": "", "labelled_by": [], "states": ["focusable"]}
    chart = {"role": "filler", "name": "", "value": "", "labelled_by": [], "states": ["focusable"], "children": 0}
    nodes = [
        {**node, "parent": -1, "children": node.get("children", 0), "box": [0, 0, 9, 9]}
        for node in (combo, unnamed_list, chart)
    ]
    assert len(badly_named(nodes)) == 3
    menu = {"role": "menu bar", "name": "", "parent": 0, "box": [0, 0, 900, 19]}
    content = {"role": "filler", "name": "", "parent": 0, "box": [0, 19, 900, 700]}
    assert out_of_order([{"parent": -1, "box": [0, 0, 900, 760]}, content, menu]) != []
    report = {
        "secret": "zq7-Velvet",
        "events": [{"type": "object:text-changed:insert", "role": "password text", "name": "", "data": "z"}],
    }
    assert passphrase_leaks(report) != []
