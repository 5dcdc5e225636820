"""One sync round: note this computer's edits, send them, read the other computers', merge.

1. Every record is compared with what the journal showed after the last round; each change
   becomes a version (stamped now, naming the versions it replaced). Deletions are tombstones.
   Sealed into the journal with the pack that will carry them reserved (its sequence and name),
   in one transaction.
2. The reserved pack is written into the folder (skipped if it is already there). A full disk or
   a missing folder is reported; the versions stay waiting for the next round.
3. Other computers' packs and key files not read before are read and checked. Damage is named,
   never fatal: the rest still merges.
4. One transaction merges what came in, writes back every record whose result changed, records
   what was read, and takes newer key slots (a passphrase changed on another computer).
5. When this computer has many packs, or sync was stopped here and a folder chosen again, they
   are compacted into one. A computer only ever removes its own files, after the pack that
   replaces them is in place, so it never races another.
A round killed at any point leaves the journal as it was before the step's transaction; the next
round picks up where it stopped.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal.core.errors import BadInputError, FileKind, InputProblem, StorageError, StorageProblem
from journal.core.storage.database import after_commit
from journal.core.storage.header import write_header
from journal.core.sync.blob_rounds import bring_blobs, publish_blobs, remove_unneeded_blobs, scan_folder_blobs
from journal.core.sync.blobs import BlobCodec
from journal.core.sync.clock import HybridClock
from journal.core.sync.folder_files import OUTGOING, place_file, remove_file
from journal.core.sync.kinds import KINDS, SyncKind
from journal.core.sync.ledger import GONE, Ledger, digest
from journal.core.sync.merge import heads_of, resolve
from journal.core.sync.packs import (
    MAX_KEYS_BYTES,
    MAX_PACK_BYTES,
    FileRole,
    Pack,
    PackCodec,
    PackDamaged,
    classify,
    new_file_id,
    read_clear_keys,
    read_folder_file,
    slots_digest,
)
from journal.core.sync.versions import Version

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

COMPACT_AFTER = 24
DEVICE_FILE = "sync-device"


@dataclass
class RoundReport:
    """What a round did, for the command line and the app to word."""

    brought_in: dict[str, int] = field(default_factory=dict)  # kind -> records changed by others
    sent: int = 0
    # Files named as unusable (core still words those), and the folder refusing a write (a typed error).
    problems: list[str | StorageError] = field(default_factory=list)
    waiting: int = 0  # packs other computers have written that have not arrived whole yet
    keys_taken: bool = False
    compacted: int = 0
    devices: int = 0
    damaged: int = 0  # files in the folder that cannot be used (each named once, in `problems`)
    pictures_waiting: int = 0  # attachment records here whose bytes have not arrived yet

    @property
    def days_brought_in(self) -> int:
        return self.brought_in.get("day", 0)


# -- noticing this computer's edits --------------------------------------------------------------


class DigestCache:
    """Digests of the journal's record objects from earlier rounds, so a round need not re-encode
    every record to see which changed. The journal's objects are immutable and replaced on every
    save, so the very same object (held here, compared by identity) has the same digest. Owned by
    whoever keeps the journal unlocked (the app), and dropped with it at lock: it holds records."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], tuple[Any, str]] = {}

    def digest_of(self, kind: SyncKind, key: str, record: Any) -> tuple[str, dict[str, Any] | None]:
        """The record's digest, and its plain data if that had to be made (None when cached)."""
        known = self._known.get((kind.name, key))
        if known is not None and known[0] is record:
            return known[1], None
        body = kind.to_body(record)
        found = digest(body)
        self._known[(kind.name, key)] = (record, found)
        return found, body

    def clear(self) -> None:
        self._known.clear()


def note_local_changes(
    journal: Journal, ledger: Ledger, clock: HybridClock, kinds: Iterable[SyncKind], cache: DigestCache | None = None
) -> list[Version]:
    """Make a version of every record that changed since the last round (a tombstone if it went)."""
    made: list[Version] = []
    device = ledger.device
    cache = cache or DigestCache()
    for kind in kinds:
        current = kind.read_all(journal)
        seen = ledger.seen_of(kind.name)
        for key, record_object in current.items():
            seen_digest, body = cache.digest_of(kind, key, record_object)
            if seen.get(key) == seen_digest:
                continue
            record = ledger.record(kind.name, key)
            parents = tuple(v.id for v in heads_of(record.versions.values()))
            version = Version(kind.name, key, clock.now(), device, parents, body or kind.to_body(record_object))
            record.add(version)
            record.seen = seen_digest
            made.append(version)
        for key in set(seen) - current.keys():
            if seen[key] == GONE:
                continue
            record = ledger.record(kind.name, key)
            parents = tuple(v.id for v in heads_of(record.versions.values()))
            version = Version(kind.name, key, clock.now(), device, parents, None)
            record.add(version)
            record.seen = GONE
            made.append(version)
    return made


# -- taking versions in --------------------------------------------------------------------------


def take_versions(
    journal: Journal,
    session: Session,
    ledger: Ledger,
    clock: HybridClock,
    versions: Iterable[Version],
    *,
    retry: Iterable[tuple[str, str]] = (),
    waiting: list[tuple[str, str]] | None = None,
) -> tuple[dict[str, int], int]:
    """Add versions to the ledger and write back every record whose merged result changed.

    Returns records changed per kind, and how many versions could not be used (a kind or shape
    this app does not know: kept out, and counted). `retry`: records that waited last time, looked
    at again; `waiting` gains each record its kind cannot write yet (an attachment whose bytes
    have not arrived).
    """
    touched: dict[tuple[str, str], None] = {(k, key): None for k, key in retry if k in KINDS}
    refused = 0
    for version in versions:
        clock.observe(version.stamp)
        kind = KINDS.get(version.kind)
        if kind is None:
            refused += 1
            continue
        if version.body is not None:
            try:
                normalised = kind.normalise(version.key, version.body)
            except (ValueError, TypeError, KeyError, AttributeError):
                refused += 1
                continue
            version = dataclasses.replace(version, body=normalised)
        if ledger.record(kind.name, version.key).add(version):
            touched[(kind.name, version.key)] = None
    changed: dict[str, int] = {}
    for kind_name, key in touched:
        kind = KINDS[kind_name]
        record = ledger.record(kind_name, key)
        result = resolve(record.versions.values(), kind.merge_heads)
        if result is not None and not any(result is v.body for v in record.versions.values()):  # a merge
            try:
                result = kind.normalise(key, result)
            except (ValueError, TypeError, KeyError, AttributeError):
                refused += 1
                continue
        result_digest = digest(result)
        if result_digest != record.seen:
            now = kind.current(journal, key)
            if digest(None if now is None else kind.to_body(now)) != (record.seen or GONE):
                continue  # changed here since this round looked (the app saved meanwhile): the next round merges it
            if kind.ready is not None and not kind.ready(journal, session, result):
                if waiting is not None:
                    waiting.append((kind_name, key))
                continue
            kind.write(journal, session, key, result)
            record.seen = result_digest
            changed[kind_name] = changed.get(kind_name, 0) + 1
    return changed, refused


def add_unsent(state: dict[str, Any], versions: Iterable[Version]) -> None:
    """Versions to go out with the next pack (kept in the ledger until a pack holding them is written)."""
    items = [*map(tuple, state["unsent"]), *((v.kind, v.key, v.id) for v in versions)]
    state["unsent"] = [list(item) for item in dict.fromkeys(items)]


# -- the folder ----------------------------------------------------------------------------------


@dataclass
class FolderRead:
    packs: list[Pack] = field(default_factory=list)
    keys: list[tuple[str, int, str, dict[str, Any]]] = field(default_factory=list)  # id, stamp, device, slots
    problems: list[str] = field(default_factory=list)
    present: set[str] = field(default_factory=set)  # file ids in the folder
    incomplete: int = 0
    damaged: dict[str, int] = field(default_factory=dict)  # file name -> size, named once


def read_folder(
    codec: PackCodec, folder: Path, already_read: set[str], own: set[str], named: dict[str, int] | None = None
) -> FolderRead:
    """Read and check every pack and key file not read before; touches nothing. Safe off the UI thread.

    `named`: files already named as damaged, by name and size; one that has not changed since is not
    read or named again (a file that grows, still arriving, is read again).
    """
    found = FolderRead()
    named = named or {}
    try:
        with os.scandir(folder) as entries:
            sizes = {e.name: e.stat().st_size for e in entries if e.is_file(follow_symlinks=False)}
    except OSError:
        raise StorageError(StorageProblem.CANNOT_READ, FileKind.SYNC_FOLDER) from None
    for name in sorted(sizes):
        role = classify(name)
        if role.role in (FileRole.OTHER, FileRole.PARTIAL):
            continue
        found.present.add(role.file_id)
        if role.file_id in already_read or role.file_id in own:
            continue  # read before (a conflict copy of a pack read before holds nothing new either)
        if role.role is FileRole.CONFLICT_COPY:
            label = "a sync tool's conflict copy"
        else:
            label = "a key file" if role.is_keys else "a change pack"
        if named.get(name) == sizes[name]:
            found.damaged[name] = sizes[name]
            continue
        limit = MAX_KEYS_BYTES if role.is_keys else MAX_PACK_BYTES
        data = read_folder_file(folder / name, limit)
        if data is None:
            continue  # gone (compacted by its computer) or far too large to be ours
        try:
            if role.is_keys:
                stamp, device = codec.open_keys_stamp(role.file_id, data)
                found.keys.append((role.file_id, stamp, device, read_clear_keys(data).slots))
            else:
                found.packs.append(codec.open_pack(role.file_id, data))
        except PackDamaged as damage:
            if damage.incomplete and role.role is not FileRole.CONFLICT_COPY:
                found.incomplete += 1
            else:
                found.damaged[name] = sizes[name]
            found.problems.append(f"{label} ({name[:8]}…) {damage.reason}; it was left out, the rest merged.")
    return found


# -- one round -----------------------------------------------------------------------------------


def _check_folder(journal: Journal, folder: Path) -> Path:
    folder = folder.expanduser()
    if not folder.is_dir():
        raise BadInputError("folder", InputProblem.NO_SUCH_FOLDER)
    resolved = folder.resolve()
    if resolved == journal.files.data_dir.resolve() or (resolved / journal.files.database_path.name).exists():
        raise BadInputError("folder", InputProblem.SYNC_IN_JOURNAL_FOLDER)
    return resolved


def _device_is_ours(journal: Journal, ledger: Ledger) -> bool:
    """False for a journal file that came from another computer (a restored backup, a copy)."""
    try:
        return (journal.files.data_dir / DEVICE_FILE).read_text().strip() == ledger.device
    except OSError:
        return False


def _claim_device(journal: Journal, ledger: Ledger) -> None:
    """A journal file that came from elsewhere (restored, copied) takes a new identity here."""
    if not _device_is_ours(journal, ledger):
        state = ledger.state
        state["device"] = os.urandom(16).hex()
        state["sequence"], state["pending"], state["own_packs"] = 0, None, {}
        if state.get("keys"):
            state["keys"]["file"] = None
        _write_device_file(journal, ledger)


def _write_device_file(journal: Journal, ledger: Ledger) -> None:
    try:
        (journal.files.data_dir / DEVICE_FILE).write_text(ledger.device + "\n")
    except OSError:
        raise StorageError(StorageProblem.CANNOT_WRITE, FileKind.SYNC_DEVICE_FILE) from None


def sync_round(
    journal: Journal,
    folder: Path,
    *,
    wall_ms: Callable[[], int] | None = None,
    compact_after: int = COMPACT_AFTER,
    cache: DigestCache | None = None,
) -> RoundReport:
    """Write this computer's changes into `folder`, read and merge the others'; see the module docstring."""
    folder = _check_folder(journal, folder)
    report = RoundReport()
    ledger = Ledger(journal)
    _claim_device(journal, ledger)
    state = ledger.state
    state["folder"] = str(folder)
    clock = HybridClock(int(state["clock"]), wall_ms) if wall_ms else HybridClock(int(state["clock"]))
    codec = PackCodec(journal.header.journal_id, journal.data_key_for_rewrap())
    staging = journal.files.data_dir / OUTGOING

    # 1. this computer's edits, and the pack and key file that will carry them
    made = note_local_changes(journal, ledger, clock, KINDS.values(), cache)
    add_unsent(state, made)
    if state["unsent"] and state["pending"] is None:
        state["pending"] = {"sequence": state["sequence"] + 1, "id": new_file_id(), "versions": state["unsent"]}
    local_slots = slots_digest(journal.header.slots)
    keys = state.get("keys")
    if keys is None:
        state["keys"] = {"digest": local_slots, "stamp": 0, "file": None, "pending": new_file_id()}
    elif keys["digest"] != local_slots:  # the passphrase or recovery key was changed here
        state["keys"] = {
            "digest": local_slots,
            "stamp": clock.now(),
            "file": keys.get("file"),
            "pending": new_file_id(),
        }
    state["clock"] = clock.last
    with journal.transaction() as session:
        ledger.save(session)
    ledger.saved()

    # 2. write them into the folder: the bytes of attachments no file carries yet, then the pack
    blob_codec = BlobCodec(journal.header.journal_id, journal.data_key_for_rewrap())
    blobs = scan_folder_blobs(blob_codec, folder, state, report.problems)
    publish_blobs(journal, ledger, blob_codec, folder, staging, blobs, report.problems)
    sent_pack = _write_pending_pack(ledger, codec, folder, staging, report)
    sent_keys = _write_pending_keys(journal, ledger, codec, folder, staging, report)

    # 3. read the others'
    own = set(state["own_packs"]) | set(state.get("retired", []))
    own |= {state["pending"]["id"]} if state["pending"] else set()
    already = {file_id for device in state["devices"].values() for file_id in device.get("read", [])}
    read = read_folder(codec, folder, already, own, state.get("damaged", {}))
    report.problems.extend(read.problems)

    # 4. merge, in one transaction
    old_keys_file = None
    with journal.transaction() as session:
        if sent_pack:
            pending = state["pending"]
            state["sequence"] = pending["sequence"]
            state["own_packs"][pending["id"]] = pending["sequence"]
            sent = {tuple(item) for item in pending["versions"]}
            state["unsent"] = [item for item in state["unsent"] if tuple(item) not in sent]
            state["pending"] = None
            report.sent = len(sent)
        if sent_keys:
            old_keys_file = state["keys"].get("file")
            state["keys"]["file"] = state["keys"].pop("pending")
        incoming: list[Version] = []
        rotated = False
        for pack in sorted(read.packs, key=lambda p: (p.device, p.sequence, p.file_id)):
            if pack.device == ledger.device:
                report.problems.append(
                    "A change pack says it came from this computer but was not written here (a copy of this "
                    "journal may be syncing too); it was merged, and this computer took a new identity."
                )
                state["device"] = os.urandom(16).hex()
                state["sequence"], state["own_packs"] = 0, {}
                rotated = True
            device = state["devices"].setdefault(pack.device, {"read": {}, "covers": 0, "sequences": []})
            replayed = pack.sequence in device["sequences"] or pack.sequence <= device["covers"]
            if replayed and pack.covers == 0:
                report.problems.append(
                    "An old change pack came back into the folder (replayed or restored); what it holds was "
                    "already merged."
                )
            device["read"][pack.file_id] = pack.sequence
            device["sequences"] = sorted({*device["sequences"], pack.sequence})
            device["covers"] = max(device["covers"], pack.covers)
            incoming.extend(pack.versions)
        retry = [(str(kind), str(key)) for kind, key in state.get("waiting_records", [])]
        bring_blobs(journal, session, ledger, blob_codec, folder, blobs, incoming, retry, report.problems, state)
        waiting: list[tuple[str, str]] = []
        changed, refused = take_versions(journal, session, ledger, clock, incoming, retry=retry, waiting=waiting)
        state["waiting_records"] = [list(item) for item in dict.fromkeys(waiting)]
        report.pictures_waiting = len(state["waiting_records"])
        if refused:
            report.problems.append(
                f"{refused} changes came from a newer version of the app or were damaged; they were kept out."
            )
        report.brought_in = changed
        taken = _take_newer_keys(journal, session, ledger, read, report)
        for device in state["devices"].values():  # forget packs their computers have compacted away
            device["read"] = {i: s for i, s in device["read"].items() if i in read.present}
            device["sequences"] = [s for s in device["sequences"] if s > device["covers"]]
        state["damaged"] = read.damaged
        report.damaged = len(read.damaged)
        report.waiting = read.incomplete + _gaps(state["devices"])
        report.devices = len(state["devices"])
        state["clock"] = clock.last
        state["last_round"] = {"stamp": clock.last, "brought_in": changed, "problems": len(report.problems)}
        ledger.save(session)
    ledger.saved()
    if rotated:
        _write_device_file(journal, ledger)  # the device file follows the new identity
    if old_keys_file and sent_keys:
        remove_file(folder, old_keys_file + ".rjkeys")
    if taken:
        report.keys_taken = True
    remove_unneeded_blobs(journal, ledger, folder)
    # Many packs, or the first round after sync was stopped here (`stopping.py`): one pack holds them all.
    if len(state["own_packs"]) > compact_after or (state.get("republish") and state["pending"] is None):
        report.compacted = compact_own_packs(journal, ledger, codec, folder, staging)
    return report


def _gaps(devices: dict[str, Any]) -> int:
    missing = 0
    for device in devices.values():
        sequences = sorted(s for s in device["sequences"] if s > device["covers"])
        expected = device["covers"] + 1
        for sequence in sequences:
            missing += max(0, sequence - expected)
            expected = sequence + 1
    return missing


def _write_pending_pack(ledger: Ledger, codec: PackCodec, folder: Path, staging: Path, report: RoundReport) -> bool:
    pending = ledger.state["pending"]
    if pending is None:
        return False
    versions = []
    for kind, key, version_id in pending["versions"]:
        version = ledger.record(kind, key).versions.get(version_id)
        if version is not None:
            versions.append(version)
    pack = Pack(pending["id"], ledger.device, pending["sequence"], 0, tuple(versions))
    try:
        place_file(folder, pending["id"] + ".rjpack", codec.seal_pack(pack), staging)
    except StorageError as error:
        report.problems.append(error)
        return False
    return True


def _write_pending_keys(
    journal: Journal, ledger: Ledger, codec: PackCodec, folder: Path, staging: Path, report: RoundReport
) -> bool:
    keys = ledger.state["keys"]
    file_id = keys.get("pending")
    if not file_id:
        return False
    data = codec.seal_keys(file_id, journal.header.slots, int(keys["stamp"]), ledger.device)
    try:
        place_file(folder, file_id + ".rjkeys", data, staging)
    except StorageError as error:
        report.problems.append(error)
        return False
    return True


def _take_newer_keys(journal: Journal, session: Session, ledger: Ledger, read: FolderRead, report: RoundReport) -> bool:
    """Take key slots made later on another computer: the old passphrase then stops working here too."""
    keys = ledger.state["keys"]
    newest = max(read.keys, key=lambda item: (item[1], item[2]), default=None)
    if newest is None:
        return False
    _file_id, stamp, device, slots = newest
    if (stamp, device) <= (int(keys["stamp"]), ledger.device) or slots_digest(slots) == keys["digest"]:
        return False
    if set(slots) != set(journal.header.slots):
        report.problems.append("A key file holds a set of keys this app does not know; it was left out.")
        return False
    header = dataclasses.replace(journal.header, slots=dict(slots))
    write_header(session, header)
    after_commit(session, lambda: setattr(journal, "header", header))
    keys.update({"digest": slots_digest(slots), "stamp": stamp, "pending": new_file_id()})
    return True


def compact_own_packs(journal: Journal, ledger: Ledger, codec: PackCodec, folder: Path, staging: Path) -> int:
    """Replace this computer's packs by one holding every version they held; returns how many went.

    After sync was stopped here and a folder chosen again (`republish`), the folder may have been
    emptied, other computers' packs included, and they will not write theirs again: so that pack
    holds every version this computer knows, whoever made it (versions merge by union, so one that
    also arrives in its own computer's pack changes nothing), and a computer joining from the
    folder gets the whole journal.
    """
    state = ledger.state
    device = ledger.device
    everyone = bool(state.get("republish"))
    mine = [v for kind in KINDS for v in ledger.all_versions(kind) if everyone or v.device == device]
    sequence = state["sequence"] + 1
    file_id = new_file_id()
    pack = Pack(file_id, device, sequence, sequence, tuple(sorted(mine, key=lambda v: v.order)))
    try:
        place_file(folder, file_id + ".rjpack", codec.seal_pack(pack), staging)
    except StorageError:
        return 0  # tried again next round
    old = dict(state["own_packs"])
    with journal.transaction() as session:
        state["sequence"] = sequence
        state["own_packs"] = {file_id: sequence}
        state["retired"] = [*state.get("retired", []), *old][-1000:]  # still ours if a sync tool brings one back
        state.pop("republish", None)
        ledger.save(session)
    ledger.saved()
    for old_id in old:
        remove_file(folder, old_id + ".rjpack")
    return len(old)
