"""Timescale parsing benchmark: our parser against a plain dateparser.parse.

    .venv/bin/python benchmarks/timescales.py

Counts how many of the hand-checked cases (tests/timescale_cases.py) each
gets fully right, and measures the parse rate.  A plain parse counts as right
when its date equals the expected due_date (a case with no due date counts
as right when the plain parse returns nothing).
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dateparser  # noqa: E402

from normalise import date_atoms, dates  # noqa: E402
from tests.timescale_cases import ANCHORS, CASES, Case  # noqa: E402

PLAIN_SETTINGS = {"DATE_ORDER": "DMY"}


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _ours(case: Case) -> dates.Timescale:
    anchors = ANCHORS[case.anchors]
    return dates.parse_timescale(case.text, report_date=anchors.report_date,
                                 inspection_date=anchors.inspection_date)


def ours_right(case: Case) -> bool:
    got = _ours(case)
    return (got.due_kind, got.due_date, got.due_date_earliest, got.start_date,
            got.review_date) == (case.due_kind, _iso(case.due_date),
                                 _iso(case.due_date_earliest), _iso(case.start_date),
                                 _iso(case.review_date))


def plain_right(case: Case) -> bool:
    parsed = dateparser.parse(case.text, settings=PLAIN_SETTINGS)
    return (parsed.date() if parsed else None) == _iso(case.due_date)


def _clear_caches() -> None:
    dates._parse.cache_clear()
    date_atoms._dateparser_day.cache_clear()


def rate(rounds: int, *, cold: bool) -> float:
    """Cases per second; cold clears every cache before each round."""
    elapsed = 0.0
    for _ in range(rounds):
        if cold:
            _clear_caches()
        start = time.perf_counter()
        for case in CASES:
            _ours(case)
        elapsed += time.perf_counter() - start
    return rounds * len(CASES) / elapsed


def plain_rate() -> float:
    start = time.perf_counter()
    for case in CASES:
        dateparser.parse(case.text, settings=PLAIN_SETTINGS)
    return len(CASES) / (time.perf_counter() - start)


def main() -> None:
    _ours(CASES[0])  # load vocabulary and compile patterns outside the timing
    ours = sum(map(ours_right, CASES))
    plain = sum(map(plain_right, CASES))
    total = len(CASES)
    print(f"cases: {total}")
    print(f"parse_timescale fully right:        {ours:4d}/{total} ({ours / total:.1%})")
    print(f"plain dateparser.parse due_date ok: {plain:4d}/{total} ({plain / total:.1%})")
    print(f"parse_timescale rate, cold caches:  {rate(5, cold=True):,.0f} cases/s")
    print(f"parse_timescale rate, warm caches:  {rate(20, cold=False):,.0f} cases/s")
    print(f"plain dateparser.parse rate:        {plain_rate():,.0f} cases/s")


if __name__ == "__main__":
    main()
