"""Invented fixture: Rotherham progress update, November 2024 (reportlab PDF).

Not from a seed.  A plan with **no status column**: each line's RAG is only
the fill of its ref cell, explained by a key of coloured cells printed above
the table whose meanings are not the defaults (blue means not yet started,
green completed, amber on track).  Theme banners are shaded too, in a pale
blue that is no status; the header is navy; one line is left white (a new
action, not yet rated).  Recommendations are merged down over their actions.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import MERGED, Banner, Document, Heading, Para, Table, row, write_pdf

STEM = "rotherham-2024-11"
TITLE = "Children's Services Improvement Plan – Progress update November 2024"

BLUE, GREEN, AMBER, RED = "0070c0", "00b050", "ffc000", "ff0000"

KEY = Table(("Colour", "What it means"), (1.6, 6.0), [
    row("", "Not yet started", fills={0: BLUE}),
    row("", "Completed", fills={0: GREEN}),
    row("", "On track", fills={0: AMBER}),
    row("", "Behind schedule", fills={0: RED}),
], header_fill="d9d9d9", header_text="000000")

REC_OVERSIGHT = ("Strengthen management oversight of children in need plans so that drift is "
                 "identified and addressed.")
REC_STRATEGY = "Improve the timeliness of strategy discussions with police and health."
REC_REVIEWS = ("Ensure that care plans are reviewed within timescale and reflect children's "
               "views.")
REC_STABILITY = "Increase the stability of placements for children in care."

PLAN = Table(("Ref", "Recommendation", "Action", "Lead officer", "By when", "Progress update"),
             (1.3, 5.5, 6.5, 3.6, 2.6, 7.4), [
    Banner("Theme 1: Help and protection"),
    row("1.1", REC_OVERSIGHT,
        "Introduce monthly case supervision audits for every children in need team",
        "Head of Service, Children in Need", "December 2024",
        "Audit tool introduced in all six teams in October 2024; audits are now monthly.",
        fills={0: GREEN}),
    row("1.2", MERGED,
        "Review all children in need plans open for more than 12 months",
        "Service Manager, Children in Need", "January 2025",
        "Review of 86 plans started; 31 completed so far.", fills={0: AMBER}),
    row("1.3", REC_STRATEGY,
        "Agree a joint protocol for strategy discussions with police and health",
        "Head of Service, MASH", "October 2024",
        "Protocol signed by all three agencies on 14 October 2024.", fills={0: GREEN}),
    Banner("Theme 2: Children in care"),
    row("2.1", REC_REVIEWS, "Recruit two additional independent reviewing officers",
        "Head of Safeguarding", "March 2025",
        "One officer appointed; the second post is re-advertised after no suitable "
        "applicants.", fills={0: RED}),
    row("2.2", MERGED,
        "Launch the Mind of My Own app for children to share their views before reviews",
        "Participation Lead", "Spring 2025", "Work due to start in January 2025.",
        fills={0: BLUE}),
    row("2.3", REC_STABILITY, "Open a new four-bed children's home in the borough",
        "Head of Placements", "Q4 2024/25",
        "Registration application submitted to Ofsted; staff recruited.", fills={0: AMBER}),
    row("2.4", MERGED,
        "Review the sufficiency strategy with the Corporate Parenting Board",
        "Head of Placements", "June 2025",
        "New action added in November 2024 by the Corporate Parenting Board."),
])

DOCUMENT = Document(
    title=TITLE, author="Rotherham Metropolitan Borough Council",
    footer="Rotherham – Children's Services Improvement Plan – November 2024",
    blocks=[
        Heading("Rotherham Metropolitan Borough Council", 1),
        Heading(TITLE, 0),
        Para("This plan responds to the Ofsted inspection of local authority children's "
             "services of 9–20 September 2024. Progress is reported to the Improvement "
             "Board each quarter."),
        Para("Each action's reference is coloured to show its progress:"),
        KEY,
        PLAN,
    ],
)


def build_pdf(path: Path) -> None:
    write_pdf(DOCUMENT, path)
