"""JSON from elsewhere (an import, a backup's header) that is nested absurdly deep or holds absurd
numbers is refused with a plain message, never a traceback, and nothing is written."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

import pytest

from journal.core import strict_json

NESTED = "[" * 100_000 + "]" * 100_000
HOSTILE = {
    "deeply nested": NESTED,
    "nested inside an object": '{"entries": ' + NESTED + "}",
    "a 5,000-digit number": '{"format": "recovery-journal", "schema_version": ' + "9" * 5000 + "}",
    "a 5,000-digit number in an entry": '{"entries": [{"date": "2026-01-01", "n": ' + "9" * 5000 + "}]}",
    "a float of 5,000 digits": '{"entries": [{"date": "2026-01-01", "n": 1.' + "5" * 5000 + "}]}",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_strict_json_refuses_in_words(text: str) -> None:
    with pytest.raises(strict_json.JsonRefused):
        strict_json.loads(text)


def test_ordinary_json_reads_as_ever() -> None:
    assert strict_json.loads('{"a": [1, 2.5, -3e2, "x", null, true]}') == {"a": [1, 2.5, -300.0, "x", None, True]}


@pytest.mark.parametrize("source", ["json", "jrnl"])
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_imports_refuse_them_and_write_nothing(cli, data_dir: Path, tmp_path: Path, source: str, text: str) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    before = (data_dir / "journal.sqlite3").read_bytes()
    hostile = tmp_path / "hostile.json"
    hostile.write_text(text)
    code, _, err = cli("import", source, str(hostile))
    assert code == 1 and "nothing was imported" in err and "Traceback" not in err
    assert (data_dir / "journal.sqlite3").read_bytes() == before


@pytest.mark.parametrize("header", [NESTED, '{"journal_id": ' + "1" * 5000 + "}"], ids=["nested", "long number"])
def test_a_backup_header_like_that_is_named_damaged(cli, data_dir: Path, tmp_path: Path, header: str) -> None:  # type: ignore[no-untyped-def]
    raw = header.encode("ascii")
    covered = b"RJBACKUP" + struct.pack(">HI", 1, len(raw)) + raw
    backup = tmp_path / "hostile.rjbackup"
    backup.write_bytes(covered + hashlib.sha256(covered).digest() + b"\0" * 32 + b"\0" * 64)
    code, _, err = cli("restore", str(backup))
    assert code == 3 and "damaged" in err and "Traceback" not in err
    assert not data_dir.exists() or not (data_dir / "journal.sqlite3").exists()
