"""Fixtures shared by every test: no display, every path in tmp_path, cheap key derivation.

Constants and plain helpers live in `tests/helpers/` (`from helpers.journals import CHEAP_KDF`); fixtures
only one test package needs live in that package's own conftest.py.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("JOURNAL_PASSPHRASE", None)
os.environ.pop("JOURNAL_RECOVERY_KEY", None)
os.environ.pop("JOURNAL_NEW_PASSPHRASE", None)
# One known locale, so dates, units and paper sizes in tests read the same on every machine.
for _variable in ("LC_ALL", "LC_TIME", "LC_MEASUREMENT", "LC_PAPER", "LANGUAGE"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "en_GB.UTF-8"

from hypothesis import settings as hypothesis_settings  # noqa: E402

from helpers.journals import CHEAP_KDF, PASSPHRASE, unlock_again  # noqa: E402
from journal.core.journal import Journal  # noqa: E402
from journal.core.journal_files import JournalFiles  # noqa: E402
from journal.core.opening import create_journal  # noqa: E402

# The gating suite draws the same examples on every run (a red run must be one anybody can repeat);
# JOURNAL_HYPOTHESIS=explore draws new ones, for looking for trouble by hand or with -m slow.
hypothesis_settings.register_profile("gate", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("JOURNAL_HYPOTHESIS", "gate"))


@pytest.fixture(autouse=True, scope="session")
def _british_qt_locale() -> None:
    try:
        from PySide6.QtCore import QLocale
    except ImportError:  # pragma: no cover - the test extra installs PySide6
        return
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME, XDG folders and the temp folder into the test's own space."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal-data"


@pytest.fixture
def make_journal(data_dir: Path) -> Iterator[Callable[..., tuple[Journal, str]]]:
    """Create a journal in `data_dir` (cheap KDF); returns (journal, recovery_key). Closed after the test."""
    opened: list[Journal] = []

    def make(passphrase: str = PASSPHRASE, directory: Path | None = None) -> tuple[Journal, str]:
        journal, recovery_key = create_journal(JournalFiles(directory or data_dir), passphrase, CHEAP_KDF)
        opened.append(journal)
        return journal, recovery_key

    yield make
    for journal in opened:
        journal.close()


@pytest.fixture
def reopen(data_dir: Path) -> Iterator[Callable[[Journal], Journal]]:
    """Close a journal and unlock it again from disk, so a test sees only what was saved."""
    opened: list[Journal] = []

    def again(journal: Journal) -> Journal:
        fresh = unlock_again(journal, data_dir)
        opened.append(fresh)
        return fresh

    yield again
    for journal in opened:
        journal.close()


@pytest.fixture
def journal(make_journal: Callable[..., tuple[Journal, str]]) -> Journal:
    return make_journal()[0]


@pytest.fixture
def demo_journal(data_dir: Path) -> Iterator[Journal]:
    """A 120-day made-up journal ending 2026-11-24, built with the cheap KDF."""
    from journal.core.demo import create_demo_journal

    journal, _ = create_demo_journal(
        JournalFiles(data_dir), PASSPHRASE, days=120, seed=7, today=dt.date(2026, 11, 24), kdf_params=CHEAP_KDF
    )
    yield journal
    journal.close()


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    """Run `journal --data-dir <data_dir> ARGS…` in-process (cheap KDF, passphrase from the environment).

    Returns (exit code, stdout, stderr).
    """
    import journal.core.key_change
    import journal.core.opening
    from journal.cli.main import run_command_line

    monkeypatch.setattr(journal.core.opening, "calibrate", lambda *a, **k: CHEAP_KDF)
    monkeypatch.setattr(journal.core.key_change, "calibrate", lambda *a, **k: CHEAP_KDF)
    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = run_command_line(["--data-dir", str(data_dir), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
