"""A second computer joins: the journal is made here from the sync folder's key file, then filled.

The folder holds the journal's key slots (see `packs`). The passphrase or recovery key opens the
data key from them, exactly as it opens a journal file; the new journal file gets the same journal
id, slots and data key, and its first round reads every pack. Nothing is written unless the secret
opens a key file that is genuine (its sealed part opens with the data key it unwrapped).
"""

from __future__ import annotations

import os
from pathlib import Path

from journal.core.crypto.keyslots import PASSPHRASE, RECOVERY, WrongSecret, open_with_passphrase, open_with_recovery_key
from journal.core.errors import (
    BadInputError,
    FileKind,
    InputProblem,
    JournalExistsError,
    StorageError,
    StorageProblem,
    WrongSecretError,
)
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal_file
from journal.core.storage.header import FORMAT_VERSION, JournalHeader
from journal.core.storage.migrations import SCHEMA_VERSION
from journal.core.sync.ledger import Ledger
from journal.core.sync.packs import (
    MAX_KEYS_BYTES,
    FileRole,
    PackCodec,
    PackDamaged,
    classify,
    read_clear_keys,
    read_folder_file,
    slots_digest,
)
from journal.core.sync.rounds import RoundReport, sync_round


def join_from_folder(
    files: JournalFiles, folder: Path, secret: str, *, is_recovery_key: bool = False
) -> tuple[Journal, RoundReport]:
    """Make this computer's copy of the journal whose key file is in `folder`, and bring everything in."""
    folder = folder.expanduser()
    if not folder.is_dir():
        raise BadInputError("folder", InputProblem.NO_SUCH_FOLDER)
    files.claim()
    if files.exists():
        raise JournalExistsError()
    opened: list[tuple[int, str, JournalHeader, bytearray]] = []
    tried: set[str] = set()
    found_any = False
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        raise StorageError(StorageProblem.CANNOT_READ, FileKind.SYNC_FOLDER) from None
    for name in names:
        role = classify(name)
        if role.role is not FileRole.KEYS:
            continue
        data = read_folder_file(folder / name, MAX_KEYS_BYTES)
        if data is None:
            continue
        try:
            clear = read_clear_keys(data)
        except PackDamaged:
            continue
        found_any = True
        digest = slots_digest(clear.slots)
        if digest in tried or PASSPHRASE not in clear.slots or RECOVERY not in clear.slots:
            continue
        tried.add(digest)
        try:
            if is_recovery_key:
                data_key = open_with_recovery_key(clear.journal_id, clear.slots[RECOVERY], secret)
            else:
                data_key = open_with_passphrase(clear.journal_id, clear.slots[PASSPHRASE], secret)
        except WrongSecret:
            continue
        try:
            stamp, _device = PackCodec(clear.journal_id, data_key).open_keys_stamp(role.file_id, data)
        except PackDamaged:
            continue
        header = JournalHeader(FORMAT_VERSION, SCHEMA_VERSION, clear.journal_id, dict(clear.slots))
        opened.append((stamp, digest, header, data_key))
    if not opened:
        if not found_any:
            raise BadInputError("folder", InputProblem.NOTHING_SHARED_YET)
        raise WrongSecretError("recovery key" if is_recovery_key else "passphrase")
    stamp, digest, header, data_key = max(opened, key=lambda item: item[0])
    journal = create_journal_file(files, header, data_key)
    ledger = Ledger(journal)
    ledger.state["keys"] = {"digest": digest, "stamp": stamp, "file": None}
    with journal.transaction() as session:
        ledger.save(session)
    return journal, sync_round(journal, folder)
