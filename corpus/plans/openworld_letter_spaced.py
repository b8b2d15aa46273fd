"""Open-world fixture: a community safety delivery plan with letter-spaced text (Word, then PDF).

Not from a seed.  The lead and timescale columns (header included) carry
expanded character spacing (Word's Font > Advanced > Spacing: Expanded), so
the PDF places every glyph apart: a reader that joins glyphs by a fixed gap
splits "Responsible lead" into letters or fragments.  Words must be rejoined
from the glyph gaps relative to the font's own space width.
`Ref | Priority action | Responsible lead | Timescale | Progress`, no status.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_docx

STEM = "north-yorkshire-2025-06"
TITLE = "Community Safety Partnership Delivery Plan 2025/26"

PLAN = Table(("Ref", "Priority action", "Responsible lead", "Timescale", "Progress"),
             (1.4, 8.6, 5.0, 3.6, 8.0), [
    row("CS1", "Map the places where residents feel least safe after dark, using the street "
        "safety survey and police data", "Community Safety Manager", "Summer 2025",
        "Survey closed with 3,120 responses; mapping under way with the police analyst."),
    row("CS2", "Install improved lighting and CCTV at the ten locations identified by the "
        "mapping", "Head of Highways\nPolice Inspector, Neighbourhoods", "Q4 2025/26",
        "Funding confirmed through the Safer Streets fund."),
    row("CS3", "Commission a domestic abuse perpetrator programme across the county",
        "Domestic Abuse Coordinator", "Commencing Sept 2025",
        "Tender evaluation completed; contract award in July."),
    row("CS4", "Deliver knife crime awareness sessions in every secondary school",
        "Youth Justice Service Manager", "By end of the academic year (July 2026)",
        "Sessions delivered in 18 of 46 schools."),
], header_fill="1f3864", spaced_cols=(2, 3), spacing_pt=3.5)

DOCUMENT = Document(
    title=TITLE, author="North Yorkshire Council", footer=TITLE,
    blocks=[
        Heading("North Yorkshire Council", 1),
        Heading(TITLE, 0),
        Para("Update to the Community Safety Partnership – June 2025", bold=True),
        PLAN,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
