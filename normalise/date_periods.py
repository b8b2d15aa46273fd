"""Calendar periods: a first day, a last day and how precise the text was.

Pure date arithmetic, no parsing: the grammar names a period ("Oct 12",
"Spring 2013", "Q1 2013/14") and these functions say which days it covers.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "week", "month", "season", "quarter", "half_year", "year",
                    "financial_year"]

# coarsest last: a range or several milestones carry the coarsest precision
PRECISION_ORDER: tuple[Precision, ...] = (
    "day", "week", "month", "season", "quarter", "half_year", "year", "financial_year",
)


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    precision: Precision


def full_year(year: int) -> int:
    """Two-digit years are years (SCHEMA rule 1): "12" is 2012, never a day."""
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def clipped_day(year: int, month: int, day: int) -> date:
    """An impossible day is clipped to the month's end ("31 June" = 30 June)."""
    return date(year, month, max(1, min(day, month_end(year, month).day)))


def day_period(when: date) -> Period:
    return Period(when, when, "day")


def week_period(monday_or_day: date) -> Period:
    """"w/c 14 Jan 2013": the week that starts on the Monday of that day."""
    monday = monday_or_day - timedelta(days=monday_or_day.weekday())
    return Period(monday, monday + timedelta(days=6), "week")


def month_period(year: int, month: int) -> Period:
    return Period(date(year, month, 1), month_end(year, month), "month")


def months_span(year: int, first_month: int, count: int, precision: Precision) -> Period:
    first = date(year, first_month, 1)
    last_month_start = add_months(first, count - 1)
    return Period(first, month_end(last_month_start.year, last_month_start.month), precision)


def season_period(year: int, first_month: int) -> Period:
    """Met Office seasons; winter 2012 runs December 2012 to February 2013."""
    return months_span(year, first_month, 3, "season")


def calendar_quarter(year: int, quarter: int) -> Period:
    return months_span(year, 3 * quarter - 2, 3, "quarter")


def financial_quarter(start_year: int, quarter: int) -> Period:
    """Q1 of 2013/14 is April-June 2013; Q4 is January-March 2014."""
    first = add_months(date(start_year, 4, 1), 3 * (quarter - 1))
    return months_span(first.year, first.month, 3, "quarter")


def half_year(year: int, first_month: int) -> Period:
    """Six months from a first month: "H1 2025" from January, "H2 2025/26" from October."""
    return months_span(year, first_month, 6, "half_year")


def next_month(anchor: date, month: int) -> Period:
    """A month named without its year: the first such month not over before the anchor."""
    period = month_period(anchor.year, month)
    return period if period.last >= anchor else month_period(anchor.year + 1, month)


def next_financial_quarter(anchor: date, quarter: int) -> Period:
    """A quarter named without its year ("by Q2"): public bodies count quarters in
    financial years, so the first such financial quarter not over before the anchor."""
    start = anchor.year if anchor.month >= 4 else anchor.year - 1
    period = financial_quarter(start, quarter)
    return period if period.last >= anchor else financial_quarter(start + 1, quarter)


def financial_year(start_year: int) -> Period:
    return Period(date(start_year, 4, 1), date(start_year + 1, 3, 31), "financial_year")


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), "year")


def end_of_financial_year(anchor: date) -> Period:
    """The 31 March on or after the anchor."""
    year = anchor.year if anchor <= date(anchor.year, 3, 31) else anchor.year + 1
    return Period(date(year, 3, 31), date(year, 3, 31), "financial_year")


def add_months(start: date, months: int) -> date:
    """Keeps the day and clips to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = start.year * 12 + start.month - 1 + months
    return clipped_day(index // 12, index % 12 + 1, start.day)


def after(anchor: date, *, days: int = 0, months: int = 0) -> date:
    return add_months(anchor, months) + timedelta(days=days)


def span(first: Period, last: Period) -> Period:
    """A range: from the first day of one period to the last day of another."""
    return Period(first.first, last.last, coarsest(first.precision, last.precision))


def coarsest(*precisions: Precision) -> Precision:
    return max(precisions, key=PRECISION_ORDER.index)


def qualified(period: Period, qualifier: str) -> Period:
    """"End of X" is X's last day; "beginning of X" its first; "mid X" its middle.

    "Early X" and "late X" keep the first or second half.  The precision stays
    that of X: the text named X, the qualifier only narrows it.
    """
    middle = period.first + (period.last - period.first) // 2
    if period.precision == "month":
        middle = clipped_day(period.first.year, period.first.month, 15)
    bounds = {
        "end": (period.last, period.last),
        "beginning": (period.first, period.first),
        "mid": (middle, middle),
        "early": (period.first, middle),
        "late": (middle, period.last),
    }.get(qualifier, (period.first, period.last))
    return replace(period, first=bounds[0], last=bounds[1])
