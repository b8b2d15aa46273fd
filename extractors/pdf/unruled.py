"""Tables with no rules at all: columns from the alignment of text, rows from its gaps.

Stream modes (Camelot's, Tabula's) cut a page into rows at every text line, so
a cell that wraps becomes several rows; here a row is a band of lines, and a
wrapped cell stays one cell.  Recipe, on the words no ruled table holds:

1. *lines*: words whose tops agree, left to right; a line is cut into
   *segments* where the gap between words is wider than ``SEGMENT_GAP_EM``
   font sizes (wider than any word space);
2. *columns*: a run of consecutive lines is a candidate when it starts at a
   line of at least ``MIN_COLUMNS`` segments (the printed header, or a first
   row); the segment starts of its multi-segment lines are the column starts,
   each printed left-aligned in at least ``MIN_ALIGNED`` lines;
3. *extent*: the run grows down while no word straddles a column start (a
   line of prose does, a wrapped cell line does not) and no gap between
   lines is wider than ``MAX_LINE_GAP_EM`` line heights;
4. *rows*: a new row starts where the first column opens a line (its text
   starts under a line where it had none) or where the gap above a line is
   clearly wider than the run's usual line pitch;
5. a run is a table only with at least ``MIN_COLUMNS`` columns and
   ``MIN_ROWS`` rows that fill two cells or more: running prose has one
   column, two-column text two, a contents page's last column holds only
   page numbers in order (refused).

The frame spans the text block ``[left, page width - left]`` (the right edge
of ragged text varies from page to page; the margins do not), and each column
boundary sits just left of the column's text, so one table's parts on
successive pages have the same columns and are stitched like ruled tables.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from extractors import geometry as geo
from extractors.pdf.frame import TableFrame
from models.records import BBox

Word = Mapping[str, Any]

SEGMENT_GAP_EM = 1.0
MIN_COLUMNS = 3
MIN_ROWS = 3
MIN_ALIGNED = 2
ALIGN_TOLERANCE = 3.0
# a word covering a column start by more than this on both sides crosses it
STRADDLE_TOLERANCE = 1.0
MAX_LINE_GAP_EM = 2.5
ROW_GAP_EM = 0.35
BOUNDARY_INSET = 2.0
# a first-column word that numbers a row ("1", "A2", "3.1", "4.")
REF_RE = re.compile(r"^[A-Z]{0,2}\d{1,3}(?:\.\d{1,3})*[.)]?$")


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]
    top: float
    bottom: float
    size: float

    @property
    def x0(self) -> float:
        return float(self.words[0]["x0"])

    @property
    def x1(self) -> float:
        return max(float(w["x1"]) for w in self.words)


@dataclass(frozen=True)
class Run:
    """Consecutive lines under one set of column starts."""

    lines: tuple[Line, ...]
    starts: tuple[float, ...]


def word_size(word: Word) -> float:
    return float(word.get("size") or word["bottom"] - word["top"])


def text_lines(words: Sequence[Word], y_tolerance: float) -> list[Line]:
    """Words grouped into visual lines, top to bottom."""
    groups: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if groups and word["top"] - groups[-1][0]["top"] <= y_tolerance:
            groups[-1].append(word)
        else:
            groups.append([word])
    lines = []
    for group in groups:
        ordered = tuple(sorted(group, key=lambda w: w["x0"]))
        lines.append(Line(ordered, min(w["top"] for w in group), max(w["bottom"] for w in group),
                          statistics.median(word_size(w) for w in group)))
    return lines


def segment_starts(line: Line) -> list[float]:
    """Left edges of the line's segments (word groups split at wide gaps)."""
    starts = [line.x0]
    for prev, word in zip(line.words, line.words[1:], strict=False):
        if word["x0"] - prev["x1"] > SEGMENT_GAP_EM * line.size:
            starts.append(float(word["x0"]))
    return starts


def near(x: float, positions: Sequence[float]) -> bool:
    return any(abs(x - p) <= ALIGN_TOLERANCE for p in positions)


def straddles(line: Line, starts: Sequence[float]) -> bool:
    """Whether a word of the line crosses a column start (other than the first)."""
    return any(w["x0"] < s - STRADDLE_TOLERANCE and w["x1"] > s + STRADDLE_TOLERANCE
               for w in line.words for s in starts[1:])


def add_starts(starts: list[float], line: Line) -> bool:
    """Merge the line's segment starts into the run's; False if that breaks the run.

    A new start must not fall inside a segment the run already accepted, which
    ``straddles`` checks on the line itself and ``grow`` on the lines above.
    """
    for x in segment_starts(line)[1:]:
        if not near(x, starts):
            starts.append(x)
    starts.sort()
    return True


def line_gap_ok(prev: Line, line: Line) -> bool:
    return line.top - prev.bottom <= MAX_LINE_GAP_EM * max(prev.bottom - prev.top, 1.0)


def grow(lines: Sequence[Line], first: int) -> Run:
    """The run opened by ``lines[first]``, grown downwards while it stays a grid."""
    starts = sorted(segment_starts(lines[first]))
    taken = [lines[first]]
    for line in lines[first + 1:]:
        if not line_gap_ok(taken[-1], line) or straddles(line, starts):
            break
        trial = list(starts)
        add_starts(trial, line)
        if any(straddles(prev, trial) for prev in taken):
            break
        starts = trial
        taken.append(line)
    return Run(tuple(taken), tuple(starts))


def supported_starts(run: Run) -> list[float]:
    """Column starts printed left-aligned in at least MIN_ALIGNED lines, or in a bold
    header line opening the run (the first start always kept)."""
    need = 1 if is_bold_header(run.lines[0]) else MIN_ALIGNED
    counts = [sum(1 for ln in run.lines if near(s, segment_starts(ln))) for s in run.starts]
    kept = [s for s, n in zip(run.starts, counts, strict=True)
            if n >= MIN_ALIGNED or (need == 1 and near(s, segment_starts(run.lines[0])))]
    left = min(ln.x0 for ln in run.lines)
    return [left] + [s for s in kept if s > left + ALIGN_TOLERANCE]


def column_of(x: float, starts: Sequence[float]) -> int:
    return max(0, sum(1 for s in starts if x >= s - ALIGN_TOLERANCE) - 1)


def filled_columns(line: Line, starts: Sequence[float]) -> set[int]:
    return {column_of(float(w["x0"]), starts) for w in line.words}


def usual_gap(lines: Sequence[Line], starts: Sequence[float]) -> float:
    """The whitespace between two lines of one cell: the least gap between
    consecutive lines that hold text in the same column."""
    gaps = []
    for col in range(len(starts)):
        holding = [ln for ln in lines if col in filled_columns(ln, starts)]
        gaps += [b.top - a.bottom for a, b in zip(holding, holding[1:], strict=False)]
    return max(0.0, min(gaps)) if gaps else 0.0


def first_word(line: Line, starts: Sequence[float]) -> str | None:
    words = [w for w in line.words if column_of(float(w["x0"]), starts) == 0]
    return str(words[0]["text"]) if words else None


def opens_row(line: Line, prev: Line, starts: Sequence[float]) -> bool:
    """The first column starts text here: under a line where it had none, or with a number."""
    word = first_word(line, starts)
    if word is None:
        return False
    return first_word(prev, starts) is None or bool(REF_RE.match(word))


def all_bold(line: Line) -> bool:
    return all("bold" in str(w.get("fontname", "")).lower() for w in line.words)


def header_line_count(lines: Sequence[Line]) -> int:
    """Leading bold lines, when the first is a bold header line: the header row."""
    if not lines or not is_bold_header(lines[0]):
        return 0
    count = 1
    while count < len(lines) and all_bold(lines[count]):
        count += 1
    return count


def row_groups(lines: Sequence[Line], starts: Sequence[float]) -> list[list[Line]]:
    """Lines gathered into rows: the bold header lines are one row; below them a
    row opens where the first column opens a line, or after clearly more
    whitespace than lies between a cell's lines."""
    head = header_line_count(lines)
    rows = [list(lines[:head])] if head else []
    return rows + body_rows(lines[head:], starts)


def body_rows(lines: Sequence[Line], starts: Sequence[float]) -> list[list[Line]]:
    gap = usual_gap(lines, starts)
    rows: list[list[Line]] = []
    for line in lines:
        if not rows:
            rows.append([line])
            continue
        above = line.top - max(ln.bottom for ln in rows[-1])
        if opens_row(line, rows[-1][-1], starts) or above > gap + ROW_GAP_EM * line.size:
            rows.append([line])
        else:
            rows[-1].append(line)
    return rows


def is_contents(rows: Sequence[Sequence[Line]], starts: Sequence[float]) -> bool:
    """The last column holds only page numbers, in order: a contents page."""
    last = len(starts) - 1
    numbers = []
    for row in rows:
        texts = [str(w["text"]) for ln in row for w in ln.words
                 if column_of(float(w["x0"]), starts) == last]
        if texts:
            numbers.append("".join(texts))
    return bool(numbers) and all(n.isdigit() for n in numbers) and numbers == sorted(
        numbers, key=int)


def is_bold_header(line: Line) -> bool:
    """A line of bold words in at least MIN_COLUMNS segments: a printed header row."""
    return all_bold(line) and len(segment_starts(line)) >= MIN_COLUMNS


def is_table(rows: Sequence[Sequence[Line]], starts: Sequence[float]) -> bool:
    """Enough columns and rows; a part of a table that runs on from the page before
    (its header printed again above a row or two) counts by its header."""
    if len(starts) < MIN_COLUMNS or is_contents(rows, starts):
        return False
    multi = sum(1 for row in rows
                if len({c for ln in row for c in filled_columns(ln, starts)}) >= 2)
    headed = len(rows) >= 2 and is_bold_header(rows[0][0])
    return multi >= MIN_ROWS or headed


def frame_of(rows: Sequence[Sequence[Line]], starts: Sequence[float],
             page_width: float) -> TableFrame:
    left = starts[0]
    right = max(page_width - left, max(ln.x1 for row in rows for ln in row) + 1.0)
    xs = [left - BOUNDARY_INSET, *(s - BOUNDARY_INSET for s in starts[1:]), right]
    tops = [row[0].top - 1.0 for row in rows]
    bottom = rows[-1][-1].bottom + 1.0
    ys = [*tops, bottom]
    cells = tuple(BBox(x0, top, x1, bot)
                  for top, bot in zip(ys, ys[1:], strict=False)
                  for x0, x1 in zip(xs, xs[1:], strict=False))
    return TableFrame(BBox(xs[0], ys[0], xs[-1], ys[-1]), cells, "none")


def find_runs(lines: Sequence[Line]) -> list[Run]:
    """Candidate runs, top to bottom, none overlapping."""
    runs: list[Run] = []
    i = 0
    while i < len(lines):
        if len(segment_starts(lines[i])) >= MIN_COLUMNS:
            run = grow(lines, i)
            runs.append(run)
            i += len(run.lines)
        else:
            i += 1
    return runs


def unruled_frames(words: Sequence[Word], excluded: Sequence[BBox], page_width: float,
                   y_tolerance: float) -> list[TableFrame]:
    """Frames of the page's tables drawn without rules, outside the excluded boxes."""
    free = geo.centres_outside(words, excluded)
    frames = []
    for run in find_runs(text_lines(free, y_tolerance)):
        starts = supported_starts(run)
        rows = row_groups(run.lines, starts)
        if is_table(rows, starts):
            frames.append(frame_of(rows, starts, page_width))
    return frames
