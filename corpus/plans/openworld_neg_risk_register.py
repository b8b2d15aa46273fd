"""Open-world negative: a corporate risk register (Word, then LibreOffice PDF).  Not a plan.

Risks with causes, consequences, likelihood, impact and score, and a risk
owner: no actions, no deadlines, no progress.  Must load 0 lines.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_docx

STEM = "cheshire-east-risk-register-2025-06"
TITLE = "Strategic Risk Register – June 2025"

SCORE_KEY = Table(("Score", "Rating"), (2.0, 6.0), [
    row("1–6", "Low", fills={0: "92d050"}),
    row("8–12", "Medium", fills={0: "ffc000"}),
    row("15–25", "High", fills={0: "ff0000"}),
], header_fill="d9d9d9", header_text="000000")

REGISTER = Table(("Risk ref", "Risk description", "Causes", "Consequences", "Likelihood",
                  "Impact", "Score", "Risk owner"), (1.6, 5.0, 5.4, 5.4, 1.9, 1.6, 1.4, 3.4), [
    row("SR1", "Financial sustainability: the council is unable to set a balanced budget "
        "over the medium term",
        "Demand for adult and children's social care rising faster than funding\n"
        "Inflation in contract prices\nUncertainty over the local government finance "
        "settlement",
        "Use of reserves below the safe minimum\nSection 114 notice\nReduced services to "
        "residents", "4", "5", "20", "Executive Director of Resources (s151 Officer)",
        fills={6: "ff0000"}),
    row("SR2", "Failure to protect a child or vulnerable adult from harm",
        "High caseloads and reliance on agency staff\nWeak information sharing between "
        "partners", "Serious harm to a child or adult\nRegulatory intervention\nLoss of "
        "public confidence", "3", "5", "15", "Executive Director of Children's Services",
        fills={6: "ff0000"}),
    row("SR3", "Cyber attack disrupts council systems and services",
        "Growing number and sophistication of attacks\nOut-of-support software in some "
        "services", "Services unavailable for days or weeks\nLoss of personal data",
        "3", "4", "12", "Chief Digital Officer", fills={6: "ffc000"}),
    row("SR4", "Capacity of the care market to meet demand",
        "Workforce shortages in care providers\nFee levels below the cost of care",
        "People delayed in hospital\nHigher cost placements out of area", "3", "3", "9",
        "Director of Commissioning", fills={6: "ffc000"}),
    row("SR5", "Major incident or severe weather affects council services",
        "Flooding on the River Weaver and River Dane\nPower outages",
        "Disruption to services and to residents' homes", "2", "3", "6",
        "Head of Emergency Planning", fills={6: "92d050"}),
], header_fill="1f3864")

DOCUMENT = Document(
    title=TITLE, author="Cheshire East Council", footer=TITLE,
    blocks=[
        Heading("Cheshire East Council", 1),
        Heading(TITLE, 0),
        Para("Risks are scored as likelihood (1–5) multiplied by impact (1–5). The register "
             "is reviewed by the Corporate Leadership Team each quarter and reported to the "
             "Audit and Governance Committee."),
        SCORE_KEY,
        REGISTER,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
