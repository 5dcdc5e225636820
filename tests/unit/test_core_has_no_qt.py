"""`journal.core` must never import Qt: the command line and the tests of core run without a display."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import journal.core


def _core_modules() -> list[str]:
    return sorted(info.name for info in pkgutil.walk_packages(journal.core.__path__, prefix="journal.core."))


def test_core_module_list_is_found():
    modules = _core_modules()
    assert "journal.core.journal" in modules and "journal.core.opening" in modules


def test_importing_every_core_module_loads_no_pyside6():
    script = (
        "import importlib, sys\n"
        f"for name in {_core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print('\\n'.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"journal.core imported Qt: {result.stdout.split()}"
