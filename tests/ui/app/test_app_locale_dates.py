"""Dates follow the person's locale: month first in the US, day first in the UK and Germany."""

import datetime as dt

from PySide6.QtCore import QLocale

from journal.drawing.locale_dates import day_and_month, month_comes_first, numeric_date

DAY = dt.date(2026, 3, 9)


def test_us_writes_the_month_first_and_uk_the_day_first() -> None:
    us, uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), QLocale("en_GB")
    assert month_comes_first(us) and not month_comes_first(uk)
    assert day_and_month(DAY, locale=us) == "Mar 9"
    assert day_and_month(DAY, locale=uk) == "9 Mar"
    assert day_and_month(DAY, year=True, locale=us) == "Mar 9, 2026"
    assert day_and_month(DAY, year=True, locale=uk) == "9 Mar 2026"


def test_numeric_dates_use_the_locales_short_format() -> None:
    assert numeric_date(DAY, QLocale("en_GB")) == "09/03/2026"
    assert numeric_date(DAY, QLocale("de_DE")) == "09.03.26"
