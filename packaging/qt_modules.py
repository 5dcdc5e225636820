"""Which PySide6 modules the bundle keeps. Everything else (WebEngine, Multimedia, 3D, Quick, …) is left out.

Read by `recovery-journal.spec`, and by `tests/packaging/test_packaging_qt_modules.py`, which fails when
the app imports a Qt module that is not listed here (the bundle would then crash on that import).
"""

from __future__ import annotations

import re

# QtSvg draws the app icon; QtCharts the look-back charts; QtPrintSupport prints; QtNetwork is only for
# QLocalServer/QLocalSocket (a local pipe that brings the running app to the front, never the internet);
# QtPdf shows PDF letters kept in the journal, from memory.
KEPT_QT_MODULES = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtCharts", "QtPrintSupport", "QtNetwork", "QtPdf"}
)


# Qt plugins a desktop journal never needs, and the Qt libraries only they pull in: the on-screen virtual
# keyboard (QML and Quick), a PDF image reader, a VNC server, TUIO touch over the network, and the
# embedded-device platforms. xcb (X11), wayland, offscreen and the GTK/portal themes stay.
UNUSED_QT_PLUGINS = (
    "platforminputcontexts/libqtvirtualkeyboardplugin",
    "imageformats/libqpdf",
    "platforms/libqvnc",
    "platforms/libqlinuxfb",
    "platforms/libqeglfs",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "generic/libqtuiotouchplugin",
    "egldeviceintegrations/",
)
LIBRARIES_ONLY_THEY_NEED = (
    "libQt6VirtualKeyboard",
    "libQt6Qml",
    "libQt6Quick",
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
)


def is_unused_qt_file(destination: str) -> bool:
    """True for a bundled file (its path inside the bundle) that belongs to a left-out plugin or library."""
    path = destination.replace("\\", "/")
    if "/plugins/" in path and any(plugin in path for plugin in UNUSED_QT_PLUGINS):
        return True
    name = path.rsplit("/", 1)[-1]
    # libQt6Qml.so.6, libQt6QmlModels.so.6 … (Linux names; on Windows and macOS nothing matches, nothing is dropped)
    return any(re.match(rf"{library}([A-Z][A-Za-z]*)?\.so", name) for library in LIBRARIES_ONLY_THEY_NEED)


def excluded_qt_modules() -> list[str]:
    """Every PySide6 module this PySide6 provides, minus the kept ones, as PyInstaller `excludes`."""
    import PySide6

    available = [name for name in getattr(PySide6, "__all__", []) if name.startswith("Qt")]
    return sorted(f"PySide6.{name}" for name in available if name not in KEPT_QT_MODULES)
