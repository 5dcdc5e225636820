"""The Flatpak manifest (not built here: it needs Flathub's runtimes) stays consistent with the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.recoveryjournal.RecoveryJournal"
MANIFEST = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"


def _manifest() -> str:
    return MANIFEST.read_text(encoding="utf-8")


def _settings() -> dict[str, str]:
    """Top-level `key: value` lines (enough for the scalar settings checked here, without a YAML library)."""
    pairs = re.findall(r"^([a-z-]+):[ \t]*(\S.*)$", _manifest(), flags=re.MULTILINE)
    return {key: value.strip().strip('"') for key, value in pairs}


def test_manifest_names_the_app_and_its_command() -> None:
    settings = _settings()
    assert settings["app-id"] == APP_ID
    assert settings["command"] == "journal"
    assert settings["runtime-version"] == settings["base-version"]


def test_sandbox_has_no_network_and_no_home_folder() -> None:
    permissions = re.findall(r"^\s*-\s*(--[a-z-]+=\S+)", _manifest(), flags=re.MULTILINE)
    assert "--socket=wayland" in permissions
    assert not [permission for permission in permissions if permission.startswith("--share=network")]
    assert not [permission for permission in permissions if permission.startswith("--filesystem")]


def test_every_file_the_manifest_installs_exists() -> None:
    paths = {path.rstrip(".") for path in re.findall(r"\b((?:packaging|resources)/[\w./${}-]+)", _manifest())}
    assert paths
    for path in paths:
        if "${size}" in path:
            for size in (16, 32, 48, 64, 128, 256, 512):
                assert (ROOT / path.replace("${size}", str(size))).is_file(), path
        else:
            assert (ROOT / path).is_file(), path
