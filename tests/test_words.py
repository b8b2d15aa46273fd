"""extractors/pdf/words.py makes the words pdfplumber's ``extract_words`` makes.

The table finders rely on pdfplumber's word grouping (lines clustered by
top, words parted by the tolerances); words.py is the same algorithm written
for speed, so it is held to pdfplumber's own output: on hand-made glyphs that
reach every branch (rotated text, blank and empty glyphs, ligatures, tops
chained into one line yet apart, a font change), and on every page of every
fixture PDF, as PDFium reads it, with the arguments the finders pass.  Lines
left out for lying inside a table change no word outside the tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdfplumber.utils import extract_words as plumber_words

from extractors import geometry as geo
from extractors.pdf.pdfium_source import open_document, read_page
from extractors.pdf.words import extract_words
from models.records import BBox
from tests.conftest import RAW

ARGUMENTS = [(3.0, 3.0, ()), (3.0, 3.0, ("size", "fontname")), (1.0, 0.5, ())]


def glyph(text: str, x0: float, top: float, *, width: float = 5.0, size: float = 10.0,
          font: str = "Arial", upright: bool = True) -> dict[str, Any]:
    height = size if upright else width
    across = width if upright else size
    return {"text": text, "x0": x0, "x1": x0 + across, "top": top, "bottom": top + height,
            "doctop": top + 800.0, "size": size, "fontname": font, "upright": upright}


def hand_made() -> list[dict[str, Any]]:
    return [
        glyph("A", 10, 100), glyph("b", 15, 100.4), glyph("ﬁ", 20, 101.0),  # tops chained
        glyph(" ", 25, 100), glyph("c", 30, 100), glyph("", 35, 100), glyph("d", 40, 100),
        glyph("e", 47, 100), glyph("f", 60, 100),                   # gaps of 2 and 8
        glyph("g", 58, 100),                                         # drawn after f, left of it
        glyph("H", 70, 100, font="Arial-Bold"), glyph("i", 75, 100, size=12.0),
        glyph("j", 10, 130), glyph("k", 12, 134),                    # a line below
        # one line by chained tops (160, 162.5, 165), yet o sits 5 below m beside it
        glyph("m", 100, 160), glyph("o", 105, 165), glyph("n", 200, 162.5),
        glyph("V", 200, 10, upright=False), glyph("W", 200, 15, upright=False),
        glyph("X", 201, 30, upright=False), glyph("Y", 230, 20, upright=False),
        glyph("z", 80, 100),                                         # upright again
    ]


@pytest.mark.parametrize(("x_tolerance", "y_tolerance", "extra"), ARGUMENTS)
def test_hand_made_glyphs_give_pdfplumbers_words(x_tolerance: float, y_tolerance: float,
                                                 extra: tuple[str, ...]) -> None:
    chars = hand_made()
    expected = plumber_words(chars, x_tolerance=x_tolerance, y_tolerance=y_tolerance,
                             extra_attrs=list(extra))
    assert len(expected) > 10  # the glyphs do make many words
    assert extract_words(chars, x_tolerance, y_tolerance, extra) == expected


@pytest.mark.parametrize("path", sorted(RAW.glob("*.pdf")), ids=lambda p: p.name)
def test_fixture_pages_give_pdfplumbers_words(path: Path) -> None:
    with open_document(path) as document:
        for index in range(len(document)):
            chars = read_page(document, index).chars
            for x_tolerance, y_tolerance, extra in ARGUMENTS:
                expected = plumber_words(chars, x_tolerance=x_tolerance,
                                         y_tolerance=y_tolerance, extra_attrs=list(extra))
                got = extract_words(chars, x_tolerance, y_tolerance, extra)
                assert got == expected, f"page {index + 1}, {x_tolerance}/{y_tolerance}/{extra}"


def boxes_across(width: float, height: float) -> list[BBox]:
    """Boxes of assorted sizes over a page, cutting through lines and words."""
    return [BBox(0.0, 0.0, width / 2, height / 3), BBox(width / 2 + 1, 0.0, width, height / 3),
            BBox(width / 5, height / 3, 4 * width / 5, 2 * height / 3),
            BBox(0.0, 2 * height / 3, width, height)]


def free(words: list[dict[str, Any]], boxes: list[BBox]) -> list[dict[str, Any]]:
    return [w for w in words if not any(geo.contains_centre(b, w) for b in boxes)]


@pytest.mark.parametrize("path", sorted(RAW.glob("*.pdf"))[::3], ids=lambda p: p.name)
def test_lines_inside_a_box_are_left_out_exactly(path: Path) -> None:
    """Left out are lines one box holds: the words outside every box stay the same."""
    left_out = 0
    with open_document(path) as document:
        for index in range(len(document)):
            page = read_page(document, index)
            boxes = boxes_across(page.width, page.height)
            everything = plumber_words(page.chars, x_tolerance=3.0, y_tolerance=3.0)
            got = extract_words(page.chars, 3.0, 3.0, outside=boxes)
            assert free(got, boxes) == free(everything, boxes), f"page {index + 1}"
            left_out += len(everything) - len(got)
    assert left_out > 0
