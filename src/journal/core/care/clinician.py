"""What the clinician page needs from the milestones, gathered once: the facts card, each loss's
details, the results in the report's range, period starts and the questions the person chose to
bring. Plain data for `journal.report` to lay out; nothing here is worded or interpreted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal.core.care.facts import MedicalFacts
from journal.core.care.milestones import HcgPoint, Milestone, PeriodStart, hcg_points, milestones, period_starts
from journal.core.care.questions import Question
from journal.core.care.results import TestResult
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.journal import Journal


@dataclass(frozen=True)
class ClinicianCare:
    facts: MedicalFacts
    losses: tuple[KeyDate, ...]  # every loss, with its kind, weeks and management where said
    results: tuple[TestResult, ...]  # in the range, oldest first
    hcg: tuple[HcgPoint, ...]  # in the range
    period_starts: tuple[PeriodStart, ...]  # in the range (days between counted over the whole journal)
    appointments: tuple[KeyDate, ...]  # in the range, with their outcomes
    timeline: tuple[Milestone, ...]  # in the range
    questions: tuple[Question, ...]  # open ones, when asked for; else empty


def clinician_care(journal: Journal, start: dt.date, end: dt.date, *, include_questions: bool = False) -> ClinicianCare:
    """The milestones for a report from `start` to `end`; open questions only if the person chose them."""
    key_dates = journal.key_dates()
    results = journal.results()
    days = journal.days_between()
    in_range = [r for r in results if start <= r.date <= end]
    return ClinicianCare(
        facts=journal.medical_facts(),
        losses=tuple(kd for kd in key_dates if kd.kind is KeyDateKind.LOSS),
        results=tuple(in_range),
        hcg=tuple(hcg_points(in_range)),
        period_starts=tuple(p for p in period_starts(days) if start <= p.date <= end),
        appointments=tuple(kd for kd in key_dates if kd.kind is KeyDateKind.APPOINTMENT and start <= kd.date <= end),
        timeline=tuple(milestones(key_dates, results, days, start, end)),
        questions=tuple(q for q in journal.questions() if not q.is_done) if include_questions else (),
    )
