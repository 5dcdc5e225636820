"""Which locale the bundled content (prompts, readings, vocabulary, symptom names) follows in the app.

Qt's default locale: the system's, unless the app or a test set another with `QLocale.setDefault`. It is
the same locale the app already formats dates and numbers with, so words and dates never disagree.
The core loaders fall back from "en_GB" to "en" and then to English, so a missing translation shows
English rather than nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def content_locale() -> str:
    """The locale name for content, e.g. "en_GB" or "de_AT"."""
    return QLocale().name()
