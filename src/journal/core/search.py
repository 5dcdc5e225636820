"""Case- and accent-insensitive matching of notes, done in memory after unlock.

Nothing is indexed on disk: the folded text of each note is computed on first search and kept
only while the journal is unlocked.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_ASCII = re.compile(r"([^\x00-\x7f]+)")


def fold_slowly(text: str) -> str:
    """The fold, one character at a time: the definition `fold` must agree with (tests compare them)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _latin1_tables() -> tuple[bytes, dict[str, str]]:
    """A byte table folding each Latin-1 character that folds to one Latin-1 character (É to e), and the
    few that fold to something else (ß to ss, ½ to 1⁄2, µ to μ), which the table leaves as they are."""
    table = bytearray(range(256))
    longer: dict[str, str] = {}
    for code in range(256):
        folded = fold_slowly(chr(code))
        if len(folded) == 1 and ord(folded) < 256:
            table[code] = ord(folded)
        else:
            longer[chr(code)] = folded
    return bytes(table), longer


_LATIN1_TABLE, _LATIN1_LONGER = _latin1_tables()
_LATIN1_LONGER_FOUND = re.compile("[" + re.escape("".join(sorted(_LATIN1_LONGER))) + "]")


def fold(text: str) -> str:
    """Lower-case text with accents removed, so "Café" and "cafe" meet. Length may change.

    The fold works character by character: NFKD decomposes each character on its own and reorders
    only combining marks, which are all dropped, and case folding has no context. So any piece of a
    note folds on its own, and two shortcuts give exactly `fold_slowly`'s text:
    - ASCII text is its own decomposition and has no marks: lower-casing is the whole fold;
    - Latin-1 text (most Western European notes) goes through a 256-byte table, in C.
    Other text is folded run by run: ASCII runs lower-cased, only the other runs the long way.
    Nothing is cached between calls: which characters a person writes is theirs.
    """
    if text.isascii():
        return text.lower()
    try:
        return _fold_latin1(text.encode("latin-1"))
    except UnicodeEncodeError:
        pass
    pieces = _NOT_ASCII.split(text)  # ASCII, non-ASCII, ASCII, …
    for index in range(0, len(pieces), 2):
        pieces[index] = pieces[index].lower()
    for index in range(1, len(pieces), 2):
        pieces[index] = _fold_run(pieces[index])
    return "".join(pieces)


def fold_keeping_length(text: str) -> str | None:
    """`fold(text)` when it folds every character to exactly one (ASCII, and Latin-1 without ß, ½, µ…),
    so offsets into the text are offsets into its fold; otherwise None (the caller folds piece by piece)."""
    if text.isascii():
        return text.lower()
    try:
        folded = text.encode("latin-1").translate(_LATIN1_TABLE).decode("latin-1")
    except UnicodeEncodeError:
        return None
    if folded.isascii() or not _LATIN1_LONGER_FOUND.search(folded):  # the table leaves ß, ½, µ… as they are
        return folded
    return None


def _fold_latin1(raw: bytes) -> str:
    """Fold Latin-1 bytes: the table does every character that folds to one, then the few longer ones."""
    folded = raw.translate(_LATIN1_TABLE).decode("latin-1")
    if folded.isascii():
        return folded
    return _LATIN1_LONGER_FOUND.sub(lambda found: _LATIN1_LONGER[found.group()], folded)


def _fold_run(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():
        marks = {ord(ch): None for ch in set(decomposed) if not ch.isascii() and unicodedata.combining(ch)}
        if marks:
            decomposed = decomposed.translate(marks)
    return decomposed.casefold()


def query_terms(query: str) -> list[str]:
    return [term for term in fold(query).split() if term]


def matches(folded_text: str, terms: list[str]) -> bool:
    """True when every term of the query occurs in the text (in any order)."""
    return bool(terms) and all(term in folded_text for term in terms)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) offsets in the original `text` of each term's matches, for highlighting."""
    terms = query_terms(query)
    if not terms:
        return []
    folded_chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        piece = fold(ch)
        folded_chars.append(piece)
        origin.extend([index] * len(piece))
    folded = "".join(folded_chars)
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((origin[start], origin[end - 1] + 1))
            start = folded.find(term, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and span[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
        else:
            merged.append(span)
    return merged
