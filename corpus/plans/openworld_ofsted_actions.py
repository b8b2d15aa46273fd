"""Open-world fixture: a post-inspection (ILACS) action plan (reportlab PDF).

Not from a seed.  `Action | Lead | Deadline`: no status and no ref column;
each action's number is printed at the start of its cell ("1.1 Introduce
..."); each of the inspection's recommendations is a long banner row above
its actions; the table is ruled with horizontal lines only; A4 portrait.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Banner, Document, Heading, Para, Table, row, write_pdf

STEM = "medway-2025-01"
TITLE = "Post-inspection Action Plan: Children's Services"

AREAS = [
    ("The quality and impact of management oversight and supervision of social workers' "
     "practice, so that plans for children progress without drift.", [
        ("1.1 Introduce a supervision standard that sets out the frequency, recording and "
         "reflective content expected, and audit compliance every month",
         "Head of Service, Quality Assurance", "December 2024"),
        ("1.2 Team managers to record a management oversight note on every child's record at "
         "each key decision point", "Service Manager, Children in Need", "Immediate"),
        ("1.3 Deliver a leadership programme for all team managers and assistant team "
         "managers, with a module on reflective supervision", "Principal Social Worker",
         "Commencing Jan 25"),
    ]),
    ("The timeliness and quality of pre-proceedings work under the Public Law Outline.", [
        ("2.1 Set up a weekly legal gateway panel, chaired by the Head of Service, to track "
         "every child in pre-proceedings", "Head of Service, Court and Permanence",
         "Q4 24/25"),
        ("2.2 Review all children who have been in pre-proceedings for more than 16 weeks "
         "and agree a plan for each child",
         "Head of Service, Court and Permanence\nCourt Progression Manager",
         "Within 6 months"),
    ]),
    ("The sufficiency of local homes for children in care, particularly for older children "
     "with complex needs.", [
        ("3.1 Recruit 25 new fostering households through the regional fostering recruitment "
         "hub", "Head of Fostering", "By end of March 2026"),
        ("3.2 Commission a local children's home for up to four children aged 12 to 17 with "
         "complex needs", "Head of Commissioning", "2025-2027"),
    ]),
]

PLAN = Table(("Action", "Lead", "Deadline"), (10.6, 4.2, 3.2), [
    item
    for area, actions in AREAS
    for item in [Banner(area, fill=None), *(row(*action) for action in actions)]
], header_fill=None, ruled="rules")

DOCUMENT = Document(
    title=TITLE, author="Medway Council", footer="Medway Council – post-inspection action plan",
    landscape=False, font_size=10, accent="005eb8",
    blocks=[
        Heading("Medway Council", 1),
        Heading(TITLE, 0),
        Para("Ofsted inspected Medway's services for children in need of help and protection, "
             "children in care and care leavers (ILACS) from 16 to 27 September 2024. This "
             "plan sets out what we will do about each of the areas for improvement in the "
             "inspection report. It was submitted to Ofsted on 6 January 2025 and is "
             "overseen by the Children's Improvement Board."),
        Para("The areas for improvement are shown in bold above the actions that answer "
             "them."),
        PLAN,
    ],
)


def build_pdf(path: Path) -> None:
    write_pdf(DOCUMENT, path)
