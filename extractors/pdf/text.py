"""Text outside the tables: glyphs -> line segments -> blocks (heading, paragraph, list item).

A visual line is cut into segments where a horizontal gap is wider than
``SEGMENT_GAP_EM`` font sizes, so text side by side (a two-column layout, an
unruled table) does not fuse into one line.  Segments then gather into blocks
top to bottom: a segment continues the block just above it when it overlaps
it horizontally, keeps its font size and weight, sits within
``LINE_GAP_EM`` of a line height below it, and does not open a list item.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from extractors import geometry as geo
from extractors.pdf.chars import Char, char_lines, is_blank, is_bold_font, lines_text
from extractors.pdf.chars import base_font_name as font_of
from extractors.settings import ExtractionSettings
from models.records import BBox, BlockKind, TextBlock

SEGMENT_GAP_EM = 2.0
LINE_GAP_EM = 0.6
SIZE_TOLERANCE = 0.6
HEADING_SIZE_RATIO = 1.15
HEADING_MAX_CHARS = 200
HEADING_MAX_LINES = 3
BULLETS = "•●○◦▪■□▫‣⁃∙·-–—*➢➤►▶✓✔❖◆◇"
NUMBERED = re.compile(r"^(\d{1,3}[.)]|[a-zA-Z][.)]|\([a-zA-Z0-9]{1,3}\))\s")


@dataclass
class Segment:
    chars: list[Char]
    bbox: BBox
    size: float
    bold: bool


@dataclass
class Block:
    segments: list[Segment] = field(default_factory=list)

    @property
    def last(self) -> Segment:
        return self.segments[-1]


def median_size(chars: Sequence[Char]) -> float:
    sizes = [float(c.get("size") or 0.0) for c in chars]
    return statistics.median(sizes) if sizes else 0.0


def make_segment(chars: list[Char]) -> Segment:
    """A segment of glyphs; blank glyphs stay in (they mark word breaks) but have no box."""
    visible = [c for c in chars if not is_blank(c)]
    box = geo.union(geo.bbox_of(c) for c in visible)
    assert box is not None
    bold = all(is_bold_font(font_of(c.get("fontname"))) for c in visible)
    return Segment(chars, box, median_size(visible), bold)


def split_line(line: Sequence[Char]) -> list[Segment]:
    """A visual line cut at wide gaps between visible glyphs."""
    pieces: list[list[Char]] = []
    previous: Char | None = None
    for char in line:
        if is_blank(char):
            if pieces:
                pieces[-1].append(char)
            continue
        gap_limit = SEGMENT_GAP_EM * float(char.get("size") or 0.0)
        if previous is None or char["x0"] - previous["x1"] > gap_limit:
            pieces.append([])
        pieces[-1].append(char)
        previous = char
    return [make_segment(p) for p in pieces]


def starts_list_item(text: str) -> bool:
    first = text[:1]
    private_use = bool(first) and 0xE000 <= ord(first) <= 0xF8FF  # Symbol-font bullets
    # a leading glyph with no Unicode mapping (pdfminer's "(cid:127)") is nearly always a bullet
    unmapped = text.startswith("(cid:")
    return first in BULLETS or private_use or unmapped or bool(NUMBERED.match(text))


def segment_text(segment: Segment) -> str:
    return "".join(str(c["text"]) for c in segment.chars).strip()


def continues(block: Block, segment: Segment) -> bool:
    """Whether the segment is the next line of the block's paragraph."""
    last = block.last
    gap = segment.bbox.top - last.bbox.bottom
    line_height = max(geo.height(segment.bbox), 1.0)
    return (geo.horizontal_overlap(last.bbox, segment.bbox) > 0
            and -0.5 * line_height < gap <= LINE_GAP_EM * line_height
            and abs(segment.size - last.size) <= SIZE_TOLERANCE
            and segment.bold == last.bold
            and not starts_list_item(segment_text(segment)))


def group_blocks(segments: Sequence[Segment]) -> list[Block]:
    blocks: list[Block] = []
    for segment in sorted(segments, key=lambda s: (s.bbox.top, s.bbox.x0)):
        home = next((b for b in reversed(blocks) if continues(b, segment)), None)
        if home is None:
            blocks.append(Block([segment]))
        else:
            home.segments.append(segment)
    return blocks


def block_kind(text: str, block: Block, body_size: float) -> BlockKind:
    if starts_list_item(text):
        return "list_item"
    large = body_size > 0 and block.last.size >= HEADING_SIZE_RATIO * body_size
    short = len(text) <= HEADING_MAX_CHARS and len(block.segments) <= HEADING_MAX_LINES
    return "heading" if short and (large or block.last.bold) else "paragraph"


def to_text_block(block: Block, page: int, body_size: float,
                  settings: ExtractionSettings) -> TextBlock:
    """The block's text; a line that ran out of room at the block's right edge
    (its widest line) wraps into the next with a space, as in a table cell."""
    box = geo.union(s.bbox for s in block.segments)
    right = box.x1 if box is not None else None
    text, spans = lines_text([s.chars for s in block.segments], settings.text_x_tolerance, right)
    return TextBlock(text=text, order=-1, kind=block_kind(text, block, body_size),
                     page=page, bbox=box, spans=spans)


def text_blocks(chars: Sequence[Mapping[str, Any]], page: int,
                settings: ExtractionSettings) -> list[TextBlock]:
    """The page's blocks top to bottom (``order`` left at -1 for the caller to set)."""
    lines = char_lines(chars, settings.text_y_tolerance)
    segments = [s for line in lines for s in split_line(line)]
    body = median_size([c for c in chars if not is_blank(c)])
    return [to_text_block(b, page, body, settings) for b in group_blocks(segments)]
