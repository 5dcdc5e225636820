"""The PyInstaller bundle builds, and a person without Python can start it: `--version`, the command line and the app.

Slow-ish (under a minute to build and pack here), so behind the `packaging` marker: `pytest -m packaging`.
Needs PyInstaller (`pip install -e .[package]`); skipped without it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

import journal

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.recoveryjournal.RecoveryJournal"
DEMO_PASSPHRASE = "willow lantern meadow tea"
SECONDS_THE_APP_MUST_STAY_UP = 8

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed: pip install -e .[package]",
    ),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run the README's build command (`bash packaging/build.sh`) once for this module; returns its dist folder."""
    work = tmp_path_factory.mktemp("pyinstaller")
    environment = {
        **os.environ,
        "JOURNAL_VENV": sys.prefix,  # the environment running the tests, which has PyInstaller
        "DIST_DIR": str(work / "dist"),
        "WORK_DIR": str(work / "build"),
    }
    completed = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-4000:]
    return work / "dist"


@pytest.fixture(scope="module")
def bundle(built: Path) -> Path:
    return built / "recovery-journal"


def _environment(home: Path) -> dict[str, str]:
    """What a fresh desktop session would give the app: no Python paths, a home of its own, no display."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def _run(bundle: Path, home: Path, *arguments: str, **extra: str) -> subprocess.CompletedProcess[str]:
    environment = {**_environment(home), **extra}
    return subprocess.run(
        [str(bundle / "recovery-journal"), *arguments], env=environment, capture_output=True, text=True, timeout=300
    )


def test_bundle_reports_the_version(bundle: Path, tmp_path: Path) -> None:
    completed = _run(bundle, tmp_path, "--version")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"journal {journal.__version__}"


def test_bundle_runs_the_command_line_on_a_demo_journal(bundle: Path, tmp_path: Path) -> None:
    """Crypto, SQLite and the bundled symptom catalogue all work inside the frozen app."""
    data = str(tmp_path / "demo")
    made = _run(bundle, tmp_path, "demo", "--days", "14", "--data-dir", data, JOURNAL_PASSPHRASE=DEMO_PASSPHRASE)
    assert made.returncode == 0, made.stderr
    listed = _run(bundle, tmp_path, "list", "--data-dir", data, JOURNAL_PASSPHRASE=DEMO_PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.strip().splitlines()) == 14
    wrong = _run(bundle, tmp_path, "list", "--data-dir", data, JOURNAL_PASSPHRASE="not the passphrase")
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr


def test_bundle_shows_its_first_window_headless(bundle: Path, tmp_path: Path) -> None:
    """With the start-up probe (see journal.ui.launch) the app prints a mark once its first window shows, then quits."""
    (tmp_path / "runtime").mkdir(mode=0o700)
    shown = _run(bundle, tmp_path, "--demo", JOURNAL_STARTUP_PROBE="1")
    assert shown.returncode == 0, shown.stderr[-4000:]
    assert shown.stdout.startswith("shown "), shown.stdout + shown.stderr[-4000:]


def test_bundle_starts_the_app_headless_on_a_demo_journal(bundle: Path, tmp_path: Path) -> None:
    (tmp_path / "runtime").mkdir(mode=0o700)
    process = subprocess.Popen(
        [str(bundle / "recovery-journal"), "--demo", "--data-dir", str(tmp_path / "app")],
        env=_environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + SECONDS_THE_APP_MUST_STAY_UP
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        still_running = process.poll() is None
    finally:
        process.terminate()
        try:
            _out, errors = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, errors = process.communicate()
    assert still_running, f"the app stopped by itself (exit {process.returncode}):\n{errors[-4000:]}"
    assert "Traceback" not in errors
    assert not re.search(r"\b[A-Z]\w*(Error|Exception)\b", errors), errors[-4000:]  # e.g. a frozen ImportError


def test_bundle_carries_the_resources_and_leaves_out_unused_qt(bundle: Path) -> None:
    resources = bundle / "_internal" / "journal" / "resources"
    for relative in ("translations/journal_en.qm", "icons/recovery-journal.svg", "symptoms/catalog.toml"):
        assert (resources / relative).is_file(), relative
    names = {path.name for path in bundle.rglob("*")}
    for unused in ("libQt6WebEngineCore.so.6", "libQt6Multimedia.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6"):
        assert unused not in names
    assert os.access(bundle / "recovery-journal", os.X_OK)


def test_build_packs_the_folder_for_download(built: Path) -> None:
    archives = list(built.glob(f"recovery-journal-{journal.__version__}-linux-*.tar.gz"))
    assert len(archives) == 1
    with tarfile.open(archives[0]) as archive:
        names = set(archive.getnames())
    assert {"recovery-journal/recovery-journal", "recovery-journal/install.sh"} <= names


def test_install_script_puts_the_app_in_the_menu_and_uninstall_removes_it(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    installed = subprocess.run(
        ["bash", str(bundle / "install.sh")], env=environment, capture_output=True, text=True, timeout=300
    )
    assert installed.returncode == 0, installed.stderr
    command = home / ".local" / "bin" / "recovery-journal"
    version = subprocess.run([str(command), "--version"], env=environment, capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"journal {journal.__version__}"
    share = home / ".local" / "share"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={home}/.local/lib/recovery-journal/recovery-journal" in entry
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    removed = subprocess.run(
        ["bash", str(home / ".local" / "lib" / "recovery-journal" / "install.sh"), "--uninstall"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert removed.returncode == 0, removed.stderr
    assert not command.exists()
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not (home / ".local" / "lib" / "recovery-journal").exists()
