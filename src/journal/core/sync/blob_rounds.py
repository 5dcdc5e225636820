"""The steps of a sync round that move attachments' bytes (`blobs.py` holds the file format).

- Before the pack goes out, every live attachment here whose blob no file in the folder carries
  gets one, so a record never arrives long before a file that could carry its bytes.
- In the merge transaction, before records are written, the blobs that incoming (or waiting)
  attachment records need and that are not here are read, checked against the record, and kept.
  A blob not in the folder yet leaves its record waiting; a damaged file is named once and its
  record waits for a good copy.
- After the round, this computer's own blob files that no live record here needs are removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal.core.errors import StorageError
from journal.core.memories.chunks import AttachmentDamagedError
from journal.core.memories.codec import attachment_from_dict
from journal.core.memories.model import Attachment
from journal.core.sync.blobs import BLOB_SUFFIX, BlobCodec, BlobDamaged, BlobFolder, new_blob_file_name, scan_blob_files
from journal.core.sync.folder_files import place_file, remove_file
from journal.core.sync.memory_kinds import ATTACHMENT
from journal.core.sync.packs import read_folder_file
from journal.core.sync.versions import Version

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal
    from journal.core.sync.ledger import Ledger

MAX_BLOB_FILE = 64 * 1024 * 1024  # 25 MB of picture, padded to its bucket, sealed: well under this


def scan_folder_blobs(
    codec: BlobCodec, folder: Path, state: dict[str, Any], problems: list[str | StorageError]
) -> BlobFolder:
    known = state.setdefault("blob_files", {})
    named = state.setdefault("blob_damaged", {})
    own = state.setdefault("own_blobs", {})
    try:
        found = scan_blob_files(codec, folder, known, named, str(state["device"]), own)
    except OSError:
        return BlobFolder()  # the folder's own read (step 3) words this
    for file_id in [f for f in own if f not in found.sizes]:
        del own[file_id]  # gone from the folder (removed here, or by hand): written again if still needed
    problems.extend(found.problems)
    return found


def publish_blobs(
    journal: Journal,
    ledger: Ledger,
    codec: BlobCodec,
    folder: Path,
    staging: Path,
    blobs: BlobFolder,
    problems: list[str | StorageError],
) -> None:
    carried = set(blobs.carried.values())
    missing = [item for item in journal.memories.attachments() if item.blob not in carried]
    if not missing:
        return
    own = ledger.state["own_blobs"]
    with journal.transaction() as session:  # reads only
        for item in missing:
            chunks = journal.memories.sealed_chunks(session, item.blob)
            if not chunks or item.blob in carried:
                continue
            file_id, name = new_blob_file_name()
            try:
                place_file(folder, name, codec.seal(file_id, item.blob, ledger.device, chunks), staging)
            except StorageError as error:
                problems.append(error)
                return
            own[file_id] = item.blob
            ledger.state["blob_files"][file_id] = item.blob
            blobs.carried[file_id] = item.blob
            carried.add(item.blob)


def _needed(ledger: Ledger, incoming: Iterable[Version], retry: Iterable[tuple[str, str]]) -> dict[str, Attachment]:
    """Blob -> an attachment record that needs it, from what came in and what waited."""
    bodies = [v.body for v in incoming if v.kind == ATTACHMENT and v.body is not None]
    for kind, key in retry:
        if kind == ATTACHMENT:
            bodies.extend(v.body for v in ledger.record(kind, key).versions.values() if v.body is not None)
    found: dict[str, Attachment] = {}
    for body in bodies:
        try:
            item = attachment_from_dict(body)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue  # counted as refused when the version is taken
        found.setdefault(item.blob, item)
    return found


def bring_blobs(
    journal: Journal,
    session: Session,
    ledger: Ledger,
    codec: BlobCodec,
    folder: Path,
    blobs: BlobFolder,
    incoming: Iterable[Version],
    retry: Iterable[tuple[str, str]],
    problems: list[str | StorageError],
    state: dict[str, Any],
) -> None:
    named = state.setdefault("blob_damaged", {})
    for blob, item in sorted(_needed(ledger, incoming, retry).items()):
        file_id = blobs.file_for(blob)
        if file_id is None or journal.memories.has_chunks(session, blob):
            continue  # not in the folder yet (its record waits), or here already
        name = file_id + BLOB_SUFFIX
        data = read_folder_file(folder / name, MAX_BLOB_FILE)
        if data is None:
            continue
        try:
            carried, chunks = codec.open_chunks(file_id, data)
            if carried != blob:
                raise BlobDamaged("was changed or damaged")
            journal.memories.put_sealed_chunks(session, item, chunks)
        except (BlobDamaged, AttachmentDamagedError) as damage:
            reason = damage.reason if isinstance(damage, BlobDamaged) else damage.problem.value
            if named.get(name) != len(data):
                problems.append(f"a picture file ({name[:8]}…) {reason}; its picture waits, the rest merged.")
            named[name] = len(data)
            continue
        named.pop(name, None)


def remove_unneeded_blobs(journal: Journal, ledger: Ledger, folder: Path) -> None:
    """This computer's blob files that no live or waiting record here needs (the rule packs follow:
    a computer only ever removes its own files)."""
    state = ledger.state
    own: dict[str, str] = state.get("own_blobs", {})
    needed = {item.blob for item in journal.memories.attachments()}
    needed |= set(_needed(ledger, (), [(str(k), str(key)) for k, key in state.get("waiting_records", [])]))
    for file_id, blob in sorted(own.items()):
        if blob not in needed:
            remove_file(folder, file_id + BLOB_SUFFIX)
