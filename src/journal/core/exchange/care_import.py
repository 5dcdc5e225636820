"""Reading results, questions and the facts card back from this app's JSON export, strictly.

Each record must have the stored shape: an unknown result kind, unit or reading, a value out of
range or a result dated after today is a problem at its position, and a file with any problem
imports nothing. Applying adds what the journal does not already hold, never a second copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from journal.core.care.codec import facts_from_dict, question_from_dict, result_from_dict
from journal.core.care.facts import MedicalFacts
from journal.core.care.questions import Question
from journal.core.care.results import TestResult
from journal.core.exchange.import_plan import ImportProblem, check_not_future
from journal.core.journal import Journal


def parse_care(
    data: dict[str, Any], today: dt.date, problems: list[ImportProblem]
) -> tuple[tuple[TestResult, ...], tuple[Question, ...], MedicalFacts | None]:
    results: list[TestResult] = []
    for index, item in enumerate(_list(data, "results", problems)):
        where = f"results[{index}]"
        try:
            result = result_from_dict(item)
        except ValueError as error:
            problems.append(ImportProblem(None, str(error), where))
            continue
        if (future := check_not_future(result.date, today)) is not None:
            problems.append(ImportProblem(None, future, where))
            continue
        results.append(result)
    questions: list[Question] = []
    for index, item in enumerate(_list(data, "questions", problems)):
        try:
            questions.append(question_from_dict(item))
        except ValueError as error:
            problems.append(ImportProblem(None, str(error), f"questions[{index}]"))
    facts = None
    if "medical_facts" in data:
        try:
            facts = facts_from_dict(data["medical_facts"])
        except ValueError as error:
            problems.append(ImportProblem(None, str(error), "medical_facts"))
    return tuple(results), tuple(questions), facts


def apply_care(
    journal: Journal,
    session: Session,
    results: tuple[TestResult, ...],
    questions: tuple[Question, ...],
    facts: MedicalFacts | None,
) -> int:
    """Add the records the journal lacks (same content is not added twice); returns how many were added."""
    added = 0
    have_results = {replace(r, id=""): r.id for r in journal.results()}
    taken = {r.id for r in journal.results()} | {q.id for q in journal.questions()}
    for result in results:
        if replace(result, id="") in have_results:
            continue
        journal.save_result(session, result if result.id not in taken else replace(result, id=""))
        have_results[replace(result, id="")] = result.id
        taken.add(result.id)
        added += 1
    have_questions = {(q.added_on, q.text) for q in journal.questions()}
    for question in questions:
        if (question.added_on, question.text) in have_questions:
            continue
        journal.save_question(session, question if question.id not in taken else replace(question, id=""))
        have_questions.add((question.added_on, question.text))
        taken.add(question.id)
        added += 1
    if facts is not None and not facts.is_empty() and journal.medical_facts().is_empty():
        journal.save_medical_facts(session, facts)
    return added


def _list(data: dict[str, Any], key: str, problems: list[ImportProblem]) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        problems.append(ImportProblem(None, "expected a list", key))
        return []
    return value
