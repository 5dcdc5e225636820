"""Giving back memory the app no longer needs, so its peak stays low on a long journal.

- PySide6's import hook reads the source of every module imported after it (to see whether the
  module uses PySide6) and `inspect` keeps that text in `linecache`: several MiB of source for
  nothing. It is dropped once the heavy imports are done; a traceback reads lines again if needed.
- Large buffers that Python frees (a backup's image, a key derivation's work area) go back to
  the C allocator, which keeps them unless asked; `malloc_trim` asks (glibc only).
- Up to the first window, imports and widgets make some 100,000 objects and no garbage cycles, so
  `StartUpCollection` keeps the cyclic collector from scanning them (a few ms of start-up), then
  freezes them (`gc.freeze`): they last as long as the app, so no later collection scans them either.
- glibc gives a large block (over 128 KiB) a mapping of its own, returned to the system when it
  is freed; but each such free raises that threshold (up to 32 MiB), so from the first backup on,
  the journal's images come from the heap and stay there. `return_large_blocks` fixes the
  threshold where it starts.
"""

from __future__ import annotations

import gc
import linecache
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journal.ui.background import PauseHold


class StartUpCollection:
    """The cyclic collector during start-up: paused from construction until `window_shown()`.

    After `imports_done()` the pause is the background work's (`collector_pause`), so work started
    before the first window (making the demo journal) keeps it paused until that work ends too.
    """

    def __init__(self) -> None:
        self._collecting = gc.isenabled()
        gc.disable()
        self._hold: PauseHold | None = None

    def imports_done(self) -> None:
        from journal.ui.background import collector_pause

        gc.freeze()  # without this, the first allocation once enabled would scan every object imported so far
        if self._collecting:
            gc.enable()  # and paused again at once, now by the pause that knows when background work ends
        self._hold = collector_pause.hold()

    def window_shown(self) -> None:
        gc.freeze()
        hold, self._hold = self._hold, None
        if hold is not None:
            hold.release()


def release_import_leftovers(*, collect: bool = True) -> None:
    """Drop cached module source and hand freed memory back to the system.

    `collect` runs the cycle collector first: only on the UI thread, since it may destroy Qt objects
    and Qt objects must be destroyed on their own thread.
    """
    linecache.clearcache()
    if collect:
        gc.collect()
    trim_heap()


def quiet_pyside_import_hook() -> bool:
    """Answer PySide6's "does this module use PySide6?" by reading the file, without keeping its text.

    PySide6 asks `inspect.getsource`, which keeps every imported module's source in `linecache`
    (SQLAlchemy alone is megabytes of it). Same answer, nothing kept. Returns whether the hook was
    found; on a PySide6 without it, nothing is changed.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    vars(feature)["_mod_uses_pyside"] = _uses_pyside  # a private hook: set through the module's namespace
    return True


def _uses_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, compiled or source-less: as PySide6 answers when it finds no source
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


_M_MMAP_THRESHOLD = -3  # mallopt's parameter number in glibc's malloc.h
LARGE_BLOCK_BYTES = 128 * 1024  # glibc's own starting threshold; setting it turns the raising off


def return_large_blocks() -> bool:
    """Blocks over 128 KiB always get their own mapping, so freeing one gives it back at once.

    Set once, before the journal is opened. Returns whether the allocator took it (glibc only).
    """
    libc = _libc()
    try:
        return libc is not None and bool(libc.mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES))
    except AttributeError:  # a C library without mallopt
        return False


def trim_heap() -> None:
    libc = _libc()
    try:
        if libc is not None:
            libc.malloc_trim(0)
    except AttributeError:  # not glibc (musl, for example): nothing to ask
        pass


def _libc() -> Any:
    """The C library already loaded into this process (no search for it: that would start a program)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None)
    except OSError:
        return None
