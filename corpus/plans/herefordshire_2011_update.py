"""Herefordshire: the February 2011 plan's next progress update, June 2011 (invented).

Built from ``herefordshire_2011`` (same layout, same lines) with exactly
these changes, which tests/test_history.py expects to find:

- 6.2: timescale December 2010 -> April 2011 (due date slipped), new progress;
- 7.5: timescale March 2011 -> September 2011 (slipped), new progress;
- 10.1: new progress note only;
- 11.6 renumbered 11.7, its text unchanged;
- 8.3 dropped;
- 11.8 added.

Herefordshire prints no per-line status, so statuses stay ``unknown``; the
Haringey update carries the status moves.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT

from corpus import docx_kit
from corpus.plans import herefordshire_2011 as base
from corpus.plans.herefordshire_2011 import LINES, PlanLine, Row

STEM = "herefordshire-2011-06"
SUBTITLE = "Progress update – June 2011"


def ref_of(line: PlanLine) -> str:
    return line.rows[0][0]


def with_first_row(line: PlanLine, **cells: str) -> PlanLine:
    """The line with some cells of its first row replaced (by column name)."""
    columns = {"ref": 0, "times": 6, "progress": 7}
    first = list(line.rows[0])
    for name, value in cells.items():
        first[columns[name]] = value
    row: Row = tuple(first)  # type: ignore[assignment]
    return replace(line, rows=(row, *line.rows[1:]))


NEW_LINE = PlanLine((
    ("11.8", "Social workers' caseloads are too high in the referral and assessment team "
     "(para 44)",
     "Ensure that caseloads are manageable so that assessments are timely and of good quality",
     base.LISA, base.RA_GROUP,
     "Introduce a caseload weighting tool and report caseloads monthly to SMT",
     "September 2011", "Weighting tool drafted – to be piloted in July 2011"),
))


def updated_lines() -> list[PlanLine]:
    lines = []
    for line in LINES:
        ref = ref_of(line)
        if ref == "8.3":
            continue
        if ref == "6.2":
            # its continuation row (a further note) goes with the old progress
            changed = with_first_row(line, times="April 2011",
                                     progress="HSCB escalation policy relaunched April 2011")
            line = replace(changed, rows=changed.rows[:1])
        elif ref == "7.5":
            line = with_first_row(line, times="September 2011",
                                  progress="Independent visitor service out to tender – contract "
                                  "to start September 2011")
        elif ref == "10.1":
            line = with_first_row(line, progress="Completed – compliance testing in March 2011 "
                                  "found all minutes shared within timescale")
        elif ref == "11.6":
            line = with_first_row(line, ref="11.7")
        lines.append(line)
    return lines + [NEW_LINE]


def add_heading_block(doc) -> None:
    docx_kit.add_paragraph(doc, base.TITLE, bold=True, size=14)
    docx_kit.add_paragraph(doc, SUBTITLE, bold=True, size=12)
    docx_kit.add_paragraph(doc, base.AUTHOR, size=10)
    box = docx_kit.add_table(doc, None, [3.6, 1.2])
    box.alignment = WD_TABLE_ALIGNMENT.LEFT
    row = docx_kit.add_row(box, [docx_kit.Run(base.RATING, bold=True, size=11), ""])
    docx_kit.shade(row.cells[1], base.RATING_FILL)
    docx_kit.add_paragraph(doc, "")


def build_docx(path: Path) -> None:
    doc = docx_kit.new_document(landscape=True, font="Arial", size=9)
    add_heading_block(doc)
    base.add_plan_table(doc, updated_lines())
    doc.save(str(path))
