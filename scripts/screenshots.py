"""Save a PNG of each main screen to docs/screenshots/, using a made-up demo journal.

    python scripts/screenshots.py            # starts its own Xvfb through xvfb-run
    python scripts/screenshots.py --offscreen
    python scripts/screenshots.py --scale 2  # QT_SCALE_FACTOR=2 on a 1440×900 screen: files named 2x-*.png

The app's own window fitting and wheel guard are installed, so each window is shown as the app
would show it (at 2× every window must fit the 720×450 the app sees). Besides the 1× set, the
run saves Today and Looking back in a 900×600 window, the two questions of the first run, and
the charts after switching to dark while the app is open.

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


def _reexec_under_xvfb(scale: float) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("xvfb-run not found; run with --offscreen instead", file=sys.stderr)
        return 1
    environment = dict(os.environ, QT_QPA_PLATFORM="xcb", RJ_SCREENSHOTS_INNER="1")
    screen = "1400x1000x24"
    if scale != 1:
        environment["QT_SCALE_FACTOR"] = str(scale)
        screen = "1440x900x24"
    command = [xvfb, "-a", "-s", f"-screen 0 {screen} -dpi 96", sys.executable, __file__, *sys.argv[1:]]
    return subprocess.call(command, env=environment)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform instead of Xvfb")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR (2: the 200 %% set, 2x-*.png)")
    arguments = parser.parse_args()
    if arguments.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if arguments.scale != 1:
            os.environ["QT_SCALE_FACTOR"] = str(arguments.scale)
    elif not os.environ.get("RJ_SCREENSHOTS_INNER"):
        return _reexec_under_xvfb(arguments.scale)
    prefix = "" if arguments.scale == 1 else f"{arguments.scale:g}x-"
    with tempfile.TemporaryDirectory(prefix="rj-shots-") as temp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(temp) / "config")
        return _take(Path(temp), arguments.out, prefix)


def _settle(app: object, rounds: int = 5) -> None:
    from PySide6.QtCore import QCoreApplication, QThread

    for _ in range(rounds):
        QCoreApplication.processEvents()
        QThread.msleep(20)


PREFIX = ""


def _save(widget: object, out: Path, name: str, app: object) -> None:
    from journal.ui.window_fit import fit_to_screen

    if widget.isWindow():  # type: ignore[attr-defined]
        fit_to_screen(widget)  # type: ignore[arg-type]  # as the app does when a window is shown
    _settle(app)
    path = out / f"{PREFIX}{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _take(temp: Path, out: Path, prefix: str = "") -> int:
    global PREFIX
    PREFIX = prefix
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QMessageBox

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
    from journal.ui.wheel_guard import WheelGuard
    from journal.ui.window_fit import WindowFitter

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    guards = (WheelGuard(app).install(app), WindowFitter(app).install(app))
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

    def grab_question(name: str) -> object:
        def shown(box: QMessageBox) -> int:
            box.show()
            _save(box, out, name, app)
            box.close()
            return 0

        return shown

    real_exec = QMessageBox.exec
    QMessageBox.exec = grab_question("02b-easy-passphrase-question")  # type: ignore[method-assign]
    wizard.confirm_weak_passphrase()
    wizard.show_recovery_key(generate_recovery_key(), load_default_catalog(), group_index=4)
    _save(wizard, out, "03-recovery-key", app)
    QMessageBox.exec = grab_question("03b-skip-recovery-key-question")  # type: ignore[method-assign]
    wizard.confirm_skip_recovery_key()
    QMessageBox.exec = real_exec  # type: ignore[method-assign]
    wizard.confirm_skip_recovery_key = lambda: True  # type: ignore[method-assign]
    wizard.skip_button.click()
    wizard.about_you.losses_box.setChecked(True)  # type: ignore[union-attr]
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
    about = AboutDialog(
        Path("~/.local/share/RecoveryJournal-demo"),
        window,
        settings_file="~/.config/RecoveryJournal/RecoveryJournal.ini",
    )
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

    window.resize(900, 600)
    _save(window, out, "15-today-900x600", app)
    window.tabs.setCurrentIndex(1)
    _save(window, out, "16-looking-back-900x600", app)
    window.resize(980, 900)

    switch = window.make_settings_dialog()  # dark while the app is open: the charts must follow
    switch.theme.setCurrentIndex(switch.theme.findData("dark"))
    switch.save_and_close()
    window = controller.main_window
    window.tabs.setCurrentIndex(1)
    _save(window, out, "17-looking-back-dark-after-switching", app)
    window.tabs.setCurrentIndex(0)

    settings.theme = "dark"
    window = reopen()
    window.resize(980, 900)
    _save(window, out, "13-today-dark", app)
    settings.theme = "light"
    apply_theme(app, "light")

    if not prefix:  # doubled text on a doubled screen is not a setting anyone has
        large = QFont(base_font)
        large.setPointSizeF(base_font.pointSizeF() * 2)
        app.setFont(large)
        window = reopen()
        window.resize(1300, 1000)
        _save(window, out, "14-today-200-percent-text", app)
        app.setFont(base_font)

    controller.shutdown()
    for guard in guards:
        guard.uninstall(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
