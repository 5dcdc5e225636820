"""The line above Today that counts from a loss, in the wording the person chose (or nothing at all).

"Day 14 since Robin" read to some people like a tally, so the counter is off until asked for,
and it can count in days or in weeks. The wordings are offered in the first run and in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.ui.plurals import plural

WORDINGS = ("days", "weeks")


def counter_text(days: int, label: str, wording: str) -> str:
    """The counter for a day `days` after the loss called `label`."""
    if days == 0:
        return QCoreApplication.translate("DayCounter", "The day of {0}").format(label)
    if wording == "weeks":
        weeks, rest = divmod(days, 7)
        if weeks == 0:
            return plural(QCoreApplication.translate("DayCounter", "%n day(s) since {0}", None, days), days).format(
                label
            )
        if rest == 0:
            text = QCoreApplication.translate("DayCounter", "%n week(s) since {0}", None, weeks)
            return plural(text, weeks).format(label)
        days_part = plural(QCoreApplication.translate("DayCounter", "%n day(s)", None, rest), rest)
        text = QCoreApplication.translate("DayCounter", "%n week(s) and {0} since {1}", None, weeks)
        return plural(text, weeks).format(days_part, label)
    return QCoreApplication.translate("DayCounter", "Day {0} since {1}").format(days, label)


def wording_choices() -> list[tuple[str, str]]:
    """(text, value) for a choice of wording, with "no counter" first: it is the default."""
    example = QCoreApplication.translate("DayCounter", "your loss")
    return [
        (QCoreApplication.translate("DayCounter", "No counter"), ""),
        (counter_text(14, example, "days"), "days"),
        (counter_text(14, example, "weeks"), "weeks"),
    ]
