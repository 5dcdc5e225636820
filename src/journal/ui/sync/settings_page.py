"""Settings → "Use on more than one computer": choose the folder your sync tool shares, see how it is
going, and stop syncing on this computer (asked once; the service and `core/sync/stopping.py` do it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from journal.core.sync.status import sync_status
from journal.ui.file_dialog_privacy import forget_file_dialog_history

if TYPE_CHECKING:
    from journal.core.journal import Journal
    from journal.core.sync.rounds import RoundReport
    from journal.ui.sync.service import SyncService


class SyncSettingsPage(QWidget):
    """Shows the sync folder and status; choosing a folder runs a round at once through the service."""

    def __init__(self, journal: Journal, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._service = service
        self.ask_folder: Callable[[], Path | None] = self._ask_folder
        self.confirm_stop: Callable[[], bool] = self._confirm_stop
        intro = QLabel(
            self.tr("To use this journal on another computer too, choose a folder that Syncthing, Nextcloud, "
                    "Dropbox or a USB stick already carries between them. Only encrypted changes go there; the "
                    "journal itself stays here, and the app never sends anything itself. On the other computer, "
                    "choose the same folder and unlock with your passphrase or recovery key.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Sync folder"))
        self.choose = QPushButton(self.tr("Choose folder…"))
        self.choose.setAccessibleName(self.tr("Choose the sync folder"))
        self.sync_now = QPushButton(self.tr("Sync now"))
        self.stop_button = QPushButton(self.tr("Stop syncing…"))
        self.stop_button.setAccessibleName(self.tr("Stop syncing on this computer"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sync status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.sync_now)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.choose.clicked.connect(self._choose)
        self.sync_now.clicked.connect(lambda: self._service.sync_now())
        self.stop_button.clicked.connect(self._stop)
        service.round_done.connect(self._round_done)
        service.round_failed.connect(self._round_failed)
        service.stopped.connect(self._stopped)
        service.stop_failed.connect(self._round_failed)
        self.refresh()

    def _ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder your sync tool shares"))
        forget_file_dialog_history()
        return Path(chosen) if chosen else None

    def _choose(self) -> None:
        folder = self.ask_folder()
        if folder is None:
            return
        self.status.setText(self.tr("Syncing…"))
        self._service.use_folder(folder)

    def _confirm_stop(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop syncing on this computer?"))
        box.setText(self.tr("Stop syncing on this computer?"))
        box.setInformativeText(
            self.tr("This computer will stop sending its changes to the sync folder and stop reading changes "
                    "from your other computers. Nothing in your journal is removed.\n\n"
                    "The files already in the folder stay where they are. They are encrypted; you can delete "
                    "them if you want to. You can choose a folder again at any time.")
        )  # fmt: skip
        stop = box.addButton(self.tr("Stop syncing"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep syncing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def _stop(self) -> None:
        if not self.confirm_stop():
            return
        for button in (self.choose, self.sync_now, self.stop_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Stopping…"))
        self._service.stop_syncing()

    def _stopped(self) -> None:
        self.refresh()
        self.status.setText(
            self.tr("This computer has stopped syncing. Your journal is all here, and you can choose a folder "
                    "again at any time.")
        )  # fmt: skip

    def refresh(self) -> None:
        status = sync_status(self._journal)
        self.choose.setEnabled(True)
        self.sync_now.setEnabled(status.folder is not None)
        self.stop_button.setVisible(status.folder is not None)
        self.stop_button.setEnabled(status.folder is not None)
        if status.folder is None:
            self.folder_label.setText(self.tr("Not synced with another computer."))
            self.status.setText("")
            return
        self.folder_label.setText(self.tr("Sync folder: %1").replace("%1", str(status.folder)))
        if not status.folder_reachable:
            self.status.setText(self.tr("The folder can't be reached just now (is the disk connected?). "
                                        "Your journal is safe here; it syncs when the folder is back."))  # fmt: skip
            return
        last = status.last_round.astimezone().strftime("%H:%M") if status.last_round else self.tr("not yet")
        lines = [
            self.tr("Last synced: %1").replace("%1", last),
            self.tr("Other computers sharing this journal: %1").replace("%1", str(status.other_computers)),
        ]
        if status.unsent:
            lines.append(self.tr("Changes made here waiting to go out: %1").replace("%1", str(status.unsent)))
        self.status.setText("\n".join(lines))

    def _round_done(self, report: RoundReport) -> None:
        self.refresh()
        days = report.brought_in.get("day", 0)
        others = sum(report.brought_in.values()) - days
        extra = []
        if days or others:
            extra.append(self.tr("Came in: %n day(s)", "", days) + (self.tr(" and other changes") if others else ""))
        if report.keys_taken:
            extra.append(self.tr("Your passphrase was changed on another computer; it applies here now."))
        if report.waiting:
            extra.append(self.tr("Some changes from another computer haven't fully arrived yet."))
        if report.problems:
            extra.append(self.tr("Some files in the folder couldn't be used; everything else was synced."))
        if extra:
            self.status.setText(self.status.text() + "\n" + "\n".join(extra))

    def _round_failed(self, message: str) -> None:
        self.refresh()
        self.status.setText(message)
