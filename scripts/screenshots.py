"""Save a PNG of each main screen to docs/screenshots/, using a made-up demo journal.

    python scripts/screenshots.py            # starts its own Xvfb through xvfb-run
    python scripts/screenshots.py --offscreen

Everything happens in a temporary folder (journal, settings); nothing personal is involved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
TODAY = dt.date(2026, 11, 24)


def _reexec_under_xvfb() -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("xvfb-run not found; run with --offscreen instead", file=sys.stderr)
        return 1
    environment = dict(os.environ, QT_QPA_PLATFORM="xcb", RJ_SCREENSHOTS_INNER="1")
    command = [xvfb, "-a", "-s", "-screen 0 1400x1000x24 -dpi 96", sys.executable, __file__, *sys.argv[1:]]
    return subprocess.call(command, env=environment)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform instead of Xvfb")
    parser.add_argument("--out", type=Path, default=OUT)
    arguments = parser.parse_args()
    if arguments.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not os.environ.get("RJ_SCREENSHOTS_INNER"):
        return _reexec_under_xvfb()
    with tempfile.TemporaryDirectory(prefix="rj-shots-") as temp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(temp) / "config")
        return _take(Path(temp), arguments.out)


def _settle(app: object, rounds: int = 5) -> None:
    from PySide6.QtCore import QCoreApplication, QThread

    for _ in range(rounds):
        QCoreApplication.processEvents()
        QThread.msleep(20)


def _save(widget: object, out: Path, name: str, app: object) -> None:
    _settle(app)
    path = out / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _take(temp: Path, out: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from journal.core.crypto.kdf import KdfParams
    from journal.core.crypto.recovery_key import generate_recovery_key
    from journal.core.demo import create_demo_journal
    from journal.core.domain.catalog import load_default_catalog
    from journal.core.journal_files import JournalFiles
    from journal.ui.about_dialog import AboutDialog
    from journal.ui.app_settings import AppSettings
    from journal.ui.background import wait_for_background
    from journal.ui.controller import DEMO_PASSPHRASE, AppController
    from journal.ui.first_run.window import FirstRunWindow
    from journal.ui.key_dates_dialog import KeyDatesDialog
    from journal.ui.launch import extra_views
    from journal.ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    base_font = QFont(app.font())
    apply_theme(app, "light")
    cheap = KdfParams(memory_kib=1024, iterations=1, lanes=1)

    wizard = FirstRunWindow(TODAY)
    wizard.show()
    _save(wizard, out, "01-welcome", app)
    wizard.next_button.click()
    wizard.passphrase.fields.first.setText("lantern meadow quietly")
    wizard.passphrase.fields.second.setText("lantern meadow quietly")
    _save(wizard, out, "02-passphrase", app)
    wizard.show_recovery_key(generate_recovery_key(), load_default_catalog(), group_index=4)
    _save(wizard, out, "03-recovery-key", app)
    wizard.next_button.setEnabled(True)
    wizard.skip_button.click()
    _save(wizard, out, "04-about-you", app)
    wizard.close()

    demo_dir = temp / "demo"
    journal, _ = create_demo_journal(
        JournalFiles(demo_dir), DEMO_PASSPHRASE, days=180, seed=7, today=TODAY, kdf_params=cheap
    )
    journal.close()
    settings = AppSettings(QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat))
    settings.theme = "light"
    views, tools, prompt_card = extra_views()
    controller = AppController(
        JournalFiles(demo_dir),
        settings,
        today=lambda: TODAY,
        demo=True,
        kdf_params=cheap,
        views=views,
        tools=tools,
        prompt_card_factory=prompt_card,
        automatic_backups=False,
    )
    unlock_window = controller.start()
    unlock_window.resize(560, 400)
    _save(unlock_window, out, "05-unlock", app)
    unlock_window.field.setText("not it")
    unlock_window.unlock_button.click()
    wait_for_background()
    _settle(app)
    _save(unlock_window, out, "06-unlock-wrong-passphrase", app)
    unlock_window.field.setText(DEMO_PASSPHRASE)
    unlock_window.unlock_button.click()
    wait_for_background()
    _settle(app)
    window = controller.main_window
    assert window is not None
    window.resize(980, 900)
    _save(window, out, "07-today", app)

    window.today_view.show_day(TODAY - dt.timedelta(days=170))
    _save(window, out, "08-today-early-day", app)
    window.today_view.show_day(TODAY)

    dialog = window.make_settings_dialog()
    dialog.show()
    _save(dialog, out, "09-settings", app)
    dialog.tabs.setCurrentIndex(1)
    _save(dialog, out, "10-settings-symptoms", app)
    dialog.close()

    key_dates = KeyDatesDialog(window.journal, TODAY, window)
    key_dates.show()
    _save(key_dates, out, "11-key-dates", app)
    key_dates.close()
    about = AboutDialog(Path("~/.local/share/RecoveryJournal-demo"), window)
    about.show()
    _save(about, out, "12-about", app)
    about.close()

    def reopen() -> object:
        """Lock and unlock, so the window is built fresh with the current theme and font."""
        controller.lock()
        assert controller.unlock_window is not None
        controller.unlock_window.field.setText(DEMO_PASSPHRASE)
        controller.unlock_window.unlock_button.click()
        wait_for_background()
        _settle(app)
        assert controller.main_window is not None
        return controller.main_window

    settings.theme = "dark"
    window = reopen()
    window.resize(980, 900)
    _save(window, out, "13-today-dark", app)
    settings.theme = "light"

    large = QFont(base_font)
    large.setPointSizeF(base_font.pointSizeF() * 2)
    app.setFont(large)
    window = reopen()
    window.resize(1300, 1000)
    _save(window, out, "14-today-200-percent-text", app)
    app.setFont(base_font)

    controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
