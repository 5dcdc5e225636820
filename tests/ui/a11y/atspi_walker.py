"""Walk the running app's accessibility tree over AT-SPI, as a screen reader sees it; print what it found as JSON.

Run by the system Python (Debian's python3-pyatspi), not the project's: the test starts the app
and this script in a private X server and bus (see bus_session.py), then judges the JSON.
It drives the app only as a person with a screen reader could: real key presses (xdotool) and the
actions and selections AT-SPI offers. It records every `text-changed` and `announcement` event.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "RecoveryJournal"
MAX_CHILDREN = 40  # long lists and tables: the first rows say enough
EVENTS: list[dict] = []
_CONTEXT = GLib.MainContext.default()


SLACK = 3.0


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while _CONTEXT.iteration(False):
            pass
        time.sleep(0.02)


def wait_for(find, seconds: float = 20.0, what: str = "something"):
    # Generous on a busy machine (CI shares its cores): waiting longer costs nothing when things go well.
    end = time.monotonic() + seconds * SLACK
    while time.monotonic() < end:
        found = find()
        if found:
            return found
        pump(0.2)
    raise SystemExit(f"walker: gave up waiting for {what}")


def xdotool(*arguments: str) -> str:
    return subprocess.run(["xdotool", *arguments], capture_output=True, text=True, check=False).stdout


def focus_newest_window(pid: int) -> None:
    """No window manager runs here, so each new window is given the keyboard by hand."""
    windows = xdotool("search", "--onlyvisible", "--pid", str(pid)).split()
    if windows:
        xdotool("windowfocus", "--sync", windows[-1])
    pump(0.5)


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == APP_NAME:
            return app
    return None


def states(node) -> set[str]:
    try:
        return {pyatspi.stateToString(state) for state in node.getState().getStates()}
    except Exception:  # a node can vanish while we look at it
        return set()


def value_of(node) -> str:
    try:
        text = node.queryText()
        return text.getText(0, min(text.characterCount, 200))
    except NotImplementedError:
        pass
    except Exception:
        pass
    try:
        return str(node.queryValue().currentValue)
    except Exception:
        return ""


def labelled_by(node) -> list[str]:
    names = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    except Exception:
        pass
    return names


def snapshot(root) -> list[dict]:
    """Showing nodes in tree order (depth first), each with what a screen reader would read."""
    found: list[dict] = []

    def visit(node, depth: int, parent: int) -> None:
        node_states = states(node)
        if depth > 0 and "showing" not in node_states:
            return
        try:
            extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            box = [extents.x, extents.y, extents.width, extents.height]
        except Exception:
            box = [0, 0, 0, 0]
        index = len(found)
        found.append(
            {
                "index": index,
                "parent": parent,
                "depth": depth,
                "role": node.getRoleName(),
                "name": node.name or "",
                "description": node.description or "",
                "value": value_of(node),
                "states": sorted(node_states & {"focusable", "checked", "selected", "focused", "editable"}),
                "labelled_by": labelled_by(node),
                "box": box,
                "children": node.childCount,
            }
        )
        for child_index in range(min(node.childCount, MAX_CHILDREN)):
            child = node.getChildAtIndex(child_index)
            if child is not None:
                visit(child, depth + 1, index)

    visit(root, 0, -1)
    return found


def find_node(root, role: str, name: str | None = None, showing: bool = True):
    def match(node) -> bool:
        if node is None or node.getRoleName() != role or (name is not None and node.name != name):
            return False
        return not showing or "showing" in states(node)

    return pyatspi.findDescendant(root, match, breadth_first=True)


def window_with(role: str, name: str | None = None):
    app = application()
    if app is None:
        return None
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None and find_node(window, role, name) is not None:
            return window
    return None


def press(node) -> None:
    actions = node.queryAction()
    for index in range(actions.nActions):
        if actions.getName(index) in ("Press", "press", "click", "Toggle", "toggle"):
            actions.doAction(index)
            return
    actions.doAction(0)


def select_tab(window, name: str) -> None:
    tab = find_node(window, "page tab", name)
    if tab is None:
        raise SystemExit(f"walker: no tab {name!r}")
    tab_list = tab.parent
    for index in range(tab_list.childCount):
        if tab_list.getChildAtIndex(index).name == name:
            tab_list.querySelection().selectChild(index)
    pump(1.5)


def record_event(event) -> None:
    source = event.source
    try:
        role, name = source.getRoleName(), source.name
    except Exception:
        role, name = "", ""
    EVENTS.append({"type": str(event.type), "role": role, "name": name, "data": str(event.any_data or "")})


def type_keys(text: str) -> None:
    xdotool("type", "--delay", "30", text)
    pump(0.5)


def walk_first_run(arguments, report: dict) -> None:
    window = wait_for(lambda: window_with("push button"), what="the first-run window")
    focus_newest_window(arguments.pid)
    report["screens"]["first run: welcome"] = snapshot(window)
    begin = wait_for(lambda: find_node(window, "push button", arguments.begin), what="the Begin button")
    press(begin)
    pump(1.5)
    field = wait_for(lambda: find_node(window, "password text"), what="the first-run passphrase field")
    report["screens"]["first run: passphrase"] = snapshot(window)
    field.queryComponent().grabFocus()
    pump(0.3)
    type_keys(arguments.secret)


def walk_journal(arguments, report: dict) -> None:
    window = wait_for(lambda: window_with("password text"), what="the unlock window")
    focus_newest_window(arguments.pid)
    report["screens"]["unlock"] = snapshot(window)
    field = find_node(window, "password text")
    field.queryComponent().grabFocus()
    pump(0.3)
    type_keys("not-it-" + arguments.secret[::-1])
    xdotool("key", "Return")
    pump(1.0)  # the field is disabled while the passphrase is tried, then enabled with the message

    def failed():
        now = find_node(window, "password text")
        return now is not None and "sensitive" in states(now) and now.description

    wait_for(failed, 30, "the failure message")
    pump(0.5)
    report["screens"]["unlock: wrong passphrase"] = snapshot(window)
    xdotool("key", "ctrl+a")
    type_keys(arguments.secret)
    xdotool("key", "Return")
    main = wait_for(lambda: window_with("page tab", "Today"), 60, "the main window")
    focus_newest_window(arguments.pid)
    pump(1.0)
    report["screens"]["today"] = snapshot(main)

    mood = find_node(main, "radio button") or find_node(main, "check box")
    report["mood_before"] = [n for n in snapshot(mood.parent) if n["role"] in ("radio button", "check box")]
    chosen = mood.parent.getChildAtIndex(3)
    press(chosen)
    pump(2.5)  # autosave after a second; "Saved" should be announced
    report["mood_after"] = [n for n in snapshot(mood.parent) if n["role"] in ("radio button", "check box")]
    report["mood_group"] = {"role": mood.parent.getRoleName(), "name": mood.parent.name}

    select_tab(main, "Looking back")
    for tab in ("Charts", "Calendar", "Summaries", "Search"):
        select_tab(main, tab)
        report["screens"][f"looking back: {tab.lower()}"] = snapshot(main)
        if tab == "Calendar":
            press(find_node(main, "radio button", "Month"))
            pump(1.0)
            report["screens"]["looking back: calendar, month"] = snapshot(main)
            grid = find_node(main, "image")
            grid.queryComponent().grabFocus()
            pump(0.3)
            before = len(EVENTS)
            xdotool("key", "Right")
            pump(1.0)
            report["calendar_spoken"] = [
                e["data"] for e in EVENTS[before:] if e["type"].endswith("accessible-description")
            ]
    select_tab(main, "Library")
    report["screens"]["library"] = snapshot(main)
    select_tab(main, "Today")
    xdotool("key", "ctrl+comma")
    settings = wait_for(lambda: window_with("push button", arguments.settings_button), 20, "Settings")
    focus_newest_window(arguments.pid)
    pump(1.0)
    report["screens"]["settings"] = snapshot(settings)
    tabs = find_node(settings, "page tab list")
    for index in range(1, tabs.childCount):
        tab = tabs.getChildAtIndex(index)
        if tab is None or tab.getRoleName() != "page tab":  # the tab bar's scroll arrows
            continue
        name = tab.name
        tabs.querySelection().selectChild(index)
        pump(1.0)
        report["screens"][f"settings: {name.lower()}"] = snapshot(settings)
    xdotool("key", "Escape")
    pump(0.5)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=("first-run", "journal"))
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--secret-file", required=True)
    parser.add_argument("--begin", default="Begin")
    parser.add_argument("--settings-button", default="Cancel")
    arguments = parser.parse_args()
    with open(arguments.secret_file, encoding="utf-8") as handle:
        arguments.secret = handle.read().strip()
    wait_for(application, 30, "the app on the accessibility bus")
    listener = pyatspi.Registry
    for kind in ("object:text-changed", "object:announcement", "object:property-change:accessible-description"):
        listener.registerEventListener(record_event, kind)
    report: dict = {"screens": {}, "events": EVENTS}
    try:
        (walk_first_run if arguments.scenario == "first-run" else walk_journal)(arguments, report)
    finally:
        pump(0.5)
        json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
