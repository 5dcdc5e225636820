"""Attachments: unlock with 300 MB of pictures against the plain 10-year demo (same run,
interleaved), attaching a 10 MB photo, a grid of 200 previews, and a backup that carries them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import struct
import time
from typing import Any

from common import DEMO_PASSPHRASE, DEMO_TODAY, BenchContext, Row, median_ms, unlock_parts_ms

PICTURES_MB = 300
PHOTO_MB = 10
GRID = 200


def _photo(size: int) -> bytes:
    """A JPEG-framed file of `size` bytes: headers, an EXIF block with a GPS position, then scan data."""
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1) + struct.pack("<HHII", 0x8825, 4, 1, 26) + b"\0" * 4
    tiff += (
        struct.pack("<H", 1) + struct.pack("<HHII", 2, 5, 3, 44) + b"\0" * 4 + struct.pack("<6I", 51, 1, 30, 1, 7, 1)
    )
    exif = b"Exif\x00\x00" + tiff
    head = b"\xff\xd8" + b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 3000, 4000, 1) + b"\x01\x11\x00"
    scan = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    body = os.urandom(max(0, size - len(head) - len(frame) - len(scan) - 2)).replace(b"\xff", b"\xfe")
    return head + frame + scan + body + b"\xff\xd9"


def _unlock_sample_ms(files: Any) -> float:
    """One unlock, without the key derivation (the same split as bench_store's unlock row)."""
    return unlock_parts_ms(files, DEMO_PASSPHRASE, quiet_collector=True)[0]


def _grid_ms(journal: Any) -> tuple[float, int]:
    from PySide6.QtWidgets import QApplication

    from journal.core.memories.model import OwnerKind
    from journal.ui.memories.grid import AttachmentGrid

    app = QApplication.instance() or QApplication([])
    samples, shown = [], 0
    for _ in range(5):
        started = time.perf_counter()
        grid = AttachmentGrid(journal, OwnerKind.DAY, "", DEMO_TODAY, every_attachment=True)
        grid.resize(1000, 700)
        grid.show()
        app.processEvents()
        samples.append((time.perf_counter() - started) * 1000)
        shown = sum(1 for row in range(grid.list.count()) if not grid.list.item(row).icon().isNull())
        grid.close()
        grid.deleteLater()
        app.processEvents()
    return statistics.median(samples), shown


def rows(context: BenchContext) -> list[Row]:
    from journal.core.backup.writer import write_backup
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import unlock_with_passphrase
    from journal.drawing.pictures import decode_image, preview_bytes

    context.demo_journal()
    context.close_demo()
    copy_dir = context.work_dir / "demo-10y-pictures"
    shutil.copytree(context.demo_dir, copy_dir)
    files = JournalFiles(copy_dir)
    journal = unlock_with_passphrase(files, DEMO_PASSPHRASE)
    photo = _photo(PHOTO_MB * 1024 * 1024)

    def attach_photo() -> None:
        with journal.transaction() as session:
            journal.memories.add_attachment(session, photo, file_name="IMG.jpg", date=DEMO_TODAY)

    attach_ms = median_ms(attach_photo, repeat=5)
    while sum(a.size for a in journal.memories.attachments()) < PICTURES_MB * 1024 * 1024:
        attach_photo()
    held_mb = sum(a.size for a in journal.memories.attachments()) / (1024 * 1024)

    # 200 previews for the grid: small real pictures, with their sealed previews already made.
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(120, 160, 200))
    preview = preview_bytes(image)
    small = _photo(200 * 1024)
    with journal.transaction() as session:
        for n in range(GRID - len(journal.memories.attachments())):
            added = journal.memories.add_attachment(
                session, small, file_name=f"p{n}.jpg", date=DEMO_TODAY - dt.timedelta(days=n)
            )
            journal.memories.store_thumbnail(session, added.attachment.id, preview)
    with journal.transaction() as session:
        for item in journal.memories.attachments():
            journal.memories.store_thumbnail(session, item.id, preview)
    assert decode_image(preview) is not None
    grid_ms, shown = _grid_ms(journal)
    count = len(journal.memories.attachments())

    started = time.perf_counter()
    backup = write_backup(journal, context.work_dir / "pictures.rjbackup")
    backup_ms = (time.perf_counter() - started) * 1000
    journal.close()
    plain = context.reopen_demo()
    started = time.perf_counter()
    plain_backup = write_backup(plain, context.work_dir / "plain.rjbackup")
    plain_backup_ms = (time.perf_counter() - started) * 1000
    context.close_demo()

    _unlock_sample_ms(context.demo_files())  # warm both files into the page cache alike
    _unlock_sample_ms(files)
    baseline, with_pictures = [], []
    for round_ in range(16):  # interleaved, first one then the other first, so load hits both alike
        if round_ % 2:
            with_pictures.append(_unlock_sample_ms(files))
            baseline.append(_unlock_sample_ms(context.demo_files()))
        else:
            baseline.append(_unlock_sample_ms(context.demo_files()))
            with_pictures.append(_unlock_sample_ms(files))
    baseline_ms, unlock_ms = statistics.median(baseline), statistics.median(with_pictures)
    return [
        Row("attachments: unlock excl. KDF, 10-year demo (baseline)", baseline_ms),
        Row(
            f"attachments: unlock excl. KDF, 10-year demo + {held_mb:.0f} MB of pictures",
            unlock_ms,
            1.1 * baseline_ms,
            f"{unlock_ms / baseline_ms:.2f}x the baseline (target <= 1.1x)",
        ),
        Row(f"attachments: attach a {PHOTO_MB} MB photo (check, strip GPS, seal, commit)", attach_ms, 300.0),
        Row(f"attachments: grid of {count} previews shown", grid_ms, 1000.0, f"{shown} previews drawn"),
        Row(
            f"attachments: backup with {held_mb:.0f} MB of pictures",
            backup_ms,
            None,
            f"{backup.size_bytes / 1024**2:.0f} MB file; without pictures {plain_backup_ms:.0f} ms, "
            f"{plain_backup.size_bytes / 1024**2:.1f} MB",
        ),
    ]
