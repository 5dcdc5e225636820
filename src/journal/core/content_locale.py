"""Which content folder a locale reads: "en_GB" tries `en_GB`, then `en`, then English.

Every loader of bundled content (prompts, readings, vocabulary, symptom names) asks here, so a
translation can be a whole language (`de`) or one region (`pt_BR`) and anything missing falls back to
English rather than to nothing. Names that are not locales ("C", "POSIX", empty) read as English.
"""

from __future__ import annotations

import re

FALLBACK_LOCALE = "en"
_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*$")


def locale_chain(locale: str) -> tuple[str, ...]:
    """The names to try, most specific first, always ending in English: "de_AT" -> ("de_AT", "de", "en")."""
    name = locale.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if not _LOCALE.match(name):
        return (FALLBACK_LOCALE,)
    parts = name.split("_")
    parts[0] = parts[0].lower()
    chain = ["_".join(parts[:n]) for n in range(len(parts), 0, -1)]
    return tuple(dict.fromkeys([*chain, FALLBACK_LOCALE]))
