"""Nothing of a picture reaches the disk in clear: its bytes, a text chunk inside it, caption, file name."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from helpers.journals import CANARY
from helpers.pictures import png
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.memories.model import MemoryPage, OwnerKind, RememberedDate

SECRET_DAY = dt.date(2019, 7, 23)


def _scan_roots(data_dir: Path) -> list[Path]:
    return [
        data_dir,
        Path(tempfile.gettempdir()),
        Path(os.environ["XDG_CACHE_HOME"]),
        Path(os.environ["XDG_CONFIG_HOME"]),
    ]


def _files(roots: list[Path]) -> list[Path]:
    found = []
    for root in roots:
        if root.exists():
            found += [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    return found


def test_picture_bytes_text_chunk_caption_and_name_are_absent_from_every_file(
    journal, data_dir: Path, tmp_path, monkeypatch
) -> None:
    own_temp = tmp_path / "temp"
    own_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # so anything asking for a temp file gets this folder
    secret_pixels = os.urandom(4096)
    picture = png(text=f"{CANARY}-pngtext".encode(), noise=secret_pixels)
    with journal.transaction() as session:
        loss = journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, SECRET_DAY, ""))
        journal.memories.save_page(
            session,
            MemoryPage(
                "",
                loss.id,
                name=f"{CANARY}-name",
                words=f"{CANARY}-words",
                dates=(RememberedDate(SECRET_DAY, f"{CANARY}-when"),),
                remember=(f"{CANARY}-remember",),
            ),
        )
        journal.memories.add_attachment(
            session,
            picture,
            file_name=f"{CANARY}-file.png",
            date=SECRET_DAY,
            owner=OwnerKind.MEMORY,
            owner_id=loss.id,
            caption=f"{CANARY}-caption",
        )
    with journal.transaction() as session:
        (item,) = journal.memories.attachments()
        assert journal.memories.read_content(session, item.id) == picture  # reading leaves nothing behind either
        journal.memories.store_thumbnail(session, item.id, b"preview " + secret_pixels[:64])  # the preview cache
    needles = [
        CANARY.encode(),
        CANARY.encode("utf-16-le"),
        secret_pixels[:64],
        secret_pixels[-64:],
        b"pngtext",
        SECRET_DAY.isoformat().encode(),
    ]
    assert (data_dir / "journal.sqlite3-wal").exists(), "the WAL must exist while open, so this test scans it"
    for phase in ("open", "closed"):
        scanned = _files(_scan_roots(data_dir))
        assert any(p.name == "journal.sqlite3" for p in scanned)
        for path in scanned:
            body = path.read_bytes()
            for needle in needles:
                assert needle not in body, f"{needle[:20]!r} found in {path.name} while {phase}"
        journal.close()
