"""Open-world fixture: a self-assessment printed as one ruled box per commitment (reportlab PDF).

Not from a seed.  Each commitment is a small form: its number and title on a
shaded bar, `Lead officer` and `End date` as label/value rows, a completion
scale (`Not started | Limited | Substantial | Completed`) with a tick drawn
under one level, and a narrative of results.  One box is one line; the tick
gives `rag_text`.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from corpus import pdf_kit

STEM = "leicester-2025-03"
TITLE = "Transparency Commitments 2023–2025: End-of-term Self-assessment"
LEVELS = ("Not started", "Limited", "Substantial", "Completed")
TICK_FONT = "DejaVuSans"

# (section, [(number, commitment, lead, end date, level ticked, results)])
SECTIONS = [
    ("Section 1: Open data", [
        ("1.1", "Publish all spending over £500 every month as open data",
         "Head of Finance", "March 2024", "Completed",
         "Spending data has been published on the open data portal every month since April "
         "2023, in the format set by the Local Government Transparency Code."),
        ("1.2", "Publish a register of the council's land and buildings with a map",
         "Head of Estates", "September 2024", "Substantial",
         "The register is published; the map layer covers 80% of sites and the rest will be "
         "added when the asset survey ends."),
    ]),
    ("Section 2: Involving residents", [
        ("2.1", "Live-stream every Cabinet and scrutiny meeting",
         "Head of Democratic Services", "December 2023", "Completed",
         "All Cabinet and scrutiny meetings have been streamed since November 2023; "
         "recordings stay online for a year."),
        ("2.2", "Set up a residents' panel to review how the council uses data about people",
         "Data Protection Officer", "March 2025", "Limited",
         "Terms of reference drafted. Recruitment of panel members was paused during the "
         "restructure of the policy team."),
        ("2.3", "Publish plain-English summaries of every key decision",
         "Head of Communications", "June 2025", "Not started",
         "Not yet started: the work depends on the new website, due in the summer."),
    ]),
]


def tick_font() -> str:
    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if TICK_FONT not in pdfmetrics.getRegisteredFontNames() and path.exists():
        pdfmetrics.registerFont(TTFont(TICK_FONT, str(path)))
    return TICK_FONT if path.exists() else pdf_kit.body_fonts()[0]


def box(styles: pdf_kit.Styles, number: str, commitment: str, lead: str, end: str,
        level: str, results: str) -> Flowable:
    tick_style = styles.cell.clone("tick", fontName=tick_font(), fontSize=12, leading=14,
                                   alignment=1)
    level_style = styles.cell.clone("level", alignment=1)
    rows = [
        [Paragraph(f"<b>Commitment {number}: {commitment}</b>", styles.cell), "", "", ""],
        [pdf_kit.cell("Lead officer", styles.cell), pdf_kit.cell(lead, styles.cell), "", ""],
        [pdf_kit.cell("End date", styles.cell), pdf_kit.cell(end, styles.cell), "", ""],
        [pdf_kit.cell(name, level_style) for name in LEVELS],
        [Paragraph("\u2713" if name == level else "", tick_style) for name in LEVELS],
        [pdf_kit.cell("Description of results", styles.cell), pdf_kit.cell(results, styles.cell),
         "", ""],
    ]
    grey = colors.HexColor("#595959")
    commands = [
        ("BOX", (0, 0), (-1, -1), 1.0, grey),
        ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
        ("SPAN", (1, 1), (-1, 1)), ("SPAN", (1, 2), (-1, 2)), ("SPAN", (1, 5), (-1, 5)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, grey),
        ("INNERGRID", (0, 3), (-1, 4), 0.4, grey),
        ("LINEAFTER", (0, 1), (0, 2), 0.4, grey), ("LINEAFTER", (0, 5), (0, 5), 0.4, grey),
    ]
    return KeepTogether([pdf_kit.data_table(rows, [4.2 * cm] * 4, commands, header_rows=0,
                                            closing_rule=None), Spacer(1, 0.4 * cm)])


def build_pdf(path: Path) -> None:
    styles = pdf_kit.paragraph_styles(font_size=9, accent="#7030a0")
    story: list[Flowable] = [
        Paragraph("Leicester City Council", styles.subtitle),
        Paragraph(TITLE, styles.title),
        Paragraph("<b>Self-assessment at the end of the plan period, 31 March 2025</b>",
                  styles.body),
        Paragraph("For each commitment, the lead officer has marked how far it was completed "
                  "by the end of the plan period.", styles.body),
    ]
    for section, commitments in SECTIONS:
        story.append(Paragraph(section, styles.subtitle))
        story += [box(styles, *c) for c in commitments]
    pdf_kit.write_pdf(path, story, landscape_page=False, title=TITLE,
                      author="Leicester City Council", footer=TITLE)
