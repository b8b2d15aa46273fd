"""Open-world negative: a revenue budget summary (reportlab PDF).  Not a plan.

Budget lines by service with pressures, savings and the proposed budget,
then a reserves table: numbers, not actions.  Must load 0 lines.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_pdf

STEM = "sefton-budget-2025-02"
TITLE = "Revenue Budget 2025/26 – Summary by Service"

BUDGET = Table(("Service area", "Budget 2024/25 £000", "Pressures £000", "Savings £000",
                "Budget 2025/26 £000", "Change %"), (7.0, 3.2, 3.0, 3.0, 3.2, 2.4), [
    row("Adult Social Care", "112,460", "9,820", "(3,150)", "119,130", "5.9"),
    row("Children's Social Care", "78,215", "11,340", "(2,400)", "87,155", "11.4"),
    row("Education Excellence", "14,980", "1,210", "(350)", "15,840", "5.7"),
    row("Highways and Public Protection", "21,430", "640", "(900)", "21,170", "(1.2)"),
    row("Operational In-House Services", "18,760", "1,020", "(610)", "19,170", "2.2"),
    row("Corporate Resources", "24,105", "730", "(1,240)", "23,595", "(2.1)"),
    row("Total net budget", "269,950", "24,760", "(8,650)", "286,060", "6.0", bold=True),
], header_fill="1f3864")

RESERVES = Table(("Reserve", "Balance 1 April 2025 £000", "Planned use £000",
                  "Balance 31 March 2026 £000"), (7.0, 4.0, 3.6, 4.2), [
    row("General Fund balance", "13,200", "0", "13,200"),
    row("Budget Stabilisation Reserve", "6,480", "(2,500)", "3,980"),
    row("Transformation Reserve", "3,150", "(1,800)", "1,350"),
], header_fill="1f3864")

DOCUMENT = Document(
    title=TITLE, author="Sefton Council", footer=TITLE,
    blocks=[
        Heading("Sefton Council", 1),
        Heading(TITLE, 0),
        Para("Appendix A to the Budget Council report of 27 February 2025. Figures are net "
             "of specific grants and income; savings are shown in brackets."),
        BUDGET,
        Heading("Earmarked reserves", 1),
        RESERVES,
    ],
)


def build_pdf(path: Path) -> None:
    write_pdf(DOCUMENT, path)
