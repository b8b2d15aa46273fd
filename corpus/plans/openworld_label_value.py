"""Open-world fixture: one small two-column table per commitment (Word, then PDF).

Not from a seed.  An equality action plan printed as a label/value table for
each commitment (`Commitment 3 | …`, `What we will do | …`, `Lead | …`,
`Timeline | …`, `Status | …`, `Progress | …`), with a heading above each
group of commitments.  Each table is one line; the labels map as headers do.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_docx

STEM = "gloucestershire-2025-12"
TITLE = "Equality, Diversity and Inclusion Action Plan 2025–26"

# (number, commitment, what we will do, lead, timeline, status, progress)
GROUPS = [
    ("Our workforce", [
        ("1", "Make our workforce reflect the communities we serve",
         "Set recruitment targets for under-represented groups in senior roles and report "
         "on them every six months", "Director of People", "March 2026", "On track",
         "Targets agreed by the Corporate Leadership Team in September; the first report "
         "goes to the Staff Forum in January."),
        ("2", "Close the gender pay gap",
         "Publish a gender pay gap action plan with the trade unions",
         "Head of Reward and Pay", "By 31 March 2026", "Not started",
         "Work will begin once the pay and grading review is complete in February."),
        ("3", "Support disabled staff to thrive at work",
         "Introduce a workplace adjustments passport for every disabled member of staff",
         "Occupational Health Manager", "Sept 2025", "Complete",
         "Passport launched on 15 September 2025; 86 passports agreed so far."),
    ]),
    ("Our services", [
        ("4", "Make our buildings and information accessible",
         "Audit the accessibility of the 12 most-visited council buildings and the council "
         "website, and fix the problems found",
         "Head of Property\nHead of Digital", "2025-2027", "On track",
         "Eight building audits complete. The website now meets the accessibility "
         "standard on 92% of pages."),
        ("5", "Understand who uses our services",
         "Collect equality information for every new adult social care and housing "
         "customer", "Head of Insight", "Q4 25/26", "At risk",
         "The housing system cannot record all protected characteristics until the "
         "upgrade in April."),
    ]),
]


def commitment_table(number: str, commitment: str, action: str, lead: str, when: str,
                     status: str, progress: str) -> Table:
    return Table(None, (4.0, 13.0), [
        row(f"Commitment {number}", commitment, fills={0: "d9e2f3", 1: "d9e2f3"}, bold=True),
        row("What we will do", action),
        row("Lead", lead),
        row("Timeline", when),
        row("Status", status),
        row("Progress", progress),
    ], header_fill=None)


def blocks() -> list:
    out: list = []
    for heading, commitments in GROUPS:
        out.append(Heading(heading, 1))
        out += [commitment_table(*c) for c in commitments]
    return out


DOCUMENT = Document(
    title=TITLE, author="Gloucestershire County Council", footer=TITLE, landscape=False,
    font_size=10,
    blocks=[
        Heading("Gloucestershire County Council", 1),
        Heading(TITLE, 0),
        Para("Progress at 30 November 2025", bold=True),
        Para("The plan sets out the council's equality objectives for 2025–26 under the "
             "Public Sector Equality Duty. Progress is reported to the Cabinet Member for "
             "Corporate Resources every six months."),
        *blocks(),
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
