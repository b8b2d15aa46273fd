"""Invented fixture: Devon youth justice plan self-assessment, January 2025 (reportlab PDF).

Not transcribed from a seed.  It tests a plan printed as one ruled form box
per action, as self-assessment reports are:
- a numbered title above each box ("1.1 …", "2.1 …") under section headings;
- rows of label and value ("Lead officer", "Partners", "Due", "Progress");
- a completion row: the scale "Not started | Limited | Substantial |
  Completed" printed across the box with a tick drawn under one word, the
  label "Completion" in a cell spanning both rows;
- one box split over a page break (its upper rows on page 1).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from corpus import pdf_kit

STEM = "devon-2025-01"
TITLE = "Devon Youth Justice Plan 2024–25: self-assessment"
SUBTITLE = "Position as at 31 January 2025"
SCALE = ["Not started", "Limited", "Substantial", "Completed"]
TICK_FONT = "DejaVuSans"
TICK_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# (section, [(number, title, lead, partners, due, completion index, progress)])
PLAN: list[tuple[str, list[tuple[str, str, str, str, str, int, str]]]] = [
    ("Prevention", [
        ("1.1", "Offer every child referred by the police a prevention assessment within "
         "ten working days", "Prevention Team Manager", "Devon and Cornwall Police",
         "June 2024", 3, "All referrals since April were assessed within ten working days."),
        ("1.2", "Set up a weekly out-of-court disposal panel with health and education "
         "members", "Head of Youth Justice", "Public health nursing; schools",
         "September 2024", 2,
         "The panel has met weekly since October; education attendance is still patchy."),
    ]),
    ("Reducing reoffending", [
        ("2.1", "Give every child on a court order a named education worker",
         "Education Inclusion Manager", "Virtual School", "March 2025", 1,
         "Two education workers recruited of the five planned."),
        ("2.2", "Review the use of remand and publish the findings",
         "Head of Youth Justice", "Youth Justice Management Board", "Summer 2025", 0,
         "Not yet begun: starts after the new case management system goes live."),
    ]),
]


def tick_font() -> str:
    if TICK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(TICK_FONT, TICK_PATH))
    return TICK_FONT


def box(values: tuple[str, str, str, int, str], cell: ParagraphStyle) -> Table:
    lead, partners, due, done, progress = values
    tick = ParagraphStyle("tick", parent=cell, fontName=tick_font(), fontSize=11,
                          alignment=1)
    centred = ParagraphStyle("centred", parent=cell, alignment=1)
    rows = [
        ["Lead officer", pdf_kit.cell(lead, cell), "", "", ""],
        ["Partners", pdf_kit.cell(partners, cell), "", "", ""],
        ["Due", pdf_kit.cell(due, cell), "", "", ""],
        ["Completion", *(Paragraph(word, centred) for word in SCALE)],
        ["", *(Paragraph("✓" if i == done else "", tick) for i in range(len(SCALE)))],
        ["Progress", pdf_kit.cell(progress, cell), "", "", ""],
    ]
    table = Table(rows, colWidths=[3.6 * cm, 3.3 * cm, 3.3 * cm, 3.3 * cm, 3.3 * cm],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#404040")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (0, -1), pdf_kit.body_fonts()[1]),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        *(("SPAN", (1, r), (4, r)) for r in (0, 1, 2, 5)),
        ("SPAN", (0, 3), (0, 4)),
    ]))
    return table


def build_pdf(path: Path) -> None:
    styles = pdf_kit.paragraph_styles(font_size=9)
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(SUBTITLE, styles.subtitle),
        Paragraph("Each action of the plan is assessed below. The completion level is marked "
                  "on a four-point scale agreed by the Youth Justice Management Board.",
                  styles.body),
    ]
    for section, actions in PLAN:
        story.append(Paragraph(section, styles.subtitle))
        for number, title, *values in actions:
            story.append(Paragraph(f"{number} {title}", styles.banner))
            story.append(box(tuple(values), styles.cell))  # type: ignore[arg-type]
            story.append(Spacer(1, 0.5 * cm))
        story.append(Spacer(1, 6 * cm))
    pdf_kit.write_pdf(path, story, landscape_page=False, title=TITLE,
                      author="Devon County Council", footer="Devon County Council")
