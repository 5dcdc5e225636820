"""The cyclic collector at start-up: off until the first window, then as it was, never during background work."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from journal.ui.background import collector_pause
from journal.ui.memory import StartUpCollection


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()  # the test process's objects go back to being collected
    gc.enable() if enabled else gc.disable()


def test_paused_through_start_up_and_resumed_once_the_window_shows() -> None:
    gc.enable()
    collection = StartUpCollection()
    assert not gc.isenabled()
    collection.imports_done()
    assert not gc.isenabled()
    assert gc.get_freeze_count() > 0  # what was imported is frozen, so no later scan walks it
    assert collector_pause.holders == 1
    collection.window_shown()
    assert gc.isenabled()
    assert collector_pause.holders == 0


def test_background_work_begun_before_the_window_keeps_it_paused_until_the_work_ends() -> None:
    gc.enable()
    collection = StartUpCollection()
    collection.imports_done()
    work = collector_pause.hold()  # the demo journal being made while the unlock window shows
    collection.window_shown()
    assert not gc.isenabled()
    work.release()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    collection = StartUpCollection()
    collection.imports_done()
    collection.window_shown()
    assert not gc.isenabled()
    assert collector_pause.holders == 0
