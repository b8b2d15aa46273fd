"""Open-world fixture: climate emergency milestones (Word, then LibreOffice PDF).

Not from a seed.  `No. | Milestone | Target date`: no lead, no status and no
progress column, themes as banner rows, A4 portrait so the table runs over a
page with its header repeated, and the report date printed only in a small
document-information table ("Position as at 31 March 2025").
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Banner, Document, Heading, Para, Table, row, write_docx

STEM = "cornwall-2025-03"
TITLE = "Climate Emergency Action Plan: Milestones 2025–2030"

INFO = Table(None, (4.5, 11.0), [
    row("Document", "Milestone schedule (Appendix 2 to the Climate Emergency report)"),
    row("Position as at", "31 March 2025"),
    row("Owner", "Head of Climate Change and Sustainability"),
], header_fill=None)

INTRO = [
    "In 2019 the council declared a climate emergency and committed to work towards a "
    "carbon neutral Cornwall by 2030. The action plan sets out how the council will reduce "
    "the emissions from its own estate and operations, and how it will use its influence as "
    "a planning authority, transport authority and landlord to help residents, businesses "
    "and partners to do the same.",
    "This appendix lists the milestones that the Climate Emergency Programme Board tracks. "
    "Each milestone has a target date agreed by the Board. Milestones completed in earlier "
    "years are reported in the annual review and are not repeated here. Progress against "
    "each milestone is reported to the Board every quarter, and a summary is published "
    "with the council's annual carbon footprint.",
    "The council's own emissions fell by 41% between 2018/19 and 2023/24, mainly because "
    "of the switch to renewable electricity and the LED street lighting programme. The "
    "remaining emissions come mostly from heating buildings with gas and oil, from the "
    "council's fleet and from business travel. The milestones below concentrate on those "
    "sources, and on the wider Cornwall emissions from transport and land use.",
    "Milestones are grouped under the three themes of the plan. Where a milestone depends "
    "on external funding that has not yet been secured, its target date is shown as to be "
    "confirmed until a funding decision has been made.",
]

PLAN = Table(("No.", "Milestone", "Target date"), (1.4, 11.6, 4.0), [
    Banner("Decarbonising the council's estate"),
    row("1", "Complete heat decarbonisation plans for the 20 highest-emitting council "
        "buildings, including the three leisure centres with swimming pools, and agree a "
        "programme of works for the first five", "mid-June 2025"),
    row("2", "Switch all remaining street lighting to LED with a central management system "
        "that dims lights between midnight and 5am", "By end of 2025"),
    row("3", "Install solar PV on 15 schools through the schools energy partnership, "
        "starting with the schools that have the highest daytime demand", "2025/26"),
    row("4", "Replace the last 40 diesel pool cars with electric vehicles and install "
        "charge points at the four main council offices", "Q4 2025"),
    Banner("Transport"),
    row("5", "Open four mobility hubs at park and ride and rail interchange sites, each with "
        "bike hire, car club vehicles and real-time travel information", "2026 to 2028"),
    row("6", "Publish the refreshed Local Cycling and Walking Infrastructure Plan after "
        "public consultation", "Summer 2025"),
    row("7", "Install 300 on-street charge points in towns where most homes have no "
        "off-street parking", "Phase 1 (100 points) by Q2 2025/26, phase 2 by March 2027"),
    Banner("Nature and adaptation"),
    row("8", "Plant 120 hectares of new woodland as part of the Forest for Cornwall "
        "programme, working with landowners and community groups", "2030"),
    row("9", "Adopt a Climate Adaptation Strategy that sets out the risks to coastal "
        "communities from sea level rise and storms", "TBC"),
    row("10", "Report the council's carbon footprint to the Carbon Disclosure Project",
        "July 2025 and annually thereafter"),
], header_fill="00594f")

DOCUMENT = Document(
    title=TITLE, author="Cornwall Council", footer=TITLE, landscape=False, font_size=11,
    accent="00594f",
    blocks=[
        Heading("Cornwall Council", 1),
        Heading(TITLE, 0),
        INFO,
        *[Para(text) for text in INTRO],
        PLAN,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
