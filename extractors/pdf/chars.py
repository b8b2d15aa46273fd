"""Glyphs -> visual lines -> text and spans.

One routine serves table cells and text blocks, so both agree on what a word
gap and a line break are.  A word break is a space glyph or a horizontal gap
wider than the line's own letter spacing by half the font's space width
(at most ``x_tolerance``, pdfplumber's fixed rule): so letter-spaced text
("P a g e", "Timescal e") stays whole and words set apart without a space
glyph still part.  A line is a run of glyphs whose tops lie within
``y_tolerance`` of the line's first glyph.  Spans are
runs of glyphs sharing (font, size, fill colour); the spaces and line breaks
between glyphs belong to the span they follow, so the spans' texts always
join to exactly the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, islice
from operator import itemgetter, not_
from typing import Any, NamedTuple

from extractors.colour import pdf_colour_to_hex
from extractors.pdf.broken_words import joined_is_likelier
from models.records import Span

Char = Mapping[str, Any]
SpanKey = tuple[str | None, float | None, str | None]


def base_font_name(fontname: Any) -> str | None:
    """A font name without its subset tag: ``ABCDEF+Arial-BoldMT`` -> ``Arial-BoldMT``."""
    if not isinstance(fontname, str) or not fontname:
        return None
    tag, plus, rest = fontname.partition("+")
    return rest if plus and len(tag) == 6 and tag.isupper() else fontname


def is_bold_font(font: str | None) -> bool:
    return font is not None and "bold" in font.lower()


def span_key(char: Char) -> SpanKey:
    font, size = font_key(char.get("fontname"), char.get("size"))
    return font, size, pdf_colour_to_hex(char.get("non_stroking_color"))


def font_key(fontname: Any, size: Any) -> tuple[str | None, float | None]:
    """(base font name, size to 0.01 pt): remembered, as a page has few and every glyph asks."""
    try:
        return _remembered_font_key(fontname, size)
    except TypeError:  # unhashable values from a broken file: just not remembered
        return _font_key(fontname, size)


def _font_key(fontname: Any, size: Any) -> tuple[str | None, float | None]:
    rounded = round(float(size), 2) if isinstance(size, int | float) else None
    return base_font_name(fontname), rounded


_remembered_font_key = lru_cache(maxsize=4096)(_font_key)


def is_blank(char: Char) -> bool:
    return not str(char.get("text", "")).strip()


TOP_X0 = itemgetter("top", "x0")
X0 = itemgetter("x0")


def char_lines(chars: Iterable[Char], y_tolerance: float) -> list[list[Char]]:
    """Glyphs grouped into visual lines, top to bottom, each left to right."""
    lines: list[list[Char]] = []
    line: list[Char] = []
    line_top = 0.0
    for char in sorted(chars, key=TOP_X0):
        top = char["top"]
        if lines and top - line_top <= y_tolerance:
            line.append(char)
        else:
            line = [char]
            lines.append(line)
            line_top = top
    return [sorted(line, key=X0) for line in lines]


@dataclass
class _SpanRun:
    key: SpanKey
    parts: list[str]

    def to_span(self) -> Span:
        font, size, colour = self.key
        return Span("".join(self.parts), font, size, colour, is_bold_font(font))


# no glyph's font, size or colour is this object
_NO_STYLE = object()


class _SpanBuilder:
    """Accumulates glyphs and separators into spans."""

    def __init__(self) -> None:
        self.runs: list[_SpanRun] = []
        # the last glyph's own font, size and colour objects: the glyphs of one text
        # object share the very same ones, so their span key is worked out once
        self.style: tuple[Any, Any, Any] = (_NO_STYLE, _NO_STYLE, _NO_STYLE)

    def add_char(self, char: Char) -> None:
        font, size, colour = char.get("fontname"), char.get("size"), char.get("non_stroking_color")
        last_font, last_size, last_colour = self.style
        if font is not last_font or size is not last_size or colour is not last_colour:
            self.style = (font, size, colour)
            key = span_key(char)
            if not self.runs or self.runs[-1].key != key:
                self.runs.append(_SpanRun(key, []))
        self.runs[-1].parts.append(str(char["text"]))

    def add_separator(self, text: str) -> None:
        if self.runs:
            self.runs[-1].parts.append(text)

    def spans(self) -> tuple[Span, ...]:
        return tuple(run.to_span() for run in self.runs)


# A gap parts two words when it is wider than the letter spacing by this share
# of a space (a word gap drawn without a space glyph is a whole space wider).
WORD_GAP_SPACE_SHARE = 0.5
# a space's width in ems, when the line draws no space glyph to measure
SPACE_EM = 0.25
# letter spacing is measured on lines with at least this many gaps inside runs,
# and is never more than this many ems (wider spacing is layout, not tracking)
MIN_GAPS_FOR_SPACING = 3
MAX_SPACING_EM = 0.5


@dataclass(frozen=True)
class WordGaps:
    """One line's rule for where words part."""

    spacing: float    # the letter spacing: the median gap between glyphs of a run
    tolerance: float  # how much wider than that a gap parts two words

    def parts(self, previous: Char, char: Char) -> bool:
        return float(char["x0"]) - float(previous["x1"]) - self.spacing > self.tolerance


@dataclass(frozen=True)
class LineShape:
    """A visual line measured once: every word break, wrap and letter-spacing
    question about a line reads these instead of scanning its glyphs again."""

    chars: Sequence[Char]
    blank: Sequence[bool]   # per glyph: a space (or other blank) glyph
    visible: int            # how many glyphs are not blank
    gaps: Sequence[float]   # gaps between neighbouring visible glyphs, no space glyph between
    sizes: Sequence[float]  # the visible glyphs' font sizes
    space: float            # the width of a space on this line
    spacing: float | None   # its own letter spacing; None when too few gaps to measure

    def word_gaps(self, x_tolerance: float, block_spacing: float) -> WordGaps:
        """Letter spacing and word-gap tolerance measured on the line itself; a line
        too short to measure ("t h e" alone on a wrapped line) takes the spacing of
        its block (the cell's other lines, set in the same tracking)."""
        spacing = block_spacing if self.spacing is None else self.spacing
        return WordGaps(spacing, min(x_tolerance, WORD_GAP_SPACE_SHARE * self.space))


def median(values: Sequence[float]) -> float:
    """statistics.median of floats, by its own steps (it is asked for every line)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def median_or_zero(values: Sequence[float]) -> float:
    return median(values) if values else 0.0


def measure_line(line: Sequence[Char]) -> LineShape:
    """The line's LineShape; a space's width is its space glyphs' (else a typical
    space of its font size), its letter spacing the median gap between glyphs."""
    blank = [not str(c.get("text", "")).strip() for c in line]  # is_blank, inline
    gaps = [float(b["x0"]) - float(a["x1"])
            for a, b, a_blank, b_blank in zip(line, line[1:], blank, blank[1:], strict=False)
            if not a_blank and not b_blank]
    sizes = [float(c.get("size") or 0.0) for c, is_space in zip(line, blank, strict=True)
             if not is_space]
    size = median_or_zero(sizes)
    widths = [float(c["x1"]) - float(c["x0"]) for c, is_space in zip(line, blank, strict=True)
              if is_space]
    widths = [w for w in widths if w > 0]
    space = median(widths) if widths else SPACE_EM * size
    spacing = spacing_of(gaps, size) if len(gaps) >= MIN_GAPS_FOR_SPACING else None
    return LineShape(line, blank, len(sizes), gaps, sizes, space, spacing)


def spacing_of(gaps: Sequence[float], size: float) -> float:
    return min(max(0.0, median(gaps)), MAX_SPACING_EM * size)


def letter_spacing(lines: Sequence[LineShape]) -> float:
    """The median gap between glyphs over the given lines (0 when too few to measure)."""
    gaps = [gap for line in lines for gap in line.gaps]
    if len(gaps) < MIN_GAPS_FOR_SPACING:
        return 0.0
    return spacing_of(gaps, median_or_zero([s for line in lines for s in line.sizes]))


def word_gaps(line: Sequence[Char], x_tolerance: float, block_spacing: float = 0.0) -> WordGaps:
    """A line's rule for where words part (LineShape.word_gaps)."""
    return measure_line(line).word_gaps(x_tolerance, block_spacing)


class RuledLine(NamedTuple):
    """A measured line with the word-gap rule it is read by."""

    shape: LineShape
    rule: WordGaps


def ruled_lines(shapes: Sequence[LineShape], x_tolerance: float) -> list[RuledLine]:
    """Each line with its rule; the block's spacing measured over all of them."""
    spacing = letter_spacing(shapes)
    return [RuledLine(shape, shape.word_gaps(x_tolerance, spacing)) for shape in shapes]


def _add_line(builder: _SpanBuilder, line: RuledLine) -> None:
    """The line's glyphs added to the builder, a space where words part: as
    ``builder.add_char`` and ``line.rule.parts`` for each glyph, written out
    here, as every glyph of every cell passes."""
    spacing, tolerance = line.rule.spacing, line.rule.tolerance
    runs = builder.runs
    parts = runs[-1].parts if runs else []
    last_font, last_size, last_colour = builder.style
    previous: Char | None = None
    pending_space = False
    for char, is_space in zip(line.shape.chars, line.shape.blank, strict=True):
        if is_space:
            pending_space = previous is not None
            continue
        if previous is not None and (
                pending_space or float(char["x0"]) - float(previous["x1"]) - spacing > tolerance):
            parts.append(" ")
        font, size, colour = char.get("fontname"), char.get("size"), char.get("non_stroking_color")
        if font is not last_font or size is not last_size or colour is not last_colour:
            last_font, last_size, last_colour = font, size, colour
            key = span_key(char)
            if not runs or runs[-1].key != key:
                runs.append(_SpanRun(key, []))
                parts = runs[-1].parts
        parts.append(str(char["text"]))
        previous, pending_space = char, False
    builder.style = (last_font, last_size, last_colour)


# the longest tail of digits of a number broken at a wrap that is joined back
MAX_TAIL_GLYPHS = 3
# glyphs that open a new item (a bullet), so the line before never wraps into them
ITEM_OPENERS = frozenset("•●◦▪■□➢➤►▶*·\uf0b7\uf0a7\uf0d8\uf076\uf0fc")


def first_word(line: RuledLine) -> list[Char]:
    """A line's first word: its glyphs up to a space or a word gap
    (``line.rule.parts``, inline)."""
    chars, blank = line.shape.chars, line.shape.blank
    spacing, tolerance = line.rule.spacing, line.rule.tolerance
    last = chars[0]
    word = [last]
    for char, is_space in islice(zip(chars, blank, strict=True), 1, None):
        if is_space or float(char["x0"]) - float(last["x1"]) - spacing > tolerance:
            break
        word.append(char)
        last = char
    return word


def word_width(word: Sequence[Char]) -> float:
    return float(word[-1]["x1"] - word[0]["x0"])


def first_word_width(line: RuledLine) -> float:
    return word_width(first_word(line))


def is_one_word(line: RuledLine) -> bool:
    return len(first_word(line)) == line.shape.visible


def last_word(line: RuledLine) -> str:
    """A line's last word: its glyphs back to a space or a word gap."""
    chars, blank, parts = line.shape.chars, line.shape.blank, line.rule.parts
    word = [chars[-1]]
    for char, is_space in zip(reversed(chars[:-1]), reversed(blank[:-1]), strict=True):
        if is_space or parts(char, word[-1]):
            break
        word.append(char)
    return "".join(str(c["text"]) for c in reversed(word))


def breaks_inside_word(line: RuledLine, following: RuledLine, right: float,
                       head: Sequence[Char] | None = None) -> bool:
    """A word too long for its column, broken where the room ran out, with no
    hyphen ("perform" / "ance report"): not even the next glyph would have fitted
    on the line, and the two parts are likelier one word than two (broken_words).
    A number breaks the same way ("31/07/20" / "25"): a line holding only a number
    whose next line opens with a tail of digits, which no wrap between words leaves.
    ``head`` is ``following``'s first word, when already found."""
    head = first_word(following) if head is None else head
    text = "".join(str(c["text"]) for c in head)
    end = line.shape.chars[-1]
    if float(end["x1"]) + float(head[0]["x1"]) - float(head[0]["x0"]) <= right:
        return False
    if text.isdigit() and str(end["text"]).isdigit():
        return len(head) <= MAX_TAIL_GLYPHS and is_one_word(line)
    return joined_is_likelier(last_word(line), text)


def wrap_head(line: RuledLine, following: RuledLine, right: float) -> list[Char] | None:
    """``following``'s first word when ``following`` starts where ``line`` ran out of
    room: that word would not have fitted before the right edge, so the break is a
    wrap of one paragraph, not the start of a new item; else None."""
    opener = following.shape.chars[0]
    if str(opener["text"]) in ITEM_OPENERS:
        return None
    space = 0.3 * float(opener.get("size") or 8)
    head = first_word(following)
    return head if line.shape.chars[-1]["x1"] + space + word_width(head) > right else None


def wraps_into(line: RuledLine, following: RuledLine, right: float) -> bool:
    """True when ``following`` starts where ``line`` ran out of room (wrap_head)."""
    return wrap_head(line, following, right) is not None


def line_separator(line: RuledLine, following: RuledLine, right: float | None) -> str:
    """" " for a wrap ("" after a word hyphenated at the wrap), else a newline. A wrap
    after a slash keeps its space: "Collinson/ Sue" is as likely as "Amber/ Green"."""
    if right is None:
        return "\n"
    head = wrap_head(line, following, right)
    if head is None:
        return "\n"
    chars = line.shape.chars
    text = str(chars[-1]["text"])
    before = str(chars[-2]["text"]) if len(chars) > 1 else ""
    hyphenated = text == "-" and before.isalpha()
    return "" if hyphenated or breaks_inside_word(line, following, right, head) else " "


def lines_text(lines: Sequence[Sequence[Char]], x_tolerance: float,
               right: float | None = None) -> tuple[str, tuple[Span, ...]]:
    """Text of visual lines and its spans: wrapped lines joined by a space when
    the text's right edge is known, other line breaks kept as newlines."""
    return shapes_text([measure_line(line) for line in lines], x_tolerance, right)


def shapes_text(shapes: Sequence[LineShape], x_tolerance: float,
                right: float | None = None) -> tuple[str, tuple[Span, ...]]:
    """lines_text of lines already measured."""
    builder = _SpanBuilder()
    lines = ruled_lines(shapes, x_tolerance)
    for i, line in enumerate(lines):
        if i:
            builder.add_separator(line_separator(lines[i - 1], line, right))
        _add_line(builder, line)
    spans = builder.spans()
    return "".join(s.text for s in spans), spans


def text_right_edge(chars: Iterable[Char], x0: float, x1: float) -> float:
    """Where a cell's text must stop: its right side less the padding the
    producer left on the left side (the same on both sides in practice)."""
    left_pad = max(0.0, min(map(float, map(X0, chars))) - x0)
    return x1 - left_pad


def chars_text(chars: Iterable[Char], x_tolerance: float, y_tolerance: float,
               box: tuple[float, float] | None = None) -> tuple[str, tuple[Span, ...]]:
    """Text and spans of a set of glyphs (a cell's, say); with the cell's
    (x0, x1), line wraps become spaces and only real breaks stay newlines."""
    shapes = [s for s in map(measure_line, char_lines(chars, y_tolerance)) if s.visible]
    right = None
    if box and shapes:  # the lines' visible glyphs, in order
        visible = chain.from_iterable(compress(s.chars, map(not_, s.blank)) for s in shapes)
        right = text_right_edge(visible, *box)
    return shapes_text(shapes, x_tolerance, right)


def drop_overprinted(chars: Iterable[Char]) -> list[Char]:
    """Glyphs drawn twice at (almost) the same spot kept once.

    Some writers fake bold by painting a glyph twice, which would read as
    "TThhee".  pdfplumber's ``dedupe_chars`` does this exactly but sorts per
    glyph (seconds on a dense page); rounding the position to whole points
    finds the same overprints in one pass.
    """
    glyphs = list(chars)
    keys = [(c.get("text"), c.get("fontname"), round(float(c["x0"])), round(float(c["top"])))
            for c in glyphs]
    # each key's first glyph: filled back to front, the earliest index is written last
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
    if len(first) == len(glyphs):
        return glyphs
    return [glyphs[i] for i in sorted(first.values())]
