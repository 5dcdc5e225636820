"""The app's own words for a file it will not write (core's `OutputRefusedError`), translatable.

Core names the problem; the command line words it for a terminal ("add --force"), and this module
for the app, where a save dialog, not an option, is how a person agrees to replace a file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.core.private_files import OutputProblem, OutputRefusedError


def output_refusal_text(error: OutputRefusedError) -> str:
    if error.problem is OutputProblem.IN_DATA_FOLDER:
        return QCoreApplication.translate(
            "OutputRefusal",
            "That folder is the journal's own, where nothing else is ever written. Choose another place.",
        )
    if error.problem is OutputProblem.EXISTS:
        return QCoreApplication.translate(
            "OutputRefusal", "A file of that name is already there and was left as it is. Choose a new name."
        )
    if error.problem in (OutputProblem.FOLDER, OutputProblem.EMPTY):
        return QCoreApplication.translate("OutputRefusal", "That is a folder, not a file name. Choose a file name.")
    if error.problem is OutputProblem.NOT_REGULAR:
        return QCoreApplication.translate(
            "OutputRefusal", "That is not an ordinary file, so it was not replaced. Choose a new name."
        )
    return QCoreApplication.translate("OutputRefusal", "That file is the one being read. Choose another name.")


def failure_text(error: Exception, fallback: str) -> str:
    """The sentence for a failed write: the app's words for a refusal, core's for the rest, else `fallback`."""
    from journal.core.errors import JournalError

    if isinstance(error, OutputRefusedError):
        return output_refusal_text(error)
    return str(error) if isinstance(error, JournalError) else fallback
