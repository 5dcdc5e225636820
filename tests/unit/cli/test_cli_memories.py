"""`journal attach` and `journal attachments list|save|remove`, in the shape the issue gives."""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers.pictures import GPS_NEEDLE, jpeg_with_gps, png


def test_attach_list_save_remove(cli, tmp_path: Path) -> None:
    cli("init")
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(jpeg_with_gps())
    code, out, err = cli("attach", "--date", "2026-10-13", str(photo), "--caption", "Hospital garden")
    assert code == 0, err
    assert "removed" in out  # the person is told the location went
    (line,) = cli("attachments", "list")[1].splitlines()
    assert re.match(r"2026-10-13  [0-9a-f]{32}  jpg ", line) and "Hospital garden" in line and "IMG_2041.jpg" in line
    attachment_id = line.split()[1]
    listed = json.loads(cli("attachments", "list", "--json")[1])
    assert listed[0]["id"] == attachment_id and listed[0]["location_removed"] is True
    target = tmp_path / "out" / "copy.jpg"
    target.parent.mkdir()
    code, out, err = cli("attachments", "save", attachment_id, "-o", str(target))
    assert code == 0 and "not encrypted" in err
    saved = target.read_bytes()
    assert saved.startswith(b"\xff\xd8") and GPS_NEEDLE not in saved
    code, _, err = cli("attachments", "save", attachment_id, "-o", str(target))
    assert code == 1 and "--force" in err
    assert cli("attachments", "save", attachment_id, "-o", str(target), "--force")[0] == 0
    assert cli("attachments", "remove", attachment_id)[0] == 0
    assert cli("attachments", "list")[1] == ""
    code, _, err = cli("attachments", "remove", attachment_id)
    assert code == 1 and "no attachment" in err


def test_keep_location_and_a_memory_page(cli, tmp_path: Path) -> None:
    cli("init")
    photo = tmp_path / "a.jpg"
    photo.write_bytes(jpeg_with_gps())
    code, _, err = cli("attach", "--date", "2026-10-13", str(photo), "--memory", "ab" * 16)
    assert code == 1 and "--memory" in err
    code, out, _ = cli("attach", "--date", "2026-10-13", str(photo), "--keep-location")
    assert code == 0 and "kept" in out


def test_files_that_cannot_be_attached_exit_1_in_words(cli, tmp_path: Path, data_dir: Path) -> None:
    cli("init")
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    code, _, err = cli("attach", "--date", "2026-10-13", str(text))
    assert code == 1 and "not a PNG" in err and "Traceback" not in err
    code, _, err = cli("attach", "--date", "2026-10-13", str(tmp_path / "missing.png"))
    assert code == 1 and "does not exist" in err
    picture = tmp_path / "p.png"
    picture.write_bytes(png())
    code, _, err = cli("attach", "--date", "someday", str(picture))
    assert code == 1 and "--date" in err
    assert cli("attach", "--date", "2026-10-13", str(picture))[0] == 0
    attachment_id = cli("attachments", "list")[1].split()[1]
    code, _, err = cli("attachments", "save", attachment_id, "-o", str(data_dir / "copy.png"))
    assert code == 1 and "journal's own folder" in err


def test_export_folder_then_import_json_of_that_folder_round_trips(cli, tmp_path: Path) -> None:
    cli("init")
    picture = tmp_path / "p.png"
    picture.write_bytes(png(text=b"kept"))
    cli("add", "--date", "2026-10-12", "--mood", "3", "--note", "Walked a little.")
    assert cli("attach", "--date", "2026-10-12", str(picture), "--caption", "Walk")[0] == 0
    code, out, err = cli("export-folder", "-o", str(tmp_path / "everything"))
    assert code == 0 and "1 attachment" in out and "not encrypted" in err
    other = tmp_path / "other"
    assert cli("--data-dir", str(other), "init")[0] == 0
    code, out, err = cli("--data-dir", str(other), "import", "json", str(tmp_path / "everything"))
    assert code == 0, err
    assert "1 attachment" in out
    listed = json.loads(cli("--data-dir", str(other), "attachments", "list", "--json")[1])
    assert [(a["caption"], a["file_name"]) for a in listed] == [("Walk", "p.png")]
    shown = json.loads(cli("--data-dir", str(other), "show", "--date", "2026-10-12", "--json")[1])
    assert shown["note"] == "Walked a little."


def test_importing_a_folder_whose_journal_json_has_problems_says_each_and_imports_nothing(cli, tmp_path: Path) -> None:
    cli("init")
    cli("add", "--date", "2026-10-12", "--mood", "3")
    assert cli("export-folder", "-o", str(tmp_path / "everything"))[0] == 0
    exported = tmp_path / "everything" / "journal.json"
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["days"][0]["mood"] = 9
    exported.write_text(json.dumps(data), encoding="utf-8")
    other = tmp_path / "other"
    assert cli("--data-dir", str(other), "init")[0] == 0
    code, _, err = cli("--data-dir", str(other), "import", "json", str(tmp_path / "everything"))
    assert code == 1 and "Traceback" not in err
    report, refusal = err.rstrip("\n").rsplit("\n", 1)
    assert "mood" in report  # each problem, as the file import prints them
    assert refusal == "journal: folder: journal.json has 1 problem; nothing was imported"
    assert "2026-10-12" not in cli("--data-dir", str(other), "list")[1]
