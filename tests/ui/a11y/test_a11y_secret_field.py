"""The passphrase field keeps the secret out of Qt's own text (and so out of accessibility events), yet edits normally.

Qt builds its "text inserted/removed/updated" accessibility events from the line edit's own text,
so the check here is that Qt's text is only bullets while the secret is hidden.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from journal.ui.secret_field import MASK, SecretLineEdit


def qt_text(field: QLineEdit) -> str:
    return QLineEdit.text(field)  # the C++ text that accessibility events are made from


@pytest.fixture
def field(qtbot):
    widget = SecretLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typed_characters_stay_out_of_qt_text(qtbot, field):
    qtbot.keyClicks(field, "Tr0ub4dor&3 x")
    assert field.text() == "Tr0ub4dor&3 x"
    assert qt_text(field) == MASK * 13
    assert field.displayText() != "Tr0ub4dor&3 x"


def test_backspace_delete_and_editing_in_the_middle(qtbot, field):
    qtbot.keyClicks(field, "abcdef")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "abcde"
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_Right)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "acde"
    qtbot.keyClicks(field, "XY")
    assert field.text() == "aXYcde"
    qtbot.keyClick(field, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "cde"  # Qt treats bullets as one word: Ctrl+Backspace clears to the start
    assert qt_text(field) == MASK * 3


def test_selection_is_replaced_by_typing_and_removed_by_delete(qtbot, field):
    qtbot.keyClicks(field, "secret")
    field.selectAll()
    qtbot.keyClicks(field, "new")
    assert field.text() == "new"
    field.setSelection(1, 2)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "n"


def test_paste_goes_into_the_secret_not_qt_text(qtbot, field):
    QGuiApplication.clipboard().setText("pasted words\n")
    qtbot.keyClicks(field, "a")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "apasted words"
    assert set(qt_text(field)) == {MASK}


def test_undo_cannot_bring_back_placeholders(qtbot, field):
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "abc"
    assert qt_text(field) == MASK * 3


def test_text_signals_see_the_updated_secret(qtbot, field):
    seen: list[str] = []
    field.textChanged.connect(lambda _shown: seen.append(field.text()))
    qtbot.keyClicks(field, "ab")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert seen == ["a", "ab", "a"]


def test_text_set_by_another_program_is_adopted_and_masked(field):
    field.setText("abc")
    QLineEdit.setText(field, MASK + "ZZ" + MASK * 2)  # an assistive tool inserting "ZZ" after the first bullet
    assert field.text() == "aZZbc"
    assert qt_text(field) == MASK * 5


def test_showing_the_text_puts_it_on_screen_and_hiding_masks_it_again(qtbot, field):
    qtbot.keyClicks(field, "abc")
    field.setEchoMode(QLineEdit.EchoMode.Normal)
    assert qt_text(field) == "abc"
    qtbot.keyClicks(field, "d")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    assert field.text() == "abcd"
    assert qt_text(field) == MASK * 4
