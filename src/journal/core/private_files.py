"""Writing a file the person asked for (an export, a backup, a report, a key) privately and in one step.

Every writer in the app comes through here, so the rules hold for all of them alike:

- The bytes go to `.<name>.<8 hex digits>.partial` beside the target (same folder, so the rename
  cannot cross disks), created readable only by its owner, flushed and synced, then renamed into
  place, and the folder is synced so the rename itself survives a power cut. On any failure the
  temporary file is removed; one left by a process that was killed is swept by the next write of
  the same name (only regular files of exactly that pattern, never a link or a folder).
- Nothing is ever written into a journal's own folder: the folder holding `journal.sqlite3` or
  `journal.lock`, the default data folder, or one the caller names. Names are resolved first, so
  `..`, a symbolic link or a hard link to the journal cannot get round it.
- An existing file is replaced only when the caller says so (`replace=True`: `--force` on the
  command line, or the save dialog's own confirmation in the app). Without it the new file is
  linked into place only if the name is still free at that instant, so a file that appears
  between the check and the write is not replaced either.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import re
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from journal.core.errors import BadInputError, FileKind, JournalError, StorageError, StorageProblem

TEMP_SUFFIX = ".partial"
_TOKEN_BYTES = 4  # the temporary name's random part: 8 lowercase hex digits
# Names that mark a folder as a journal's own: the database, its sidecars, its lock, set-aside copies.
_JOURNAL_MARKS = ("journal.sqlite3", "journal.lock")


class OutputProblem(enum.Enum):
    """Why a target may not be written (the value is for developers: the app and the command line word it)."""

    EMPTY = "no file name"
    FOLDER = "a folder"
    IN_DATA_FOLDER = "inside a journal's own folder"
    EXISTS = "a file of that name exists"
    NOT_REGULAR = "not a regular file"
    SAME_AS_INPUT = "the file being read"


class OutputRefusedError(BadInputError):
    """The target may not be written; `field` names the option and `problem` says why (worded elsewhere)."""

    problem: OutputProblem  # type: ignore[assignment]  # why the output is refused, not an InputProblem

    def __init__(self, field: str, problem: OutputProblem) -> None:
        JournalError.__init__(self, f"{field}: {problem.value}")
        self.field = field
        self.problem = problem
        self.count = self.limit = None
        self.media_type = None


def is_journal_folder(folder: Path, protected: Iterable[Path] = ()) -> bool:
    """Whether `folder` (already resolved) is a journal's own folder, where no output may go."""
    from journal.core.journal_files import default_data_dir

    candidates = [default_data_dir(), *protected]
    for candidate in candidates:
        with contextlib.suppress(OSError, ValueError):
            if os.path.realpath(candidate) == str(folder):
                return True
    try:
        with os.scandir(folder) as entries:
            return any(entry.name.startswith(_JOURNAL_MARKS) for entry in entries)
    except (OSError, ValueError):
        return False


def check_output(
    target: Path | str,
    *,
    replace: bool,
    field: str = "output",
    protected: Iterable[Path] = (),
    inputs: Iterable[Path] = (),
) -> Path:
    """The target as a path, if it may be written; `OutputRefusedError` naming `field` if not.

    Run it before any slow work (unlocking, rendering), so a refusal costs nothing; the writers
    below run it again just before they write.
    """
    if str(target) in ("", "."):
        raise OutputRefusedError(field, OutputProblem.EMPTY)
    path = Path(target).expanduser()
    try:
        resolved = Path(os.path.realpath(path))
    except (OSError, ValueError):
        resolved = path.absolute()
    if os.path.isdir(path):  # isdir, unlike Path.is_dir, answers False for a name too long to exist
        raise OutputRefusedError(field, OutputProblem.FOLDER)
    if is_journal_folder(resolved.parent, protected):
        raise OutputRefusedError(field, OutputProblem.IN_DATA_FOLDER)
    for source in inputs:
        with contextlib.suppress(OSError, ValueError):
            if os.path.samefile(source, path):
                raise OutputRefusedError(field, OutputProblem.SAME_AS_INPUT)
    try:
        info = os.lstat(path)
    except (OSError, ValueError):
        return path
    if not replace:
        raise OutputRefusedError(field, OutputProblem.EXISTS)
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefusedError(field, OutputProblem.NOT_REGULAR)
    if info.st_nlink > 1 and _links_into_a_journal_folder(path, protected):
        raise OutputRefusedError(field, OutputProblem.IN_DATA_FOLDER)
    return path


def _links_into_a_journal_folder(path: Path, protected: Iterable[Path]) -> bool:
    """A hard link: replacing it by rename leaves the other name alone, but be plain about it anyway."""
    for folder in protected:
        with contextlib.suppress(OSError, ValueError), os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(_JOURNAL_MARKS) and os.path.samefile(entry.path, path):
                    return True
    return False


def write_private(
    target: Path | str,
    data: bytes | Iterable[bytes],
    *,
    replace: bool,
    field: str = "output",
    protected: Iterable[Path] = (),
) -> Path:
    """Put `data` at `target` in one step, under the rules above; returns the path written.

    Raises `OutputRefusedError` when the target may not be written and `StorageError` (saying why)
    when the disk refuses.
    """
    path = check_output(target, replace=replace, field=field, protected=protected)
    try:
        temporary = write_temporary_beside(path, [data] if isinstance(data, bytes) else data)
    except OSError as error:
        raise explain_write_error(error) from None
    put_in_place(temporary, path, replace=replace, field=field)
    return path


def write_temporary_beside(target: Path, pieces: Iterable[bytes]) -> Path:
    """A new private, synced temporary file beside `target` holding `pieces`; removed again if writing fails."""
    sweep_stale_temporaries(target)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(_TOKEN_BYTES)}{TEMP_SUFFIX}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        try:
            for piece in pieces:
                view = memoryview(piece)
                while view:
                    written = os.write(descriptor, view)
                    view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return temporary


def put_in_place(
    temporary: Path, target: Path, *, replace: bool, field: str = "output", kind: FileKind = FileKind.CHOSEN_FILE
) -> None:
    """Rename the synced `temporary` to `target` (only onto a free name unless `replace`), then sync the folder."""
    try:
        if replace:
            os.replace(temporary, target)
        else:
            try:
                os.link(temporary, target)  # fails if the name was taken meanwhile: nothing is replaced
            except FileExistsError:
                raise OutputRefusedError(field, OutputProblem.EXISTS) from None
            except OSError as error:
                if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                    raise
                if os.path.lexists(target):  # a file system without hard links (FAT): check, then rename
                    raise OutputRefusedError(field, OutputProblem.EXISTS) from None
                os.replace(temporary, target)
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise explain_write_error(error, kind) from None
        raise
    sync_folder(target.parent)


def sweep_stale_temporaries(target: Path) -> None:
    """Remove temporary files a killed writer left for `target`; best effort, never raises."""
    pattern = re.compile(re.escape(f".{target.name}.") + f"[0-9a-f]{{{2 * _TOKEN_BYTES}}}" + re.escape(TEMP_SUFFIX))
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; not every platform can open a folder, which is fine."""
    if os.name != "posix":  # pragma: no cover - folders cannot be opened for fsync on Windows
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def explain_write_error(error: OSError, kind: FileKind = FileKind.CHOSEN_FILE) -> StorageError:
    """Why the disk refused a write of a file of `kind` (by errno; the file's name and path are not kept)."""
    if error.errno == errno.ENOSPC:
        return StorageError(StorageProblem.DISK_FULL, kind)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(StorageProblem.CANNOT_WRITE, kind)
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageError(StorageProblem.NOT_FOUND, kind)
    if error.errno == errno.EISDIR:
        return StorageError(StorageProblem.IS_A_FOLDER, kind)
    if error.errno == errno.ENAMETOOLONG:
        return StorageError(StorageProblem.NAME_TOO_LONG, kind)
    return StorageError(StorageProblem.FAILED, kind)
