"""Walsall's Strategic Improvement Plan 2012 as an Excel tracker whose RAG column is
coloured only by conditional formatting (data/formats/walsall-2013-01.xlsx).

    python -m corpus.formats.xlsx_cf_tracker [--out DIR]

The lines are the real plan's (seed 003, transcribed in corpus/plans/
walsall_2013_theme1..3.py, golden tests/golden/walsall-2013-01.jsonl); the
layout is how councils keep such a plan as a workbook:
- one sheet per theme, the theme's title in the first row and the review
  date in the second (first sheet), then the plan's own column headings;
  objective banners merged across the table, "Looked After Children" a short
  section banner, run-on rows with an empty Action No. cell; the plan's opening
  sentence (which dates the Ofsted inspection) under the title;
- the RAG column holds the key's letter (Gr, B, G, A, R) under the number
  format ``;;;``, so the letter is never shown: the colour is all a reader
  sees, and it comes from conditional formats only (no cell has a static
  fill there).  Each sheet colours it with different rule types, in priority
  order: cellIs equal, containsText with stopIfTrue, beginsWith (which would
  also catch "Gr": priority decides), expressions ``=$H5="A"``, ``=H5="R"``,
  ``=ISNUMBER(SEARCH("R",H5))``, ``=ISNUMBER(FIND("B",$H5))``, a blanks rule
  with stopIfTrue and no format; dxf colours as RGB, as the theme and as the
  indexed palette;
- a Timescale rule with a formula no reader may run (``TODAY()``): it
  changes nothing here (no timescale is a number) and must be skipped;
- the Plan Key on a last sheet, letters on static fills with their meanings.

The golden file tests/golden/formats/walsall-2013-01.jsonl is the source plan's
golden with what this layout changes (rag_text is the colour's name, page is the
sheet), checked by hand.  Rebuilds are byte-identical (fixed zip times).
"""

from __future__ import annotations

import argparse
import io
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.colors import Color
from openpyxl.styles.differential import DifferentialStyle

from corpus.formats.xlsx_tracker import repacked
from corpus.plans.walsall_2013_intro import PLAN_FRONT, PLAN_KEY, THEMES
from corpus.plans.walsall_2013_theme1 import THEME_1
from corpus.plans.walsall_2013_theme2 import THEME_2
from corpus.plans.walsall_2013_theme3 import THEME_3

ROOT = Path(__file__).resolve().parents[2]
STEM = "walsall-2013-01"
ZIP_TIME = (2013, 1, 8, 9, 0, 0)
FIXED_TIME = datetime(2013, 1, 8, 9, 0, 0)
TITLE = "Walsall Children's Services – Strategic Improvement Plan 2012"
REVIEW = "Progress update – 8 January 2013"
# the plan's own opening sentence (its front matter): it dates the inspection the
# timescales count from ("Immediate and ongoing")
INTRO = next(text for kind, text in PLAN_FRONT if text.startswith("This Plan has been"))
HEADER = ["Action No.", "Reference to:", "Action", "Timescale", "Lead Person(s)", "Measures",
          "Review note for this period", "RAG"]
FIELDS = ["no", "refs", "action", "timescale", "lead", "measures", "note", "rag"]
WIDTHS = [9, 14, 45, 20, 16, 40, 45, 6]
HIDDEN = ";;;"  # every section empty: the letter is kept but never shown
BANNER_FILL = "FFF2F2F2"
SECTION_FILL = "FFD9D9D9"
KEY_FILLS = {label.split("(")[1].rstrip(")"): fill for label, _, fill in PLAN_KEY}


def solid(colour: Color) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor=colour, bgColor=colour)


def dxf_fill(colour: Color, *, as_excel: bool = True) -> DifferentialStyle:
    """Excel writes a conditional fill as bgColor alone; openpyxl's own helpers as a solid
    fill with both colours.  The tracker carries both kinds."""
    if as_excel:
        return DifferentialStyle(fill=PatternFill(bgColor=colour))
    return DifferentialStyle(fill=solid(colour))


def rgb(letter: str) -> Color:
    return Color(rgb="FF" + KEY_FILLS[letter].upper())


def rule(kind: str, dxf: DifferentialStyle | None, **extra: Any) -> Rule:
    return Rule(type=kind, dxf=dxf, **extra)


def rag_rules(col: str, top: int) -> dict[int, list[Rule]]:
    """Each sheet's RAG rules, highest priority first, for the column ``col`` whose first
    line is on row ``top`` (relative references are written from that cell)."""
    cell, anchored = f"{col}{top}", f"${col}{top}"
    return {
        1: [rule("containsBlanks", None, stopIfTrue=True,
                 formula=[f"LEN(TRIM({cell}))=0"]),
            rule("cellIs", dxf_fill(rgb("B")), operator="equal", formula=['"B"']),
            rule("containsText", dxf_fill(rgb("Gr")), operator="containsText", text="Gr",
                 stopIfTrue=True, formula=[f'NOT(ISERROR(SEARCH("Gr",{cell})))']),
            rule("beginsWith", dxf_fill(rgb("G"), as_excel=False), operator="beginsWith",
                 text="G", formula=[f'LEFT({cell},1)="G"']),
            rule("expression", dxf_fill(rgb("A")), formula=[f'{anchored}="A"']),
            rule("expression", dxf_fill(Color(indexed=10)),  # the palette's red
                 formula=[f'ISNUMBER(SEARCH("R",{cell}))'])],
        2: [rule("cellIs", dxf_fill(rgb("Gr")), operator="equal", formula=['"Gr"']),
            rule("cellIs", dxf_fill(rgb("G")), operator="equal", formula=['"G"']),
            rule("endsWith", dxf_fill(rgb("A"), as_excel=False), operator="endsWith", text="A",
                 formula=[f'RIGHT({cell},1)="A"']),
            rule("expression", dxf_fill(rgb("R")), formula=[f'{cell}="R"']),
            rule("expression", dxf_fill(rgb("B")), formula=[f'ISNUMBER(FIND("B",{anchored}))'])],
        3: [rule("expression", dxf_fill(rgb("Gr")), formula=[f'{anchored}="Gr"']),
            rule("cellIs", dxf_fill(rgb("B")), operator="equal", formula=['"B"']),
            # Office 2007's theme accent 3 (#9bbb59) darkened: a green from the theme
            rule("cellIs", dxf_fill(Color(theme=6, tint=-0.249977111117893)), operator="equal",
                 formula=['"G"']),
            rule("cellIs", dxf_fill(rgb("A")), operator="equal", formula=['"A"']),
            rule("containsText", dxf_fill(rgb("R")), operator="containsText", text="R",
                 formula=[f'NOT(ISERROR(SEARCH("R",{cell})))'])],
    }


def overdue_rule(col: str, top: int) -> Rule:
    """Red bold text for a timescale past today: needs TODAY(), never evaluated here."""
    cell = f"${col}{top}"
    return rule("expression", DifferentialStyle(font=Font(color="FFC00000", bold=True)),
                formula=[f"AND(ISNUMBER({cell}),{cell}<TODAY())"])


def cell_text(text: str) -> str:
    return text.replace("**", "")


def write_theme(ws: Any, number: int, rows: list) -> None:
    heading = THEMES[number][0]
    ws.title = f"Theme {number}"
    if number == 1:
        ws.append([TITLE])
        ws.append([REVIEW])
        ws.append([INTRO])
    ws.append([heading])
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True, size=12)
    ws.append(HEADER)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
        cell.fill = solid(Color(rgb=SECTION_FILL))
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(65 + i)].width = width
    top = ws.max_row + 1
    for entry in rows:
        if isinstance(entry, dict):
            write_line(ws, entry)
            for extra in entry.get("more", []):
                write_line(ws, extra)
        else:
            write_banner(ws, *entry)
    bottom = ws.max_row
    for priority, cf_rule in enumerate(rag_rules("H", top)[number], start=1):
        cf_rule.priority = priority
        ws.conditional_formatting.add(f"H{top}:H{bottom}", cf_rule)
    ws.conditional_formatting.add(f"D{top}:D{bottom}", overdue_rule("D", top))


def write_line(ws: Any, line: dict) -> None:
    row = ws.max_row + 1
    for col, field in enumerate(FIELDS, start=1):
        cell = ws.cell(row=row, column=col, value=cell_text(line.get(field, "")) or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if field in ("no", "rag"):
            cell.font = Font(bold=True)
    ws.cell(row=row, column=len(FIELDS)).number_format = HIDDEN


def write_banner(ws: Any, kind: str, text: str) -> None:
    row = ws.max_row + 1
    cell = ws.cell(row=row, column=1, value=cell_text(text))
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    cell.fill = solid(Color(rgb=SECTION_FILL if kind == "section" else BANNER_FILL))
    if kind == "section":
        cell.font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(FIELDS))


def write_key(ws: Any) -> None:
    ws.title = "Plan Key"
    ws.append(["Plan Key"])
    for label, meaning, fill in PLAN_KEY:
        ws.append([label, meaning])
        ws.cell(row=ws.max_row, column=1).fill = solid(Color(rgb="FF" + fill.upper()))
        ws.cell(row=ws.max_row, column=1).alignment = Alignment(wrap_text=True)
    ws.column_dimensions["B"].width = 80


def build_workbook() -> bytes:
    wb = Workbook()
    for number, rows in ((1, THEME_1), (2, THEME_2), (3, THEME_3)):
        ws = wb.active if number == 1 else wb.create_sheet()
        write_theme(ws, number, rows)
    write_key(wb.create_sheet())
    wb.properties.created = wb.properties.modified = FIXED_TIME
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "formats")
    args = parser.parse_args()
    target = args.out / f"{STEM}.xlsx"
    target.write_bytes(repacked(build_workbook(), ZIP_TIME))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
