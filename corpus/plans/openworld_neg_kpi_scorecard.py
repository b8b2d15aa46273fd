"""Open-world negative: a quarterly KPI scorecard (reportlab PDF).  Not a plan.

Indicators rated RAG with a printed key, a ref column, targets, a direction
of travel and a commentary column that reads like progress notes: everything
a plan has except actions, owners' tasks and deadlines.  Must load 0 lines.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Banner, Document, Heading, Para, Table, row, write_pdf

STEM = "derby-kpi-2025-09"
TITLE = "Corporate Performance Scorecard – Quarter 2 2025/26"

RAG = {"GREEN": "00b050", "AMBER": "ffc000", "RED": "ff0000"}

KEY = Table(("Rating", "Meaning"), (2.4, 11.0), [
    row("GREEN", "At or better than target", fills={0: RAG["GREEN"]}),
    row("AMBER", "Below target but within the tolerance of 5%", fills={0: RAG["AMBER"]}),
    row("RED", "Below target and outside tolerance", fills={0: RAG["RED"]}),
], header_fill="404040")


def kpi(ref: str, name: str, target: str, q1: str, q2: str, rating: str, dot: str, note: str):
    return row(ref, name, target, q1, q2, rating, dot, note, fills={5: RAG[rating]})


SCORECARD = Table(("Ref", "Indicator", "Target", "Q1", "Q2", "RAG", "Direction of travel",
                   "Commentary"), (1.3, 6.2, 1.8, 1.6, 1.6, 1.8, 2.4, 9.0), [
    Banner("Children and young people"),
    kpi("CYP01", "% of EHC plans issued within 20 weeks (excluding exceptions)", "60%",
        "48%", "57%", "AMBER", "Improving",
        "Timeliness improved for the third quarter running as additional educational "
        "psychology capacity came on stream."),
    kpi("CYP02", "% of re-referrals to children's social care within 12 months", "20%",
        "18.2%", "17.5%", "GREEN", "Improving", "Remains better than the national average."),
    kpi("CYP03", "Number of children in care per 10,000 children", "75", "82", "84", "RED",
        "Worsening", "Increase driven by unaccompanied asylum-seeking children and sibling "
        "groups entering care in July."),
    Banner("Adults and health"),
    kpi("ASC01", "% of Care Act assessments completed within 28 days", "70%", "66%", "69%",
        "AMBER", "Improving", "Waiting list reduced by 18% in the quarter."),
    kpi("ASC02", "Permanent admissions to residential care (65+) per 100,000", "560", "512",
        "498", "GREEN", "Improving", "Lowest rate for five years."),
    Banner("Place"),
    kpi("PL01", "% of household waste sent for reuse, recycling or composting", "45%",
        "41.3%", "40.8%", "RED", "Worsening", "Garden waste tonnage lower because of the dry "
        "summer; food waste collections start in April."),
    kpi("PL02", "% of major planning applications decided within 13 weeks", "85%", "91%",
        "94%", "GREEN", "Improving", "Above target in both months of the quarter."),
], header_fill="1f3864")

DOCUMENT = Document(
    title=TITLE, author="Derby City Council", footer=TITLE,
    blocks=[
        Heading("Derby City Council", 1),
        Heading(TITLE, 0),
        Para("Performance at 30 September 2025 against the Council Plan indicators. Each "
             "indicator is rated against its target using the key below."),
        KEY,
        SCORECARD,
    ],
)


def build_pdf(path: Path) -> None:
    write_pdf(DOCUMENT, path)
