"""Date-like spans inside free text (progress notes, review notes).

"to be launched March 2011", "report to SMT in March 2011", "Training date
for CAMHS staff set for 08.02.2011": a blank English spaCy pipeline with a
rule-based Matcher finds the spans (patterns built from the same vocabulary
as the timescale parser); the timescale grammar says which days each covers.
The pipeline is built once, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from normalise import date_periods as periods
from normalise.date_atoms import clean, find_atoms
from normalise.date_grammar import read_pieces
from normalise.date_vocab import vocab
from normalise.tokens import blank_english

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher

Pattern = list[dict[str, Any]]
PREPOSITIONS = ["in", "during", "by", "from", "since", "until", "before", "after", "throughout"]


@dataclass(frozen=True)
class DateSpan:
    text: str
    start: int
    end: int
    earliest: date | None
    latest: date | None


def _token_shapes() -> dict[str, dict[str, Any]]:
    months = "|".join(sorted(vocab().months, key=len, reverse=True))
    year = r"(?:(?:19|20)\d\d|\d\d)"
    return {
        "month": {"LOWER": {"REGEX": rf"^(?:{months})\.?-?$"}},
        "month_year": {"LOWER": {"REGEX": rf"^(?:{months})[.\-']?{year}$"}},
        "year": {"TEXT": {"REGEX": rf"^'?{year}$"}},
        "year4": {"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}},
        "day": {"LOWER": {"REGEX": r"^[0-3]?\d(?:st|nd|rd|th)?-?$"}},
        "ordinal": {"LOWER": {"IN": ["st", "nd", "rd", "th"]}, "OP": "?"},
        "sep": {"TEXT": {"IN": ["-", ".", "/", ",", "'", "of"]}, "OP": "?"},
        "numeric": {"TEXT": {"REGEX": r"^\d{1,2}([./-])\d{1,2}\1(?:19|20)?\d\d$"}},
        "fy": {"TEXT": {"REGEX": r"^(?:19|20)\d\d(?:/\d\d|/(?:19|20)\d\d|-\d\d)$"}},
        "season": {"LOWER": {"IN": list(vocab().seasons)}},
        "term": {"LOWER": "term"},
        "quarter": {"LOWER": {"REGEX": r"^(?:q|quarter)[1-4]?$"}},
        "quarter_number": {"TEXT": {"REGEX": r"^[1-4]$"}, "OP": "?"},
        "half": {"LOWER": {"REGEX": r"^h[12]$"}},
        "fy_short": {"TEXT": {"REGEX": r"^\d\d[/-]\d\d$"}},
        "period_year": {"TEXT": {"REGEX": r"^(?:(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)?|\d\d[/-]\d\d)$"}},
        "qualifier": {"LOWER": {"IN": ["end", "mid", "beginning", "start", "close"]}},
        "of": {"LOWER": {"IN": ["of", "the", "-"]}, "OP": "*"},
        "to": {"LOWER": {"IN": ["to", "-", "–", "and", "/", "until"]}},
        "preposition": {"LOWER": {"IN": PREPOSITIONS}},
    }


def _patterns() -> dict[str, list[Pattern]]:
    t = _token_shapes()
    day = [t["day"], t["ordinal"], t["sep"]]
    # a financial year the tokenizer split ("2025", "-", "26")
    split_year = [t["year4"], {"TEXT": {"IN": ["-", "/"]}}, t["year"]]
    periods_of_years = [
        [t["quarter"], t["quarter_number"], t["period_year"]],  # "Q3 2024/25", "Quarter 2 25-26"
        [t["quarter"], t["quarter_number"], *split_year],
        [t["half"], t["period_year"]],                         # "H1 2025"
        [t["half"], *split_year],
        [t["season"], t["term"], t["period_year"]],            # "Spring term 2025"
        split_year,                                            # "2012-13"
    ]
    dates = [
        *periods_of_years,
        [*day, t["month"], t["sep"], t["year"]],
        [*day, t["month_year"]],
        [t["month"], t["sep"], t["year"]],
        [t["month_year"]],
        [t["numeric"]],
        [t["fy"]],
        [t["season"], t["year"]],
        [t["month"], t["to"], t["month"], t["sep"], t["year"]],
        [t["month"], t["sep"], t["year"], t["to"], t["month"], t["sep"], t["year"]],
    ]
    return {
        # "end of Q3 2024/25", "mid-June 2025": the qualifier narrows the period
        "DATE": [*dates, *([t["qualifier"], t["of"], *pattern] for pattern in dates)],
        "DAY_MONTH": [[*day, t["month"]]],
        "YEAR": [[t["preposition"], t["year4"]]],
    }


@cache
def _pipeline() -> tuple[Language, Matcher]:
    """Built on first use: importing spaCy costs a second that parse_timescale never needs."""
    nlp = blank_english()  # first: it imports spaCy (normalise.tokens)
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab)
    for label, patterns in _patterns().items():
        matcher.add(label, patterns)
    return nlp, matcher


def _nearest_year(day: int, month: int, report_date: date) -> date:
    """A date printed without a year is the one nearest the report date."""
    options = [periods.clipped_day(y, month, day) for y in range(report_date.year - 1,
                                                                 report_date.year + 2)]
    return min(options, key=lambda when: abs((when - report_date).days))


def _bounds(text: str, report_date: date | None) -> tuple[date | None, date | None]:
    dated = [p.period for p in read_pieces(text) if p.period is not None]
    if dated:
        return min(p.first for p in dated), max(p.last for p in dated)
    partial = [a for a in find_atoms(clean(text)) if a.kind == "day_month"]
    if partial and report_date is not None:
        when = _nearest_year(partial[0].day, partial[0].month, report_date)
        return when, when
    return None, None


def find_date_spans(text: str, *, report_date: date | None = None) -> tuple[DateSpan, ...]:
    """Every date-like span in free text, with the first and last day it covers.

    A span printed without a year ("14th December") is dated only when a
    report date says which year is meant.
    """
    if not text or not text.strip():
        return ()
    nlp, matcher = _pipeline()
    from spacy.util import filter_spans  # after _pipeline, which imports spaCy

    doc = nlp(text)
    spans = [doc[start:end] for _, start, end in matcher(doc)]
    spans = [s[1:] if s[0].lower_ in PREPOSITIONS else s for s in spans]
    found = []
    for span in filter_spans(spans):
        earliest, latest = _bounds(span.text, report_date)
        if earliest is not None:
            found.append(DateSpan(span.text, span.start_char, span.end_char, earliest, latest))
    return tuple(found)
