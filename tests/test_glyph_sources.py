"""The two glyph sources (pdfplumber and PDFium) give the same table cells.

For every text page of every fixture PDF in data/raw/, the page is read with
each source and run through the same table finding (extractors.pdf.extract's
``read_page``); every table's cells (grid position, spans, text and fill)
must agree.  Pages where the sources are known to differ are listed with the
reason, and the test checks that they still differ, so the list stays true.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2
import pytest

from extractors.pdf.extract import read_page
from extractors.pdf.pdfium_source import open_document
from extractors.pdf.pdfium_source import read_page as pdfium_page
from extractors.settings import DEFAULT_SETTINGS
from tests.conftest import RAW

# PDFium reads a simple font's /Widths as integers (CPDF_SimpleFont keeps each width as an
# int, truncating 556.1523 to 556); pdfminer keeps the fraction.  A file that writes
# fractional widths gets every glyph placed a little further left on PDFium, the error
# growing along the line (0.27pt over 40 glyphs at 15pt), so a line ends short of the
# cell edge and the wrap test (does the next word fit before the cell's edge?) comes out
# differently.  The fractions are not to be had through PDFium's API (its glyph widths
# and origins all come from the truncated table).
TRUNCATED_WIDTHS = ("PDFium truncates the font's fractional /Widths, so a line ends short of "
                    "the cell edge and a wrapped line is read as a line break (newline, not space)")
KNOWN_DIFFERENCES: dict[str, dict[int, str]] = {
    "norfolk-2024-03.pdf": {1: TRUNCATED_WIDTHS},
    "somerset-2013-11.pdf": {1: TRUNCATED_WIDTHS},
}

# Pages where PDFium's text page drops drawn spaces that the PDFium source puts back:
# a space deleted after a hyphen that ends a line ('31-May- ' / '2011'), and drawn
# spaces of letter-spaced text merged into the spaces PDFium infers between letters
# (whose other inferred spaces, between the letters of a word, must not become glyphs)
RECOVERED_SPACES = {"haringey-2011-05.pdf": 4, "haringey-2011-08.pdf": 4,
                    "north-yorkshire-2025-06.pdf": 1}

PDFS = sorted(RAW.glob("*.pdf"))

CellKey = tuple[int, int, int, int, str, str | None]


def table_cells(page: Any, number: int) -> list[list[CellKey]]:
    """Each table's cells after the project's table finding, in reading order."""
    result = read_page(page, number, DEFAULT_SETTINGS)
    return [[(c.row, c.col, c.row_span, c.col_span, c.text, c.fill) for c in part.cells]
            for part in result.parts]


@contextmanager
def both_sources(path: Path) -> Iterator[tuple[Any, Any]]:
    with pdfplumber.open(path) as pdf, open_document(path) as document:
        yield pdf, document


def differing_pages(path: Path) -> dict[int, str]:
    """Page number -> the first cell that differs, over the file's text pages."""
    found: dict[int, str] = {}
    with both_sources(path) as (pdf, document):
        for index, page in enumerate(pdf.pages):
            try:
                if not page.chars:  # image-only: the OCR path, no glyph source involved
                    continue
                want = table_cells(page, index + 1)
                got = table_cells(pdfium_page(document, index), index + 1)
            finally:
                page.close()
            if want != got:
                found[index + 1] = first_difference(want, got)
    return found


def first_difference(want: list[list[CellKey]], got: list[list[CellKey]]) -> str:
    if len(want) != len(got):
        return f"{len(want)} tables vs {len(got)}"
    for a, b in zip(want, got, strict=True):
        if len(a) != len(b):
            return f"{len(a)} cells vs {len(b)}"
        for x, y in zip(a, b, strict=True):
            if x != y:
                return f"{x!r} vs {y!r}"
    return "?"


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_sources_give_the_same_cells(path: Path) -> None:
    differing = differing_pages(path)
    known = KNOWN_DIFFERENCES.get(path.name, {})
    unexpected = {n: d for n, d in differing.items() if n not in known}
    assert not unexpected, f"{path.name}: cells differ between sources: {unexpected}"
    now_equal = sorted(set(known) - set(differing))
    assert not now_equal, f"{path.name}: pages {now_equal} now agree: drop them from the list"


def unmatched(want: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The glyphs of ``want`` with none in ``got`` at the same place (each used once)."""
    left = list(got)
    missing = []
    for char in want:
        twin = next((g for g in left if abs(g["x0"] - char["x0"]) < 0.05
                     and abs(g["x1"] - char["x1"]) < 0.05 and abs(g["top"] - char["top"]) < 1), None)
        if twin is None:
            missing.append(char)
        else:
            left.remove(twin)
    return missing


@pytest.mark.parametrize("name", sorted(RECOVERED_SPACES))
def test_the_spaces_pdfium_drops_are_put_back_where_drawn(name: str) -> None:
    """Every space glyph pdfminer reports is there on the PDFium source, same box, and
    no other: page by page, glyph by glyph, not only the cells they end up in."""
    path = RAW / name
    with both_sources(path) as (pdf, document):
        for index in range(RECOVERED_SPACES[name]):
            want = [c for c in pdf.pages[index].chars if c["text"] == " "]
            got = [c for c in pdfium_page(document, index).chars if c["text"] == " "]
            assert want and len(got) == len(want), f"{name} page {index + 1}"
            assert not unmatched(want, got), f"{name} page {index + 1}"
            assert not unmatched(got, want), f"{name} page {index + 1}"


# Pages with text objects that draw only a space (their bounds a point), which PDFium's
# text page skips whole: 'a, b, c' written as 'a,' ' ' 'b,' ..., and spaces at line ends
BLANK_TEXT_OBJECTS = [("us-ogp-nap3-self-assessment.pdf", 5),
                      ("us-ogp-nap3-self-assessment.pdf", 42)]


@pytest.mark.parametrize(("name", "number"), BLANK_TEXT_OBJECTS)
def test_the_spaces_of_skipped_text_objects_are_put_back(name: str, number: int) -> None:
    with both_sources(RAW / name) as (pdf, document):
        want = [c for c in pdf.pages[number - 1].chars if c["text"] == " "]
        got = [c for c in pdfium_page(document, number - 1).chars if c["text"] == " "]
    assert want and len(got) == len(want)
    assert not unmatched(want, got)
    assert not unmatched(got, want)


def test_every_fixture_pdf_has_text_pages_compared() -> None:
    assert len(PDFS) >= 30
    assert set(KNOWN_DIFFERENCES) <= {p.name for p in PDFS}


def test_a_shifted_glyph_source_fails_the_comparison() -> None:
    """The comparison can fail: PDFium's glyphs moved one column to the right give
    different cells from pdfplumber's on a ruled table page."""
    path = RAW / "bath-ne-somerset-2012-06.pdf"
    with both_sources(path) as (pdf, document):
        want = table_cells(pdf.pages[0], 1)
        shifted = pdfium_page(document, 0)
        width = 90.0  # wider than a column of this landscape table
        shifted.chars = [{**c, "x0": c["x0"] + width, "x1": c["x1"] + width} for c in shifted.chars]
        got = table_cells(shifted, 1)
    assert want and got != want


def rotated_copy(tmp_path: Path, degrees: int, offset: float) -> Path:
    """A fixture's first page turned by /Rotate and moved by a MediaBox offset."""
    document = pypdfium2.PdfDocument(str(RAW / "bath-ne-somerset-2012-06.pdf"))
    page = document[0]
    left, bottom, right, top = page.get_mediabox()
    page.set_mediabox(left - offset, bottom - offset, right + offset, top + offset)
    page.set_rotation(degrees)
    out = tmp_path / f"turned-{degrees}.pdf"
    document.save(str(out))
    page.close()
    document.close()
    return out


@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
def test_rotated_and_offset_pages_put_glyphs_where_pdfplumber_does(tmp_path: Path,
                                                                  degrees: int) -> None:
    path = rotated_copy(tmp_path, degrees, 20.0)
    with both_sources(path) as (pdf, document):
        plumber = pdf.pages[0]
        page = pdfium_page(document, 0)
        assert (round(page.width, 2), round(page.height, 2)) == (round(float(plumber.width), 2),
                                                                 round(float(plumber.height), 2))
        want = {(c["text"], round(c["x0"]), round(c["top"])) for c in plumber.chars}
        got = {(c["text"], round(c["x0"]), round(c["top"])) for c in page.chars}
        assert len(want & got) >= 0.95 * len(want)
        rules_want = {(round(r["x0"]), round(r["top"])) for r in plumber.rects + plumber.lines}
        rules_got = {(round(r["x0"]), round(r["top"])) for r in page.rects + page.lines}
        assert rules_want == rules_got


def test_a_scanned_page_is_still_ocrd_on_the_pdfium_source() -> None:
    """A page PDFium finds no glyphs on but an image goes to OCR, rendered through the
    pdfplumber page the PdfiumPage keeps; later scanned pages past the budget are named."""
    from dataclasses import replace

    from extractors.pdf.extract import extract_pdf

    settings = replace(DEFAULT_SETTINGS, glyph_source="pdfium", max_ocr_pages=1)
    raw = extract_pdf(RAW.parent / "scanned" / "doncaster-2014-03-scan150.pdf", settings)
    assert raw.text_source == "ocr"
    assert [number for number, _ in raw.ocr_pages] == [1]
    assert raw.tables
    assert any("only images" in w and "2, 3" in w for w in raw.warnings)
