"""normalise.dates.find_date_spans: date-like spans inside free text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalise.dates import DateSpan, find_date_spans

SPAN_CASES = [
    ("Overall policy being reviewed – to be launched March 2011", "March 2011",
     date(2011, 3, 1), date(2011, 3, 31)),
    ("Underway – report to SMT in March 2011", "March 2011", date(2011, 3, 1), date(2011, 3, 31)),
    ("Training date for CAMHS staff set for 08.02.2011 re MCA", "08.02.2011",
     date(2011, 2, 8), date(2011, 2, 8)),
    ("Green 21.11.12 - This has been shared with the front end", "21.11.12",
     date(2012, 11, 21), date(2012, 11, 21)),
    ("Interviews to be held 15 December 2012", "15 December 2012",
     date(2012, 12, 15), date(2012, 12, 15)),
    ("Attendance at team meetings – January to March 2011", "January to March 2011",
     date(2011, 1, 1), date(2011, 3, 31)),
    ("Further workforce development to be undertaken during 2011/2012", "2011/2012",
     date(2011, 4, 1), date(2012, 3, 31)),
    ("Who started 31 January 2011. Revised timescale of March 2011", "31 January 2011",
     date(2011, 1, 31), date(2011, 1, 31)),
    ("new arrangements will be in place from 01.06.11.", "01.06.11",
     date(2011, 6, 1), date(2011, 6, 1)),
    ("Extension to timescale agreed Jan13", "Jan13", date(2013, 1, 1), date(2013, 1, 31)),
]


@pytest.mark.parametrize(("text", "span_text", "earliest", "latest"), SPAN_CASES)
def test_first_span(text: str, span_text: str, earliest: date, latest: date) -> None:
    spans = find_date_spans(text)
    assert spans, text
    first = spans[0]
    assert (first.text, first.earliest, first.latest) == (span_text, earliest, latest)
    assert text[first.start:first.end] == span_text


def test_every_span_is_found_in_order() -> None:
    text = ("Performance framework developed – to be agreed by QA sub group – February 2011 "
            "and implemented from March 2011")
    assert [s.text for s in find_date_spans(text)] == ["February 2011", "March 2011"]


def test_yearless_dates_need_a_report_date() -> None:
    text = "A meeting is planned for 14 th December with the Children's Society."
    assert find_date_spans(text) == ()
    (span,) = find_date_spans(text, report_date=date(2013, 1, 8))
    assert (span.text, span.earliest) == ("14 th December", date(2012, 12, 14))


def test_bare_year_after_a_preposition() -> None:
    text = "Review planned during 2013."
    (span,) = find_date_spans(text)
    start = text.index("2013")
    assert span == DateSpan("2013", start, start + 4, date(2013, 1, 1), date(2013, 12, 31))


@pytest.mark.parametrize("text", ["", "Completed", "Lisa Green", "see 2.1", "Not started",
                                  "May be reviewed by the team", "OIS 2012 IN 1.1, 1.3"])
def test_no_spans(text: str) -> None:
    assert find_date_spans(text) == ()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_never_raises_and_spans_point_into_text(text: str) -> None:
    for span in find_date_spans(text, report_date=date(2012, 6, 26)):
        assert text[span.start:span.end] == span.text
        assert span.earliest is not None and span.latest is not None
        assert span.earliest <= span.latest
