"""The structure around date atoms: ranges, prefixes, suffixes, markers, labels.

A timescale cell is read as a sequence of pieces, each one milestone (or a
review date).  Atoms (date_atoms.py) are the dates; the words between them
decide what each date means:

- ``X – Y``, ``X to Y``, ``Between X and Y``, ``Sept and Oct 12``: one range;
- ``From X``, ``X onwards``, ``X and quarterly thereafter``: an open start;
- ``End of X``, ``mid X``, ``w/c X``: a narrower period;
- ``Review: X``: the review date, not a milestone;
- ``Within 6 months (April 2013)``, ``Immediate Dec 12``: the printed date wins;
- ``Rushall: X``, ``Stage 1 – X``: the label of the milestone;
- ``On-going``, ``Henceforth``, ``Immediate``, ``tba`` standing alone: a
  milestone without a date of its own.

No anchor dates are used here: pieces say what the text says; dates.py
turns them into dates with the document's inspection and report dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from normalise import date_periods as periods
from normalise.date_atoms import Atom, clean, find_atoms
from normalise.date_periods import Period
from normalise.date_vocab import alternation, vocab

SEGMENT_BREAK = re.compile(r"[\n;]")
YEARLESS = ("month", "quarter")
# context words that make a month or quarter printed without its year a deadline
YEARLESS_CUES = ("by", "from", "q_end", "q_beginning", "q_mid", "q_early", "q_late")
LABEL_JUNK = " \t\n:;,.-–()[]•*"


@dataclass(frozen=True)
class Piece:
    # by range from ongoing henceforth immediate immediate_from relative end_fy yearless unknown
    kind: str
    start: int
    end: int
    period: Period | None = None
    label: str | None = None
    amount: int = 0
    unit: str = ""
    qualifier: str = ""
    is_review: bool = False
    low: int = 0
    # "by March", "End Q1": a month or (financial) quarter printed without its year
    yearless: tuple[str, int] | None = None
    opens: bool = False  # "From March": the yearless period starts the line


@dataclass(frozen=True)
class _Unit:
    """An atom, or two atoms joined into a range, before its context is read."""

    start: int
    end: int
    atom: Atom
    period: Period | None
    is_range: bool


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    v = vocab()
    p, m = v.phrases, v.markers
    immediate, ongoing = alternation(m["immediate"]), alternation(m["ongoing"])
    sources = {
        "note": rf"(?:{alternation(p['note'])})\s*[:\-–]?\s*$",
        "review": rf"(?:{alternation(p['review'])})\s*[:\-–]?\s*$",
        "week": rf"(?:{alternation(p['week'])})\s*:?\s*$",
        "from": rf"(?:{alternation(p['from'])})\s*:?\s*$",
        "immediate": rf"(?:{immediate})\s*[:\-–,(]*\s*$",
        "by": r"(?<![A-Za-z])(?:by|in|during|before|no later than|deadline)\s*:?\s*$",
        "between": rf"(?:{alternation(p['between'])})\s*$",
        "numbered_label": rf"(?:{alternation(p['numbered_label'])})\s*\d{{1,2}}(?![\d./])",
        "onwards": rf"\s*[,\-–]?\s*(?:{alternation(p['onwards'])}|and\s+(?:\w+\s+)?thereafter"
                   r"|thereafter|then\s+(?:\w+ly|ongoing|on-going))(?![A-Za-z])",
        "printed_date_follows": r"^\s*[(\[]?\s*$",
        "immediate_from": rf"(?:{immediate})\s*(?:and|&)\s*(?:then\s+)?(?:{ongoing})",
        "ongoing": ongoing,
        "henceforth": alternation(m["henceforth"]),
        "immediate_marker": immediate,
        "unknown": alternation(m["unknown"]) + r"|^\s*[-–?]+\s*$",
        "periodic": alternation(m["periodic"]),
    }
    for name, words in v.qualifiers.items():
        # "end of July", or "end of the academic year (July 2026)": a period named in
        # words, then printed in brackets, takes the qualifier of the words
        named = r"\s+[A-Za-z][A-Za-z' ]{0,40}?\s*[(\[]\s*"
        sources[f"q_{name}"] = rf"(?:{alternation(words)})(?:[\s\-]*|{named})$"
    range_words = "|".join(re.escape(w) for w in p["range_to"])
    sources["connector"] = rf"^\s*(?:{range_words})\s*$"
    sources["connector_and"] = r"^\s*(?:and|&)\s*$"
    return {name: re.compile(src, re.IGNORECASE) for name, src in sources.items()}


def _mask_numbered_labels(text: str) -> str:
    """"Stage 1 – Nov 12": hide the label's number so it is never read as a day."""
    def hide(m: re.Match[str]) -> str:
        return re.sub(r"\d", "#", m.group())
    return _rx()["numbered_label"].sub(hide, text)


def _partial_period(atom: Atom, year: int) -> Period:
    if atom.kind == "month":
        return periods.month_period(year, atom.month)
    return periods.day_period(periods.clipped_day(year, atom.month, atom.day))


def _borrow_year(first: Atom, last: Period) -> Period:
    """"Sept and Oct 12": the first half takes the year of the second (or the one before)."""
    year = last.first.year
    if (first.month, first.day) > (last.first.month, last.first.day if first.day else 0):
        year -= 1
    return _partial_period(first, year)


def _joinable(text: str, first: Atom, second: Atom) -> bool:
    gap = text[first.end:second.start]
    if second.kind != "period" or second.period is None or second.is_range:
        return False
    if first.kind in ("month", "day_month"):
        return bool(_rx()["connector"].match(gap) or _rx()["connector_and"].match(gap))
    if first.kind != "period" or first.is_range:
        return False
    if _rx()["connector"].match(gap):
        return True
    return bool(_rx()["connector_and"].match(gap) and _rx()["between"].search(text[:first.start]))


def _join_ranges(text: str, atoms: tuple[Atom, ...]) -> list[_Unit]:
    units: list[_Unit] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        nxt = atoms[index + 1] if index + 1 < len(atoms) else None
        if nxt is not None and nxt.period is not None and _joinable(text, atom, nxt):
            first = atom.period or _borrow_year(atom, nxt.period)
            units.append(_Unit(atom.start, nxt.end, atom, periods.span(first, nxt.period), True))
            index += 2
            continue
        if atom.kind != "day_month":
            units.append(_Unit(atom.start, atom.end, atom, atom.period, atom.is_range))
        index += 1
    return units


def _drop_overruled_relatives(text: str, units: list[_Unit]) -> list[_Unit]:
    """"Within 6 months (April 2013)": a date printed beside it wins (rule 9)."""
    kept = []
    for unit, nxt in zip(units, [*units[1:], None], strict=False):
        overruled = (
            unit.atom.kind == "relative" and nxt is not None and nxt.period is not None
            and _rx()["printed_date_follows"].match(text[unit.end:nxt.start])
        )
        if not overruled:
            kept.append(unit)
    return kept


def _read_prefixes(gap: str) -> tuple[dict[str, bool], int]:
    """Strips context words off the end of the text before a unit.

    Returns what was found and how many characters of the gap remain for
    the label.
    """
    names = ("note", "review", "week", "between", "q_end", "q_beginning", "q_mid", "q_early",
             "q_late", "from", "immediate", "by")
    found: dict[str, bool] = {}
    end = len(gap)
    progress = True
    while progress:
        progress = False
        for name in names:
            m = _rx()[name].search(gap, 0, end)
            if m and name not in found:
                found[name], end, progress = True, m.start(), True
                break
    return found, end


def _qualifier(found: dict[str, bool]) -> str:
    return next((name[2:] for name in found if name.startswith("q_")), "")


def _yearless_piece(unit: _Unit, found: dict[str, bool], suffix: int) -> Piece:
    atom = unit.atom
    number = atom.month if atom.kind == "month" else atom.quarter
    return Piece("yearless", unit.start, unit.end + suffix, qualifier=_qualifier(found),
                 yearless=(atom.kind, number), opens="from" in found or bool(suffix),
                 is_review="review" in found)


def _is_deadline(text: str, unit: _Unit, found: dict[str, bool]) -> bool:
    """A month or quarter without a year is a deadline only after "by", "end",
    "from" and the like, or alone in the cell ("May be reviewed" is no date)."""
    if unit.atom.kind not in YEARLESS or unit.period is not None:
        return True
    alone = not text[:unit.start].strip(LABEL_JUNK) and not text[unit.end:].strip(LABEL_JUNK)
    return alone or any(cue in found for cue in YEARLESS_CUES) or "review" in found


def _unit_piece(unit: _Unit, found: dict[str, bool], suffix: int, text: str) -> Piece:
    atom, period = unit.atom, unit.period
    kind = "range" if unit.is_range else "by"
    if period is None and atom.kind in YEARLESS:
        return _yearless_piece(unit, found, suffix)
    if atom.kind in ("relative", "end_fy"):
        kind = atom.kind
    elif period is not None:
        if "week" in found and period.precision == "day":
            period = periods.week_period(period.first)
        if _qualifier(found) and not unit.is_range:
            period = periods.qualified(period, _qualifier(found))
        if ("from" in found and not unit.is_range) or suffix:
            kind = "from"
    return Piece(kind, unit.start, unit.end + suffix, period, amount=atom.amount,
                 unit=atom.unit, is_review="review" in found, low=atom.low)


def _unit_pieces(text: str, units: list[_Unit]) -> tuple[list[Piece], list[tuple[int, int]]]:
    """One piece per unit, plus the spans its context words used up."""
    pieces, used = [], []
    previous_end = 0
    for index, unit in enumerate(units):
        following = units[index + 1].start if index + 1 < len(units) else len(text)
        found, label_end = _read_prefixes(text[previous_end:unit.start])
        if not _is_deadline(text, unit, found):
            continue
        onwards = _rx()["onwards"].match(text, unit.end, following)
        suffix = onwards.end() - unit.end if onwards else 0
        prefix_start = previous_end + label_end
        used.append((prefix_start, unit.end + suffix))
        previous_end = unit.end + suffix
        if "note" in found:
            continue
        piece = _unit_piece(unit, found, suffix, text)
        pieces.append(replace(piece, start=min(piece.start, _prefix_start(text, prefix_start,
                                                                          unit.start))))
    return pieces, used


def _prefix_start(text: str, prefix_start: int, unit_start: int) -> int:
    """The milestone's span starts at its context words ("From 1 October 2010")."""
    stripped = len(text[prefix_start:unit_start]) - len(text[prefix_start:unit_start].lstrip())
    return prefix_start + stripped


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def _is_label_of_next(text: str, end: int, pieces: list[Piece]) -> bool:
    """"to be set Jan 2013": an undetermined phrase right before a date labels it."""
    later = [p.start for p in pieces if p.start >= end]
    return bool(later) and not SEGMENT_BREAK.search(text, end, min(later))


def _marker_pieces(text: str, taken: list[tuple[int, int]], dated: list[Piece]) -> list[Piece]:
    pieces: list[Piece] = []
    spans = list(taken)
    kinds = ("immediate_from", "henceforth", "ongoing", "immediate_marker", "unknown")
    for kind in kinds:
        for m in _rx()[kind].finditer(text):
            if m.end() == m.start() or _overlaps(m.start(), m.end(), spans):
                continue
            if kind == "unknown" and _is_label_of_next(text, m.end(), dated):
                continue
            spans.append((m.start(), m.end()))
            pieces.append(Piece(kind.removesuffix("_marker"), m.start(), m.end()))
    return pieces


def _periodic_pieces(text: str) -> list[Piece]:
    """"Quarterly" alone: ongoing, read only when the cell says nothing else."""
    return [Piece("ongoing", m.start(), m.end()) for m in _rx()["periodic"].finditer(text)]


def _label_text(text: str) -> str | None:
    label = " ".join(text.split()).strip(LABEL_JUNK)
    return label or None


def _with_labels(text: str, pieces: list[Piece]) -> list[Piece]:
    """Leading text in the same segment labels a piece; else the text just after it."""
    labelled: list[Piece] = []
    ordered = sorted(pieces, key=lambda p: p.start)
    for index, piece in enumerate(ordered):
        previous_end = ordered[index - 1].end if index else 0
        lead_start = max([previous_end, *(m.end() for m in SEGMENT_BREAK.finditer(
            text, previous_end, piece.start))])
        label = _label_text(text[lead_start:piece.start])
        if label is None:
            next_start = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
            tail = SEGMENT_BREAK.split(text[piece.end:next_start])[0]
            label = _label_text(tail) if index + 1 == len(ordered) or tail != text[
                piece.end:next_start] else None
        labelled.append(replace(piece, label=label))
    return labelled


def read_pieces(raw: str) -> list[Piece]:
    """Every milestone and review piece of a timescale cell, in text order."""
    printed = clean(raw)
    text = _mask_numbered_labels(printed)
    units = _drop_overruled_relatives(text, _join_ranges(text, find_atoms(text)))
    dated, used = _unit_pieces(text, units)
    pieces = dated + _marker_pieces(text, used, dated)
    if not pieces:
        pieces = _periodic_pieces(text)[:1]
    return _with_labels(printed, pieces)


def anchor_of(report_date: date | None, inspection_date: date | None) -> date | None:
    """Relative and immediate timescales count from the inspection, else the report."""
    return inspection_date or report_date
