"""Backup and restore of the 10-year demo journal: size, time to write and check, time to restore.

Restore is timed with the real key derivation of the demo journal (Argon2id as calibrated), since
that is what a person waits for: open and check the whole backup, then put it in place.
"""

from __future__ import annotations

import time

from common import DEMO_PASSPHRASE, BenchContext, Row, median_ms

BACKUP_TARGET_MS = 5000.0
RESTORE_TARGET_MS = 5000.0


def rows(context: BenchContext) -> list[Row]:
    from journal.core.backup.envelope import parse
    from journal.core.backup.reader import open_backup
    from journal.core.backup.restore import restore_backup
    from journal.core.backup.writer import write_backup
    from journal.core.journal_files import JournalFiles

    journal = context.demo_journal()
    out = context.work_dir / "backups"
    out.mkdir(exist_ok=True)
    target = out / "demo.rjbackup"
    backup_ms = median_ms(lambda: write_backup(journal, target, replace=True), repeat=5)  # the same file each time
    size = target.stat().st_size
    header = parse(target.read_bytes()).header
    chunks, image_size = header.chunk_count(), header.plain_size

    restore_dir = context.work_dir / "restored"
    counter = iter(range(1000))

    def restore_once() -> None:
        opened = open_backup(target, DEMO_PASSPHRASE)
        restore_backup(JournalFiles(restore_dir / str(next(counter))), opened)

    restore_ms = median_ms(restore_once, repeat=3)
    started = time.perf_counter()
    opened = open_backup(target, DEMO_PASSPHRASE)
    open_ms = (time.perf_counter() - started) * 1000
    days = opened.report.days
    return [
        Row(
            "backup: write + verify, 10-year demo",
            backup_ms,
            BACKUP_TARGET_MS,
            f"{size / 1024 / 1024:.2f} MiB backup ({chunks} chunks) of a {image_size / 1024 / 1024:.2f} MiB image, "
            f"{days} days",
        ),
        Row("backup: open + check with passphrase", open_ms, None, "Argon2id + every chunk + every row"),
        Row("backup: restore (open, check, replace)", restore_ms, RESTORE_TARGET_MS, "into an empty folder"),
    ]
