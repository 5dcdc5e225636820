"""Finds user-visible text in `journal.ui` that would escape translation, by reading the source with `ast`.

Two kinds of finding:
- plain text handed to a visible-text API (`setText("Save")`, `QLabel("Today")`, `QMessageBox.warning(...)`)
  instead of through `self.tr(...)` / `QCoreApplication.translate(...)`;
- a translation call that `pyside6-lupdate` cannot extract: an alias (`tr = QCoreApplication.translate`,
  `_translate = ...`), a wrapper (`def translate(text): ...`, then `translate("Library")`), a bare
  `tr(context, text)` (lupdate reads it as `tr(text, comment)`), or a source text built at run time
  (f-string, `+`, `.format`).

Allowed as plain text: empty strings, strings without letters once Qt placeholders (`%1`, `%n`, `%L1`),
format fields and HTML tags are removed ("·", "%1 / %2", "<b>%1</b>"), unit symbols (°C, °F), keyboard
shortcuts ("Ctrl+S"), file and icon names ("journal.pdf", "journal-export", "document-save") and format
masks ("XXXX-XXXX-…").
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Methods whose positional (and text-ish keyword) arguments are shown to the person.
VISIBLE_METHODS = frozenset(
    {
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
        "setAccessibleName", "setAccessibleDescription", "setTitle", "setSubTitle", "setWindowIconText",
        "addTab", "insertTab", "setTabText", "setTabToolTip", "setTabWhatsThis", "setItemText",
        "setItemToolTip", "setHeaderData", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
        "setHeaderLabels", "setHeaderLabel", "addAction", "insertAction", "addMenu", "addSection",
        "insertSection", "addItems", "insertItems", "setLabelText", "setCancelButtonText", "setOkButtonText",
        "setInformativeText", "setDetailedText", "showMessage", "setButtonText", "setSuffix", "setPrefix",
        "setSpecialValueText", "setHtml", "setMarkdown", "setPlainText", "addRow", "insertRow", "setFormat",
        "setNameFilter", "setNameFilters", "addButton", "setDescription", "setCheckBoxText", "setValueText",
        "setApplicationDisplayName",
    }
)  # fmt: skip
# Methods whose first text argument position depends on the overload: only these positions are text.
TEXT_POSITIONS = {
    "addItem": (0,),  # addItem(text, userData) / addItem(icon, text, userData): see _positions_for
    "insertItem": (1,),
    "setItemText": (1,),
    "setItemToolTip": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setTabWhatsThis": (1,),
}
# Static dialogs: every text argument is shown. Only counted on these classes (a logger also has `warning`).
STATIC_DIALOGS = {
    "QMessageBox": frozenset({"information", "warning", "critical", "question", "about"}),
    "QInputDialog": frozenset({"getText", "getMultiLineText", "getItem", "getInt", "getDouble"}),
    "QFileDialog": frozenset(
        {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "getOpenFileUrl"}
    ),
}
# Widgets and items whose constructor takes visible text.
VISIBLE_CONSTRUCTORS = frozenset(
    {
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QCommandLinkButton",
        "QAction", "QMenu", "QMessageBox", "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem",
        "QProgressDialog", "QDockWidget", "QLineEdit", "QTextEdit", "QPlainTextEdit", "QTextBrowser",
        "QStandardItem", "QWidgetAction", "QErrorMessage", "QInputDialog",
    }
)  # fmt: skip
TEXT_KEYWORDS = frozenset(
    {"text", "title", "label", "caption", "labelText", "cancelButtonText", "toolTip", "placeholderText", "filter"}
)
# Calls that mark text for translation, as pyside6-lupdate recognises them: (function name, source argument index).
TRANSLATE_FUNCTIONS = {"translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0, "QT_TRANSLATE_NOOP3": 1}
TR_METHOD = "tr"
APPLICATION_CLASSES = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})

_PLACEHOLDERS = re.compile(r"%L?\d+|%n|%Ln|%p|%v|%m|\{[^{}]*\}|<[^<>]*>|&[a-z]+;|&#\d+;")
_UNIT_SYMBOLS = frozenset({"°C", "°F", "°", "%"})
_SHORTCUT = re.compile(r"^((Ctrl|Shift|Alt|Meta|Cmd)\+)*([A-Z0-9]|F\d{1,2}|Esc|Escape|Return|Enter|Delete|Del|Tab)$")
_FILE_NAME = re.compile(r"^([\w.-]+\.[A-Za-z0-9]{2,5}|[a-z0-9]+([._-][a-z0-9]+)+)$")  # "summary.pdf", "journal-export"
_FORMAT_MASK = re.compile(r"^[X#09\s\-–—…./:]+$")  # "XXXX-XXXX-…": the shape of a key, not words


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    api: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.api}: {self.problem}"


def is_plain_visible_text(text: str) -> bool:
    """True when `text` holds words a person would read (so it must be translated)."""
    stripped = _PLACEHOLDERS.sub("", text).strip()
    if not any(character.isalpha() for character in stripped):
        return False
    allowed = (
        stripped in _UNIT_SYMBOLS
        or _SHORTCUT.match(stripped)
        or _FILE_NAME.match(stripped)
        or _FORMAT_MASK.match(stripped)
    )
    return not allowed


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_translate_function(func: ast.expr) -> bool:
    """`QCoreApplication.translate`, `translate`, `QT_TRANSLATE_NOOP`… but not `painter.translate(x, y)`."""
    if isinstance(func, ast.Name):
        return func.id in TRANSLATE_FUNCTIONS
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in APPLICATION_CLASSES
    )


def _is_translation_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    if isinstance(node.func, ast.Attribute) and node.func.attr == TR_METHOD:
        return True
    return _is_translate_function(node.func)


def plain_texts(expression: ast.expr) -> list[str]:
    """The literal, untranslated words that `expression` would put on screen."""
    if _is_translation_call(expression):
        return []
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        return [expression.value] if is_plain_visible_text(expression.value) else []
    if isinstance(expression, ast.JoinedStr):
        literal = "".join(
            part.value for part in expression.values if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return [literal] if is_plain_visible_text(literal) else []
    if isinstance(expression, ast.BinOp):
        return plain_texts(expression.left) + plain_texts(expression.right)
    if isinstance(expression, ast.IfExp):
        return plain_texts(expression.body) + plain_texts(expression.orelse)
    if isinstance(expression, (ast.List, ast.Tuple, ast.Set)):
        return [text for element in expression.elts for text in plain_texts(element)]
    if (
        isinstance(expression, ast.Call)
        and isinstance(expression.func, ast.Attribute)
        and expression.func.attr in ("format", "arg")
    ):
        # "Day {}".format(n), "Day %1".arg(n): the literal receiver is what is shown.
        return plain_texts(expression.func.value)
    return []


def _is_static_dialog(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.attr in STATIC_DIALOGS.get(func.value.id, frozenset())
    )


def _shows_its_arguments(func: ast.expr, name: str) -> bool:
    visible = name in VISIBLE_METHODS or name in VISIBLE_CONSTRUCTORS or name in ("addItem", "insertItem")
    return visible or _is_static_dialog(func)


def _positions_for(name: str, call: ast.Call) -> tuple[int, ...] | None:
    """Positional arguments to check, or None for all of them."""
    if name == "addItem":
        return (1,) if len(call.args) >= 3 else (0,)
    if name == "insertItem":
        return (2,) if len(call.args) >= 4 else (1,)
    return TEXT_POSITIONS.get(name)


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[Finding] = []

    def _add(self, node: ast.AST, api: str, problem: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), api, problem))

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if isinstance(value, ast.Attribute) and (value.attr == TR_METHOD or _is_translate_function(value)):
            self._add(node, "alias", "lupdate cannot see through an alias of translate/tr; call it by its own name")
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in (TR_METHOD, "translate"):
            self._add(node, node.name, "a function of this name hides its texts from lupdate; call translate directly")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node.func)
        if isinstance(node.func, ast.Name) and name == "translate" and len(node.args) < 2:
            self._add(node, name, "translate() needs a context and a literal text, or lupdate extracts nothing")
        elif isinstance(node.func, ast.Name) and name == TR_METHOD:
            self._add(node, "tr", "a bare tr(...) is read by lupdate as tr(text, comment); use self.tr or translate")
        elif _is_translation_call(node):
            self._check_translation_source(node, name)
        elif _shows_its_arguments(node.func, name):
            self._check_visible_arguments(node, name)
        self.generic_visit(node)

    def _check_translation_source(self, node: ast.Call, name: str) -> None:
        index = 0 if name == TR_METHOD else TRANSLATE_FUNCTIONS[name]
        if len(node.args) <= index:
            return
        source = node.args[index]
        built = isinstance(source, (ast.JoinedStr, ast.BinOp)) or (
            isinstance(source, ast.Call) and _call_name(source.func) == "format"
        )
        if built:
            self._add(node, name, "the text to translate is built at run time, so lupdate cannot extract it")

    def _check_visible_arguments(self, node: ast.Call, name: str) -> None:
        positions = _positions_for(name, node)
        arguments = [argument for index, argument in enumerate(node.args) if positions is None or index in positions]
        arguments += [keyword.value for keyword in node.keywords if keyword.arg in TEXT_KEYWORDS]
        for argument in arguments:
            for text in plain_texts(argument):
                self._add(node, name, f"plain text {text!r} is shown without tr()/translate()")


def check_source(source: str, path: str = "<source>") -> list[Finding]:
    visitor = _Visitor(path)
    visitor.visit(ast.parse(source, filename=path))
    return visitor.findings


def check_file(path: Path, root: Path) -> list[Finding]:
    return check_source(path.read_text(encoding="utf-8"), str(path.relative_to(root)))


def translated_sources(source: str) -> set[str]:
    """Every literal text marked for translation in `source` (what lupdate should extract)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not _is_translation_call(node):
            continue
        name = _call_name(node.func)
        index = 0 if name == TR_METHOD else TRANSLATE_FUNCTIONS[name]
        if len(node.args) > index:
            argument = node.args[index]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str) and argument.value:
                found.add(argument.value)
    return found
