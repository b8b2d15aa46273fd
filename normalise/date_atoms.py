"""Atoms: the smallest date expressions in a timescale cell, with their spans.

An atom is one named period ("25 October 2010", "Oct 12", "Spring 2013",
"2012/13"), a half of a range that has no year of its own ("Sept" in "Sept
and Oct 12"), or a relative amount ("Within three months").  The grammar in
date_grammar.py decides what the words between atoms mean.

Patterns are built from the vocabulary and compiled once.  Day-precision
tokens are resolved by dateparser (day-first, fixed base date, all parts
required, cached); everything coarser is calendar arithmetic, because a
general parser reads "Oct 12" as 12 October of the current year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache

import dateparser

from normalise import date_periods as periods
from normalise.date_periods import Period
from normalise.date_vocab import alternation, vocab

# dateparser never sees today's date: every part must be printed, and the
# base is fixed so nothing depends on the day the code runs.
DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "RELATIVE_BASE": datetime(2000, 1, 1),
    "REQUIRE_PARTS": ["day", "month", "year"],
}
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
_TAG = re.compile(r"<[^<>]{0,120}>")
_DASHES = str.maketrans({"—": "–", "‒": "–", "―": "–", "−": "–", "\u2011": "-",
                         "\u00a0": " ", "\t": " ", "’": "'", "‘": "'", "\r": " "})


@dataclass(frozen=True)
class Atom:
    start: int
    end: int
    kind: str  # period | month | quarter | day_month | relative | end_fy
    period: Period | None = None
    month: int = 0
    day: int = 0
    amount: int = 0
    unit: str = ""
    is_range: bool = False
    low: int = 0  # "12-18 months": the lower amount of a span of durations
    quarter: int = 0  # a quarter named without its year ("by Q2")


def clean(text: str) -> str:
    """Same length as the input, so every span points into the printed text."""
    blanked = _TAG.sub(lambda m: " " * len(m.group()), text)
    return blanked.translate(_DASHES)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    v = vocab()
    month = rf"(?P<mon>{alternation(list(v.months))})\.?"
    year = r"(?P<year>(?:19|20)\d{2}|'?\d{2})(?!\d|\s*(?:st|nd|rd|th)(?![a-z]))"
    day = r"(?<![\d.,/])(?P<day>[0-3]?\d)(?:\s*(?:st|nd|rd|th)(?![a-z]))?"
    dm_sep = r"(?:\s*[-./]\s*|\s+)(?:of\s+)?"
    my_sep = r"\s*[-.,/']?\s*"
    numbers = "|".join(sorted(map(re.escape, v.numbers), key=len, reverse=True))
    units = "|".join(sorted({*v.unit_days, *v.unit_months}, key=len, reverse=True))
    seasons = "|".join(v.seasons)
    terms = "|".join(v.terms)
    amount = rf"(?:\d{{1,3}}|(?<![A-Za-z])(?:{numbers}))"
    sources = (
        ("numeric", r"(?<![\d./])(?P<day>\d{1,2})(?P<sep>[./-])(?P<mon>\d{1,2})(?P=sep)"
                    r"(?P<year>(?:19|20)?\d{2})(?!\d|[./]\d)"),
        ("day_range", r"(?<![\d.,/])(?P<day0>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*"
                      + day + dm_sep + month + my_sep + year),
        ("dmy", day + dm_sep + month + my_sep + year),
        ("mdy", month + r"\s+(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th)\s*,?|,)\s*"
                r"(?P<year>(?:19|20)\d{2})(?!\d)"),
        ("day_month", day + dm_sep + month),
        ("term", rf"(?<![A-Za-z])(?P<term>{terms})\s+term\s*(?:of\s+)?"
                 r"(?P<year>(?:19|20)\d{2}|'\d{2}|\d{2})(?:\s*[/-]\s*(?P<year2>\d{2,4}))?(?![\d/])"),
        ("season", rf"(?<![A-Za-z])(?P<season>{seasons})\s*(?:of\s+)?"
                   r"(?P<year>(?:19|20)\d{2}|'\d{2}|\d{2})(?:\s*/\s*(?P<year2>\d{2,4}))?(?!\d)"),
        ("fquarter", r"(?<![A-Za-z])(?:q|quarter\s*)(?P<q>[1-4])\s*(?:of\s+)?(?:fy\s*)?"
                     r"(?P<y1>\d{4}|\d{2})\s*[/-]\s*(?P<y2>\d{4}|\d{2})(?![\d./])"),
        ("cquarter", r"(?<![A-Za-z])(?:q|quarter\s*)(?P<q>[1-4])\s*(?:of\s+)?"
                     r"(?P<year>(?:19|20)\d{2})(?![\d/])"),
        ("half", r"(?<![A-Za-z])h(?P<h>[12])\s*(?:of\s+)?(?:fy\s*)?"
                 r"(?P<y1>(?:19|20)\d{2}|\d{2})(?:\s*[/-]\s*(?P<y2>\d{4}|\d{2}))?(?![\d./])"),
        ("fy_named", r"(?<![A-Za-z])(?:fy|financial\s+year)\s*(?P<y1>\d{4}|\d{2})\s*[/-]\s*"
                     r"(?P<y2>\d{4}|\d{2})(?![\d./])"),
        ("fy", r"(?<![\d./])(?:(?P<y1>(?:19|20)\d{2})-(?P<y2>\d{4}|\d{2})|"
               r"(?P<a1>\d{4}|\d{2})\s*/\s*(?P<a2>\d{4}|\d{2}))(?![\d./])"),
        ("my", month + my_sep + year),
        ("month", month),
        ("quarter", r"(?<![A-Za-z])(?:q|quarter\s*)(?P<q>[1-4])(?![\d./])"),
        ("year", r"(?<![\d./£$])(?P<year>(?:19|20)\d{2})(?![\d]|\s*/\s*\d)"),
        ("relative", rf"(?:(?<![A-Za-z])(?:within|in)(?:\s+the\s+next)?\s+)?(?<![\d.])"
                     rf"(?:(?P<n0>{amount})\s*(?:-|–|to)\s*)?"
                     rf"(?P<n>{amount})\s*-?\s*"
                     rf"(?P<unit>{units})(?![a-z])"),
        ("end_fy", alternation(v.markers["end_of_financial_year"])),
    )
    return tuple((kind, re.compile(src, re.IGNORECASE)) for kind, src in sources)


@lru_cache(maxsize=4096)
def _dateparser_day(token: str) -> date | None:
    parsed = dateparser.parse(token, languages=["en"], settings=DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


def resolve_day(token: str, day: int, month: int, year: int) -> date | None:
    """dateparser reads the token; an impossible day ("31 June") is clipped."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return _dateparser_day(token) or periods.clipped_day(year, month, day)


def _year(text: str) -> int:
    return periods.full_year(int(text.lstrip("'")))


def _month(m: re.Match[str]) -> int:
    return vocab().month_number(m["mon"]) or 0


def _day_atom(m: re.Match[str], day: int, month: int, year: int) -> Atom | None:
    token = f"{day} {MONTH_NAMES[month]} {year}"
    when = resolve_day(token, day, month, year)
    return Atom(m.start(), m.end(), "period", periods.day_period(when)) if when else None


def _numeric(m: re.Match[str]) -> Atom | None:
    day, month, year = int(m["day"]), int(m["mon"]), _year(m["year"])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    when = resolve_day(m.group().replace("-", "."), day, month, year)
    return Atom(m.start(), m.end(), "period", periods.day_period(when)) if when else None


def _day_range(m: re.Match[str]) -> Atom | None:
    last = _day_atom(m, int(m["day"]), _month(m), _year(m["year"]))
    first_day = int(m["day0"])
    if last is None or last.period is None or not 1 <= first_day <= last.period.last.day:
        return None
    first = last.period.last.replace(day=first_day)
    return Atom(m.start(), m.end(), "period", Period(first, last.period.last, "day"),
                is_range=True)


def _term(m: re.Match[str]) -> Atom | None:
    """"Spring term 2025": a school term; with an academic year ("2024/25") the
    autumn term falls in its first year, spring and summer in its second."""
    first_month, last_month = vocab().terms[m["term"].lower()]
    year = _year(m["year"])
    if m["year2"]:
        if _consecutive_years(m["year"], m["year2"]) is None:
            return None
        year = year if first_month >= 9 else year + 1
    period = periods.months_span(year, first_month, last_month - first_month + 1, "season")
    return Atom(m.start(), m.end(), "period", period)


def _half(m: re.Match[str]) -> Atom | None:
    """"H1 2025" is January-June; "H1 2025/26" the first half of that financial year."""
    half = int(m["h"])
    if m["y2"]:
        start = _consecutive_years(m["y1"], m["y2"])
        if start is None:
            return None
        return Atom(m.start(), m.end(), "period", periods.half_year(start, 4 + 6 * (half - 1)))
    if len(m["y1"]) != 4:
        return None
    return Atom(m.start(), m.end(), "period", periods.half_year(int(m["y1"]), 1 + 6 * (half - 1)))


def _season(m: re.Match[str]) -> Atom:
    first_month = vocab().seasons[m["season"].lower()]
    return Atom(m.start(), m.end(), "period", periods.season_period(_year(m["year"]), first_month))


def _consecutive_years(first: str, second: str) -> int | None:
    """"2012/13", "12/13", "2012/2013", "2012-13": the start year, if consecutive."""
    start, end = _year(first), int(second)
    if end == start + 1 or (end < 100 and end == (start + 1) % 100):
        return start
    return None


def _fquarter(m: re.Match[str]) -> Atom | None:
    start = _consecutive_years(m["y1"], m["y2"])
    if start is None:
        return None
    return Atom(m.start(), m.end(), "period", periods.financial_quarter(start, int(m["q"])))


def _fy(m: re.Match[str]) -> Atom | None:
    first, second = (m["y1"], m["y2"]) if m["y1"] else (m["a1"], m["a2"])
    start = _consecutive_years(first, second)
    if start is None or not 1900 <= start <= 2099:
        return None
    return Atom(m.start(), m.end(), "period", periods.financial_year(start))


def _amount(raw: str | None) -> int:
    if not raw:
        return 0
    return int(raw) if raw.isdigit() else vocab().numbers.get(raw.lower(), 0)


def _relative(m: re.Match[str]) -> Atom | None:
    amount, low = _amount(m["n"]), _amount(m["n0"])
    if not amount or (m["n0"] and not 0 < low < amount):
        return None
    return Atom(m.start(), m.end(), "relative", amount=amount, unit=m["unit"].lower(), low=low)


def _build(kind: str, m: re.Match[str]) -> Atom | None:
    start, end = m.start(), m.end()
    if kind == "dmy":
        return _day_atom(m, int(m["day"]), _month(m), _year(m["year"]))
    if kind == "mdy":
        return _day_atom(m, int(m["day"]), _month(m), _year(m["year"]))
    if kind == "my":
        return Atom(start, end, "period", periods.month_period(_year(m["year"]), _month(m)))
    if kind == "month":
        return Atom(start, end, "month", month=_month(m))
    if kind == "day_month":
        return Atom(start, end, "day_month", month=_month(m), day=int(m["day"]))
    if kind == "year":
        return Atom(start, end, "period", periods.year_period(int(m["year"])))
    if kind == "cquarter":
        return Atom(start, end, "period", periods.calendar_quarter(int(m["year"]), int(m["q"])))
    if kind == "end_fy":
        return Atom(start, end, "end_fy")
    if kind == "quarter":
        return Atom(start, end, "quarter", quarter=int(m["q"]))
    builders = {"numeric": _numeric, "day_range": _day_range, "season": _season, "term": _term,
                "fquarter": _fquarter, "fy": _fy, "fy_named": _fy, "half": _half,
                "relative": _relative}
    return builders[kind](m)


def _candidates(text: str) -> list[tuple[int, int, int, Atom]]:
    found = []
    for priority, (kind, pattern) in enumerate(_patterns()):
        for m in pattern.finditer(text):
            atom = _build(kind, m)
            if atom is not None:
                found.append((atom.start, -(atom.end - atom.start), priority, atom))
    return sorted(found, key=lambda item: item[:3])


def find_atoms(text: str) -> tuple[Atom, ...]:
    """Leftmost-longest atoms that do not overlap, in text order."""
    chosen: list[Atom] = []
    for _, _, _, atom in _candidates(text):
        if not chosen or atom.start >= chosen[-1].end:
            chosen.append(atom)
    return tuple(chosen)
