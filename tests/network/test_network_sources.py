"""What the audit hook cannot see: Qt's C++ networking, and network modules the tests never reach.

The app may use QtNetwork only for QLocalServer/QLocalSocket (a Unix socket that brings the
running window forward), and no module of the standard library or elsewhere that talks to a network.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "src" / "journal"
NETWORK_MODULES = {"socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx", "ftplib", "smtplib",
                   "xmlrpc", "asyncio", "socketserver", "telnetlib", "imaplib", "poplib", "webbrowser"}  # fmt: skip
LOCAL_QT_NETWORK = {"QLocalServer", "QLocalSocket"}


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def test_no_module_of_the_app_imports_a_network_library() -> None:
    offenders = []
    for path in sorted(SOURCES.rglob("*.py")):
        for module, names in _imports(path):
            if any(module == bad or module.startswith(bad + ".") for bad in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(SOURCES)}: {module}")
            if module == "PySide6.QtNetwork" and not set(names) <= LOCAL_QT_NETWORK:
                offenders.append(f"{path.relative_to(SOURCES)}: QtNetwork {sorted(set(names) - LOCAL_QT_NETWORK)}")
            if module == "PySide6" and "QtNetwork" in names:
                offenders.append(f"{path.relative_to(SOURCES)}: all of QtNetwork")
    assert offenders == []
