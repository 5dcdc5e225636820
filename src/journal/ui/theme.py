"""Light and dark looks (Fusion plus a palette) and the mood colours, which are always paired with words.

The mood colours come from the viridis ramp, which stays distinguishable for the common kinds of
colour blindness and in greyscale; the word beside each colour carries the meaning on its own.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

MOOD_COLOURS = {1: "#46327e", 2: "#365c8d", 3: "#277f8e", 4: "#1fa187", 5: "#9fd65a"}
MOOD_TEXT_COLOURS = {1: "#ffffff", 2: "#ffffff", 3: "#ffffff", 4: "#ffffff", 5: "#1b1b1b"}


_desktop_is_dark: bool | None = None


def effective_theme(choice: str, app: QApplication) -> str:
    """ "light" or "dark": the person's choice, or what the desktop says when they follow the system.

    The desktop's answer is read from the palette the platform gave the app, once, before ours
    replaces it. (Asking `styleHints().colorScheme()` would build every enum of the `Qt` namespace,
    about 15 ms before the first window shows.)
    """
    global _desktop_is_dark
    if _desktop_is_dark is None:
        _desktop_is_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    if choice in ("light", "dark"):
        return choice
    return "dark" if _desktop_is_dark else "light"


FUSION_ARGUMENTS = ("-style", "Fusion")
"""For `QApplication(argv + FUSION_ARGUMENTS)` at launch: Fusion from the start, with nothing to ask. (Asking
a running app for its style builds Python's view of `QStyle` and its eleven enums: 5-9 ms before the first window.)"""


def apply_theme(app: QApplication, choice: str, *, fusion: bool = False) -> str:
    """Use Fusion with a calm light or dark palette; returns the theme in effect.

    `fusion`: the app was started with `FUSION_ARGUMENTS`, so its style needs no checking.
    """
    if not fusion and app.style().name().lower() != "fusion":  # already Fusion on most Linux desktops
        app.setStyle("Fusion")
    theme = effective_theme(choice, app)
    app.setPalette(_dark_palette() if theme == "dark" else _light_palette())
    return theme


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def _light_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette(
        {
            R.Window: "#f6f4f1",
            R.WindowText: "#222222",
            R.Base: "#ffffff",
            R.AlternateBase: "#efece8",
            R.Text: "#222222",
            R.Button: "#ebe8e4",
            R.ButtonText: "#222222",
            R.Highlight: "#3f6e8c",
            R.HighlightedText: "#ffffff",
            R.ToolTipBase: "#ffffff",
            R.ToolTipText: "#222222",
            R.PlaceholderText: "#6b6b6b",
            R.Link: "#2c5a78",
            R.Mid: "#c9c4be",
        },
        "#8a8a8a",
    )


def _dark_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette(
        {
            R.Window: "#232427",
            R.WindowText: "#e8e6e3",
            R.Base: "#1b1c1e",
            R.AlternateBase: "#2b2c30",
            R.Text: "#e8e6e3",
            R.Button: "#303136",
            R.ButtonText: "#e8e6e3",
            R.Highlight: "#6fa3c4",
            R.HighlightedText: "#101214",
            R.ToolTipBase: "#303136",
            R.ToolTipText: "#e8e6e3",
            R.PlaceholderText: "#a0a0a0",
            R.Link: "#8cc0e0",
            R.Mid: "#4a4b50",
        },
        "#7a7a7a",
    )
