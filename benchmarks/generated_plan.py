"""A long ruled action plan, generated deterministically, for speed and memory figures.

``write_plan(path, pages)`` draws a landscape A4 plan of about ``pages`` pages in
the look most council plans share: nine ruled columns (Ref, Area for improvement,
Action, Lead, Start, Due date, RAG status, Progress, Evidence), wrapped cell
text, a RAG status that is a filled cell carrying its word, a RAG key on page
1, the header row repeated on every page and long rows split over page breaks.
The council ("Anytown Council") and all text are invented; the same ``pages``
always gives the same bytes (a seeded generator and reportlab's invariant mode).

The plan is cut into sections (one table each, header repeated inside each):
reportlab re-measures every remaining row of a table at each page break, so one
table of thousands of rows would take minutes to lay out.

    python benchmarks/generated_plan.py OUT.pdf PAGES
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from corpus import pdf_kit

TITLE = "Anytown Council – Children's Services Improvement Plan – Progress report June 2024"
HEADER = ["Ref", "Area for improvement", "Action", "Lead", "Start", "Due date",
          "RAG status", "Progress", "Evidence"]
WIDTHS_CM = [1.1, 3.6, 4.4, 2.6, 1.9, 2.1, 1.7, 5.1, 4.3]
RAG_COL = HEADER.index("RAG status")
RAG = {"Red": "#FF0000", "Amber": "#FFC000", "Green": "#00B050", "Blue": "#0070C0"}
LEGEND = [("Red", "Off track: significantly delayed"),
          ("Amber", "Some slippage: action under way but at risk"),
          ("Green", "On track to be delivered by the due date"),
          ("Blue", "Complete and embedded")]
ROWS_PER_SECTION = 12
# Measured on this layout: about 2 action rows fill a page (the long rows split).
ROWS_PER_PAGE = 2.27

SUBJECTS = ["early help assessments", "return home interviews", "care plans",
            "child protection conferences", "supervision of social workers",
            "pathway plans for care leavers", "strategy discussions",
            "the multi-agency safeguarding hub", "placement stability",
            "personal education plans", "health assessments", "case audits"]
VERBS = ["Review", "Strengthen", "Embed", "Improve the timeliness of", "Audit",
         "Introduce a quality standard for", "Train all managers on", "Monitor"]
LEADS = ["Head of Service – Safeguarding", "Assistant Director – Children's Social Care",
         "Quality Assurance Manager", "Principal Social Worker",
         "Workforce Development Manager", "Head of Service – Corporate Parenting"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WORDS = ("the service has completed a review of practice and agreed next steps with "
         "partners managers report improved compliance with the standard although further "
         "work is needed in two teams audit findings were reported to the improvement "
         "board and actions agreed the revised procedure is in place and staff have been "
         "briefed performance data is reviewed monthly at the performance clinic").split()


def sentence(rnd: random.Random, n_words: int) -> str:
    start = rnd.randrange(len(WORDS))
    words = [WORDS[(start + i) % len(WORDS)] for i in range(n_words)]
    return " ".join(words).capitalize() + "."


def month_year(rnd: random.Random, year: int) -> str:
    return f"{MONTHS[rnd.randrange(12)]} {year}"


def action_row(rnd: random.Random, section: int, item: int) -> tuple[list[str], str]:
    """The nine cell texts of one plan line, and its RAG word."""
    subject = SUBJECTS[(section + item) % len(SUBJECTS)]
    progress = "\n".join(sentence(rnd, rnd.randint(18, 40)) for _ in range(rnd.randint(2, 5)))
    evidence = "\n".join(f"• {sentence(rnd, rnd.randint(5, 12))}"
                         for _ in range(rnd.randint(1, 4)))
    rag = rnd.choice(list(RAG))
    cells = [f"{section}.{item}",
             f"Improve the quality and consistency of {subject} (para {10 + section})",
             f"{rnd.choice(VERBS)} {subject}. {sentence(rnd, rnd.randint(8, 20))}",
             rnd.choice(LEADS), month_year(rnd, 2023), month_year(rnd, 2024), rag,
             progress, evidence]
    return cells, rag


def section_table(rnd: random.Random, section: int, styles: pdf_kit.Styles) -> Flowable:
    rows: list[list[Flowable | str]] = [[pdf_kit.cell(h, styles.header) for h in HEADER]]
    commands: list[tuple] = [pdf_kit.fill(0, 0, "#1F3864", to_col=len(HEADER) - 1)]
    for item in range(1, ROWS_PER_SECTION + 1):
        cells, rag = action_row(rnd, section, item)
        rows.append([pdf_kit.cell(text, styles.cell) for text in cells])
        commands.append(pdf_kit.fill(RAG_COL, len(rows) - 1, RAG[rag]))
    # reportlab leaves out the rule between a repeated header and a row continued from
    # the page before; Word draws it, so it is drawn explicitly.
    under_header = ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#595959"))
    return pdf_kit.data_table(rows, [w * cm for w in WIDTHS_CM],
                              [*pdf_kit.full_grid(0.5), under_header, *commands])


def legend(styles: pdf_kit.Styles) -> Flowable:
    rows: list[list[Flowable | str]] = [[Paragraph("<b>RAG key</b>", styles.cell), ""]]
    rows += [[pdf_kit.cell(word, styles.cell), pdf_kit.cell(meaning, styles.cell)]
             for word, meaning in LEGEND]
    commands = pdf_kit.full_grid(0.5) + [("SPAN", (0, 0), (1, 0))]
    commands += [pdf_kit.fill(0, i, RAG[word]) for i, (word, _) in enumerate(LEGEND, start=1)]
    return pdf_kit.data_table(rows, [1.6 * cm, 8 * cm], commands)


def write_plan(path: Path, pages: int) -> Path:
    """Write a plan of about ``pages`` pages to ``path`` (deterministic) and return it."""
    rnd = random.Random(pages)
    styles = pdf_kit.paragraph_styles(font_size=8, accent="#1F3864")
    story: list[Flowable] = [
        Paragraph("Anytown Council", styles.subtitle),
        Paragraph(TITLE, styles.title),
        Paragraph("Improvement plan following the Ofsted inspection of 12–23 February 2024. "
                  "Progress is reported to the Improvement Board each month.", styles.body),
        legend(styles),
        Spacer(1, 0.4 * cm),
    ]
    n_rows = max(1, round(pages * ROWS_PER_PAGE))
    for section in range(1, -(-n_rows // ROWS_PER_SECTION) + 1):
        story.append(Paragraph(f"Priority {section}: {SUBJECTS[section % len(SUBJECTS)]}",
                               styles.banner))
        story.append(section_table(rnd, section, styles))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf_kit.write_pdf(path, story, landscape_page=True, title=TITLE, author="Anytown Council",
                      footer="Anytown Council – Improvement Plan – June 2024")
    return path


if __name__ == "__main__":
    out = write_plan(Path(sys.argv[1]), int(sys.argv[2]))
    print(out)
