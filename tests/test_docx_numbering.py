"""Word automatic numbering: the labels a reader sees before numbered paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from extractors.docx.extract import extract_docx
from extractors.docx.numbering import Numbering, format_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NUMBERING = f"""
<w:numbering xmlns:w="{W}">
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
      <w:lvlText w:val="%1.%2 (%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="1"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
  <w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""


def numbering() -> Numbering:
    return Numbering.from_xml(etree.fromstring(NUMBERING.encode()))


def test_multilevel_labels_count_and_reset() -> None:
    n = numbering()
    labels = [n.label("5", level) for level in (0, 1, 1, 2, 2, 1, 0, 1)]
    assert labels == ["1.", "1.1", "1.2", "1.2 (a)", "1.2 (b)", "1.3", "2.", "2.1"]


def test_start_override_and_bullets() -> None:
    n = numbering()
    assert [n.label("6", 0), n.label("6", 0)] == ["4.", "5."]
    assert n.label("7", 0) == "•"


@pytest.mark.parametrize(("num_id", "level"), [("99", 0), (None, 0), ("5", 8), ("", 0)])
def test_not_a_list(num_id: str | None, level: int) -> None:
    assert numbering().label(num_id, level) is None


@pytest.mark.parametrize(("n", "fmt", "text"), [
    (1, "decimal", "1"), (4, "lowerRoman", "iv"), (9, "upperRoman", "IX"),
    (3, "lowerLetter", "c"), (28, "upperLetter", "BB"), (7, "decimalZero", "07"),
    (5, "ordinalText", "5")])
def test_number_formats(n: int, fmt: str, text: str) -> None:
    assert format_number(n, fmt) == text


def test_numbered_ref_column_comes_out_in_the_cell_text(tmp_path: Path) -> None:
    # a plan whose refs are Word list numbers, not typed text
    doc = Document()
    table = doc.add_table(rows=4, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Ref", "Action"
    for row in (1, 2, 3):
        table.cell(row, 0).paragraphs[0].style = doc.styles["List Number"]
        table.cell(row, 1).text = f"Action {row}"
    path = tmp_path / "numbered.docx"
    doc.save(str(path))
    cells = {(c.row, c.col): c.text for c in extract_docx(path).tables[0].cells}
    assert [cells[(r, 0)] for r in (1, 2, 3)] == ["1.", "2.", "3."]
    assert cells[(0, 0)] == "Ref"
