"""The version lives in one place: `journal.__version__`. Everything that shows a version must agree with it."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import journal
from journal.cli.main import run_command_line

ROOT = Path(__file__).resolve().parents[2]
METAINFO = ROOT / "packaging" / "linux" / "org.recoveryjournal.RecoveryJournal.metainfo.xml"
CHANGELOG = ROOT / "CHANGELOG.md"


def _newest_metainfo_release() -> tuple[str, str]:
    releases = ElementTree.parse(METAINFO).getroot().findall("./releases/release")
    assert releases, "the metainfo lists no release"
    newest = releases[0]  # AppStream lists releases newest first
    return newest.attrib["version"], newest.attrib.get("date", "")


def _top_changelog_release() -> tuple[str, str]:
    for line in CHANGELOG.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?", line)
        if match and match["version"].lower() != "unreleased":
            return match["version"], match["date"] or ""
    raise AssertionError("CHANGELOG.md has no released version heading like '## [0.1.0] - 2026-11-24'")


def test_version_is_a_plain_release_number() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", journal.__version__)


def test_journal_dash_dash_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        run_command_line(["--version"])
    except SystemExit as stop:  # argparse's version action exits after printing
        assert stop.code in (0, None)
    assert capsys.readouterr().out.strip() == f"journal {journal.__version__}"


def test_the_installed_command_reports_the_same_version() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "journal", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"journal {journal.__version__}"


def test_metainfo_newest_release_is_the_package_version() -> None:
    version, _date = _newest_metainfo_release()
    assert version == journal.__version__


def test_changelog_top_release_is_the_package_version() -> None:
    version, _date = _top_changelog_release()
    assert version == journal.__version__


def test_changelog_and_metainfo_agree_on_the_release_date() -> None:
    assert _top_changelog_release()[1] == _newest_metainfo_release()[1]
