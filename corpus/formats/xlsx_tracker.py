"""Invented fixture: an Excel action tracker (data/formats/wigan-2014-01.xlsx).

    python -m corpus.formats.xlsx_tracker [--out DIR]

Not transcribed from a seed: it is built to carry what councils' trackers do
and the PDF/DOCX fixtures cannot:
- RAG as a cell fill with no text, given three ways (an explicit RGB, a theme
  colour with a tint, an indexed palette colour), read through a key that sits
  on a second sheet ("Key") and gives the colours meanings of its own;
- merged theme banner rows across the table and an area for improvement
  merged down over its actions;
- dates stored as Excel dates under different number formats ("mmm-yy",
  "dd/mm/yyyy", "mmmm yyyy"), one of them a formula with a cached value;
- a hidden row, a hidden column and a hidden sheet (none of them read);
- a progress cell with line breaks, and a header row styled bold.

The golden file tests/golden/formats/wigan-2014-01.jsonl is written by hand from the
rows below.  Rebuilds are byte-identical (fixed zip times and properties).
"""

from __future__ import annotations

import argparse
import io
import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.colors import Color

ROOT = Path(__file__).resolve().parents[2]
STEM = "wigan-2014-01"
ZIP_TIME = (2014, 1, 31, 9, 0, 0)
FIXED_TIME = datetime(2014, 1, 31, 9, 0, 0)

HEADER = ["Ref", "Area for improvement", "Action", "Lead officer", "Start date", "Due date",
          "Progress update", "RAG", "Internal notes"]
WIDTHS = [7, 30, 40, 20, 11, 13, 45, 7, 20]
GREEN = Color(rgb="FF00B050")                  # explicit RGB
# Accent 6 of the theme openpyxl writes (Office 2007's: #f79646, orange)
AMBER = Color(theme=9, tint=0.0)
RED = Color(indexed=10)                        # the legacy palette's red
BANNER = Color(theme=0, tint=-0.1499984740745262)  # Background 1, 15% darker (grey)

# (row kind, values); dates are datetimes with a number format, "=..." a formula
TRACKER = [
    ("banner", "Theme 1: Early help and assessment"),
    ("line", ["1.1", "Early help is not consistently offered to families below the "
              "threshold for social care.",
              "Publish a single early help offer and train all children's centre staff in it.",
              "Head of Early Help", (datetime(2013, 4, 1), "mmm-yy"),
              (datetime(2014, 3, 31), "dd/mm/yyyy"),
              "Offer published in June 2013.\n212 staff trained by December 2013.", GREEN]),
    ("line", ["1.2", None,
              "Audit 50 early help assessments each quarter and report the findings to the "
              "Improvement Board.",
              "Quality Assurance Manager", (datetime(2013, 7, 1), "mmm-yy"), "Ongoing",
              "Two audits completed; the second found better use of the assessment.", AMBER]),
    ("hidden", ["1.3", None, "Withdrawn: merged into action 1.1", "Head of Early Help",
                None, None, "Withdrawn in October 2013", None]),
    ("banner", "Theme 2: Quality of social work practice"),
    ("line", ["2.1", "Assessments are not completed within timescales.",
              "Recruit six permanent social workers to the assessment teams.",
              "Service Manager, Assessment", (datetime(2013, 9, 1), "mmm-yy"),
              (datetime(2014, 6, 30), "mmmm yyyy"),
              "Four of six posts filled; two interviews in February.", RED]),
    ("line", ["2.2", "Supervision is not regular or recorded.",
              "Introduce a supervision policy and audit its use monthly.",
              "Principal Social Worker", (datetime(2013, 10, 1), "mmm-yy"),
              ("=E10+182", datetime(2014, 4, 1), "dd/mm/yyyy"),
              "Policy launched in November.\nFirst audit due in February.", AMBER]),
]
KEY = [("RAG key", None), ("", GREEN, "Completed"), ("", AMBER, "On track"),
       ("", RED, "Behind schedule")]


def fill(colour: Color) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor=colour, bgColor=colour)


def write_tracker(ws: Any, cached: dict[str, str]) -> None:
    ws.title = "Tracker"
    ws.append(["Wigan Council – Children's Services Improvement Plan: action tracker"])
    ws.append(["Progress update – 31 January 2014"])
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    ws.append(HEADER)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(65 + i)].width = width
    ws.column_dimensions["I"].hidden = True
    first_line_row = None
    for kind, values in TRACKER:
        row = ws.max_row + 1
        if kind == "banner":
            ws.cell(row=row, column=1, value=values).fill = fill(BANNER)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            continue
        write_line(ws, row, values, cached)
        if kind == "hidden":
            ws.row_dimensions[row].hidden = True
        if values[0] == "1.1":
            first_line_row = row
    # the area for improvement of 1.1 also covers action 1.2
    ws.merge_cells(start_row=first_line_row, start_column=2, end_row=first_line_row + 1,
                   end_column=2)


def write_line(ws: Any, row: int, values: list, cached: dict[str, str]) -> None:
    for col, value in enumerate(values[:7], start=1):
        cell = ws.cell(row=row, column=col)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(value, tuple) and len(value) == 3:  # a formula with its cached date
            cell.value, cell.number_format = value[0], value[2]
            cached[cell.coordinate] = str((value[1] - datetime(1899, 12, 30)).days)
        elif isinstance(value, tuple):
            cell.value, cell.number_format = value
        else:
            cell.value = value
    if values[7] is not None:
        ws.cell(row=row, column=8).fill = fill(values[7])
    ws.cell(row=row, column=9, value="checked by PMO")


def write_key(ws: Any) -> None:
    ws.title = "Key"
    for entry in KEY:
        if entry[1] is None:
            ws.append([entry[0]])
            continue
        ws.append([entry[0], entry[2]])
        ws.cell(row=ws.max_row, column=1).fill = fill(entry[1])


def build_workbook() -> tuple[bytes, dict[str, str]]:
    wb = Workbook()
    cached: dict[str, str] = {}
    write_tracker(wb.active, cached)
    write_key(wb.create_sheet())
    old = wb.create_sheet("Old tracker")
    old.append(["Ref", "Action", "Due date", "RAG"])
    old.append(["0.1", "Superseded line that must not be read", "March 2013", "Red"])
    old.sheet_state = "hidden"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), cached


def repacked(data: bytes, when: tuple[int, int, int, int, int, int],
             edit: Callable[[str, bytes], bytes] = lambda name, part: part) -> bytes:
    """The workbook's zip written again with every entry dated ``when`` and the
    document's own dates set to it, so a rebuild gives the same bytes; ``edit``
    may change a part on the way."""
    stamp = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*when).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = edit(info.filename, src.read(info))
            if info.filename == "docProps/core.xml":
                part = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp, part)
            entry = zipfile.ZipInfo(info.filename, when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, part)
    return out.getvalue()


def with_cached_values(data: bytes, cached: dict[str, str]) -> bytes:
    """openpyxl writes formulas without results; Excel stores the last result beside
    each formula, and that cached value is what a reader is given."""
    def edit(name: str, part: bytes) -> bytes:
        return add_cached(part.decode(), cached).encode() if name == "xl/worksheets/sheet1.xml" else part
    return repacked(data, ZIP_TIME, edit)


def add_cached(xml: str, cached: dict[str, str]) -> str:
    for ref, value in cached.items():
        pattern = re.compile(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v></v>)?')
        xml, count = pattern.subn(rf"\1<v>{value}</v>", xml)
        if count != 1:
            raise SystemExit(f"formula cell {ref} not found in the sheet XML")
    return xml


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "formats")
    args = parser.parse_args()
    data, cached = build_workbook()
    target = args.out / f"{STEM}.xlsx"
    target.write_bytes(with_cached_values(data, cached))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
