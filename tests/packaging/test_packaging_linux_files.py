"""The Linux desktop files: a menu entry, software-centre metadata and an icon that desktops accept."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.recoveryjournal.RecoveryJournal"
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (Debian: appstream)")
def test_metainfo_passes_appstream_validation() -> None:
    completed = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate is not installed (desktop-file-utils)"
)
def test_desktop_file_passes_desktop_file_validate() -> None:
    completed = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "error" not in completed.stdout.lower()


def test_desktop_entry_starts_the_journal_command_with_the_app_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Recovery Journal"
    assert entry["Exec"].split()[0] == "journal"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_metainfo_names_the_desktop_file_and_has_an_age_rating() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.find("content_rating") is not None
    assert root.findtext("project_license") == "GPL-3.0-or-later"


def test_metainfo_promises_no_network_and_no_medical_advice() -> None:
    description = " ".join(ElementTree.parse(METAINFO).getroot().find("description").itertext())  # type: ignore[union-attr]
    assert "never connects to the internet" in description
    assert "does not give medical advice" in description


def test_metainfo_screenshots_are_the_documented_ones() -> None:
    images = [image.text or "" for image in ElementTree.parse(METAINFO).getroot().iter("image")]
    names = [image.rsplit("/", 1)[-1] for image in images]
    assert names == ["07-today.png", "05-unlock.png"]
    shots = ROOT / "docs" / "screenshots"
    missing = [name for name in names if not (shots / name).exists()]
    assert not missing, f"the metainfo shows screenshots that docs/screenshots/ lacks: {missing}"


def test_icon_exists_as_svg_and_every_png_size() -> None:
    for drawing in ("recovery-journal.svg", "recovery-journal-small.svg"):
        assert ElementTree.parse(ICONS / drawing).getroot().tag.endswith("svg")
    for size in ICON_SIZES:
        assert _png_size(ICONS / f"recovery-journal-{size}.png") == (size, size)
