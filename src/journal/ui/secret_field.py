"""A passphrase field whose characters never reach the accessibility bus, nor anything else outside it.

Qt's `QLineEdit` in password mode shows bullets but still puts every typed character into its
accessibility "text inserted" events, which any program on the session bus can read (Orca spoke
them aloud). So while the text is hidden this field keeps the secret in Python and gives the line
edit only placeholder characters: what Qt shows, announces and reports is one bullet per character.
Typing, Backspace/Delete, selecting, pasting (keys or the menu) and input methods all work. When
the person chooses to show what they type, the line edit holds the real text, as it is on screen.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:  # the event classes would build `QEvent` and its enums before the unlock window shows
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent, QKeyEvent

MASK = "•"


@functools.cache
def _command_keys() -> Qt.KeyboardModifier:
    """Ctrl, Alt and Meta; built on the first key press, since Qt's enums cost start-up time."""
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


class SecretLineEdit(QLineEdit):
    """`text()` and `setText()` carry the real secret; the widget itself holds only `MASK` while hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secret = ""
        self._before_edit: tuple[int, int, int] | None = None  # selection start, end and cursor before Qt edits
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAcceptDrops(False)  # a drop would go straight into Qt's text, and its events
        self.textChanged.connect(self._follow_qt_edit)  # first connection: runs before anyone reads text()

    # -- the secret, for our own code ----------------------------------------------------------

    def text(self) -> str:
        return self._secret if self._masked() else super().text()

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._secret = text
        super().setText(MASK * len(text) if self._masked() else text)

    def clear(self) -> None:
        self.setText("")

    def setEchoMode(self, mode: QLineEdit.EchoMode) -> None:
        secret = self.text() if hasattr(self, "_secret") else ""
        super().setEchoMode(mode)
        self.setText(secret)

    def _masked(self) -> bool:
        return self.echoMode() != QLineEdit.EchoMode.Normal

    # -- editing while hidden -------------------------------------------------------------------

    def _selection(self) -> tuple[int, int]:
        if self.hasSelectedText():
            start = self.selectionStart()
            return start, start + len(super().selectedText())
        return self.cursorPosition(), self.cursorPosition()

    def _replace_selection(self, typed: str) -> None:
        start, end = self._selection()
        self._secret = self._secret[:start] + typed + self._secret[end:]
        super().insert(MASK * len(typed))  # replaces the selection and moves the cursor, as typing does

    def insert(self, text: str) -> None:
        if self._masked():
            self._replace_selection(text)
        else:
            super().insert(text)

    def paste(self) -> None:
        if not self._masked():
            super().paste()
            return
        pasted = QGuiApplication.clipboard().text().replace("\r", "").replace("\n", "")
        if pasted and not self.isReadOnly():
            self._replace_selection(pasted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._masked():
            super().keyPressEvent(event)
            return
        from PySide6.QtGui import QKeySequence  # on the first key press, not before the window shows

        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
            event.accept()  # Qt's undo would bring back placeholders without the secret behind them
            return
        typed = event.text()
        if typed and typed.isprintable() and not event.modifiers() & _command_keys():
            if not self.isReadOnly():
                self._replace_selection(typed)
            event.accept()
            return
        self._let_qt_edit(lambda: super(SecretLineEdit, self).keyPressEvent(event))

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self._masked() and event.commitString():
            self._replace_selection(event.commitString())
            event.accept()
            return
        super().inputMethodEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        if self._masked():
            for action in menu.actions():
                name = action.objectName()
                if name == "edit-paste":
                    action.triggered.disconnect()
                    action.triggered.connect(lambda _checked=False: self.paste())
                elif name in ("edit-undo", "edit-redo"):
                    action.setEnabled(False)
                elif name == "edit-delete":
                    action.triggered.disconnect()
                    action.triggered.connect(lambda _checked=False: self._let_qt_edit(self.del_))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _let_qt_edit(self, edit: Callable[[], None]) -> None:
        """Let Qt do a deleting or moving key (Backspace, Delete, arrows…); `_follow_qt_edit` drops the same here."""
        start, end = self._selection()
        self._before_edit = (start, end, self.cursorPosition())
        try:
            edit()
        finally:
            self._before_edit = None

    def _follow_qt_edit(self, shown: str) -> None:
        if not self._masked() or (len(shown) == len(self._secret) and set(shown) <= {MASK}):
            return  # our own edit, already in the secret
        if not set(shown) <= {MASK}:
            self._adopt(shown)
            return
        removed = len(self._secret) - len(shown)
        start, end, cursor = self._before_edit or (self.cursorPosition(), self.cursorPosition(), self.cursorPosition())
        if removed <= 0:
            return
        if end - start == removed:
            first = start
        elif self.cursorPosition() < cursor:
            first = self.cursorPosition()
        else:
            first = cursor
        self._secret = self._secret[:first] + self._secret[first + removed :]

    def _adopt(self, shown: str) -> None:
        """Text put in by another program (an assistive tool's "set text"): keep it as the secret, show bullets."""
        real = [index for index, character in enumerate(shown) if character != MASK]
        first, last = real[0], real[-1]
        kept_after = len(shown) - last - 1
        if first + kept_after <= len(self._secret):
            tail = self._secret[len(self._secret) - kept_after :] if kept_after else ""
            self._secret = self._secret[:first] + shown[first : last + 1] + tail
        else:
            self._secret = shown.replace(MASK, "")
        cursor = last + 1
        super().setText(MASK * len(self._secret))
        self.setCursorPosition(cursor)
