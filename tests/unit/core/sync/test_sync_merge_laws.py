"""Property tests of the merge laws over random edit histories on two and three computers.

Each computer has its own copy of the folder; packs reach the others only when the test delivers
them, in random order, late, twice, or as a sync tool's conflict copy. Whatever happens, once every
pack has reached every computer they all show the same journal, and every edit a computer had
taken into a round (an acknowledged edit) is in every computer's journal or its history.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from journal.core.domain.codec import entry_to_dict
from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal
from journal.core.settings import JournalSettings
from journal.core.sync.joining import join_from_folder
from journal.core.sync.kinds import DAYS
from journal.core.sync.ledger import Ledger, digest
from journal.core.sync.merge import resolve
from journal.core.sync.rounds import sync_round
from journal.core.sync.versions import Version

from .conftest import CHEAP_KDF, PASSPHRASE

DATES = [dt.date(2026, 10, 1) + dt.timedelta(days=i) for i in range(3)]
FEELINGS = ["sad", "numb", "calm", "angry"]
NOTES = ["", "Slept badly.", "A walk by the river.", "Slept badly. Then tea with a friend."]

entries = st.builds(
    lambda date, mood, feelings, cramping, note: DayEntry(
        date, mood, tuple(feelings), {"cramping": cramping} if cramping is not None else {}, note=note
    ),
    st.sampled_from(DATES),
    st.none() | st.integers(1, 5),
    st.lists(st.sampled_from(FEELINGS), unique=True, max_size=3),
    st.none() | st.integers(0, 10),
    st.sampled_from(NOTES),
)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), entries),
        st.tuples(st.just("delete"), st.integers(0, 2), st.sampled_from(DATES)),
        st.tuples(st.just("settings"), st.integers(0, 2), st.sampled_from(FEELINGS)),
        st.tuples(st.just("round"), st.integers(0, 2), st.none()),
        st.tuples(st.just("deliver"), st.integers(0, 2), st.integers(0, 1000)),
        st.tuples(st.just("conflict-copy"), st.integers(0, 2), st.integers(0, 1000)),
    ),
    max_size=30,
)


class World:
    def __init__(self, root: Path, count: int) -> None:
        self.root = root
        self.folders = [root / f"folder-{i}" for i in range(count)]
        for folder in self.folders:
            folder.mkdir(parents=True)
        first, _ = create_journal(JournalFiles(root / "computer-0"), PASSPHRASE, CHEAP_KDF)
        self.journals: list[Journal] = [first]
        self.pool: dict[str, Path] = {}
        self.acknowledged: list[dict] = []
        self.round(0)
        for index in range(1, count):
            self.deliver_all(index)
            joined, _ = join_from_folder(JournalFiles(root / f"computer-{index}"), self.folders[index], PASSPHRASE)
            self.journals.append(joined)
            self.collect(index)

    def collect(self, index: int) -> None:
        for path in self.folders[index].iterdir():
            if path.name not in self.pool:
                keep = self.root / "pool" / path.name
                keep.parent.mkdir(exist_ok=True)
                shutil.copy(path, keep)
                self.pool[path.name] = keep

    def round(self, index: int) -> None:
        journal = self.journals[index]
        # A day that differs from what the last round left is an edit made here: this round takes it in.
        ledger = Ledger(journal)
        for entry in journal.days_between():
            body = entry_to_dict(entry)
            if ledger.record(DAYS.name, body["date"]).seen != digest(body):
                self.acknowledged.append(body)
        sync_round(journal, self.folders[index], compact_after=4)
        self.collect(index)

    def deliver(self, index: int, choice: int, *, as_conflict: bool = False) -> None:
        if not self.pool:
            return
        name = sorted(self.pool)[choice % len(self.pool)]
        target_name = name
        if as_conflict:
            stem, _dot, ext = name.partition(".")
            target_name = f"{stem}.sync-conflict-20261001-101010-ABCDEFG.{ext}"
        target = self.folders[index] / target_name
        if not target.exists():
            shutil.copy(self.pool[name], target)

    def deliver_all(self, index: int) -> None:
        for choice in range(len(self.pool)):
            self.deliver(index, choice)

    def close(self) -> None:
        for journal in self.journals:
            journal.close()


def _apply(world: World, operation: tuple) -> None:
    action, index, value = operation
    index %= len(world.journals)
    journal = world.journals[index]
    if action == "edit":
        with journal.transaction() as session:
            journal.save_day(session, value)
    elif action == "delete":
        with journal.transaction() as session:
            journal.delete_day(session, value)
    elif action == "settings":
        with journal.transaction() as session:
            journal.save_settings(session, JournalSettings(custom_feelings=(value,)))
    elif action == "round":
        world.round(index)
    elif action == "deliver":
        world.deliver(index, value)
    else:
        world.deliver(index, value, as_conflict=True)


def _converge(world: World) -> None:
    for _ in range(2):
        for index in range(len(world.journals)):
            world.round(index)
        for index in range(len(world.journals)):
            world.deliver_all(index)
    for index in range(len(world.journals)):
        world.round(index)


def _check(world: World) -> None:
    first = world.journals[0]
    for other in world.journals[1:]:
        assert other.days_between() == first.days_between()
        assert other.settings() == first.settings()
        assert other.key_dates() == first.key_dates()
    for journal in world.journals:
        ledger = Ledger(journal)
        for body in world.acknowledged:
            versions = ledger.record(DAYS.name, body["date"]).versions.values()
            assert any(v.body == body for v in versions), "an acknowledged edit is missing from the history"


@settings(
    max_examples=20,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(operations, st.integers(2, 3))
def test_every_computer_ends_equal_and_nothing_acknowledged_is_lost(tmp_path_factory, history, count) -> None:
    world = World(tmp_path_factory.mktemp("world"), count)
    try:
        for operation in history:
            _apply(world, operation)
        _converge(world)
        _check(world)
    finally:
        world.close()


versions_strategy = st.lists(
    st.builds(
        lambda stamp, device, parent_choice, entry: (stamp, device, parent_choice, entry),
        st.integers(1, 50),
        st.sampled_from(["a" * 32, "b" * 32, "c" * 32]),
        st.lists(st.integers(0, 20), max_size=2),
        entries,
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda item: (item[0], item[1]),
)


@given(versions_strategy, st.randoms(use_true_random=False))
def test_resolving_depends_only_on_the_set_of_versions(items, random) -> None:
    made: list[Version] = []
    for stamp, device, parent_choice, entry in sorted(items):
        parents = tuple(sorted({made[i % len(made)].id for i in parent_choice})) if made else ()
        body = entry_to_dict(DayEntry(DATES[0], entry.mood, entry.feelings, entry.symptoms, note=entry.note))
        made.append(Version("day", DATES[0].isoformat(), stamp, device, parents, body))
    expected = resolve(made, DAYS.merge_heads)
    shuffled = list(made)
    random.shuffle(shuffled)
    assert resolve(shuffled, DAYS.merge_heads) == expected
    assert resolve(shuffled + shuffled[:2], DAYS.merge_heads) == expected  # a version seen twice
