"""Tests for the PDF extractor (extractors/pdf/extract.py and its helper modules).

Small PDFs are drawn here with reportlab's canvas, so every rule, fill and
glyph sits at a known place; the real-world corpus (../shared/realworld) and
the fixture plans in data/raw/ are run when present.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from extractors import geometry as geo
from extractors.colour import hex_colour, pdf_colour_to_hex
from extractors.pdf.chars import base_font_name, chars_text
from extractors.pdf.extract import extract_pdf
from extractors.settings import ExtractionSettings
from models.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    InputError,
    NeedsOCR,
    NotADocument,
    TooLarge,
)
from models.records import BBox, Cell, RawDocument, RawTable

REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO.parent / "shared" / "realworld" / "pdf"
RAW = REPO / "data" / "raw"
PAGE_W, PAGE_H = A4

Draw = Callable[[Canvas], None]


# --- drawing helpers (pdfplumber's top-left coordinates, converted here) ---------------------

def y(top: float) -> float:
    return PAGE_H - top


def hline(c: Canvas, x0: float, x1: float, top: float) -> None:
    c.line(x0, y(top), x1, y(top))


def vline(c: Canvas, x: float, top: float, bottom: float) -> None:
    c.line(x, y(top), x, y(bottom))


def text(c: Canvas, x: float, baseline_top: float, s: str, font: str = "Helvetica",
         size: float = 9, rgb: tuple[float, float, float] = (0, 0, 0)) -> None:
    c.setFont(font, size)
    c.setFillColorRGB(*rgb)
    c.drawString(x, y(baseline_top), s)
    c.setFillColorRGB(0, 0, 0)


def fill_rect(c: Canvas, x0: float, top: float, x1: float, bottom: float,
              rgb: tuple[float, float, float]) -> None:
    c.setFillColorRGB(*rgb)
    c.rect(x0, y(bottom), x1 - x0, bottom - top, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)


def grid(c: Canvas, xs: Sequence[float], tops: Sequence[float],
         rows_text: Sequence[Sequence[str]], size: float = 9) -> None:
    """A fully ruled grid with one line of text per cell."""
    for top in tops:
        hline(c, xs[0], xs[-1], top)
    for x in xs:
        vline(c, x, tops[0], tops[-1])
    for r, row in enumerate(rows_text):
        for col, s in enumerate(row):
            text(c, xs[col] + 4, tops[r] + 12, s, size=size)


def write_pdf(path: Path, pages: Sequence[Draw]) -> Path:
    c = Canvas(str(path), pagesize=A4, invariant=True)
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()
    return path


def only_table(doc_tables: Sequence[RawTable]) -> RawTable:
    assert len(doc_tables) == 1, doc_tables
    return doc_tables[0]


def cell_at(table: RawTable, row: int, col: int) -> Cell:
    return next(c for c in table.cells if (c.row, c.col) == (row, col))


# --- a ruled table with merged cells, fills and coloured glyphs ------------------------------

XS = [50.0, 150.0, 300.0, 450.0]
TOPS = [100.0, 120.0, 140.0, 160.0]


def merged_table_page(c: Canvas) -> None:
    for top in TOPS:
        # no rule inside the merged cell of column 2, rows 1-2
        hline(c, XS[0], XS[2] if top == TOPS[2] else XS[-1], top)
    vline(c, XS[0], TOPS[0], TOPS[-1])
    vline(c, XS[-1], TOPS[0], TOPS[-1])
    vline(c, XS[1], TOPS[1], TOPS[-1])          # no rule between cols 0-1 in row 0
    vline(c, XS[2], TOPS[0], TOPS[-1])
    fill_rect(c, XS[0] + 0.5, TOPS[1] + 0.5, XS[1] - 0.5, TOPS[2] - 0.5, (0, 0.69, 0.31))
    text(c, 54, 112, "Merged header", font="Helvetica-Bold")
    text(c, 304, 112, "Status", font="Helvetica-Bold")
    text(c, 54, 132, "1.1")
    text(c, 154, 132, "Do the thing")
    text(c, 304, 132, "Tall cell")
    text(c, 54, 152, "1.2")
    text(c, 154, 152, "Plain then")
    text(c, 200, 152, "RED", rgb=(1, 0, 0))


@pytest.fixture(scope="module")
def merged_doc(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("pdf") / "merged.pdf"
    return extract_pdf(write_pdf(path, [merged_table_page]))


def test_merged_cells_get_spans_and_the_grid_is_tiled(merged_doc) -> None:
    table = only_table(merged_doc.tables)
    assert (table.n_rows, table.n_cols) == (3, 3)
    header = cell_at(table, 0, 0)
    assert (header.text, header.col_span, header.row_span) == ("Merged header", 2, 1)
    tall = cell_at(table, 1, 2)
    assert (tall.text, tall.row_span, tall.col_span) == ("Tall cell", 2, 1)
    positions = {(c.row, c.col) for c in table.cells}
    assert (0, 1) not in positions and (2, 2) not in positions
    covered = sorted((r, col) for c in table.cells for r in range(c.row, c.row + c.row_span)
                     for col in range(c.col, c.col + c.col_span))
    assert covered == [(r, col) for r in range(3) for col in range(3)]


def test_cell_fill_is_the_covering_rect_colour(merged_doc) -> None:
    table = only_table(merged_doc.tables)
    assert cell_at(table, 1, 0).fill == "#00b04f"
    assert cell_at(table, 2, 0).fill is None


def test_glyph_runs_become_spans(merged_doc) -> None:
    table = only_table(merged_doc.tables)
    cell = cell_at(table, 2, 1)
    assert cell.text == "Plain then RED"
    assert [(s.text, s.colour) for s in cell.spans] == [("Plain then ", "#000000"),
                                                        ("RED", "#ff0000")]
    assert "".join(s.text for s in cell.spans) == cell.text
    bold = cell_at(table, 0, 0).spans[0]
    assert bold.bold and bold.font == "Helvetica-Bold" and bold.size == 9
    assert table.header_rows == 1
    assert cell_at(table, 1, 1).page == 1 and cell_at(table, 1, 1).bbox is not None


# --- a table over two pages ------------------------------------------------------------------

COLS = [50.0, 120.0, 300.0, 500.0]


def first_page(c: Canvas) -> None:
    text(c, 50, 60, "Improvement plan", font="Helvetica-Bold", size=16)
    text(c, 50, 90, "This paragraph introduces the plan before the table starts.")
    tops = [120.0 + 40 * i for i in range(18)]   # down to the foot of the page
    rows = [["Ref", "Action", "Progress"]] + [[f"1.{i}", f"Action {i}", f"Note {i}"]
                                              for i in range(1, 17)]
    grid(c, COLS, tops, rows)
    text(c, 50, PAGE_H - 30, "Page 1 of 2", size=7)


def second_page(c: Canvas) -> None:
    tops = [50.0, 90.0, 130.0, 170.0]
    grid(c, COLS, tops, [["Ref", "Action", "Progress"], ["1.17", "Action 17", "Note 17"],
                         ["1.18", "Action 18", "Last note"]])
    text(c, 50, 220, "A closing paragraph after the table.")
    text(c, 50, PAGE_H - 30, "Page 2 of 2", size=7)


@pytest.fixture(scope="module")
def stitched_doc(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("pdf") / "stitched.pdf"
    return extract_pdf(write_pdf(path, [first_page, second_page]))


def test_table_over_two_pages_is_one_table(stitched_doc) -> None:
    table = only_table(stitched_doc.tables)
    assert table.n_cols == 3 and table.n_rows == 17 + 3
    assert table.page == 1
    assert {c.page for c in table.row(0)} == {1}
    assert [c.text for c in table.row(17)] == ["Ref", "Action", "Progress"]  # repeat kept
    assert [c.text for c in table.row(19)] == ["1.18", "Action 18", "Last note"]
    assert {c.page for c in table.row(19)} == {2}


def test_blocks_and_tables_share_reading_order(stitched_doc) -> None:
    kinds = sorted([(b.order, b.kind, b.text) for b in stitched_doc.blocks]
                   + [(t.order, "table", "") for t in stitched_doc.tables])
    labels = [(k, t) for _, k, t in kinds if not t.startswith("Page ")]
    assert labels == [("heading", "Improvement plan"),
                      ("paragraph", "This paragraph introduces the plan before the table starts."),
                      ("table", ""),
                      ("paragraph", "A closing paragraph after the table.")]
    assert stitched_doc.file_type == "pdf" and stitched_doc.page_count == 2
    assert len(stitched_doc.sha256) == 64 and stitched_doc.extractor_version == "pdf-6"


# --- tables ruled with horizontal lines only, and text between tables ------------------------

HCOLS = [(50.0, "Ref"), (110.0, "Action"), (300.0, "Lead"), (420.0, "Status")]


def hruled_page(c: Canvas) -> None:
    text(c, 50, 50, "Theme 1: Early help", font="Helvetica-Bold", size=14)
    text(c, 50, 75, "The actions below answer recommendation 1.")
    rows = [["Ref", "Action", "Lead", "Status"],
            ["1.1", "Publish the offer", "Head of Service", "Green"],
            ["BANNER: Priority two spans the whole width of the table here", "", "", ""],
            ["1.2", "Train staff", "Trainer", "Amber"]]
    tops = [100.0, 120.0, 140.0, 160.0, 180.0]
    for top in tops:
        hline(c, 45, 520, top)
    for r, row in enumerate(rows):
        for (x, _), s in zip(HCOLS, row, strict=True):
            if s:
                text(c, x, tops[r] + 13, s, font="Helvetica-Bold" if r == 0 else "Helvetica")
    text(c, 50, 220, "Theme 2: Leadership", font="Helvetica-Bold", size=14)
    text(c, 50, 245, "\u2022 a bulleted note between the tables")
    grid(c, COLS, [270.0, 290.0, 310.0], [["Ref", "Action", "Progress"], ["2.1", "Lead", "Done"]])


@pytest.fixture(scope="module")
def hruled_doc(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("pdf") / "hruled.pdf"
    return extract_pdf(write_pdf(path, [hruled_page]))


def test_horizontally_ruled_table_gets_columns_from_gaps(hruled_doc) -> None:
    table = hruled_doc.tables[0]
    assert (table.n_rows, table.n_cols) == (4, 4)
    assert [c.text for c in table.row(1)] == ["1.1", "Publish the offer", "Head of Service",
                                              "Green"]
    banner = table.row(2)
    assert len(banner) == 1 and banner[0].col_span == 4
    assert table.header_rows == 1


def words_at(*runs: tuple[float, float]) -> list[dict[str, float]]:
    """Words as pdfplumber gives them, one per (x0, x1) run."""
    return [{"x0": a, "x1": b} for a, b in runs]


ACTION_LEAD_DATE = words_at((50, 300), (350, 440), (469, 520))  # an action row: three cells
BANNER = words_at((50, 200), (203, 400), (403, 515))  # a banner across the table: word gaps only


@pytest.mark.parametrize(("bands", "columns"), [
    # a banner above every two rows crosses the columns: they are still found
    ([words_at((50, 80), (350, 370), (469, 510)), BANNER, ACTION_LEAD_DATE, ACTION_LEAD_DATE,
      BANNER, ACTION_LEAD_DATE, ACTION_LEAD_DATE, BANNER, ACTION_LEAD_DATE], 2),
    # a list of paragraphs, every band one run of text: no columns
    ([BANNER, BANNER, BANNER, BANNER], 0),
    # one row with gaps among banners is too little to tell: no columns
    ([BANNER, ACTION_LEAD_DATE, BANNER, BANNER], 0),
])
def test_banner_rows_do_not_hide_the_columns_of_a_horizontally_ruled_table(
        bands: list[list[dict[str, float]]], columns: int) -> None:
    from extractors.pdf.hrules import column_boundaries

    found = column_boundaries(bands, 46.0, 556.0, 5.0)
    assert len(found) == columns
    assert all(300 < x < 350 or 440 < x < 469 for x in found)


def test_blocks_before_and_between_tables_in_order(hruled_doc) -> None:
    items = sorted([(b.order, b.kind, b.text) for b in hruled_doc.blocks]
                   + [(t.order, "table", str(t.index)) for t in hruled_doc.tables])
    assert [(k, s) for _, k, s in items] == [
        ("heading", "Theme 1: Early help"),
        ("paragraph", "The actions below answer recommendation 1."),
        ("table", "0"),
        ("heading", "Theme 2: Leadership"),
        # the font has no Unicode map for the bullet: PDFium reads it from the encoding
        # (pdfminer, on the pdfplumber source, reports "(cid:127)")
        ("list_item", "\u2022 a bulleted note between the tables"),
        ("table", "1"),
    ]
    assert hruled_doc.tables[1].n_cols == 3


def ruled_letterhead_page(c: Canvas) -> None:
    """Running header and footer rules around two columns of prose: not a table."""
    for top in (40.0, 70.0, PAGE_H - 50):
        hline(c, 40, PAGE_W - 40, top)
    text(c, 45, 60, "Children's Services Improvement Activity")
    for i in range(30):
        text(c, 45, 100 + 20 * i, f"Note {i}:")
        text(c, 160, 100 + 20 * i, f"prose line {i} of the body text")


def test_page_framed_by_rules_is_not_a_table(tmp_path: Path) -> None:
    doc = extract_pdf(write_pdf(tmp_path / "letterhead.pdf", [ruled_letterhead_page]))
    assert doc.tables == ()
    assert doc.blocks[0].text == "Children's Services Improvement Activity"


# --- files that are not usable PDFs ----------------------------------------------------------

@pytest.mark.parametrize("content, error", [
    (b"", EmptyDocument),
    (b"<!DOCTYPE html><html><body>Not found</body></html>", NotADocument),
    (b"just some text that is not a pdf", NotADocument),
    (b"%PDF-1.7\n1 0 obj garbage without end", CorruptDocument),
    (b"%PDF-1.4\n" + bytes(range(256)) * 8, CorruptDocument),
])
def test_unusable_bytes_raise_specific_errors(tmp_path: Path, content: bytes,
                                              error: type[InputError]) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(error):
        extract_pdf(path)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        extract_pdf(tmp_path / "absent.pdf")


def test_page_limit(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "two.pdf", [first_page, second_page])
    with pytest.raises(TooLarge):
        extract_pdf(path, ExtractionSettings(max_pages=1))


def test_over_dense_page_is_skipped_with_a_warning(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "two.pdf", [first_page, second_page])
    doc = extract_pdf(path, ExtractionSettings(max_chars_per_page=200))
    assert any("page 1: skipped" in w for w in doc.warnings)
    assert doc.tables and {c.page for c in doc.tables[0].cells} == {2}


def image_page(c: Canvas) -> None:
    from PIL import Image
    c.drawInlineImage(Image.new("RGB", (40, 40), (120, 120, 120)), 100, 400, 200, 200)


def test_scanned_pages(tmp_path: Path) -> None:
    one_ocr_page = ExtractionSettings(max_ocr_pages=1)
    # pages past the OCR budget stay unread: a scan with no text read is refused
    with pytest.raises(NeedsOCR):
        extract_pdf(write_pdf(tmp_path / "scan.pdf", [image_page, image_page]), one_ocr_page)
    # a scanned page OCR finds no words on was read: empty, not "needs OCR"
    with pytest.raises(EmptyDocument):
        extract_pdf(write_pdf(tmp_path / "blank-scan.pdf", [image_page]))
    mixed = write_pdf(tmp_path / "mixed.pdf", [first_page, image_page, image_page])
    doc = extract_pdf(mixed, one_ocr_page)
    assert any("only images" in w and ": 3" in w for w in doc.warnings)
    assert doc.text_source == "mixed" and [p for p, _ in doc.ocr_pages] == [2]


# --- pure functions --------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ((0,), "#000000"), ((1,), "#ffffff"), (0.5, "#808080"), ([1, 0, 0], "#ff0000"),
    ((0, 0.69, 0.31), "#00b04f"), ((0, 0, 0, 1), "#000000"), ((0, 1, 1, 0), "#ff0000"),
    ((0, 0, 0, 0), "#ffffff"), ((2.0,), "#ffffff"), ((-1, 0, 0), "#000000"),
])
def test_pdf_colour_to_hex(value: object, expected: str) -> None:
    assert pdf_colour_to_hex(value) == expected


@pytest.mark.parametrize("value", [
    None, "P1", b"\x00", (), (0.1, 0.2), (1, 2, 3, 4, 5), ("a", "b", "c"), (True,),
    (float("nan"),), (0.5, "P1"),
])
def test_pdf_colour_to_hex_refuses_non_colours(value: object) -> None:
    assert pdf_colour_to_hex(value) is None


@pytest.mark.parametrize("value, expected", [
    ("FF0000", "#ff0000"), ("#00b050", "#00b050"), ("#F00", "#ff0000"), ("auto", None),
    ("", None), (None, None), ("12345", None), ("GGGGGG", None),
])
def test_hex_colour(value: str | None, expected: str | None) -> None:
    assert hex_colour(value) == expected


@pytest.mark.parametrize("a, b, area", [
    (BBox(0, 0, 10, 10), BBox(5, 5, 15, 15), 25.0),
    (BBox(0, 0, 10, 10), BBox(0, 0, 10, 10), 100.0),
    (BBox(0, 0, 10, 10), BBox(10, 0, 20, 10), 0.0),      # touching is not overlapping
    (BBox(0, 0, 10, 10), BBox(20, 20, 30, 30), 0.0),
])
def test_overlap_area(a: BBox, b: BBox, area: float) -> None:
    assert geo.overlap_area(a, b) == area


@pytest.mark.parametrize("values, tolerance, expected", [
    ([10, 10.5, 50, 11, 100], 1.0, [10.5, 50, 100]),
    ([0, 2, 4, 6], 2.0, [3.0]),                           # chained
    ([0, 5], 1.0, [0, 5]),
    ([], 1.0, []),
])
def test_cluster_positions(values: list[float], tolerance: float,
                           expected: list[float]) -> None:
    assert geo.cluster_positions(values, tolerance) == expected


@pytest.mark.parametrize("value, expected", [(-5, 0), (0, 0), (4, 0), (6, 1), (99, 2)])
def test_nearest_index(value: float, expected: int) -> None:
    assert geo.nearest_index([0.0, 10.0, 20.0], value) == expected


@pytest.mark.parametrize("value, expected", [(-1, None), (0, 0), (5, 0), (10, 1), (20, 1),
                                             (21, None)])
def test_slot_index(value: float, expected: int | None) -> None:
    assert geo.slot_index([0.0, 10.0, 20.0], value) == expected


@pytest.mark.parametrize("intervals, expected", [
    ([(2, 4), (6, 8)], [(0, 2), (4, 6), (8, 10)]),
    ([(0, 10)], []),
    ([(3, 5), (4, 7)], [(0, 3), (7, 10)]),
    ([], [(0, 10)]),
])
def test_gaps_between(intervals: list[tuple[float, float]],
                      expected: list[tuple[float, float]]) -> None:
    assert geo.gaps_between(intervals, 0, 10) == expected


def test_is_inside_and_union() -> None:
    assert geo.is_inside(BBox(1, 1, 2, 2), BBox(0, 0, 3, 3))
    assert not geo.is_inside(BBox(1, 1, 4, 2), BBox(0, 0, 3, 3))
    assert geo.is_inside(BBox(1, 1, 4, 2), BBox(0, 0, 3, 3), tolerance=1)
    assert geo.union([]) is None
    assert geo.union([BBox(0, 1, 2, 3), BBox(-1, 2, 1, 5)]) == BBox(-1, 1, 2, 5)


@pytest.mark.parametrize("name, expected", [
    ("ABCDEF+Arial-BoldMT", "Arial-BoldMT"), ("Helvetica", "Helvetica"),
    ("abcdef+Odd", "abcdef+Odd"), ("", None), (None, None),
])
def test_base_font_name(name: str | None, expected: str | None) -> None:
    assert base_font_name(name) == expected


def _char(s: str, x0: float, top: float, font: str = "F", colour: tuple = (0,)) -> dict:
    return {"text": s, "x0": x0, "x1": x0 + 5, "top": top, "bottom": top + 9,
            "fontname": font, "size": 9.0, "non_stroking_color": colour}


def test_chars_text_spaces_lines_and_spans() -> None:
    chars = [_char("a", 0, 0), _char("b", 5, 0), _char(" ", 10, 0), _char("c", 13, 0),
             _char("d", 40, 0.5, colour=(1, 0, 0)), _char("e", 0, 12, font="F-Bold")]
    text_, spans = chars_text(chars, 3.0, 3.0)
    assert text_ == "ab c d\ne"
    assert [(s.text, s.colour, s.bold) for s in spans] == [
        ("ab c ", "#000000", False), ("d\n", "#ff0000", False), ("e", "#000000", True)]


# --- the real-world corpus: never anything but a RawDocument or an InputError ---------------

HUGE = {"DA-619p.pdf", "pdf2image-memory-error-test-400p.pdf"}
CORPUS = sorted(REALWORLD.rglob("*.pdf")) if REALWORLD.is_dir() else []
# pages enough for every ordinary corpus file; long ones hit TooLarge fast
CORPUS_SETTINGS = ExtractionSettings(max_pages=int(os.environ.get("PDF_CORPUS_MAX_PAGES", 40)))

EXPECTED: dict[str, type[InputError] | None] = {
    "camelot/health_protected.pdf": EncryptedDocument,
    "pdfplumber/password-example.pdf": EncryptedDocument,
    "pypdf/r2-user-password.pdf": EncryptedDocument,
    "pypdf/r4-aes-user-password.pdf": EncryptedDocument,
    "pdfminer/aes-256-r6.pdf": EncryptedDocument,
    "pdfjs/bug1782186.pdf": EncryptedDocument,           # unsupported crypt filter
    "unstructured/password.pdf": EncryptedDocument,
    # scans: read by OCR (extractors/ocr)
    "unstructured/single_table.pdf": None,
    "camelot/image.pdf": None,
    "pdfminer/pdf-with-jbig2.pdf": None,
    "pdfplumber/empty.pdf": EmptyDocument,               # zero bytes
    "camelot/empty.pdf": EmptyDocument,                  # one blank page
    "pdfjs/REDHAT-1531897-0.pdf": EmptyDocument,         # no pages
    "pdfjs/operator_list_cycle.pdf": CorruptDocument,    # bare TypeError
    "pdfjs/bug1250079.pdf": CorruptDocument,
    "pdfjs/Brotli-Prototype-FileA.pdf": CorruptDocument,
    "unstructured/DA-619p.pdf": TooLarge,
    "unstructured/pdf2image-memory-error-test-400p.pdf": TooLarge,
    # readable despite a broken xref / header / trailer
    "pdfjs/xref_command_missing.pdf": None,
    "pdfjs/bug1606566.pdf": None,
    "pdfjs/helloworld-bad.pdf": None,
    "pdfminer/issue-886-xref-stream-widths.pdf": None,
    "pdfminer/zen_of_python_corrupted.pdf": None,
    "pypdf/r6-user-password.pdf": None,                  # empty user password
    "camelot/only_page_number.pdf": None,
    # pdfminer fails its one page (an ICC stream without /N), PDFium reads it
    "unstructured/pdf-bad-color-space.pdf": None,
}


@functools.cache
def _outcome(path: Path) -> RawDocument | InputError:
    """One extraction per corpus file, shared by the tests below."""
    settings = ExtractionSettings(max_pages=50) if path.name in HUGE else CORPUS_SETTINGS
    try:
        return extract_pdf(path, settings)
    except InputError as exc:
        return exc


def _run(path: Path) -> RawDocument:
    outcome = _outcome(path)
    if isinstance(outcome, InputError):
        raise outcome
    return outcome


@pytest.mark.skipif(not CORPUS, reason="../shared/realworld corpus not present")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: str(p.relative_to(REALWORLD)))
def test_realworld_file_gives_document_or_input_error(path: Path) -> None:
    try:
        doc = _run(path)
    except InputError as exc:
        assert exc.reason and exc.message.startswith(str(path))
        return
    assert doc.page_count and doc.page_count > 0
    for table in doc.tables:
        assert all(0 <= c.row < table.n_rows and 0 <= c.col < table.n_cols for c in table.cells)


@pytest.mark.skipif(not CORPUS, reason="../shared/realworld corpus not present")
@pytest.mark.parametrize("name, expected", sorted(EXPECTED.items(), key=lambda kv: kv[0]))
def test_realworld_expectations(name: str, expected: type[InputError] | None) -> None:
    path = REALWORLD / name
    if expected is None:
        assert _run(path).page_count
    else:
        with pytest.raises(expected):
            _run(path)


@pytest.mark.skipif(not CORPUS, reason="../shared/realworld corpus not present")
def test_a_file_whose_every_page_pdfminer_fails_on_is_read_with_pdfium() -> None:
    path = REALWORLD / "unstructured/pdf-bad-color-space.pdf"
    doc = extract_pdf(path, replace(CORPUS_SETTINGS, glyph_source="pdfplumber"))
    assert doc.warnings[0].startswith("pdfminer read no text on any page (1 of 1 pages failed; "
                                      "first: page 1: ")
    assert doc.warnings[0].endswith("; the text was read with PDFium instead")
    text = " ".join(block.text for block in doc.blocks)
    assert "2023 Environmental Report" in text and "Intergovernmental Panel" in text
    # the default source is PDFium: read at once, no page failing
    default = _run(path)
    assert not any("read no text" in w or "failed" in w for w in default.warnings)
    assert " ".join(block.text for block in default.blocks) == text


@pytest.mark.skipif(not CORPUS, reason="../shared/realworld corpus not present")
def test_password_error_says_so() -> None:
    path = REALWORLD / "camelot/health_protected.pdf"
    with pytest.raises(EncryptedDocument) as info:
        extract_pdf(path)
    assert "encrypted: password required" in info.value.message


# --- the fixture plans in data/raw -----------------------------------------------------------

# file-name prefix -> grid columns of the plan's action table (later versions of a plan
# keep its layout)
PLAN_COLUMNS = {
    "herefordshire-2011-": 8,
    "herefordshire-2012-13": 9,
    "bath-ne-somerset-2012-": 9,
    "haringey-2011-": 8,
    "somerset-2013-": 7,
    "doncaster-2014-": 7,
    "walsall-2013-": 8,
}
# the seed plans' PDFs; the open-world fixtures are checked line by line by their goldens
PLANS = sorted(p for p in RAW.glob("*.pdf") if any(p.name.startswith(k) for k in PLAN_COLUMNS))


def plan_columns(name: str) -> int | None:
    return next((n for prefix, n in PLAN_COLUMNS.items() if name.startswith(prefix)), None)


@pytest.mark.skipif(not PLANS, reason="no fixture plans in data/raw yet")
@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_fixture_plan_has_its_action_table(path: Path) -> None:
    doc = extract_pdf(path)
    widths = [t.n_cols for t in doc.tables]
    assert plan_columns(path.name) in widths, widths
    for table in doc.tables:
        pages = sorted({c.page for c in table.cells if c.page})
        if len(pages) > 1:   # stitched: text from the first and the last page kept
            for page in (pages[0], pages[-1]):
                assert any(c.text.strip() for c in table.cells if c.page == page)


# --- line wraps: a paragraph wrapped by the cell's width vs separate items ------------------

def wrapped_cell_page(c: Canvas) -> None:
    # one cell 200 pt wide (text from x=104 to at most x=296): a paragraph that
    # wraps at the edge, then two short items each on its own line, then a
    # word hyphenated at a wrap ("outcome-" / "focused")
    xs, tops = [100, 300, 400], [100, 220]
    for top in tops:
        hline(c, xs[0], xs[-1], top)
    for x in xs:
        vline(c, x, tops[0], tops[-1])
    lines = ["Ensure that minutes from child protection", "strategy meetings are shared.",
             "Devise monitoring system", "Report to SMT", "All staff receive regular reflective outcome-",
             "focused supervision"]
    for i, s in enumerate(lines):
        text(c, 104, 112 + 12 * i, s, size=9)
    text(c, 304, 112, "Jan 2011")


def test_wraps_become_spaces_and_item_breaks_stay(tmp_path: Path) -> None:
    doc = extract_pdf(write_pdf(tmp_path / "wrap.pdf", [wrapped_cell_page]))
    cell = cell_at(only_table(doc.tables), 0, 0)
    assert cell.text == ("Ensure that minutes from child protection strategy meetings are shared.\n"
                         "Devise monitoring system\nReport to SMT\n"
                         "All staff receive regular reflective outcome-focused supervision")
    assert "".join(s.text for s in cell.spans) == cell.text
