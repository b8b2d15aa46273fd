"""Open-world fixture: a partnership plan whose headers match no synonym (Word, then PDF).

Not from a seed.  `No. | We will | Named officer | Delivery | Traffic light |
Where we are now`: every role but the ref has to come from word cues and
the cells' content (officers' titles, timescales, RAG words, dated
narrative).  Traffic-light words with no key use the default meanings.
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Banner, Document, Heading, Para, Table, row, write_docx

STEM = "sandwell-2026-01"
TITLE = "Early Help Partnership Plan 2025–2027"

PLAN = Table(("No.", "We will", "Named officer", "Delivery", "Traffic light",
              "Where we are now"), (1.2, 7.6, 4.4, 3.2, 2.2, 8.2), [
    Banner("1. Families get help early"),
    row("1.1", "Publish a single early help offer that families and practitioners can find "
        "online and in every family hub", "Head of Early Help", "Q1 2025/26", "Green",
        "Offer published in June 2025 and promoted through schools and GP surgeries. "
        "Website visits have doubled since launch."),
    row("1.2", "Train 300 practitioners from schools, health and the voluntary sector as "
        "lead professionals", "Early Help Workforce Lead", "Autumn 2025 – Spring 2026",
        "Amber", "164 practitioners trained by 31 December. Take-up from health visiting is "
        "low; extra sessions are being held in February and March."),
    row("1.3", "Agree a shared early help assessment with all partners",
        "Partnership Manager, Children's Trust", "12-18 months", "Amber",
        "Draft assessment tested with eight schools; police and health sign-off still "
        "needed."),
    Banner("2. Families are supported to stay together"),
    row("2.1", "Extend the family group conference service to every family where a child "
        "may need to come into care", "Service Manager, Family Support",
        "From April 2026", "Green",
        "Funding agreed through the Families First programme; two coordinators appointed."),
    row("2.2", "Open a parenting support line for families of teenagers in the evenings and "
        "at weekends", "Head of Early Help\nYouth Service Manager", "Jan 2026", "Red",
        "The provider withdrew in November. A new service is being commissioned and will "
        "not start before the summer."),
    row("2.3", "Review how families are stepped down from social care to early help",
        "Head of Service, Assessment", "2026 to 2027", "Green",
        "Review scoped; a step-down panel will start in February 2026."),
], header_fill="375623")

DOCUMENT = Document(
    title=TITLE, author="Sandwell Children's Trust and partners", footer=TITLE,
    blocks=[
        Heading("Sandwell Metropolitan Borough Council and partners", 1),
        Heading(TITLE, 0),
        Para("Progress report to the Early Help Partnership Board, January 2026", bold=True),
        Para("This plan sets out what the partnership will do over two years to help families "
             "earlier. Each line shows the officer who is accountable for it and a traffic "
             "light for how it is going."),
        PLAN,
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
