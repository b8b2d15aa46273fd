"""Open-world fixture: a youth justice plan with a two-row grouped header (Word, then PDF).

Not from a seed.  The header has two rows: `Ref` and `Action` merged down
over both, `Delivery` spanning `Lead | Target`, and `Progress` spanning `RAG |
Commentary`; both rows are marked to repeat on each page.  RAG words on coloured cells,
no key (default meanings); dates such as "31.03.26" and "Sept 2025 – March
2026"; the report date in a subtitle ("position at").
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Pt, RGBColor

from corpus import docx_kit

STEM = "bolton-2025-09"
TITLE = "Youth Justice Plan 2025/26"
FILLS = {"Green": "00b050", "Amber": "ffc000", "Red": "ff0000"}
WIDTHS_CM = (1.3, 9.0, 4.4, 2.8, 1.8, 7.4)

# (ref, action, lead, target, rag, commentary)
LINES = [
    ("YJ1", "Screen every child entering the youth justice service for speech, language and "
     "communication needs", "Head of Youth Justice\nSpeech and Language Therapist", "31.03.26",
     "Green", "Screening tool in use since July; 38 children screened, 21 referred for a full "
     "assessment."),
    ("YJ2", "Reduce the number of first-time entrants through a joint decision-making panel with "
     "the police", "Youth Justice Operations Manager", "Sept 2025 – March 2026", "Amber",
     "Panel meets weekly. First-time entrants fell by 9% in the quarter against a target of "
     "15%; police attendance at the panel has been inconsistent."),
    ("YJ3", "Make sure every child in custody has a resettlement plan agreed before release",
     "Resettlement Lead", "By Dec 2025", "Red",
     "Two children were released in August without an agreed plan because accommodation was "
     "not found in time. A resettlement protocol with housing is being drafted."),
    ("YJ4", "Publish a disproportionality action plan with partners",
     "Head of Youth Justice", "Q3 2025/26", "Amber",
     "Data analysis complete; workshops with partners planned for November."),
    ("YJ5", "Keep victims informed at every stage of a child's order",
     "Victim Liaison Officer", "Ongoing", "Green",
     "All identified victims contacted within five working days in the quarter."),
]


def header(table) -> None:
    top = docx_kit.add_row(table, ["Ref", "Action", "Delivery", "", "Progress", ""], bold=True)
    sub = docx_kit.add_row(table, ["", "", "Lead", "Target", "RAG", "Commentary"], bold=True)
    for tr in (top, sub):
        docx_kit.mark_header_row(tr._tr)
        for cell in tr.cells:
            docx_kit.shade(cell, "d9d9d9")
    docx_kit.merge_across(table, 0, 2, 3)
    docx_kit.merge_across(table, 0, 4, 5)
    docx_kit.merge_down(table, 0, 0, 1)
    docx_kit.merge_down(table, 1, 0, 1)


def build_docx(path: Path) -> None:
    doc = docx_kit.new_document(landscape=True, font="Arial", size=9)
    doc.core_properties.title = TITLE
    for text, size in (("Bolton Council", 12.5), (TITLE, 16)):
        run = doc.add_paragraph().add_run(text)
        run.bold = True
        run.font.size = Pt(size)
        run.font.color.rgb = RGBColor.from_string("1F3864")
    docx_kit.add_paragraph(doc, "Quarter 2 update: position at 30 September 2025", bold=True)
    docx_kit.add_paragraph(doc, "The Youth Justice Management Board monitors this plan every "
                                "quarter. RAG ratings are the lead's own assessment.")
    table = docx_kit.add_table(doc, None, WIDTHS_CM)
    header(table)
    for ref, action, lead, target, rag, commentary in LINES:
        docx_kit.add_row(table, [ref, action, lead, target, rag, commentary],
                         fills=[None, None, None, None, FILLS[rag], None])
    doc.save(str(path))
