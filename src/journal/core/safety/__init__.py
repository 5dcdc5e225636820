"""Help people can act on: support and crisis lines chosen by where the person lives."""

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
