"""The key date editor offers gentle prompts for a "Something else" date, and only for one."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.ui.key_dates_dialog import KeyDateEditor

TODAY = dt.date(2026, 11, 24)


def test_the_gentle_choice_shows_for_something_else_and_is_saved(qtbot) -> None:
    editor = KeyDateEditor(None, TODAY)
    qtbot.addWidget(editor)
    assert editor.gentle_prompts.isHidden() and not editor.gentle_prompts.isChecked()
    editor.kind.setCurrentIndex(editor.kind.findData("other"))
    assert not editor.gentle_prompts.isHidden()
    editor.gentle_prompts.setChecked(True)
    assert editor.key_date().gentle_prompts
    editor.kind.setCurrentIndex(editor.kind.findData("loss"))
    assert editor.gentle_prompts.isHidden()
    assert not editor.key_date().gentle_prompts, "a loss gets gentle prompts anyway; the flag stays off"


def test_an_existing_marked_date_opens_ticked(qtbot) -> None:
    marked = KeyDate("x" * 32, KeyDateKind.OTHER, TODAY, "the funeral", gentle_prompts=True)
    editor = KeyDateEditor(marked, TODAY)
    qtbot.addWidget(editor)
    assert editor.gentle_prompts.isChecked() and editor.key_date() == marked
