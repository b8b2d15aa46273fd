"""Timescales: parse a plan's "Timescales"/"By when"/"Due Date" cell (SCHEMA.md).

    parse_timescale("Within 3 months", inspection_date=date(2011, 2, 25))
    -> Timescale(due_kind="by", due_date=2011-05-25, due_date_earliest=2011-05-25, ...)

The cell is read as milestones (date_grammar.py); this module applies the
document's anchor dates and the schema's rules for combining milestones.
Results never depend on the day the code runs: relative forms count from
the inspection or report date, and with neither they stay ``relative``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from models.records import TimescaleRecord
from normalise import date_periods as periods
from normalise.date_grammar import Piece, anchor_of, read_pieces
from normalise.date_periods import Period, Precision
from normalise.date_spans import DateSpan, find_date_spans
from normalise.date_vocab import vocab

__all__ = ["DateSpan", "Milestone", "Timescale", "find_date_spans", "parse_timescale"]

DUE_KINDS = ("by", "range", "from", "ongoing", "immediate", "relative", "multiple", "unknown")


@dataclass(frozen=True)
class Milestone:
    """One dated (or undated) item of a timescale cell."""

    label: str | None
    due_kind: str
    due_date: date | None
    due_date_earliest: date | None
    start_date: date | None
    precision: Precision | None
    span: tuple[int, int]
    text: str


@dataclass(frozen=True)
class Timescale:
    due_date: date | None = None
    due_date_earliest: date | None = None
    due_kind: str = "unknown"
    start_date: date | None = None
    review_date: date | None = None
    precision: Precision | None = None
    milestones: tuple[Milestone, ...] = ()

    def to_record(self) -> TimescaleRecord:
        return TimescaleRecord(
            due_date=self.due_date,
            due_date_earliest=self.due_date_earliest,
            due_kind=self.due_kind,
            start_date=self.start_date,
            review_date=self.review_date,
        )


@dataclass(frozen=True)
class _Anchors:
    report: date | None
    inspection: date | None
    # the end of the yearless milestone just before this one in the same cell
    previous_end: date | None = None

    @property
    def relative(self) -> date | None:
        return anchor_of(self.report, self.inspection)

    @property
    def yearless(self) -> date | None:
        """"by March": the first March not over before the anchor or the milestone before it."""
        known = [d for d in (self.relative, self.previous_end) if d]
        return max(known, default=None)


@dataclass(frozen=True)
class _Fields:
    """The schema fields one milestone stands for."""

    due_kind: str
    due_date: date | None = None
    due_date_earliest: date | None = None
    start_date: date | None = None
    precision: Precision | None = None


def _dated(kind: str, period: Period | None) -> _Fields:
    if period is None:
        return _Fields(kind)
    return _Fields(kind, period.last, period.first, None, period.precision)


def _started(kind: str, start: date | None, precision: Precision | None) -> _Fields:
    return _Fields(kind, start_date=start, precision=precision if start else None)


def _unit_precision(unit: str) -> Precision:
    days = vocab().unit_days.get(unit)
    if days is not None:
        return "day" if days == 1 else "week"
    return "year" if vocab().unit_months.get(unit) == 12 else "month"


def _after(piece: Piece, anchor: date, amount: int) -> date:
    months = vocab().unit_months.get(piece.unit, 0) * amount
    days = vocab().unit_days.get(piece.unit, 0) * amount
    return periods.after(anchor, months=months, days=days)


def _relative_period(piece: Piece, anchor: date) -> Period:
    """"Within 3 months" of 25 Feb 2011 is 25 May 2011 (rule 9); "12-18 months"
    runs from the anchor + 12 months to the anchor + 18 months."""
    due = _after(piece, anchor, piece.amount)
    first = _after(piece, anchor, piece.low) if piece.low else due
    return Period(first, due, _unit_precision(piece.unit))


def _yearless(piece: Piece, anchor: date | None) -> _Fields:
    """"by March", "End Q1": the first such period not over before the anchor;
    with no anchor the year is unknown, so the item stays `relative`."""
    if anchor is None or piece.yearless is None:
        return _Fields("relative")
    unit, number = piece.yearless
    period = (periods.next_month(anchor, number) if unit == "month"
              else periods.next_financial_quarter(anchor, number))
    if piece.qualifier:
        period = periods.qualified(period, piece.qualifier)
    if piece.opens:
        return _started("from", period.first, period.precision)
    return _dated("by", period)


def _anchored(piece: Piece, anchor: date | None) -> _Fields:
    """Relative forms: by the anchor + N, or `relative` when there is no anchor."""
    if anchor is None:
        return _Fields("relative")
    if piece.kind == "end_fy":
        return _dated("by", periods.end_of_financial_year(anchor))
    return _dated("range" if piece.low else "by", _relative_period(piece, anchor))


def _fields(piece: Piece, anchors: _Anchors) -> _Fields:
    """The schema fields one piece stands for, once anchors are known."""
    anchor = anchors.relative
    if piece.kind in ("by", "range"):
        return _dated(piece.kind, piece.period)
    if piece.kind == "from" and piece.period is not None:
        return _started("from", piece.period.first, piece.period.precision)
    if piece.kind in ("relative", "end_fy"):
        return _anchored(piece, anchor)
    if piece.kind == "yearless":
        return _yearless(piece, anchors.yearless)
    if piece.kind == "immediate":
        return _dated("immediate", periods.day_period(anchor) if anchor else None)
    if piece.kind == "immediate_from":
        return _started("from" if anchor else "ongoing", anchor, "day")
    if piece.kind == "henceforth":
        return _started("ongoing", anchors.report, "day")
    return _Fields(piece.kind if piece.kind in DUE_KINDS else "unknown")


def _milestone(piece: Piece, text: str, anchors: _Anchors) -> Milestone:
    fields = _fields(piece, anchors)
    return Milestone(
        label=piece.label,
        due_kind=fields.due_kind,
        due_date=fields.due_date,
        due_date_earliest=fields.due_date_earliest,
        start_date=fields.start_date,
        precision=fields.precision,
        span=(piece.start, piece.end),
        text=text[piece.start:piece.end],
    )


def _first_day(milestone: Milestone) -> date | None:
    """A milestone's first day; an open "From X" counts with its start (rule 5)."""
    return milestone.due_date_earliest or milestone.start_date


def _combined(milestones: tuple[Milestone, ...], review: date | None) -> Timescale:
    """Several milestones (rule 5): due = the latest end, earliest = the first start."""
    ends = [m.due_date for m in milestones if m.due_date]
    firsts = [d for d in map(_first_day, milestones) if d]
    precisions = [m.precision for m in milestones if m.precision]
    return Timescale(
        due_date=max(ends, default=None),
        due_date_earliest=min(firsts, default=None),
        due_kind="multiple",
        review_date=review,
        precision=periods.coarsest(*precisions) if precisions else None,
        milestones=milestones,
    )


def _single(milestone: Milestone, review: date | None) -> Timescale:
    return Timescale(
        due_date=milestone.due_date,
        due_date_earliest=milestone.due_date_earliest,
        due_kind=milestone.due_kind,
        start_date=milestone.start_date,
        review_date=review,
        precision=milestone.precision,
        milestones=(milestone,),
    )


def _review_date(pieces: list[Piece]) -> date | None:
    """The next review: a named period's last day; with several, the earliest."""
    ends = [p.period.last for p in pieces if p.is_review and p.period is not None]
    return min(ends, default=None)


def _is_filler(milestone: Milestone) -> bool:
    text = " ".join(milestone.text.lower().replace("-", " ").split())
    return milestone.due_kind == "unknown" and text in vocab().markers.get("filler", ())


def _without_filler(milestones: tuple[Milestone, ...]) -> tuple[Milestone, ...]:
    """Beside a dated item, "As detailed above" or "Completed" is no milestone."""
    if not any(m.due_date or m.start_date for m in milestones):
        return milestones
    return tuple(m for m in milestones if not _is_filler(m))


def _all_ongoing(milestones: tuple[Milestone, ...]) -> bool:
    """ "On-going On-going On-going": one ongoing timescale repeated per key action."""
    return all(m.due_kind == "ongoing" and m.start_date is None for m in milestones)


def _milestones(pieces: list[Piece], text: str, anchors: _Anchors) -> tuple[Milestone, ...]:
    """Each piece's milestone.  Yearless milestones in a row are read in order:
    "Phase 1 by Q2, phase 2 by March" means the March after that Q2, since a
    writer who prints no year for either names them in the sequence they fall."""
    milestones: list[Milestone] = []
    previous: Milestone | None = None
    for piece in (p for p in pieces if not p.is_review):
        after = previous.due_date if previous and piece.kind == "yearless" else None
        milestone = _milestone(piece, text, _Anchors(anchors.report, anchors.inspection, after))
        milestones.append(milestone)
        previous = milestone if piece.kind == "yearless" else None
    return tuple(milestones)


@lru_cache(maxsize=16384)
def _parse(text: str, report_date: date | None, inspection_date: date | None) -> Timescale:
    pieces = read_pieces(text)
    anchors = _Anchors(report_date, inspection_date)
    milestones = _without_filler(_milestones(pieces, text, anchors))
    review = _review_date(pieces)
    if not milestones:
        return Timescale(review_date=review)
    if len(milestones) == 1 or _all_ongoing(milestones):
        return _single(milestones[0], review)
    return _combined(milestones, review)


def parse_timescale(
    text: str, *, report_date: date | None = None, inspection_date: date | None = None
) -> Timescale:
    """Read a timescale cell by SCHEMA.md's rules; text that is no timescale is unknown."""
    if not isinstance(text, str) or not text.strip():
        return Timescale()
    return _parse(text, report_date, inspection_date)


def to_record(timescale: Timescale) -> TimescaleRecord:
    return timescale.to_record()
