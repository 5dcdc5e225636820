"""Help people can act on: support and crisis lines chosen by where the person lives, the quiet pointer
rules that lead to the safety page, its dismissal, and the person's own numbers (each module Qt-free)."""

from journal.core.safety.helplines import (
    FALLBACK,
    HELPLINE_KINDS,
    Helpline,
    HelplineDirectory,
    helpline_locales,
    helplines_for_locale,
    read_helplines,
)

__all__ = [
    "FALLBACK",
    "HELPLINE_KINDS",
    "Helpline",
    "HelplineDirectory",
    "helpline_locales",
    "helplines_for_locale",
    "read_helplines",
]
