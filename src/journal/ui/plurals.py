"""English plural forms for `%n` messages when no catalogue supplies them.

Messages with a count are written as Qt numerus sources, "%n day(s)", and translated with the
count (`tr("%n day(s)", "", n)`), so every language can give its own forms. English is the source
language: until `journal_en.ts` carries the English forms, Qt would show "1 day(s)". `plural`
turns a "(s)" left by Qt into the English form; a translated text has none and passes unchanged.
"""

from __future__ import annotations

import re

_LEFT_OPEN = re.compile(r"\((s|es)\)")


def plural(text: str, n: int) -> str:
    """`text` as Qt translated it for the count `n`, with any untranslated "(s)" resolved for English."""
    return _LEFT_OPEN.sub("" if abs(n) == 1 else r"\1", text)
