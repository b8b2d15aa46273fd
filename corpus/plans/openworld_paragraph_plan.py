"""Open-world fixture: an action plan written as paragraphs with labelled fields (reportlab PDF).

Not from a seed.  No table at all: each action is a bold numbered heading
("Action 1.2 – …") followed by `Responsible:`, `Timeline:`, `Status:` and
`Update:` paragraphs, under objective headings.  Each action is one line.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, write_pdf

STEM = "hertfordshire-2026-01"
TITLE = "Digital Inclusion Strategy: Action Plan"

# (objective, [(number, action, responsible, timeline, status, update)])
OBJECTIVES = [
    ("Objective 1: Everyone can get online", [
        ("1.1", "Provide free data SIM cards through libraries to residents on low incomes",
         "Head of Libraries", "By September 2025", "Complete",
         "1,240 SIM cards issued through 46 libraries between April and September."),
        ("1.2", "Set up a device recycling scheme with local businesses",
         "Digital Inclusion Officer", "Q4 2025/26", "In progress",
         "Two businesses have signed up and 180 laptops have been donated; data wiping is "
         "provided by the council's ICT partner."),
    ]),
    ("Objective 2: Everyone has the skills and confidence to use the internet", [
        ("2.1", "Train 60 digital champions among library staff and volunteers",
         "Adult Learning Manager", "Commencing Jan 26", "Not started",
         "Course materials agreed with the adult learning service."),
        ("2.2", "Run weekly drop-in sessions for older residents in every district",
         "Adult Learning Manager\nAge UK Hertfordshire", "Ongoing", "In progress",
         "Sessions running in eight of ten districts; venues for the last two are being "
         "agreed."),
        ("2.3", "Publish a digital skills offer for people looking for work with the "
         "Department for Work and Pensions", "Employment and Skills Lead", "mid-March 2026",
         "In progress", "Offer drafted with Jobcentre Plus; launch planned for March."),
    ]),
]


def blocks() -> list:
    out: list = []
    for objective, actions in OBJECTIVES:
        out.append(Heading(objective, 1))
        for number, action, responsible, timeline, status, update in actions:
            out += [
                Para(f"Action {number} – {action}", bold=True),
                Para(f"Responsible: {responsible.replace(chr(10), '; ')}"),
                Para(f"Timeline: {timeline}"),
                Para(f"Status: {status}"),
                Para(f"Update: {update}"),
            ]
    return out


DOCUMENT = Document(
    title=TITLE, author="Hertfordshire County Council", footer=TITLE, landscape=False,
    font_size=10,
    blocks=[
        Heading("Hertfordshire County Council", 1),
        Heading(TITLE, 0),
        Para("Progress as at 31 December 2025", bold=True),
        Para("This action plan puts the Digital Inclusion Strategy 2025–2028 into practice. "
             "It is owned by the Digital Inclusion Partnership and reviewed every quarter."),
        *blocks(),
    ],
)


def build_pdf(path: Path) -> None:
    write_pdf(DOCUMENT, path)
