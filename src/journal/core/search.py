"""Case- and accent-insensitive matching of notes, done in memory after unlock.

Nothing is indexed on disk: the folded text of each note is computed on first search and kept
only while the journal is unlocked.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_ASCII = re.compile(r"([^\x00-\x7f]+)")


def fold(text: str) -> str:
    """Lower-case text with accents removed, so "Café" and "cafe" meet. Length may change.

    ASCII text is its own decomposition and has no combining marks, so lower-casing is the whole
    fold; a note that is mostly ASCII is folded run by run, only its non-ASCII runs the long way.
    That gives the same text, since NFKD decomposes each character on its own and reorders only
    runs of combining marks (never across an ASCII letter), and case folding is per character.
    Nothing is cached between calls: which characters a person writes is theirs.
    """
    if text.isascii():
        return text.lower()
    pieces = _NOT_ASCII.split(text)  # ASCII, non-ASCII, ASCII, …
    for index in range(0, len(pieces), 2):
        pieces[index] = pieces[index].lower()
    for index in range(1, len(pieces), 2):
        pieces[index] = _fold_run(pieces[index])
    return "".join(pieces)


def _fold_run(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    if not decomposed.isascii():
        marks = {ord(ch): None for ch in set(decomposed) if not ch.isascii() and unicodedata.combining(ch)}
        if marks:
            decomposed = decomposed.translate(marks)
    return decomposed.casefold()


def fold_slowly(text: str) -> str:
    """The fold, one character at a time: the definition `fold` must agree with (tests compare them)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


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
