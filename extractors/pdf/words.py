"""A page's words as pdfplumber's ``extract_words`` makes them, in fewer steps.

The table finders read every page's words (extractors/pdf/find.py, hrules.py),
and pdfplumber's WordExtractor spends most of that time handing glyphs through
generators and per-glyph method calls.  This is its algorithm for the
settings those callers use (its defaults but the two tolerances and
``extra_attrs``), as plain loops, giving the same words
(tests/test_words.py holds it to pdfplumber's on the fixtures):

1. consecutive glyphs sharing ``upright`` and the extra attributes form a run;
2. a run's glyphs cluster into lines by their top (upright text) or left
   edge (rotated text), chained within the tolerance, as pdfplumber clusters
   them; each line is ordered left to right (or top to bottom);
3. a line parts into words at blank glyphs, at glyphs with empty text (which
   pdfplumber makes words of their own), and where the next glyph starts
   before the last one, more than the tolerance after its end, or off its
   line; ligatures are spelled out.

The unruled-table finder reads only words outside the page's other tables;
it passes those tables' boxes, and the lines inside one are not cut into
words at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any, NamedTuple

from pdfplumber.utils.clustering import make_cluster_dict
from pdfplumber.utils.text import LIGATURES

from models.records import BBox

Char = Mapping[str, Any]
Word = dict[str, Any]


class Direction(NamedTuple):
    """Which glyph keys run along a line and across it."""

    name: str               # the word's ``direction``
    line_key: str           # glyphs of a line share (within tolerance) this position
    order: Any              # the sort key of glyphs along the line
    start: str              # where a glyph starts along the line
    end: str                # and ends


BOX = itemgetter("x0", "top", "x1", "bottom")
UPRIGHT = Direction("ltr", "top", itemgetter("x0"), "x0", "x1")
ROTATED = Direction("ttb", "x0", itemgetter("top", "bottom"), "top", "bottom")


def extract_words(chars: Iterable[Char], x_tolerance: float, y_tolerance: float,
                  extra_attrs: Sequence[str] = (), outside: Sequence[BBox] = ()) -> list[Word]:
    """pdfplumber.utils.extract_words(chars, x_tolerance=..., y_tolerance=...,
    extra_attrs=...); with ``outside`` boxes, less the words of runs and lines lying
    wholly in one of them, whose centres lie in it too (``within_one``)."""
    words: list[Word] = []
    for _, run in groupby(chars, itemgetter("upright", *extra_attrs)):
        glyphs = list(run)
        if outside and within_one(glyphs, outside):
            continue
        upright = glyphs[0]["upright"]
        way = UPRIGHT if upright else ROTATED
        # along an upright line the x tolerance parts words; across it the y tolerance
        along, across = (x_tolerance, y_tolerance) if upright else (y_tolerance, x_tolerance)
        for line in lines_of(glyphs, way, across):
            if outside and within_one(line, outside):
                continue
            for word in line_words(line, way, along, across):
                words.append(merge(word, way.name, extra_attrs))
    return words


def within_one(glyphs: Sequence[Char], boxes: Sequence[BBox]) -> bool:
    """Whether one box holds every glyph's centre.  Then it holds the centre of any
    word of them: a word spans from its leftmost glyph's left edge to its rightmost
    glyph's right edge, so its centre lies between those two glyphs' centres (and
    likewise top to bottom), and rounding keeps that order."""
    first = glyphs[0]
    x, y = (first["x0"] + first["x1"]) / 2, (first["top"] + first["bottom"]) / 2
    box = next((b for b in boxes if b.x0 <= x <= b.x1 and b.top <= y <= b.bottom), None)
    if box is None:
        return False
    x0, top, x1, bottom = box.x0, box.top, box.x1, box.bottom
    for c in glyphs:  # a loop, not all() over a generator: a page's every glyph may pass
        if not (x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom):
            return False
    return True


def lines_of(glyphs: Sequence[Char], way: Direction, tolerance: float) -> list[list[Char]]:
    """pdfplumber's ``cluster_objects`` on the line key, each line then ordered along."""
    positions = list(map(itemgetter(way.line_key), glyphs))
    cluster = make_cluster_dict(positions, tolerance)
    ids = [cluster[p] for p in positions]
    lines: dict[int, list[Char]] = {}
    for line_id, char in zip(ids, glyphs, strict=True):  # a stable sort by cluster
        lines.setdefault(line_id, []).append(char)
    return [sorted(lines[i], key=way.order) for i in sorted(lines)]


def line_words(line: Sequence[Char], way: Direction, along: float,
               across: float) -> list[list[Char]]:
    """The line's glyphs cut into words (``WordExtractor.iter_chars_to_words``): a
    word ends at a blank glyph, and before a glyph that starts before the last one,
    more than ``along`` after its end, or more than ``across`` off its line."""
    words: list[list[Char]] = []
    current: list[Char] = []
    start, end, side = way.start, way.end, way.line_key
    for char in line:
        text = char["text"]
        if text.isspace():
            words.append(current)
            current = []
        elif not text:  # pdfplumber splits at "punctuation" in "", which an empty text is
            words += [current, [char]]
            current = []
        elif current and (char[start] < (last := current[-1])[start]
                          or char[start] > last[end] + along
                          or abs(char[side] - last[side]) > across):
            words.append(current)
            current = [char]
        else:
            current.append(char)
    words.append(current)
    return [w for w in words if w]


def merge(glyphs: Sequence[Char], direction: str, extra_attrs: Sequence[str]) -> Word:
    """One word's dict (``WordExtractor.merge_chars``)."""
    first = glyphs[0]
    x0s, tops, x1s, bottoms = zip(*map(BOX, glyphs), strict=True)
    x0, top, x1, bottom = min(x0s), min(tops), max(x1s), max(bottoms)
    word = {"text": "".join([LIGATURES.get(c["text"], c["text"] or "") for c in glyphs]),
            "x0": x0, "x1": x1, "top": top, "doctop": top + (first["doctop"] - first["top"]),
            "bottom": bottom, "upright": first["upright"], "height": bottom - top,
            "width": x1 - x0, "direction": direction}
    for key in extra_attrs:
        word[key] = first[key]
    return word
