"""Invented fixture: Norfolk early help delivery plan, March 2024 (reportlab PDF, no rules).

Not transcribed from a seed.  It tests a table drawn with no ruling lines at
all, columns aligned by whitespace only, as report generators print them:
- the bold header row repeats at the top of every page;
- cells wrap over several lines (a wrapped cell is one cell, not several rows);
- one row is split by the page break, its action and update running on at the
  top of page 2 under the repeated header;
- headers in other bodies' words ("What we will do", "Who", "By when", "RAG",
  "Update"), and a running heading and prose above the table.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from corpus import pdf_kit

STEM = "norfolk-2024-03"
TITLE = "Norfolk Early Help Delivery Plan 2023–25"
SUBTITLE = "Progress update – 31 March 2024"
HEADER = ["No.", "What we will do", "Who", "By when", "RAG", "Update"]
WIDTHS_CM = [1.2, 5.6, 3.2, 2.4, 1.3, 4.3]

INTRO = (
    "This plan sets out how the partnership will make early help easier to find and quicker "
    "to arrive. It is reviewed every quarter by the Early Help Partnership Board, and each "
    "action carries the lead officer's update at the end of the quarter. "
)

ROWS: list[tuple[str, str, str, str, str, str]] = [
    ("1", "Open a family hub in each of the seven districts, with health visiting, "
     "midwifery and welfare advice on site at least three days a week",
     "Head of Early Help", "March 2025", "Green",
     "Five hubs are open. The King's Lynn and Thetford hubs open in the summer."),
    ("2", "Publish one early help offer online, written with parents, so that families "
     "and professionals can see what help is available in their area",
     "Early Help Partnership Manager", "Sept 2024", "Amber",
     "Draft written with the parent carer forum; web team capacity has delayed "
     "publication by two months."),
    ("3", "Introduce a single request for support form for all partners",
     "Head of Front Door Services", "30/06/2024", "Green",
     "Form tested with schools in two districts."),
    ("4", "Train 600 practitioners from schools, health and the voluntary sector in the "
     "family support process, including the new assessment and plan templates, "
     "supervision for lead professionals and recording in the partner portal",
     "Workforce Development Lead\nDesignated Nurse", "Q2 2024/25", "Amber",
     "312 practitioners trained so far. Schools' take-up is lower than planned; extra "
     "twilight sessions have been booked for the spring and summer terms, and the "
     "voluntary sector forum will host two sessions in May. Health colleagues will "
     "complete the e-learning module by the end of June."),
    ("5", "Audit a sample of 40 early help plans each quarter and report the findings to "
     "the Partnership Board",
     "Quality Assurance Manager", "Quarterly from April 2024", "Green",
     "First audit complete: 31 of 40 plans rated good."),
    ("6", "Agree how step-down from social care to early help is recorded",
     "Head of Social Work", "tbc", "Red",
     "Not started: waiting for the case recording system upgrade."),
]


def header_style() -> pdf_kit.Styles:
    return pdf_kit.paragraph_styles(font_size=9)


def table(styles: pdf_kit.Styles) -> Flowable:
    bold_black = styles.header.clone("bold-black", textColor="#000000")
    head = [pdf_kit.cell(h, bold_black) for h in HEADER]
    body = [[pdf_kit.cell(v, styles.cell) for v in row] for row in ROWS]
    commands = [("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 2)]
    return pdf_kit.data_table([head, *body], [w * cm for w in WIDTHS_CM], commands,
                              closing_rule=None)


def build_pdf(path: Path) -> None:
    styles = header_style()
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(SUBTITLE, styles.subtitle),
        *(Paragraph(INTRO * 2, styles.body) for _ in range(7)),
        Spacer(1, 3.2 * cm),
        table(styles),
        Spacer(1, 0.4 * cm),
        Paragraph("Next review: the Partnership Board in June 2024.", styles.body),
    ]
    pdf_kit.write_pdf(path, story, landscape_page=False, title=TITLE,
                      author="Norfolk County Council", footer="Norfolk County Council")
