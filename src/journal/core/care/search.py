"""Search over results and questions, the same way as day notes (all words, any case or accent)."""

from __future__ import annotations

from collections.abc import Iterable

from journal.core.care.questions import Question
from journal.core.care.results import TestResult
from journal.core.search import fold, matches, query_terms


def search_results(results: Iterable[TestResult], query: str) -> list[TestResult]:
    """Results whose note or place holds every word of `query`; newest first."""
    terms = query_terms(query)
    found = [r for r in results if matches(fold(f"{r.note}\n{r.place}"), terms)]
    return sorted(found, key=lambda r: (r.date, r.id), reverse=True)


def search_questions(questions: Iterable[Question], query: str) -> list[Question]:
    """Questions whose text holds every word of `query`; newest first."""
    terms = query_terms(query)
    found = [q for q in questions if matches(fold(q.text), terms)]
    return sorted(found, key=lambda q: (q.added_on, q.id), reverse=True)
