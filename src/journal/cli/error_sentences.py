"""The command line's sentences for core's errors, in one place (the app's are in `ui/error_words.py`).

Core raises a storage refusal or a damaged file as a problem and a file kind, and its other errors
as a class with typed fields, never as a sentence; this module words them for a terminal. A pair
with no sentence of its own gets its problem's plain sentence. The app says the same things through
translation, and a test keeps the two in step. A value core refused (`BadInputError`, an
`InputProblem`) is printed "field: problem", naming the field that is wrong, never what was typed;
the command line's checks of its own options carry their own sentence (`cli/option_error.py`).
"""

from __future__ import annotations

from journal.core.counting import counted
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

_K, _P, _D, _I = FileKind, StorageProblem, Damage, InputProblem

STORAGE_SENTENCES: dict[tuple[FileKind, StorageProblem], str] = {
    (_K.JOURNAL, _P.DISK_FULL): "The disk is full, so this was not saved. What you typed is still here.",
    (_K.JOURNAL, _P.CANNOT_WRITE): "The journal's folder cannot be written to, so nothing was written.",
    (_K.JOURNAL, _P.FAILED): "The journal could not be saved. What you typed is still here.",
    (_K.JOURNAL, _P.READ_ONLY): "This journal was opened for reading only, so nothing was saved.",
    (_K.JOURNAL, _P.CHANGED_ELSEWHERE): (
        "This journal was changed by another window or command after it was "
        "opened here, so this was not saved. What you typed is still here; "
        "close this window and open the journal again."
    ),
    (_K.JOURNAL_FOLDER, _P.NOT_A_FOLDER): "That is a file, not a folder; choose the folder the journal is in.",
    (_K.JOURNAL_FOLDER, _P.CANNOT_OPEN): (
        "The journal's folder cannot be opened (its name is too long, or no permission)."
    ),
    (_K.JOURNAL_FOLDER, _P.CANNOT_MAKE): "The journal's folder cannot be made here; choose another folder.",
    (_K.LOCK_FILE, _P.LINK): "The journal's lock file is a link to somewhere else, so the journal was not opened.",
    (_K.LOCK_FILE, _P.CANNOT_WRITE): (
        "The journal's folder cannot be opened for writing, so the journal was not opened."
    ),
    (_K.LOCK_FILE, _P.NOT_REGULAR): "The journal's lock file is not a plain file, so the journal was not opened.",
    (_K.KEY_SLOT, _P.NOT_VERIFIED): (
        "The new passphrase or recovery key could not be checked, so nothing was changed."
    ),
    (_K.KEY_SLOT, _P.STILL_IN_USE): (
        "The new passphrase or recovery key works, but the old one could not "
        "yet be wiped from the journal file because another program is reading "
        "it. Close it and change the passphrase again."
    ),
    (_K.CHOSEN_FILE, _P.DISK_FULL): "The disk is full, so the file was not written. Your journal was not changed.",
    (_K.CHOSEN_FILE, _P.CANNOT_WRITE): (
        "The file's folder cannot be written to. Choose another place; your journal was not changed."
    ),
    (_K.CHOSEN_FILE, _P.NOT_FOUND): (
        "The folder for the file does not exist. Choose another place; your journal was not changed."
    ),
    (_K.CHOSEN_FILE, _P.IS_A_FOLDER): "That is a folder. Choose a file name; your journal was not changed.",
    (_K.CHOSEN_FILE, _P.NAME_TOO_LONG): (
        "That file name is too long. Choose a shorter one; your journal was not changed."
    ),
    (_K.CHOSEN_FILE, _P.FAILED): "The file could not be written. Your journal was not changed.",
    (_K.BACKUP_FILE, _P.DISK_FULL): "The disk is full, so the backup was not written. Your journal was not changed.",
    (_K.BACKUP_FILE, _P.CANNOT_WRITE): (
        "The backup's folder cannot be written to. Choose another place; your journal was not changed."
    ),
    (_K.BACKUP_FILE, _P.NOT_FOUND): (
        "The folder for the backup does not exist. Choose another place; your journal was not changed."
    ),
    (_K.BACKUP_FILE, _P.IS_A_FOLDER): (
        "That is a folder. Choose a file name for the backup; your journal was not changed."
    ),
    (_K.BACKUP_FILE, _P.NAME_TOO_LONG): (
        "That file name is too long. Choose a shorter one; your journal was not changed."
    ),
    (_K.BACKUP_FILE, _P.FAILED): "The backup could not be written. Your journal was not changed.",
    (_K.BACKUP_FILE, _P.CANNOT_READ): "The journal could not be read for a backup. Nothing was changed.",
    (_K.RESTORED_JOURNAL, _P.DISK_FULL): (
        "The disk is full, so the backup was not restored. Your current journal was left as it is."
    ),
    (_K.RESTORED_JOURNAL, _P.CANNOT_WRITE): (
        "The journal's folder cannot be written to, so the backup was not "
        "restored. Your current journal was left as it is."
    ),
    (_K.RESTORED_JOURNAL, _P.NOT_VERIFIED): (
        "The restored journal could not be written correctly. Your current journal was left as it is."
    ),
    (_K.RESTORED_JOURNAL, _P.FAILED): "The backup could not be restored. Your current journal was left as it is.",
    (_K.SYNC_FOLDER, _P.DISK_FULL): "The sync folder's disk is full, so this computer's changes were not sent yet.",
    (_K.SYNC_FOLDER, _P.CANNOT_WRITE): (
        "The sync folder cannot be written to, so this computer's changes were not sent yet."
    ),
    (_K.SYNC_FOLDER, _P.NOT_FOUND): "The sync folder is not there (is the disk connected?).",
    (_K.SYNC_FOLDER, _P.FAILED): (
        "The sync folder could not be written to, so this computer's changes were not sent yet."
    ),
    (_K.SYNC_FOLDER, _P.CANNOT_READ): "The sync folder cannot be read (is the disk connected?).",
    (_K.SYNC_DEVICE_FILE, _P.CANNOT_WRITE): "The journal's folder cannot be written to, so nothing was synced.",
}
STORAGE_PROBLEM_SENTENCES: dict[StorageProblem, str] = {
    _P.DISK_FULL: "The disk is full, so this was not written. Your journal was not changed.",
    _P.CANNOT_WRITE: "That folder cannot be written to, so nothing was written. Your journal was not changed.",
    _P.CANNOT_READ: "That folder cannot be read, so nothing was changed.",
    _P.NOT_FOUND: "That folder is not there, so nothing was written. Your journal was not changed.",
    _P.IS_A_FOLDER: "That is a folder. Choose a file name; nothing was changed.",
    _P.NOT_A_FOLDER: "That is a file, not a folder. Choose a folder; nothing was changed.",
    _P.NAME_TOO_LONG: "That name is too long. Choose a shorter one; nothing was changed.",
    _P.CANNOT_OPEN: "That folder cannot be opened (its name is too long, or no permission). Nothing was changed.",
    _P.CANNOT_MAKE: "That folder cannot be made here; choose another folder. Nothing was changed.",
    _P.LINK: "That file is a link to somewhere else, so it was not used. Nothing was changed.",
    _P.NOT_REGULAR: "That is not an ordinary file, so it was not used. Nothing was changed.",
    _P.READ_ONLY: "This journal was opened for reading only, so nothing was saved.",
    _P.NOT_VERIFIED: "What was written could not be checked, so nothing was changed.",
    _P.STILL_IN_USE: "Another program is reading the journal file. Close it and try again; nothing was changed.",
    _P.CHANGED_ELSEWHERE: (
        "This journal was changed by another window or command after it was "
        "opened here, so this was not saved. What you typed is still here; "
        "close this window and open the journal again."
    ),
    _P.FAILED: "This could not be written. Your journal was not changed.",
}
DAMAGE_SENTENCES: dict[tuple[FileKind, Damage], str] = {
    (_K.JOURNAL, _D.DAMAGED): "The journal file is damaged and cannot be read. It was left as it is.",
    (_K.JOURNAL, _D.TOO_COSTLY): (
        "The journal's key settings ask for more memory or time than this app "
        "ever uses, so it was not opened; the file was changed or damaged. It "
        "was left as it is."
    ),
    (_K.JOURNAL, _D.UNREADABLE_PARTS): (
        "Part of the journal could not be read, so no backup was made. Nothing was changed."
    ),
    (_K.COPY, _D.DAMAGED): "That file is damaged and cannot be read. Nothing was merged.",
    (_K.BACKUP_FILE, _D.NOT_A_BACKUP): "This file is not a Recovery Journal backup. Nothing was changed.",
    (_K.BACKUP_FILE, _D.HOLDS_DAMAGED_JOURNAL): (
        "This backup holds a damaged journal, so it cannot be used. Nothing was changed."
    ),
    (_K.BACKUP_FILE, _D.INCOMPLETE): "This backup is incomplete, so it cannot be used. Nothing was changed.",
    (_K.BACKUP_FILE, _D.DAMAGED): "This backup is damaged, so it cannot be used. Nothing was changed.",
    (_K.BACKUP_FILE, _D.DAMAGED_AT_START): (
        "This backup is damaged at the start, so it cannot be used. Nothing was changed."
    ),
    (_K.BACKUP_FILE, _D.CUT_SHORT): (
        "This backup is incomplete (it was cut short), so it cannot be used. Nothing was changed."
    ),
    (_K.BACKUP_FILE, _D.EXTRA_BYTES): (
        "This backup has extra bytes added at the end, so it cannot be used. Nothing was changed."
    ),
    (_K.BACKUP_FILE, _D.CHANGED): (
        "This backup is damaged (part of it was changed), so it cannot be used. Nothing was changed."
    ),
    (_K.BACKUP_FILE, _D.TOO_LARGE): (
        "This backup is far larger than any journal, so it cannot be used. Nothing was changed."
    ),
    (_K.BACKUP_FILE, _D.MISMATCH): (
        "This backup does not match the journal inside it, so it cannot be used. Nothing was changed."
    ),
    (_K.BACKUP_FILE, _D.NOT_READ_BACK): (
        "The backup could not be read back after writing, so it was removed. Your journal was not changed."
    ),
    (_K.ATTACHMENT, _D.CHANGED): (
        "This attachment is damaged (part of it was changed), so it cannot be shown. The rest of the journal is fine."
    ),
    (_K.ATTACHMENT, _D.OUT_OF_ORDER): (
        "This attachment is damaged (its parts were swapped or moved), so it "
        "cannot be shown. The rest of the journal is fine."
    ),
    (_K.ATTACHMENT, _D.CUT_SHORT): (
        "This attachment is damaged (it was cut short), so it cannot be shown. The rest of the journal is fine."
    ),
    (_K.ATTACHMENT, _D.LAST_MISSING): (
        "This attachment is damaged (its last part is missing), so it cannot be shown. The rest of the journal is fine."
    ),
    (_K.ATTACHMENT, _D.EXTRA_PARTS): (
        "This attachment is damaged (parts were added to it), so it cannot be shown. The rest of the journal is fine."
    ),
}
DAMAGE_PROBLEM_SENTENCES: dict[Damage, str] = {
    _D.DAMAGED: "This file is damaged and cannot be read. It was left as it is.",
    _D.TOO_COSTLY: (
        "This file's key settings ask for more memory or time than this app "
        "ever uses, so it was not opened. It was left as it is."
    ),
    _D.UNREADABLE_PARTS: "Part of this file could not be read. Nothing was changed.",
    _D.NOT_A_BACKUP: "This file is not a Recovery Journal backup. Nothing was changed.",
    _D.HOLDS_DAMAGED_JOURNAL: "This file holds a damaged journal, so it cannot be used. Nothing was changed.",
    _D.INCOMPLETE: "This file is incomplete, so it cannot be used. Nothing was changed.",
    _D.DAMAGED_AT_START: "This file is damaged at the start, so it cannot be used. Nothing was changed.",
    _D.CUT_SHORT: "This file was cut short, so it cannot be used. Nothing was changed.",
    _D.EXTRA_BYTES: "This file has extra bytes added at the end, so it cannot be used. Nothing was changed.",
    _D.CHANGED: "Part of this file was changed, so it cannot be used. Nothing was changed.",
    _D.TOO_LARGE: "This file is far larger than any journal, so it cannot be used. Nothing was changed.",
    _D.MISMATCH: "This file does not match the journal inside it, so it cannot be used. Nothing was changed.",
    _D.NOT_READ_BACK: (
        "This file could not be read back after writing, so it was removed. Your journal was not changed."
    ),
    _D.OUT_OF_ORDER: "Parts of this file were swapped or moved, so it cannot be used. Nothing was changed.",
    _D.LAST_MISSING: "The last part of this file is missing, so it cannot be used. Nothing was changed.",
    _D.EXTRA_PARTS: "Parts were added to this file, so it cannot be used. Nothing was changed.",
}

# After the field's name ("recovery key: ..."); `{count}`, `{size}` and `{media_type}` are the error's facts.
INPUT_SENTENCES: dict[InputProblem, str] = {
    _I.EMPTY: "it cannot be empty",
    _I.BAD_OPTION: "that cannot be used; see journal --help",
    _I.RECOVERY_KEY_SHAPE: "a recovery key has 52 letters and digits in 13 groups",
    _I.RECOVERY_KEY_TYPO: "one of its characters is not right; check each group",
    _I.IMPORT_HAS_PROBLEMS: "the file has {count}; nothing was imported",
    _I.MOOD_MAP_FORMAT: "use NAME=N with N from 1 (very low) to 5 (good), e.g. meh=3",
    _I.NO_SUCH_VERSION: "that version is not in this record's history",
    _I.ANOTHER_JOURNAL: (
        "that file belongs to another journal, so nothing was merged; "
        "only a backup or copy of this journal can be merged in"
    ),
    _I.NOT_A_JOURNAL_OR_BACKUP: "that is neither a backup nor a journal file",
    _I.NO_SUCH_FOLDER: "there is no folder with that name",
    _I.NOTHING_SHARED_YET: "no journal is shared in that folder yet; sync from the first computer first",
    _I.SYNC_IN_JOURNAL_FOLDER: "that is a journal's own folder; choose the folder your sync tool shares",
    _I.IS_JOURNAL_FOLDER: "that is the journal's own folder; choose another place",
    _I.FOLDER_NOT_EMPTY: "choose a new or empty folder; this one already holds files",
    _I.FOLDER_CANNOT_BE_MADE: "cannot be made there; choose another place",
    _I.NOT_AN_EXPORT: "holds no readable journal.json; choose a folder this app exported",
    _I.EXPORT_HAS_PROBLEMS: "journal.json has {count}; nothing was imported",
    _I.NOT_A_LIST: "expected a list; this journal.json was not written by this app",
    _I.BAD_RECORD: "is not in the form this app exports; nothing was imported",
    _I.ATTACHMENT_OUTSIDE_FOLDER: "its file must be in the attachments folder beside journal.json",
    _I.ATTACHMENT_FILE_MISSING: "its file is missing or cannot be read",
    _I.ATTACHMENT_FILE_CHANGED: "its file was changed since the export",
    _I.ATTACHMENT_TOO_LARGE: "is larger than 25 MB; attach a smaller copy",
    _I.ATTACHMENT_UNREADABLE: "cannot be read, or is larger than 25 MB",
    _I.EMPTY_FILE: "is empty",
    _I.NOT_SUPPORTED_TYPE: "is not a PNG, JPEG or WebP picture or a PDF",
    _I.BROKEN_STRUCTURE: "looks like a {media_type} but its structure is broken",
    _I.HOLDS_NO_PICTURE: "looks like a {media_type} but it holds no picture",
    _I.INCOMPLETE_FILE: "looks like a {media_type} but it is incomplete",
    _I.NO_SUCH_ATTACHMENT: "there is no attachment with that id",
    _I.OWNER_NEEDS_ID: "a key date or memory page needs its id; a day needs none",
    _I.PHOTO_DETAILS_UNREADABLE: "its photo details cannot be read, so it was not added",
    _I.FILE_TOO_LARGE: "the file is larger than {size}, more than any file of this kind",
    _I.NOT_A_FILE: "that is not a file (a device or a pipe)",
    _I.NO_SUCH_FILE: "there is no file with that name",
    _I.IS_FOLDER: "that is a folder, not a file",
    _I.NO_PERMISSION: "the file cannot be read (no permission)",
    _I.CANNOT_READ: "the file cannot be read",
    _I.NOT_UTF8: "the file is not UTF-8 text",
}


def input_sentence(error: BadInputError) -> str:
    """ "field: problem" for a value core refused, or the command line's own sentence for its options."""
    from journal.cli.option_error import OptionError

    if isinstance(error, OptionError):
        return f"{error.field}: {error.sentence}"
    count = counted(error.count or 0, "problem")
    size = size_words(error.limit or 0)
    problem = INPUT_SENTENCES[error.problem].format(count=count, size=size, media_type=error.media_type or "file")
    return f"{error.field}: {problem}"


def size_words(limit: int) -> str:
    """A size limit in bytes as a person says it ("25 MB", "64 KB")."""
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"


# After the option's name ("-o: ..."): a terminal agrees to replace a file with --force.
OUTPUT_SENTENCES: dict[OutputProblem, str] = {
    OutputProblem.EMPTY: "give a file name",
    OutputProblem.FOLDER: "that is a folder; give a file name",
    OutputProblem.IN_DATA_FOLDER: (
        "that is inside the journal's own folder, where nothing else is ever written; choose another place"
    ),
    OutputProblem.EXISTS: "a file of that name already exists; choose a new name, or add --force to replace it",
    OutputProblem.NOT_REGULAR: "that is not a regular file, so it is not replaced; choose a new name",
    OutputProblem.SAME_AS_INPUT: "that is the file being read; choose another name for the output",
}


def error_sentence(error: JournalError) -> str:
    """The sentence the command line prints for `error` (after "journal: ")."""
    if isinstance(error, StorageError):
        return STORAGE_SENTENCES.get((error.kind, error.problem)) or STORAGE_PROBLEM_SENTENCES[error.problem]
    if isinstance(error, JournalDamagedError):
        return DAMAGE_SENTENCES.get((error.kind, error.problem)) or DAMAGE_PROBLEM_SENTENCES[error.problem]
    if isinstance(error, OutputRefusedError):
        return f"{error.field}: {OUTPUT_SENTENCES[error.problem]}"
    if isinstance(error, WrongSecretError):
        return _wrong_secret(error)
    if isinstance(error, JournalTooNewError):
        return _too_new(error)
    if isinstance(error, BadInputError):
        return input_sentence(error)
    for kind, sentence in _FIXED:
        if isinstance(error, kind):
            return sentence
    return str(error)  # an error class with no words yet (a test asks that every class has them)


def _wrong_secret(error: WrongSecretError) -> str:
    from journal.core.backup.backup_file_errors import BackupWrongSecretError

    if isinstance(error, BackupWrongSecretError):
        which = "That recovery key" if error.is_recovery_key else "That passphrase"
        return (
            f"{which} does not open this backup. A backup opens with the passphrase or recovery key the "
            "journal had when the backup was made. Nothing was changed."
        )
    if error.is_recovery_key:
        return "That recovery key does not open this journal. Nothing was changed."
    return "That passphrase does not open this journal. Nothing was changed."


def _too_new(error: JournalTooNewError) -> str:
    from journal.core.backup.backup_file_errors import BackupTooNewError

    if isinstance(error, BackupTooNewError):
        return (
            f"This backup was made by a newer version of the app (format {error.found}; this version reads up "
            f"to {error.supported}). Please update the app to open it. Nothing was changed."
        )
    return (
        f"This journal was written by a newer version of the app (format {error.found}; this version reads up "
        f"to {error.supported}). Please update the app; the journal was not changed."
    )


_FIXED: tuple[tuple[type[JournalError], str], ...] = (
    (JournalInUseError, "This journal is open in another window or command. Close that one first."),
    (JournalLockedError, "The journal is locked."),
    (JournalMissingError, "There is no journal in this folder yet; journal init makes one. Nothing was changed."),
    (JournalExistsError, "A journal already exists in this folder; it was left as it is."),
    (
        JournalTamperedError,
        "Parts of this journal were changed or removed outside the app, so nothing new is saved until you "
        "decide to keep the journal as it is now. Nothing was changed.",
    ),
)
