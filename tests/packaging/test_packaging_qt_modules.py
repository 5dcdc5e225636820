"""The bundle keeps every Qt module the app imports, and leaves out the big ones it never uses."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _qt_modules_config() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_qt_modules", ROOT / "packaging" / "qt_modules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _qt_modules_imported_by_the_app() -> dict[str, str]:
    """Qt module name -> one file that imports it."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "src" / "journal").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] if node.module != "PySide6" else [f"PySide6.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1:
                    found.setdefault(parts[1], str(path.relative_to(ROOT)))
    return found


def test_every_qt_module_the_app_imports_is_kept_in_the_bundle() -> None:
    kept = _qt_modules_config().KEPT_QT_MODULES
    imported = _qt_modules_imported_by_the_app()
    assert {"QtCore", "QtWidgets"} <= imported.keys()
    left_out = {module: where for module, where in imported.items() if module not in kept}
    assert not left_out, f"add these to KEPT_QT_MODULES in packaging/qt_modules.py (or the bundle crashes): {left_out}"


def test_the_heavy_qt_modules_are_left_out() -> None:
    excluded = set(_qt_modules_config().excluded_qt_modules())
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "QtMultimedia", "Qt3DCore", "QtQuick", "QtQml"):
        assert f"PySide6.{module}" in excluded
    assert "PySide6.QtWidgets" not in excluded


def test_unused_plugins_and_their_libraries_are_dropped_but_the_display_ones_stay() -> None:
    is_unused = _qt_modules_config().is_unused_qt_file
    assert is_unused("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert is_unused("PySide6/Qt/lib/libQt6QmlModels.so.6")
    assert is_unused("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not is_unused("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not is_unused("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert not is_unused("PySide6/Qt/plugins/iconengines/libqsvgicon.so")
    assert not is_unused("PySide6/Qt/lib/libQt6Network.so.6")
    assert not is_unused("PySide6/Qt/lib/libQt6Widgets.so.6")
