"""Open-world fixture: a council plan's annual delivery plan (Word only).

Not from a seed.  `What we will do | Who | When | How we'll know`: no ref,
no status and no progress column (a plan, not a progress report), themes as
banner rows merged across the table, bullets inside cells, officers stacked
in one cell, and timescales as delivery plans write them ("2026 to 2028",
"Commencing Oct 25", "within 2 years" with nothing to count from, phases).
Published as .docx only.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Banner, Document, Heading, Para, Table, row, write_docx

STEM = "kirklees-2025-04"
TITLE = "Council Plan 2025–2028: Delivery Plan for 2025/26"
PUBLISH_PDF = False

INFO = Table(None, (4.0, 9.0), [
    row("Plan owner", "Chief Executive"),
    row("Approved", "Cabinet, 8 April 2025"),
    row("Next review", "April 2026"),
], header_fill=None)

PLAN = Table(("What we will do", "Who", "When", "How we'll know"), (10.5, 5.0, 4.0, 7.2), [
    Banner("Tackling poverty and inequality"),
    row("Open three more Family Hubs so that every district has one",
        "Service Director, Early Support", "2025-2027",
        "Three hubs open\nNumber of families using a hub each quarter"),
    row("Extend the Warm Spaces network and keep it open from October to March each winter",
        "Head of Communities", "Commencing Oct 25",
        "Number of Warm Spaces open\nVisitor feedback"),
    row("Run a take-up campaign for Pension Credit and Council Tax Reduction:\n"
        "• write to every eligible household\n• hold advice sessions in libraries",
        "Welfare and Exchequer Manager", "By December 2025",
        "Number of new claims\nExtra income for residents"),
    Banner("Homes and neighbourhoods"),
    row("Deliver 400 new affordable homes, including 60 for social rent",
        "Strategic Director, Place", "2026 to 2028",
        "Homes completed each year against the plan"),
    row("Retrofit 1,000 council homes to energy performance band C",
        "Head of Housing Growth\nHead of Asset Management", "within 2 years",
        "Homes at band C or above"),
    row("Publish a new Private Rented Sector Strategy",
        "Head of Housing Solutions", "Spring 2026", "Strategy adopted by Cabinet"),
    Banner("Children and young people"),
    row("Open a second children's home on a site the council already owns",
        "Service Director, Resources (Children's Services)",
        "Phase 1 (purchase) by Q2 2025/26, phase 2 (registration) by March 2026",
        "Home registered with Ofsted\nChildren placed closer to home"),
    row("Keep listening to children in care through the Children in Care Council",
        "Head of Corporate Parenting", "Ongoing",
        "Children's feedback reported in the corporate parenting annual report"),
], header_fill="7030a0")

DOCUMENT = Document(
    title=TITLE, author="Kirklees Council", footer=TITLE,
    blocks=[
        Heading("Kirklees Council", 1),
        Heading(TITLE, 0),
        INFO,
        Para("This delivery plan sets out what we will do in 2025/26 towards the Council "
             "Plan's priorities. Progress is reported to Cabinet twice a year through the "
             "corporate performance report."),
        PLAN,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
