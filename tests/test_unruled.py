"""Unruled tables (extractors/pdf/unruled.py): columns from text alignment, rows from gaps.

Words are laid out as a PDF would draw them (10 pt text, 12 pt line pitch), so each
case states its geometry.  Positive cases are tables as report generators print
them; negatives are text that must stay text: running prose, two-column text, a
contents page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from extractors.pdf.unruled import unruled_frames
from models.records import BBox

SIZE = 10.0
PITCH = 12.0
CHAR = 5.0  # average glyph width of 10 pt text


def words_at(x: float, top: float, text: str, *, bold: bool = False) -> list[dict[str, Any]]:
    """The words of one cell line starting at x."""
    out, cursor = [], x
    for word in text.split():
        width = CHAR * len(word)
        out.append({"text": word, "x0": cursor, "x1": cursor + width, "top": top,
                    "bottom": top + SIZE, "size": SIZE,
                    "fontname": "Arial-BoldMT" if bold else "ArialMT"})
        cursor += width + 2.5
    return out


def table_words(columns: Sequence[float], rows: Sequence[Sequence[str]], *, top: float = 100.0,
                row_gap: float = 8.0, header: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Cells whose "\\n" wraps onto further lines of the same column."""
    words: list[dict[str, Any]] = []
    y = top
    if header is not None:
        for x, text in zip(columns, header, strict=True):
            words += words_at(x, y, text, bold=True)
        y += PITCH + row_gap
    for row in rows:
        height = 0
        for x, text in zip(columns, row, strict=True):
            for i, line in enumerate(text.split("\n") if text else []):
                words += words_at(x, y + i * PITCH, line)
                height = max(height, i + 1)
        y += height * PITCH + row_gap
    return words


COLS = [50.0, 90.0, 300.0, 400.0]
HEADER = ["No.", "What we will do", "Who", "By when"]
ROWS = [
    ["1", "Open a family hub in each\nof the seven districts", "Head of Early Help", "March 2025"],
    ["2", "Publish one offer online\nwritten with parents\nand partners", "Partnership\nManager",
     "Sept 2024"],
    ["3", "Introduce one request form", "Head of Front Door", "30/06/2024"],
]


def frame_rows(frame: Any) -> int:
    return len({round(c.top, 1) for c in frame.cells})


def frame_cols(frame: Any) -> int:
    return len({round(c.x0, 1) for c in frame.cells})


def test_a_headed_table_keeps_wrapped_cells_in_one_row() -> None:
    frames = unruled_frames(table_words(COLS, ROWS, header=HEADER), [], 595.0, 3.0)
    assert len(frames) == 1
    frame = frames[0]
    assert frame.ruling == "none"
    assert frame_cols(frame) == 4
    assert frame_rows(frame) == 4  # the header and three rows, not one row per text line


def test_rows_without_a_gap_are_told_apart_by_their_numbers() -> None:
    words = table_words(COLS, ROWS, header=HEADER, row_gap=0.0)
    frames = unruled_frames(words, [], 595.0, 3.0)
    assert len(frames) == 1 and frame_rows(frames[0]) == 4


def test_a_table_without_a_printed_header_is_found_from_its_rows() -> None:
    frames = unruled_frames(table_words(COLS, ROWS), [], 595.0, 3.0)
    assert len(frames) == 1 and frame_cols(frames[0]) == 4 and frame_rows(frames[0]) == 3


def test_the_part_of_a_table_continued_on_a_new_page_is_kept_by_its_header() -> None:
    words = table_words(COLS, [["", "and partners", "", ""]], header=HEADER)
    frames = unruled_frames(words, [], 595.0, 3.0)
    assert len(frames) == 1 and frame_rows(frames[0]) == 2


def test_a_region_already_read_as_a_ruled_table_is_left_alone() -> None:
    words = table_words(COLS, ROWS, header=HEADER)
    assert unruled_frames(words, [BBox(0, 0, 595, 842)], 595.0, 3.0) == []


def test_columns_of_successive_pages_line_up_for_stitching() -> None:
    first = unruled_frames(table_words(COLS, ROWS, header=HEADER), [], 595.0, 3.0)[0]
    second = unruled_frames(table_words(COLS, ROWS[:2], header=HEADER, top=60.0), [], 595.0,
                            3.0)[0]
    assert sorted({c.x0 for c in first.cells}) == sorted({c.x0 for c in second.cells})
    assert first.bbox.x1 == second.bbox.x1


PROSE = ("The partnership will make early help easier to find and quicker to arrive for every "
         "family in the county and it will report on progress to the board each quarter with "
         "the lead officers updates")


def prose_lines(x: float, width_chars: int, n: int, top: float = 100.0) -> list[dict[str, Any]]:
    words = PROSE.split()
    out: list[dict[str, Any]] = []
    for i in range(n):
        line, length = [], 0
        j = i
        while length < width_chars:
            word = words[j % len(words)]
            line.append(word)
            length += len(word) + 1
            j += 1
        out += words_at(x, top + i * PITCH, " ".join(line))
    return out


NEGATIVES = {
    "running prose": prose_lines(50.0, 95, 12),
    "two-column text": prose_lines(50.0, 42, 14) + prose_lines(300.0, 42, 14),
    "contents page": [w for i, (title, page) in enumerate([
        ("Introduction", "3"), ("Our priorities", "4"), ("Delivery plan", "6"),
        ("Governance", "9"), ("Glossary", "12")])
        for w in words_at(50.0, 100.0 + i * PITCH * 1.5, str(i + 1))
        + words_at(80.0, 100.0 + i * PITCH * 1.5, title)
        + words_at(500.0, 100.0 + i * PITCH * 1.5, page)],
    "signature block": words_at(50.0, 100.0, "Signed") + words_at(200.0, 100.0, "Date")
    + words_at(350.0, 100.0, "Position"),
}


@pytest.mark.parametrize("name", list(NEGATIVES))
def test_text_that_is_no_table_stays_text(name: str) -> None:
    assert unruled_frames(NEGATIVES[name], [], 595.0, 3.0) == []
