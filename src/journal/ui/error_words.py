"""The app's words for core's errors: each error worded once, here, through translation.

Core raises typed errors with the facts as fields (which format a journal has, which secret failed);
the app says them in the person's language. An error this module has no words for yet is shown by
core's own sentence, which names what failed and never what was written; anything that is not the
app's own error is never worded by its message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def error_text(error: Exception, fallback: str | None = None) -> str:
    """The sentence for what the journal refused (the app's words where it has them, translatable).

    Errors that are not the app's own are never worded by their message: `fallback` is said instead.
    """
    from journal.core.errors import JournalError, JournalInUseError, JournalLockedError, JournalTooNewError

    if isinstance(error, JournalTooNewError):
        return QCoreApplication.translate(
            "ErrorWords",
            "This journal was written by a newer version of the app (format {0}; this version reads up to {1}). "
            "Please update the app; the journal was not changed.",
        ).format(error.found, error.supported)
    if isinstance(error, JournalInUseError):
        return QCoreApplication.translate(
            "ErrorWords", "This journal is open in another window or command. Close that one first."
        )
    if isinstance(error, JournalLockedError):
        return QCoreApplication.translate("ErrorWords", "The journal is locked.")
    if isinstance(error, JournalError):
        return str(error)  # core's own sentence: it names what failed, never what was written
    if fallback is not None:
        return fallback
    return QCoreApplication.translate("ErrorWords", "The journal could not be saved. What you typed is still here.")
