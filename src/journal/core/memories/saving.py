"""Writing an attachment's original bytes out, on request: the one way its plaintext leaves the journal."""

from __future__ import annotations

import os
from pathlib import Path

from journal.core.journal import Journal
from journal.core.private_files import OutputProblem, OutputRefusedError, write_private


def check_copy_target(journal: Journal, target: Path, *, replace: bool, field: str = "-o") -> Path:
    """The target, if a copy may go there: never into the journal's folder, never over a file unasked."""
    path = target.expanduser()
    if os.path.isdir(path):
        raise OutputRefusedError(field, OutputProblem.FOLDER)
    if Path(os.path.realpath(path)).parent == Path(os.path.realpath(journal.files.data_dir)):
        raise OutputRefusedError(field, OutputProblem.IN_DATA_FOLDER)
    if os.path.lexists(path) and not replace:
        raise OutputRefusedError(field, OutputProblem.EXISTS)
    return path


def save_copy(journal: Journal, attachment_id: str, target: Path, *, replace: bool, field: str = "-o") -> Path:
    """Write the original file (not encrypted) to `target` in one step; returns where it went."""
    path = check_copy_target(journal, target, replace=replace, field=field)
    with journal.transaction() as session:
        data = journal.memories.read_content(session, attachment_id)
    return write_private(path, data, replace=replace, field=field, protected=[journal.files.data_dir])
