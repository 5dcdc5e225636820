"""`journal export …` and `journal import …`: files, messages, exit codes, and nothing written on bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pypdf import PdfReader

from helpers.journals import CANARY

DAYLIO = (
    "\ufefffull_date,date,weekday,time,mood,activities,scales,note_title,note\n"
    '2026-10-14,October 14,Tuesday,8:40 pm,wobbly,rest | family,,,"Slept.<br>Heating pad &amp; tea."\n'
    '2026-10-13,October 13,Monday,20:05,awful,rest,,Hard day,"Cried in the car."\n'
)


def _two_days(cli) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    assert cli("add", "--date", "2026-10-13", "--mood", "2", "--symptom", "cramping=6", "--note", CANARY)[0] == 0
    assert cli("add", "--date", "2026-10-14", "--mood", "3", "--symptom", "temperature=38.4C")[0] == 0


def test_plain_exports_write_files_and_warn_they_are_not_encrypted(cli, tmp_path: Path) -> None:
    _two_days(cli)
    for fmt, name in (("csv", "out.csv"), ("json", "out.json"), ("markdown", "out.md")):
        code, out, err = cli("export", fmt, "-o", str(tmp_path / name), "--from", "2026-10-14")
        assert code == 0, err
        assert "Exported 1 day to" in out and "not encrypted" in err
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert [r["date"] for r in rows] == ["2026-10-14"] and rows[0]["temperature"] == "38.4"
    assert json.loads((tmp_path / "out.json").read_text())["days"][0]["date"] == "2026-10-14"
    assert "## Wednesday 14 October 2026" in (tmp_path / "out.md").read_text(encoding="utf-8")


def test_json_export_then_import_into_a_new_journal_round_trips(cli, tmp_path: Path) -> None:
    _two_days(cli)
    exported = tmp_path / "all.json"
    assert cli("export", "json", "-o", str(exported))[0] == 0
    from journal.cli.main import run_command_line

    fresh = tmp_path / "fresh"
    assert run_command_line(["--data-dir", str(fresh), "init"]) == 0
    assert run_command_line(["--data-dir", str(fresh), "import", "json", str(exported)]) == 0
    again = tmp_path / "again.json"
    assert run_command_line(["--data-dir", str(fresh), "export", "json", "-o", str(again)]) == 0
    assert json.loads(again.read_text())["days"] == json.loads(exported.read_text())["days"]


def test_pdf_export_leaves_notes_out_unless_asked(cli, tmp_path: Path) -> None:
    _two_days(cli)
    target = tmp_path / "report.pdf"
    code, _, err = cli("export", "pdf", "-o", str(target), "--from", "2026-10-10", "--to", "2026-10-20",
                         "--name", "Alex Example", "--paper", "A4")  # fmt: skip
    assert code == 0, err
    assert "not encrypted" in err
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Alex Example" in text and "10 Oct 2026 – 20 Oct 2026" in text and "38.4 °C" in text
    assert CANARY not in text
    assert cli("export", "pdf", "-o", str(target), "--from", "2026-10-10", "--to", "2026-10-20",
               "--include-notes")[0] == 1  # fmt: skip
    assert cli("export", "pdf", "-o", str(target), "--from", "2026-10-10", "--to", "2026-10-20",
               "--include-notes", "--force")[0] == 0  # fmt: skip
    assert CANARY in " ".join(p.extract_text() for p in PdfReader(target).pages)


def test_daylio_import_with_a_mood_map_and_a_dry_run_first(cli, tmp_path: Path) -> None:
    _two_days(cli)
    source = tmp_path / "daylio.csv"
    source.write_text(DAYLIO, encoding="utf-8")
    code, _, err = cli("import", "daylio", str(source))
    assert code == 1 and "line 2" in err and "wobbly" in err and "nothing was imported" in err
    code, out, err = cli("import", "daylio", str(source), "--mood-map", "wobbly=2", "--dry-run")
    assert code == 0, err
    assert "2 merged" in out and "Nothing was written" in out and "merge 2026-10-13" in out
    assert "wobbly=2" in out
    code, shown, _ = cli("show", "--date", "2026-10-14", "--json")
    assert json.loads(shown)["note"] == ""  # the dry run wrote nothing
    code, out, err = cli("import", "daylio", str(source), "--mood-map", "wobbly=2")
    assert code == 0, err
    day = json.loads(cli("show", "--date", "2026-10-14", "--json")[1])
    assert day["mood"] == 2 and day["note"] == "Slept.\nHeating pad & tea." and day["tags"] == ["family"]
    earlier = json.loads(cli("show", "--date", "2026-10-13", "--json")[1])
    assert CANARY in earlier["note"] and "Cried in the car." in earlier["note"]  # merged, not overwritten


def test_broken_files_are_refused_with_every_line_and_nothing_written(cli, tmp_path: Path) -> None:
    _two_days(cli)
    broken = tmp_path / "broken.csv"
    broken.write_text(DAYLIO.replace("2026-10-13,", "13/10/2026,") + "2026-10-12,x\n", encoding="utf-8")
    code, _, err = cli("import", "daylio", str(broken), "--mood-map", "wobbly=2")
    assert code == 1
    assert "line 3:" in err and "line 4:" in err
    assert json.loads(cli("show", "--date", "2026-10-14", "--json")[1])["note"] == ""
    junk = tmp_path / "junk.json"
    junk.write_bytes(bytes(range(256)) * 4)
    code, _, err = cli("import", "jrnl", str(junk))
    assert code == 1 and "not a text file" in err and "Traceback" not in err
    code, _, err = cli("import", "jrnl", str(tmp_path / "missing.json"))
    assert code == 1 and "no file with that name" in err


def test_bad_options_are_explained(cli, tmp_path: Path) -> None:
    _two_days(cli)
    code, _, err = cli("export", "csv", "-o", str(tmp_path / "x.csv"), "--from", "2026-10-20", "--to", "2026-10-01")
    assert code == 1 and "--from" in err
    code, _, err = cli("export", "csv", "-o", str(tmp_path / "no-such-folder" / "x.csv"))
    assert code == 1 and "does not exist" in err
    code, _, err = cli("import", "jrnl", str(tmp_path / "x.json"), "--mood-map", "meh=3")
    assert code == 1 and "only applies to Daylio" in err


def test_a_report_ending_in_the_future_is_refused(cli, tmp_path: Path) -> None:
    _two_days(cli)
    code, _, err = cli("export", "pdf", "-o", str(tmp_path / "r.pdf"), "--to", "2999-01-01")
    assert code == 1 and "--to" in err and "after today" in err
    assert not (tmp_path / "r.pdf").exists()
