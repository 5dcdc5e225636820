"""No network, ever, in the app: its main flows run under the audit hook of tests/network_guard.py.

First run, lock and unlock, Today (a saved day), Looking back and the Library, a CSV and a PDF
export, and a backup: no socket is connected or bound outside AF_UNIX and no name is looked up.
"""

from __future__ import annotations

from helpers.app_window import TODAY, unlock
from journal.ui.background import wait_for_background
from journal.ui.first_run.window import RECOVERY
from network_guard import no_network

NEW_PASSPHRASE = "lantern meadow quietly folding"


def test_the_main_flows_never_reach_a_network(qtbot, make_controller, data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from journal.ui.backup.actions import BackupActions
    from journal.ui.exchange.export_dialog import ExportDialog

    with no_network() as attempts:
        controller = make_controller()
        window = controller.start()
        qtbot.addWidget(window)
        window.next_button.click()
        window.passphrase.fields.first.setText(NEW_PASSPHRASE)
        window.passphrase.fields.second.setText(NEW_PASSPHRASE)
        window.next_button.click()
        qtbot.waitUntil(lambda: window.step == RECOVERY, timeout=10_000)
        window.confirm_skip_recovery_key = lambda: True  # the question is tested on its own (first run tests)
        window.skip_button.click()
        with qtbot.waitSignal(controller.unlocked):
            window.skip_button.click()

        controller.lock()
        unlock(qtbot, controller, NEW_PASSPHRASE)
        main = controller.main_window
        assert main.save_everything()
        for index in range(main.tabs.count()):  # Today, Looking back, the Library
            main.tabs.setCurrentIndex(index)
            qtbot.wait(50)

        journal = controller.journal
        for suffix, choice in ((".csv", "csv"), (".pdf", None)):
            dialog = ExportDialog(journal, TODAY)
            qtbot.addWidget(dialog)
            target = tmp_path / f"export{suffix}"
            dialog.ask_target = lambda _suffix, _filter, target=target: target
            dialog.format.setCurrentIndex(dialog.format.findData(choice) if choice else 0)
            with qtbot.waitSignal(dialog.exported, timeout=30_000):
                dialog.export_button.click()

        actions = BackupActions(journal, main)
        actions.ask_target = lambda _suggested: tmp_path / "backup.rjbackup"
        with qtbot.waitSignal(actions.backed_up, timeout=30_000):
            actions.back_up_now()
        wait_for_background()
    assert attempts == []
    assert (tmp_path / "export.csv").exists() and (tmp_path / "export.pdf").exists()
    assert (tmp_path / "backup.rjbackup").exists()
