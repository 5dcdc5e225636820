"""The review's sentences, in one place for translators: range names, trends, observations, empty states.

Observations only (docs/CONTENT_GUIDE.md): what went with what, never what to do.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from journal.core.domain.catalog import SymptomCatalog, SymptomKind
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.domain.mood import mood_word
from journal.core.review.ranges import DateRange, RangeKind
from journal.core.review.summaries import BleedingTrend, OwnSymptomSummary, PeriodSummary, SelfCareObservation
from journal.drawing.locale_dates import day_and_month
from journal.ui.content_locale import content_locale


def range_title(date_range: DateRange) -> str:
    names = {
        RangeKind.TWO_WEEKS: QCoreApplication.translate("Review", "Last 2 weeks"),
        RangeKind.THREE_MONTHS: QCoreApplication.translate("Review", "Last 3 months"),
        RangeKind.YEAR: QCoreApplication.translate("Review", "Last year"),
        RangeKind.EVERYTHING: QCoreApplication.translate("Review", "Everything"),
        RangeKind.CUSTOM: QCoreApplication.translate("Review", "Chosen dates"),
    }
    if date_range.kind is RangeKind.SINCE_LOSS and date_range.loss is not None:
        when = short_date(date_range.loss.date, year=True)
        if date_range.loss.label:
            return QCoreApplication.translate("Review", "Since {date}: {label}").format(
                date=when, label=date_range.loss.label
            )
        return QCoreApplication.translate("Review", "Since your loss on {date}").format(date=when)
    return names.get(date_range.kind, "")


def short_date(date: dt.date, year: bool = False) -> str:
    return day_and_month(date, year=year)


def key_date_name(key_date: KeyDate) -> str:
    if key_date.label:
        return key_date.label
    return {
        KeyDateKind.LOSS: QCoreApplication.translate("Review", "Your loss"),
        KeyDateKind.DUE_DATE: QCoreApplication.translate("Review", "Due date"),
        KeyDateKind.APPOINTMENT: QCoreApplication.translate("Review", "Appointment"),
        KeyDateKind.FIRST_PERIOD: QCoreApplication.translate("Review", "First period"),
    }.get(key_date.kind, QCoreApplication.translate("Review", "A date you marked"))


def bleeding_words(summary: PeriodSummary) -> str:
    if summary.bleeding_days == 0:
        return (
            QCoreApplication.translate("Review", "No bleeding recorded")
            if summary.bleeding_trend is BleedingTrend.NONE
            else QCoreApplication.translate("Review", "None")
        )
    days = days_text(summary.bleeding_days)
    trend = {
        BleedingTrend.LESS: QCoreApplication.translate("Review", "lighter towards the end"),
        BleedingTrend.MORE: QCoreApplication.translate("Review", "heavier towards the end"),
        BleedingTrend.STEADY: QCoreApplication.translate("Review", "about the same throughout"),
    }.get(summary.bleeding_trend, "")
    return f"{days}, {trend}" if trend else days


def days_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Review", "1 day")
    return QCoreApplication.translate("Review", "{count} days").format(count=count)


def mood_spread(summary: PeriodSummary) -> str:
    parts = [
        f"{mood_word(step, content_locale())} {count}" for step, count in enumerate(summary.mood_counts, 1) if count
    ]
    return " · ".join(parts) if parts else QCoreApplication.translate("Review", "No mood recorded")


def feelings_text(summary: PeriodSummary) -> str:
    return ", ".join(f"{word_label(name)} ({count})" for name, count in summary.top_feelings) or "—"


def word_label(stored: str) -> str:
    """A stored feeling or self-care item as the person's language names it; their own words as typed."""
    from journal.core.domain.vocabulary import vocabulary_for

    return vocabulary_for(content_locale()).label(stored)


def own_symptoms_text(summary: PeriodSummary, catalog: SymptomCatalog) -> str:
    """One line per own symptom noted in the period; "—" when none was (never a row of zeros)."""
    return "\n".join(own_symptom_line(item, catalog) for item in summary.own_symptoms) or "—"


def own_symptom_line(item: OwnSymptomSummary, catalog: SymptomCatalog) -> str:
    """ "Back pain: 2.5 on average, up to 4", "Hot flushes: yes on 2 of 5 days", "Swelling: 3 days, up to a lot"."""
    definition = catalog.get(item.key) if item.key in catalog else None
    label = definition.label if definition else item.key
    if item.kind is SymptomKind.YES_NO:
        if not item.days_present:
            text = QCoreApplication.translate("Review", "no on {days}").format(days=days_text(item.days_recorded))
        else:
            text = QCoreApplication.translate("Review", "yes on {present} of {days}").format(
                present=item.days_present, days=days_text(item.days_recorded)
            )
    elif item.kind is SymptomKind.LEVELS:
        words = (definition.level_labels or definition.levels) if definition else ()
        index = int(item.highest or 0)
        word = words[index] if 0 <= index < len(words) else str(index)
        if not item.days_present:
            text = QCoreApplication.translate("Review", "{level} on {days}").format(
                level=word, days=days_text(item.days_recorded)
            )
        else:
            text = QCoreApplication.translate("Review", "{days}, up to {level}").format(
                days=days_text(item.days_present), level=word
            )
    else:
        unit = f" {definition.unit_label}" if definition and definition.unit_label else ""
        text = QCoreApplication.translate("Review", "{average} on average, up to {highest}").format(
            average=number_text(item.average) + unit, highest=number_text(item.highest) + unit
        )
    return f"{label}: {text}"


def number_text(value: float | None) -> str:
    """A number as the locale writes it, with at most two decimals and no trailing zeros."""
    return "—" if value is None else QLocale().toString(round(value, 2), "g", 6)


def observation(item: SelfCareObservation) -> str:
    return QCoreApplication.translate(
        "Review", "Days with “{item}”: mood was Okay or Good on {a} of {b}. Other days: {c} of {d}."
    ).format(
        item=word_label(item.item), a=item.better_with, b=item.days_with, c=item.better_without, d=item.days_without
    )


def pain_text(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(value, "g", 2)


def few_days_text() -> str:
    return QCoreApplication.translate(
        "Review",
        "There isn't much to look back on yet, and that's fine. Once you have noted a few days, even just a "
        "mood, you'll see them here.",
    )


def nothing_recorded_text(what: str) -> str:
    # The chart's own title, as it is: lowering it would break languages that capitalise nouns.
    return QCoreApplication.translate("Review", "{what}: nothing noted in this time, and that's all right.").format(
        what=what
    )


def range_span(date_range: DateRange) -> str:
    return QCoreApplication.translate("Review", "{start} to {end}").format(
        start=short_date(date_range.start, year=True), end=short_date(date_range.end, year=True)
    )
