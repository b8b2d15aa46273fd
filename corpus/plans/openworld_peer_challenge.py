"""Open-world fixture: an LGA corporate peer challenge action plan (reportlab PDF).

Not from a seed.  `No. | Recommendation | Our response | Key actions | Lead
| By when | Progress`: the council's response is a column of its own beside
the key actions (which are bullets), leads are elected members and officers
stacked in one cell, there is no status column, and the report date is a
"Review of progress" subtitle.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_pdf

STEM = "wiltshire-2025-05"
TITLE = "Corporate Peer Challenge: Action Plan"

PLAN = Table(("No.", "Recommendation", "Our response", "Key actions", "Lead", "By when",
              "Progress"), (1.0, 5.0, 4.2, 5.6, 3.4, 2.6, 5.2), [
    row("R1", "Develop a clear, shared narrative about the council's priorities for the next "
        "four years",
        "Agreed. The new Business Plan will set out a small number of priorities that "
        "residents, staff and partners recognise.",
        "• Hold member and staff workshops on the draft priorities\n"
        "• Publish the Business Plan 2025–2029",
        "Leader of the Council\nChief Executive", "Q2 2025/26",
        "Workshops held in April with 140 staff and all political groups. The draft "
        "Business Plan goes to Full Council in July."),
    row("R2", "Strengthen performance management so that members can see progress against "
        "the priorities",
        "Agreed.",
        "• Introduce a quarterly performance and risk report to Cabinet\n"
        "• Train scrutiny members in using performance data",
        "Director of Finance and Transformation", "Quarter 3 2025-26",
        "The first combined report is scheduled for the October Cabinet."),
    row("R3", "Build capacity for transformation by investing in programme management and "
        "digital skills",
        "Agreed in principle, subject to the budget.",
        "• Create a corporate programme management office\n• Recruit four business analysts",
        "Chief Executive", "2025-2027",
        "Business case approved in March; recruitment begins in June."),
    row("R4", "Work with town and parish councils to agree a shared approach to devolving "
        "services and assets",
        "Agreed.",
        "• Agree a devolution framework with the Association of Town and Parish Councils",
        "Director of Communities", "By December 2025",
        "Two workshops held; the framework is in draft."),
    row("R5", "Review governance arrangements to make decision-making quicker and more "
        "transparent",
        "Agreed. The Constitution Review Group will lead this work.",
        "• Review the scheme of delegation\n• Publish a forward plan of all key decisions",
        "Monitoring Officer", "Summer 2025 then annually",
        "The revised scheme of delegation was adopted at Annual Council in May."),
], header_fill="00594f")

DOCUMENT = Document(
    title=TITLE, author="Wiltshire Council", footer="Corporate Peer Challenge action plan",
    accent="00594f",
    blocks=[
        Heading("Wiltshire Council", 1),
        Heading(TITLE, 0),
        Para("Review of progress – 20 May 2025", bold=True),
        Para("A Local Government Association peer team spent four days with the council from "
             "4 to 7 February 2025. Their report made five recommendations; this plan sets "
             "out how we are responding to each of them."),
        PLAN,
    ],
)


def build_pdf(path: Path) -> None:
    write_pdf(DOCUMENT, path)
