"""The app's words for core's errors: each error worded once, here, through translation.

Core raises typed errors with the facts as fields, never a sentence: a storage refusal or a damaged
file as a problem and a file kind (`StorageError`, `JournalDamagedError`), which format a journal
has, which secret failed, why an output file is refused. The app says them in the person's language.
A value that cannot be used (`BadInputError`) is an `InputProblem` with its facts (a count, a size,
a file type), worded here as a whole sentence without the field's internal name.
The command line words the same errors in `cli/error_sentences.py`; a test keeps the two in step.
Anything that is not the app's own error is never worded by its message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.core.backup.backup_file_errors import BackupTooNewError, BackupWrongSecretError
from journal.core.errors import (
    BadInputError,
    Damage,
    FileKind,
    InputProblem,
    JournalDamagedError,
    JournalError,
    JournalExistsError,
    JournalInUseError,
    JournalLockedError,
    JournalMissingError,
    JournalTamperedError,
    JournalTooNewError,
    StorageError,
    StorageProblem,
    WrongSecretError,
)
from journal.core.private_files import OutputProblem, OutputRefusedError


def error_text(error: Exception, fallback: str | None = None) -> str:
    """The sentence for what the journal refused (the app's words, translatable).

    Errors that are not the app's own are never worded by their message: `fallback` is said instead.
    """
    if isinstance(error, StorageError):
        return storage_words().get((error.kind, error.problem)) or storage_problem_words()[error.problem]
    if isinstance(error, JournalDamagedError):
        return damage_words().get((error.kind, error.problem)) or damage_problem_words()[error.problem]
    if isinstance(error, OutputRefusedError):
        return output_refusal_text(error)
    if isinstance(error, WrongSecretError):
        return _wrong_secret_text(error)
    if isinstance(error, JournalTooNewError):
        return _too_new_text(error)
    if isinstance(error, BadInputError):
        return input_text(error)
    if isinstance(error, JournalError):
        fixed = _fixed_text(error)
        if fixed is not None:
            return fixed
    if fallback is not None:
        return fallback
    return QCoreApplication.translate("ErrorWords", "The journal could not be saved. What you typed is still here.")


def input_text(error: BadInputError) -> str:
    """The sentence for a value, file or folder that cannot be used, with the error's facts filled in."""
    limit = error.limit or 0
    size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
    return input_words()[error.problem].format(error.count or 0, size, error.media_type or "")


def input_words() -> dict[InputProblem, str]:
    """The app's sentence for each InputProblem; {0} is a count of problems, {1} a size, {2} a file type."""
    return {
        InputProblem.EMPTY: QCoreApplication.translate("ErrorWords", "This cannot be empty. Nothing was changed."),
        InputProblem.BAD_OPTION: QCoreApplication.translate("ErrorWords", "That cannot be used. Nothing was changed."),
        InputProblem.RECOVERY_KEY_SHAPE: QCoreApplication.translate(
            "ErrorWords", "A recovery key has 52 letters and digits in 13 groups. Check it and try again."
        ),
        InputProblem.RECOVERY_KEY_TYPO: QCoreApplication.translate(
            "ErrorWords", "One of the recovery key's characters is not right. Check each group and try again."
        ),
        InputProblem.IMPORT_HAS_PROBLEMS: QCoreApplication.translate(
            "ErrorWords", "The file has problems ({0} in all), so nothing was imported."
        ),
        InputProblem.MOOD_MAP_FORMAT: QCoreApplication.translate(
            "ErrorWords", "Each mood needs a number from 1 (very low) to 5 (good), such as meh=3. Nothing was imported."
        ),
        InputProblem.NO_SUCH_VERSION: QCoreApplication.translate(
            "ErrorWords", "That version is not in this record's history. Nothing was changed."
        ),
        InputProblem.ANOTHER_JOURNAL: QCoreApplication.translate(
            "ErrorWords",
            "That file belongs to another journal, so nothing was merged. Only a backup or copy of this journal "
            "can be merged in.",
        ),
        InputProblem.NOT_A_JOURNAL_OR_BACKUP: QCoreApplication.translate(
            "ErrorWords", "That file is neither a backup nor a journal file, so nothing was merged."
        ),
        InputProblem.NO_SUCH_FOLDER: QCoreApplication.translate(
            "ErrorWords", "There is no folder with that name. Nothing was changed."
        ),
        InputProblem.NOTHING_SHARED_YET: QCoreApplication.translate(
            "ErrorWords", "No journal is shared in that folder yet. Sync from the first computer first."
        ),
        InputProblem.SYNC_IN_JOURNAL_FOLDER: QCoreApplication.translate(
            "ErrorWords", "That is a journal's own folder. Choose the folder your sync tool shares."
        ),
        InputProblem.IS_JOURNAL_FOLDER: QCoreApplication.translate(
            "ErrorWords", "That folder is the journal's own, where nothing else is ever written. Choose another place."
        ),
        InputProblem.FOLDER_NOT_EMPTY: QCoreApplication.translate(
            "ErrorWords", "That folder already holds files. Choose a new or empty folder."
        ),
        InputProblem.FOLDER_CANNOT_BE_MADE: QCoreApplication.translate(
            "ErrorWords", "The folder cannot be made there. Choose another place."
        ),
        InputProblem.NOT_AN_EXPORT: QCoreApplication.translate(
            "ErrorWords", "That folder holds no readable journal.json. Choose a folder this app exported."
        ),
        InputProblem.EXPORT_HAS_PROBLEMS: QCoreApplication.translate(
            "ErrorWords", "The folder's journal.json has problems ({0} in all), so nothing was imported."
        ),
        InputProblem.NOT_A_LIST: QCoreApplication.translate(
            "ErrorWords", "The folder's journal.json was not written by this app, so nothing was imported."
        ),
        InputProblem.BAD_RECORD: QCoreApplication.translate(
            "ErrorWords", "Part of the folder's journal.json is not in the form this app exports. Nothing was imported."
        ),
        InputProblem.ATTACHMENT_OUTSIDE_FOLDER: QCoreApplication.translate(
            "ErrorWords",
            "A picture or letter in the export is not in the attachments folder beside journal.json. "
            "Nothing was imported.",
        ),
        InputProblem.ATTACHMENT_FILE_MISSING: QCoreApplication.translate(
            "ErrorWords", "A picture or letter in the export is missing or cannot be read. Nothing was imported."
        ),
        InputProblem.ATTACHMENT_FILE_CHANGED: QCoreApplication.translate(
            "ErrorWords", "A picture or letter in the export was changed since the export. Nothing was imported."
        ),
        InputProblem.ATTACHMENT_TOO_LARGE: QCoreApplication.translate(
            "ErrorWords", "That file is larger than 25 MB. Attach a smaller copy; nothing was added."
        ),
        InputProblem.ATTACHMENT_UNREADABLE: QCoreApplication.translate(
            "ErrorWords", "That file cannot be read, or is larger than 25 MB. Nothing was added."
        ),
        InputProblem.EMPTY_FILE: QCoreApplication.translate("ErrorWords", "That file is empty. Nothing was added."),
        InputProblem.NOT_SUPPORTED_TYPE: QCoreApplication.translate(
            "ErrorWords", "That file is not a PNG, JPEG or WebP picture or a PDF. Nothing was added."
        ),
        InputProblem.BROKEN_STRUCTURE: QCoreApplication.translate(
            "ErrorWords", "That file looks like a {2}, but its structure is broken. Nothing was added."
        ),
        InputProblem.HOLDS_NO_PICTURE: QCoreApplication.translate(
            "ErrorWords", "That file looks like a {2}, but it holds no picture. Nothing was added."
        ),
        InputProblem.INCOMPLETE_FILE: QCoreApplication.translate(
            "ErrorWords", "That file looks like a {2}, but it is incomplete. Nothing was added."
        ),
        InputProblem.NO_SUCH_ATTACHMENT: QCoreApplication.translate(
            "ErrorWords", "That picture or letter is no longer in the journal. Nothing was changed."
        ),
        InputProblem.OWNER_NEEDS_ID: QCoreApplication.translate(
            "ErrorWords", "The key date or memory page for this was not found. Nothing was added."
        ),
        InputProblem.PHOTO_DETAILS_UNREADABLE: QCoreApplication.translate(
            "ErrorWords", "That picture's photo details cannot be read, so it was not added."
        ),
        InputProblem.FILE_TOO_LARGE: QCoreApplication.translate(
            "ErrorWords", "That file is larger than {1}, more than any file of this kind. Nothing was changed."
        ),
        InputProblem.NOT_A_FILE: QCoreApplication.translate(
            "ErrorWords", "That is not a file (a device or a pipe). Nothing was changed."
        ),
        InputProblem.NO_SUCH_FILE: QCoreApplication.translate(
            "ErrorWords", "There is no file with that name. Nothing was changed."
        ),
        InputProblem.IS_FOLDER: QCoreApplication.translate(
            "ErrorWords", "That is a folder, not a file. Nothing was changed."
        ),
        InputProblem.NO_PERMISSION: QCoreApplication.translate(
            "ErrorWords", "The file cannot be read (no permission). Nothing was changed."
        ),
        InputProblem.CANNOT_READ: QCoreApplication.translate(
            "ErrorWords", "The file cannot be read. Nothing was changed."
        ),
        InputProblem.NOT_UTF8: QCoreApplication.translate(
            "ErrorWords", "The file is not UTF-8 text. Nothing was changed."
        ),
    }


def _wrong_secret_text(error: WrongSecretError) -> str:
    if isinstance(error, BackupWrongSecretError):
        if error.is_recovery_key:
            return QCoreApplication.translate(
                "ErrorWords",
                "That recovery key does not open this backup. A backup opens with the passphrase or recovery key "
                "the journal had when the backup was made. Nothing was changed.",
            )
        return QCoreApplication.translate(
            "ErrorWords",
            "That passphrase does not open this backup. A backup opens with the passphrase or recovery key "
            "the journal had when the backup was made. Nothing was changed.",
        )
    if error.is_recovery_key:
        return QCoreApplication.translate(
            "ErrorWords", "That recovery key does not open this journal. Nothing was changed."
        )
    return QCoreApplication.translate("ErrorWords", "That passphrase does not open this journal. Nothing was changed.")


def _too_new_text(error: JournalTooNewError) -> str:
    if isinstance(error, BackupTooNewError):
        return QCoreApplication.translate(
            "ErrorWords",
            "This backup was made by a newer version of the app (format {0}; this version reads up to {1}). "
            "Please update the app to open it. Nothing was changed.",
        ).format(error.found, error.supported)
    return QCoreApplication.translate(
        "ErrorWords",
        "This journal was written by a newer version of the app (format {0}; this version reads up to {1}). "
        "Please update the app; the journal was not changed.",
    ).format(error.found, error.supported)


def _fixed_text(error: Exception) -> str | None:
    """The words for an error whose class says everything (no fields), or None."""
    if isinstance(error, JournalInUseError):
        return QCoreApplication.translate(
            "ErrorWords", "This journal is open in another window or command. Close that one first."
        )
    if isinstance(error, JournalLockedError):
        return QCoreApplication.translate("ErrorWords", "The journal is locked.")
    if isinstance(error, JournalMissingError):
        return QCoreApplication.translate("ErrorWords", "There is no journal in this folder yet. Nothing was changed.")
    if isinstance(error, JournalExistsError):
        return QCoreApplication.translate(
            "ErrorWords", "A journal already exists in this folder; it was left as it is."
        )
    if isinstance(error, JournalTamperedError):
        return QCoreApplication.translate(
            "ErrorWords",
            "Parts of this journal were changed or removed outside the app, so nothing new is saved until you "
            "decide to keep the journal as it is now. Nothing was changed.",
        )
    return None


def output_refusal_text(error: OutputRefusedError) -> str:
    """Why a file will not be written, for the app: a save dialog, not `--force`, is how a person
    agrees to replace a file (the command line says it with the option)."""
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


def storage_words() -> dict[tuple[FileKind, StorageProblem], str]:
    """The app's sentence for each storage refusal core raises, by file kind and problem."""
    return {
        (FileKind.JOURNAL, StorageProblem.DISK_FULL): QCoreApplication.translate(
            "ErrorWords", "The disk is full, so this was not saved. What you typed is still here."
        ),
        (FileKind.JOURNAL, StorageProblem.CANNOT_WRITE): QCoreApplication.translate(
            "ErrorWords", "The journal's folder cannot be written to, so nothing was written."
        ),
        (FileKind.JOURNAL, StorageProblem.FAILED): QCoreApplication.translate(
            "ErrorWords", "The journal could not be saved. What you typed is still here."
        ),
        (FileKind.JOURNAL, StorageProblem.READ_ONLY): QCoreApplication.translate(
            "ErrorWords", "This journal was opened for reading only, so nothing was saved."
        ),
        (FileKind.JOURNAL, StorageProblem.CHANGED_ELSEWHERE): QCoreApplication.translate(
            "ErrorWords",
            "This journal was changed by another window or command after it was "
            "opened here, so this was not saved. What you typed is still here; "
            "close this window and open the journal again.",
        ),
        (FileKind.JOURNAL_FOLDER, StorageProblem.NOT_A_FOLDER): QCoreApplication.translate(
            "ErrorWords", "That is a file, not a folder; choose the folder the journal is in."
        ),
        (FileKind.JOURNAL_FOLDER, StorageProblem.CANNOT_OPEN): QCoreApplication.translate(
            "ErrorWords", "The journal's folder cannot be opened (its name is too long, or no permission)."
        ),
        (FileKind.JOURNAL_FOLDER, StorageProblem.CANNOT_MAKE): QCoreApplication.translate(
            "ErrorWords", "The journal's folder cannot be made here; choose another folder."
        ),
        (FileKind.LOCK_FILE, StorageProblem.LINK): QCoreApplication.translate(
            "ErrorWords", "The journal's lock file is a link to somewhere else, so the journal was not opened."
        ),
        (FileKind.LOCK_FILE, StorageProblem.CANNOT_WRITE): QCoreApplication.translate(
            "ErrorWords", "The journal's folder cannot be opened for writing, so the journal was not opened."
        ),
        (FileKind.LOCK_FILE, StorageProblem.NOT_REGULAR): QCoreApplication.translate(
            "ErrorWords", "The journal's lock file is not a plain file, so the journal was not opened."
        ),
        (FileKind.KEY_SLOT, StorageProblem.NOT_VERIFIED): QCoreApplication.translate(
            "ErrorWords", "The new passphrase or recovery key could not be checked, so nothing was changed."
        ),
        (FileKind.KEY_SLOT, StorageProblem.STILL_IN_USE): QCoreApplication.translate(
            "ErrorWords",
            "The new passphrase or recovery key works, but the old one could not "
            "yet be wiped from the journal file because another program is reading "
            "it. Close it and change the passphrase again.",
        ),
        (FileKind.CHOSEN_FILE, StorageProblem.DISK_FULL): QCoreApplication.translate(
            "ErrorWords", "The disk is full, so the file was not written. Your journal was not changed."
        ),
        (FileKind.CHOSEN_FILE, StorageProblem.CANNOT_WRITE): QCoreApplication.translate(
            "ErrorWords",
            "The file's folder cannot be written to. Choose another place; your journal was not changed.",
        ),
        (FileKind.CHOSEN_FILE, StorageProblem.NOT_FOUND): QCoreApplication.translate(
            "ErrorWords",
            "The folder for the file does not exist. Choose another place; your journal was not changed.",
        ),
        (FileKind.CHOSEN_FILE, StorageProblem.IS_A_FOLDER): QCoreApplication.translate(
            "ErrorWords", "That is a folder. Choose a file name; your journal was not changed."
        ),
        (FileKind.CHOSEN_FILE, StorageProblem.NAME_TOO_LONG): QCoreApplication.translate(
            "ErrorWords", "That file name is too long. Choose a shorter one; your journal was not changed."
        ),
        (FileKind.CHOSEN_FILE, StorageProblem.FAILED): QCoreApplication.translate(
            "ErrorWords", "The file could not be written. Your journal was not changed."
        ),
        (FileKind.BACKUP_FILE, StorageProblem.DISK_FULL): QCoreApplication.translate(
            "ErrorWords", "The disk is full, so the backup was not written. Your journal was not changed."
        ),
        (FileKind.BACKUP_FILE, StorageProblem.CANNOT_WRITE): QCoreApplication.translate(
            "ErrorWords",
            "The backup's folder cannot be written to. Choose another place; your journal was not changed.",
        ),
        (FileKind.BACKUP_FILE, StorageProblem.NOT_FOUND): QCoreApplication.translate(
            "ErrorWords",
            "The folder for the backup does not exist. Choose another place; your journal was not changed.",
        ),
        (FileKind.BACKUP_FILE, StorageProblem.IS_A_FOLDER): QCoreApplication.translate(
            "ErrorWords", "That is a folder. Choose a file name for the backup; your journal was not changed."
        ),
        (FileKind.BACKUP_FILE, StorageProblem.NAME_TOO_LONG): QCoreApplication.translate(
            "ErrorWords", "That file name is too long. Choose a shorter one; your journal was not changed."
        ),
        (FileKind.BACKUP_FILE, StorageProblem.FAILED): QCoreApplication.translate(
            "ErrorWords", "The backup could not be written. Your journal was not changed."
        ),
        (FileKind.BACKUP_FILE, StorageProblem.CANNOT_READ): QCoreApplication.translate(
            "ErrorWords", "The journal could not be read for a backup. Nothing was changed."
        ),
        (FileKind.RESTORED_JOURNAL, StorageProblem.DISK_FULL): QCoreApplication.translate(
            "ErrorWords", "The disk is full, so the backup was not restored. Your current journal was left as it is."
        ),
        (FileKind.RESTORED_JOURNAL, StorageProblem.CANNOT_WRITE): QCoreApplication.translate(
            "ErrorWords",
            "The journal's folder cannot be written to, so the backup was not "
            "restored. Your current journal was left as it is.",
        ),
        (FileKind.RESTORED_JOURNAL, StorageProblem.NOT_VERIFIED): QCoreApplication.translate(
            "ErrorWords",
            "The restored journal could not be written correctly. Your current journal was left as it is.",
        ),
        (FileKind.RESTORED_JOURNAL, StorageProblem.FAILED): QCoreApplication.translate(
            "ErrorWords", "The backup could not be restored. Your current journal was left as it is."
        ),
        (FileKind.SYNC_FOLDER, StorageProblem.DISK_FULL): QCoreApplication.translate(
            "ErrorWords", "The sync folder's disk is full, so this computer's changes were not sent yet."
        ),
        (FileKind.SYNC_FOLDER, StorageProblem.CANNOT_WRITE): QCoreApplication.translate(
            "ErrorWords", "The sync folder cannot be written to, so this computer's changes were not sent yet."
        ),
        (FileKind.SYNC_FOLDER, StorageProblem.NOT_FOUND): QCoreApplication.translate(
            "ErrorWords", "The sync folder is not there (is the disk connected?)."
        ),
        (FileKind.SYNC_FOLDER, StorageProblem.FAILED): QCoreApplication.translate(
            "ErrorWords", "The sync folder could not be written to, so this computer's changes were not sent yet."
        ),
        (FileKind.SYNC_FOLDER, StorageProblem.CANNOT_READ): QCoreApplication.translate(
            "ErrorWords", "The sync folder cannot be read (is the disk connected?)."
        ),
        (FileKind.SYNC_DEVICE_FILE, StorageProblem.CANNOT_WRITE): QCoreApplication.translate(
            "ErrorWords", "The journal's folder cannot be written to, so nothing was synced."
        ),
    }


def storage_problem_words() -> dict[StorageProblem, str]:
    """A plain sentence for each storage problem, for a file kind that has no sentence of its own."""
    return {
        StorageProblem.DISK_FULL: QCoreApplication.translate(
            "ErrorWords", "The disk is full, so this was not written. Your journal was not changed."
        ),
        StorageProblem.CANNOT_WRITE: QCoreApplication.translate(
            "ErrorWords", "That folder cannot be written to, so nothing was written. Your journal was not changed."
        ),
        StorageProblem.CANNOT_READ: QCoreApplication.translate(
            "ErrorWords", "That folder cannot be read, so nothing was changed."
        ),
        StorageProblem.NOT_FOUND: QCoreApplication.translate(
            "ErrorWords", "That folder is not there, so nothing was written. Your journal was not changed."
        ),
        StorageProblem.IS_A_FOLDER: QCoreApplication.translate(
            "ErrorWords", "That is a folder. Choose a file name; nothing was changed."
        ),
        StorageProblem.NOT_A_FOLDER: QCoreApplication.translate(
            "ErrorWords", "That is a file, not a folder. Choose a folder; nothing was changed."
        ),
        StorageProblem.NAME_TOO_LONG: QCoreApplication.translate(
            "ErrorWords", "That name is too long. Choose a shorter one; nothing was changed."
        ),
        StorageProblem.CANNOT_OPEN: QCoreApplication.translate(
            "ErrorWords",
            "That folder cannot be opened (its name is too long, or no permission). Nothing was changed.",
        ),
        StorageProblem.CANNOT_MAKE: QCoreApplication.translate(
            "ErrorWords", "That folder cannot be made here; choose another folder. Nothing was changed."
        ),
        StorageProblem.LINK: QCoreApplication.translate(
            "ErrorWords", "That file is a link to somewhere else, so it was not used. Nothing was changed."
        ),
        StorageProblem.NOT_REGULAR: QCoreApplication.translate(
            "ErrorWords", "That is not an ordinary file, so it was not used. Nothing was changed."
        ),
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "ErrorWords", "This journal was opened for reading only, so nothing was saved."
        ),
        StorageProblem.NOT_VERIFIED: QCoreApplication.translate(
            "ErrorWords", "What was written could not be checked, so nothing was changed."
        ),
        StorageProblem.STILL_IN_USE: QCoreApplication.translate(
            "ErrorWords", "Another program is reading the journal file. Close it and try again; nothing was changed."
        ),
        StorageProblem.CHANGED_ELSEWHERE: QCoreApplication.translate(
            "ErrorWords",
            "This journal was changed by another window or command after it was "
            "opened here, so this was not saved. What you typed is still here; "
            "close this window and open the journal again.",
        ),
        StorageProblem.FAILED: QCoreApplication.translate(
            "ErrorWords", "This could not be written. Your journal was not changed."
        ),
    }


def damage_words() -> dict[tuple[FileKind, Damage], str]:
    """The app's sentence for each damaged file core names, by file kind and damage."""
    return {
        (FileKind.JOURNAL, Damage.DAMAGED): QCoreApplication.translate(
            "ErrorWords", "The journal file is damaged and cannot be read. It was left as it is."
        ),
        (FileKind.JOURNAL, Damage.TOO_COSTLY): QCoreApplication.translate(
            "ErrorWords",
            "The journal's key settings ask for more memory or time than this app "
            "ever uses, so it was not opened; the file was changed or damaged. It "
            "was left as it is.",
        ),
        (FileKind.JOURNAL, Damage.UNREADABLE_PARTS): QCoreApplication.translate(
            "ErrorWords", "Part of the journal could not be read, so no backup was made. Nothing was changed."
        ),
        (FileKind.COPY, Damage.DAMAGED): QCoreApplication.translate(
            "ErrorWords", "That file is damaged and cannot be read. Nothing was merged."
        ),
        (FileKind.BACKUP_FILE, Damage.NOT_A_BACKUP): QCoreApplication.translate(
            "ErrorWords", "This file is not a Recovery Journal backup. Nothing was changed."
        ),
        (FileKind.BACKUP_FILE, Damage.HOLDS_DAMAGED_JOURNAL): QCoreApplication.translate(
            "ErrorWords", "This backup holds a damaged journal, so it cannot be used. Nothing was changed."
        ),
        (FileKind.BACKUP_FILE, Damage.INCOMPLETE): QCoreApplication.translate(
            "ErrorWords", "This backup is incomplete, so it cannot be used. Nothing was changed."
        ),
        (FileKind.BACKUP_FILE, Damage.DAMAGED): QCoreApplication.translate(
            "ErrorWords", "This backup is damaged, so it cannot be used. Nothing was changed."
        ),
        (FileKind.BACKUP_FILE, Damage.DAMAGED_AT_START): QCoreApplication.translate(
            "ErrorWords", "This backup is damaged at the start, so it cannot be used. Nothing was changed."
        ),
        (FileKind.BACKUP_FILE, Damage.CUT_SHORT): QCoreApplication.translate(
            "ErrorWords", "This backup is incomplete (it was cut short), so it cannot be used. Nothing was changed."
        ),
        (FileKind.BACKUP_FILE, Damage.EXTRA_BYTES): QCoreApplication.translate(
            "ErrorWords", "This backup has extra bytes added at the end, so it cannot be used. Nothing was changed."
        ),
        (FileKind.BACKUP_FILE, Damage.CHANGED): QCoreApplication.translate(
            "ErrorWords",
            "This backup is damaged (part of it was changed), so it cannot be used. Nothing was changed.",
        ),
        (FileKind.BACKUP_FILE, Damage.TOO_LARGE): QCoreApplication.translate(
            "ErrorWords", "This backup is far larger than any journal, so it cannot be used. Nothing was changed."
        ),
        (FileKind.BACKUP_FILE, Damage.MISMATCH): QCoreApplication.translate(
            "ErrorWords",
            "This backup does not match the journal inside it, so it cannot be used. Nothing was changed.",
        ),
        (FileKind.BACKUP_FILE, Damage.NOT_READ_BACK): QCoreApplication.translate(
            "ErrorWords",
            "The backup could not be read back after writing, so it was removed. Your journal was not changed.",
        ),
        (FileKind.ATTACHMENT, Damage.CHANGED): QCoreApplication.translate(
            "ErrorWords",
            "This attachment is damaged (part of it was changed), so it cannot be "
            "shown. The rest of the journal is fine.",
        ),
        (FileKind.ATTACHMENT, Damage.OUT_OF_ORDER): QCoreApplication.translate(
            "ErrorWords",
            "This attachment is damaged (its parts were swapped or moved), so it "
            "cannot be shown. The rest of the journal is fine.",
        ),
        (FileKind.ATTACHMENT, Damage.CUT_SHORT): QCoreApplication.translate(
            "ErrorWords",
            "This attachment is damaged (it was cut short), so it cannot be shown. The rest of the journal is fine.",
        ),
        (FileKind.ATTACHMENT, Damage.LAST_MISSING): QCoreApplication.translate(
            "ErrorWords",
            "This attachment is damaged (its last part is missing), so it cannot be "
            "shown. The rest of the journal is fine.",
        ),
        (FileKind.ATTACHMENT, Damage.EXTRA_PARTS): QCoreApplication.translate(
            "ErrorWords",
            "This attachment is damaged (parts were added to it), so it cannot be "
            "shown. The rest of the journal is fine.",
        ),
    }


def damage_problem_words() -> dict[Damage, str]:
    """A plain sentence for each damage, for a file kind that has no sentence of its own."""
    return {
        Damage.DAMAGED: QCoreApplication.translate(
            "ErrorWords", "This file is damaged and cannot be read. It was left as it is."
        ),
        Damage.TOO_COSTLY: QCoreApplication.translate(
            "ErrorWords",
            "This file's key settings ask for more memory or time than this app "
            "ever uses, so it was not opened. It was left as it is.",
        ),
        Damage.UNREADABLE_PARTS: QCoreApplication.translate(
            "ErrorWords", "Part of this file could not be read. Nothing was changed."
        ),
        Damage.NOT_A_BACKUP: QCoreApplication.translate(
            "ErrorWords", "This file is not a Recovery Journal backup. Nothing was changed."
        ),
        Damage.HOLDS_DAMAGED_JOURNAL: QCoreApplication.translate(
            "ErrorWords", "This file holds a damaged journal, so it cannot be used. Nothing was changed."
        ),
        Damage.INCOMPLETE: QCoreApplication.translate(
            "ErrorWords", "This file is incomplete, so it cannot be used. Nothing was changed."
        ),
        Damage.DAMAGED_AT_START: QCoreApplication.translate(
            "ErrorWords", "This file is damaged at the start, so it cannot be used. Nothing was changed."
        ),
        Damage.CUT_SHORT: QCoreApplication.translate(
            "ErrorWords", "This file was cut short, so it cannot be used. Nothing was changed."
        ),
        Damage.EXTRA_BYTES: QCoreApplication.translate(
            "ErrorWords", "This file has extra bytes added at the end, so it cannot be used. Nothing was changed."
        ),
        Damage.CHANGED: QCoreApplication.translate(
            "ErrorWords", "Part of this file was changed, so it cannot be used. Nothing was changed."
        ),
        Damage.TOO_LARGE: QCoreApplication.translate(
            "ErrorWords", "This file is far larger than any journal, so it cannot be used. Nothing was changed."
        ),
        Damage.MISMATCH: QCoreApplication.translate(
            "ErrorWords", "This file does not match the journal inside it, so it cannot be used. Nothing was changed."
        ),
        Damage.NOT_READ_BACK: QCoreApplication.translate(
            "ErrorWords",
            "This file could not be read back after writing, so it was removed. Your journal was not changed.",
        ),
        Damage.OUT_OF_ORDER: QCoreApplication.translate(
            "ErrorWords", "Parts of this file were swapped or moved, so it cannot be used. Nothing was changed."
        ),
        Damage.LAST_MISSING: QCoreApplication.translate(
            "ErrorWords", "The last part of this file is missing, so it cannot be used. Nothing was changed."
        ),
        Damage.EXTRA_PARTS: QCoreApplication.translate(
            "ErrorWords", "Parts were added to this file, so it cannot be used. Nothing was changed."
        ),
    }
