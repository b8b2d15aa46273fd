"""normalise.dates.parse_timescale against hand-checked cases and properties."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.records import TimescaleRecord
from normalise.dates import DUE_KINDS, Timescale, parse_timescale
from tests.timescale_cases import ANCHORS, CASES, NOT_TIMESCALES, Case

MONTHS = list(calendar.month_name)[1:]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _parse_case(case: Case) -> Timescale:
    anchors = ANCHORS[case.anchors]
    return parse_timescale(case.text, report_date=anchors.report_date,
                           inspection_date=anchors.inspection_date)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.anchors}:{c.text[:40]}" for c in CASES])
def test_real_timescales(case: Case) -> None:
    got = _parse_case(case)
    expected = (case.due_kind, _iso(case.due_date), _iso(case.due_date_earliest),
                _iso(case.start_date), _iso(case.review_date))
    assert (got.due_kind, got.due_date, got.due_date_earliest, got.start_date,
            got.review_date) == expected


@pytest.mark.parametrize("text", NOT_TIMESCALES)
def test_not_timescales_are_unknown(text: str) -> None:
    got = parse_timescale(text, report_date=date(2012, 6, 26), inspection_date=date(2012, 1, 31))
    assert got.due_kind == "unknown"
    assert (got.due_date, got.due_date_earliest, got.start_date) == (None, None, None)


def test_milestones_carry_labels_and_spans() -> None:
    text = "Rushall: 31 Jan 2013 Others: 30 Jun 2013"
    got = parse_timescale(text)
    assert [m.label for m in got.milestones] == ["Rushall", "Others"]
    assert [text[slice(*m.span)] for m in got.milestones] == ["31 Jan 2013", "30 Jun 2013"]
    assert [m.due_kind for m in got.milestones] == ["by", "by"]


def test_stage_labels_are_not_days() -> None:
    got = parse_timescale("Stage 1 – Nov 12 Stage 2 – March 13")
    assert [m.label for m in got.milestones] == ["Stage 1", "Stage 2"]
    assert [m.due_date for m in got.milestones] == [date(2012, 11, 30), date(2013, 3, 31)]


def test_from_milestone_span_includes_its_word() -> None:
    text = "31 January 2011\nFrom 1 October 2010"
    spans = [text[slice(*m.span)] for m in parse_timescale(text).milestones]
    assert spans == ["31 January 2011", "From 1 October 2010"]


def test_review_is_not_a_milestone() -> None:
    got = parse_timescale("31 Oct 2012 Review: 30 Jun 2013")
    assert len(got.milestones) == 1 and got.review_date == date(2013, 6, 30)


def test_precision_is_carried() -> None:
    assert parse_timescale("Oct 12").precision == "month"
    assert parse_timescale("Spring 2013").precision == "season"
    assert parse_timescale("Q1 2013/14").precision == "quarter"
    assert parse_timescale("2012/13").precision == "financial_year"
    assert parse_timescale("w/c 14 Jan 2013").precision == "week"
    assert parse_timescale("25 October 2010").precision == "day"
    assert parse_timescale("2013").precision == "year"


def test_to_record() -> None:
    record = parse_timescale("31 Oct 2012 Review: 30 Jun 2013").to_record()
    assert record == TimescaleRecord(date(2012, 10, 31), date(2012, 10, 31), "by", None,
                                     date(2013, 6, 30))


# --- properties -----------------------------------------------------------------------------

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2049, 12, 31))


def _month_bounds(when: date) -> tuple[date, date]:
    return when.replace(day=1), when.replace(day=calendar.monthrange(when.year, when.month)[1])


@given(days, st.sampled_from(["{d} {Month} {Y}", "{d} {Mon} {Y}", "{dd}.{mm}.{yy}",
                              "{dd}/{mm}/{Y}", "{dd}-{Mon}-{Y}", "By {d} {Month} {Y}"]))
def test_generated_days(when: date, template: str) -> None:
    text = template.format(d=when.day, dd=f"{when.day:02}", mm=f"{when.month:02}",
                           Month=MONTHS[when.month - 1], Mon=MONTH_ABBR[when.month - 1],
                           Y=when.year, yy=f"{when.year % 100:02}")
    got = parse_timescale(text)
    assert (got.due_kind, got.due_date, got.due_date_earliest) == ("by", when, when)


@given(days, st.sampled_from(["{Mon} {yy}", "{Month} {Y}", "{Mon}-{yy}", "End of {Month} {Y}"]))
def test_generated_months(when: date, template: str) -> None:
    text = template.format(Month=MONTHS[when.month - 1], Mon=MONTH_ABBR[when.month - 1],
                           Y=when.year, yy=f"{when.year % 100:02}")
    first, last = _month_bounds(when)
    got = parse_timescale(text)
    expected_first = last if text.startswith("End") else first
    assert (got.due_kind, got.due_date, got.due_date_earliest) == ("by", last, expected_first)
    assert got.due_date_earliest <= got.due_date


@given(days, days, st.sampled_from(["{a} – {b}", "{a} to {b}", "Between {a} and {b}"]))
def test_generated_ranges(one: date, two: date, template: str) -> None:
    low, high = sorted((one, two))
    if (low.year, low.month) == (high.year, high.month):
        high = high + timedelta(days=40)
    text = template.format(a=f"{MONTH_ABBR[low.month - 1]} {low.year % 100:02}",
                           b=f"{MONTHS[high.month - 1]} {high.year}")
    got = parse_timescale(text)
    assert got.due_kind == "range"
    assert (got.due_date_earliest, got.due_date) == (_month_bounds(low)[0], _month_bounds(high)[1])


@given(st.integers(min_value=2000, max_value=2048), st.booleans())
def test_generated_financial_years(start: int, short: bool) -> None:
    text = f"{start}/{(start + 1) % 100:02}" if short else f"{start}/{start + 1}"
    got = parse_timescale(text)
    assert (got.due_kind, got.due_date_earliest, got.due_date) == (
        "by", date(start, 4, 1), date(start + 1, 3, 31))


@given(days, st.integers(min_value=1, max_value=24))
def test_within_months_counts_from_the_inspection(anchor: date, months: int) -> None:
    index = anchor.year * 12 + anchor.month - 1 + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    expected = date(year, month + 1, min(anchor.day, last_day))
    got = parse_timescale(f"Within {months} months", inspection_date=anchor,
                          report_date=anchor + timedelta(days=90))
    assert (got.due_kind, got.due_date, got.due_date_earliest) == ("by", expected, expected)


def _valid(got: Timescale) -> bool:
    ordered = got.due_date is None or got.due_date_earliest is None or (
        got.due_date_earliest <= got.due_date)
    return got.due_kind in DUE_KINDS and ordered


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_arbitrary_text_never_raises(text: str) -> None:
    assert _valid(parse_timescale(text, report_date=date(2012, 6, 26)))


date_words = st.sampled_from(["Jan", "March", "13", "2012", "2012/13", "–", "-", "to", "From",
                              "onwards", "Within", "3", "months", "Review:", "Stage 1", "tbc",
                              "End of", "\n", "Immediate", "and", "ongoing", "/", "Q1", "31",
                              "Spring", "w/c", "(", ")", "Henceforth", "Sept", "12"])


@settings(max_examples=300)
@given(st.lists(date_words, max_size=12))
def test_date_like_word_soup_is_valid(words: list[str]) -> None:
    text = " ".join(words)
    assert _valid(parse_timescale(text, inspection_date=date(2011, 2, 25)))
    assert _valid(parse_timescale(text))
