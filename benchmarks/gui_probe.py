"""The app in its own process, as a person uses it: unlock the journal in the unlock window, let the
automatic backup finish, show Looking back on "Everything" with each of its pages painted, and
every main tab; then print this process's own peak memory (VmHWM) and a few timings as JSON.

    python benchmarks/gui_probe.py DATA_DIR PASSPHRASE WORK_DIR

Run by `bench_gui.py` as a child, so the figure is this process's own, not the runner's.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _status(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(data_dir: str, passphrase: str, work: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from journal.ui.memory import StartUpCollection, quiet_pyside_import_hook

    collection = StartUpCollection()  # as launch_app does first
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    quiet_pyside_import_hook()

    from journal.core.journal_files import JournalFiles
    from journal.core.review.ranges import RangeKind
    from journal.ui.app_settings import AppSettings
    from journal.ui.controller import AppController
    from journal.ui.launch import extra_views
    from journal.ui.theme import FUSION_ARGUMENTS

    collection.imports_done()
    app = QApplication([sys.argv[0], *FUSION_ARGUMENTS])  # as launch_app starts it
    settings = AppSettings(QSettings(str(Path(work) / "probe-settings.ini"), QSettings.Format.IniFormat))
    views, tools, prompt_card = extra_views()
    controller = AppController(
        JournalFiles(Path(data_dir)),
        settings,
        views=views,
        tools=tools,
        prompt_card_factory=prompt_card,
        kdf_helper=True,  # as launch_app does
    )
    controller.start()
    QTimer.singleShot(0, collection.window_shown)
    QCoreApplication.processEvents()
    started_mib = _status("VmRSS")
    for _ in range(40):  # let the heavy imports finish while "the person types"
        QCoreApplication.processEvents()
        time.sleep(0.05)
    typed_mib = _status("VmRSS")
    loop = QEventLoop()
    controller.unlocked.connect(loop.quit)
    window = controller.unlock_window
    window.field.setText(passphrase)
    QTimer.singleShot(0, window.unlock_button.click)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    main_window = controller.main_window
    unlocked_hwm, unlocked_rss = _status("VmHWM"), _status("VmRSS")
    for _ in range(600):  # the automatic backup on unlock, in the background
        QCoreApplication.processEvents()
        backups = controller.backup_flow.backups
        if backups is None or not backups.is_running:
            break
        time.sleep(0.05)
    after_backup_mib = _status("VmRSS")  # with `unlocked_rss_mib`: what the backup left resident
    tabs = main_window.tabs
    summaries_ms = float("nan")
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        page = tabs.currentWidget()
        review = getattr(page, "summaries", None)
        if review is not None:
            page.select_range(RangeKind.EVERYTHING)
            for sub in range(page.tabs.count()):
                if page.tabs.widget(sub) is page.summaries:
                    begun = time.perf_counter()
                    page.tabs.setCurrentIndex(sub)
                    page.grab()
                    summaries_ms = (time.perf_counter() - begun) * 1000
                else:
                    page.tabs.setCurrentIndex(sub)
                    page.grab()
        main_window.grab()
    QCoreApplication.processEvents()
    import linecache

    cached = [v for v in linecache.cache.values() if isinstance(v, tuple) and len(v) > 2]
    print(
        json.dumps(
            {
                "linecache_files": len(cached),
                "linecache_mib": sum(sum(map(len, v[2])) for v in cached) / 2**20,
                "vmhwm_mib": _status("VmHWM"),
                "vmrss_mib": _status("VmRSS"),
                "unlock_window_rss_mib": started_mib,
                "before_unlock_rss_mib": typed_mib,
                "peak_by_unlock_mib": unlocked_hwm,
                "unlocked_rss_mib": unlocked_rss,
                "after_backup_rss_mib": after_backup_mib,
                "summaries_first_paint_ms": summaries_ms,
            }
        ),
        flush=True,
    )
    controller.shutdown()
    del app


if __name__ == "__main__":
    main(*sys.argv[1:4])
