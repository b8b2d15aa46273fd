"""Open-world fixture: an internal audit follow-up tracker (Word, then LibreOffice PDF).

Not from a seed.  An audit report's agreed actions, tracked for an audit
committee: `Recommendation | Our response | Owner | Target date | Status`,
the recommendation's number printed at the start of its cell (no ref
column), status words explained by a key, and the report date only in a
small document-information table ("Position as at").
"""

from __future__ import annotations

from pathlib import Path

from corpus.openworld_kit import Document, Heading, Para, Table, row, write_docx

STEM = "norfolk-2025-09"
TITLE = "Internal Audit – Follow-up of Agreed Actions"

INFO = Table(None, (5.0, 11.0), [
    row("Audit", "Children's Services: Placement Commissioning and Contract Management "
                 "(IA 24/25-17)"),
    row("Assurance opinion at audit (March 2025)", "Limited"),
    row("Position as at", "30 September 2025"),
    row("Reported to", "Audit and Governance Committee, 23 October 2025"),
], header_fill=None)

KEY = Table(("Status", "Meaning"), (3.0, 13.0), [
    row("Implemented", "Action complete and evidence seen by Internal Audit"),
    row("On track", "Work under way and expected to be delivered by the target date"),
    row("Delayed", "Target date missed or expected to be missed; revised date proposed"),
    row("Not yet due", "Work not started; the target date is in the future"),
], header_fill="d9d9d9", header_text="000000")

PLAN = Table(("Recommendation", "Our response", "Owner", "Target date", "Status"),
             (8.0, 8.6, 4.6, 2.6, 2.4), [
    row("1.1 Ensure that every placement made with an independent provider is supported by "
        "a signed individual placement agreement before the placement starts. "
        "(Priority: High)",
        "Agreed. The Placements Team will not release a purchase order until the signed "
        "agreement is uploaded to the child's record. A weekly exception report will go to "
        "the Head of Commissioning.",
        "Head of Commissioning, Children's Services", "31 December 2025", "On track"),
    row("1.2 Reconcile the placements recorded on the case management system with the "
        "payments made through the finance system each month. (Priority: High)",
        "Agreed. A monthly reconciliation is completed by the Business Support Team and "
        "signed off by the Finance Business Partner.",
        "Finance Business Partner – Children's Services", "Q3 25/26", "Implemented"),
    row("2.1 Review the contract monitoring framework so that visits to high-cost providers "
        "are planned on the basis of risk and recorded. (Priority: Medium)",
        "Agreed. The framework will be revised and approved by the Commissioning Board; "
        "visit records will be held in the contracts register.",
        "Contracts Manager", "by year end", "Not yet due"),
    row("2.2 Record the outcome of every quality assurance visit, including the actions "
        "agreed with the provider and the date by which they must be completed. "
        "(Priority: Medium)",
        "Agreed in part. Outcomes are already recorded for residential providers; the "
        "template will be extended to supported accommodation and fostering agencies.",
        "Contracts Manager", "30/06/2025", "Delayed"),
    row("3.1 Ensure that contract variations and fee uplifts above £25,000 are approved in "
        "line with the Financial Regulations. (Priority: High)",
        "Agreed. An approval step has been added to the contracts register workflow; "
        "uplifts are approved by the Assistant Director before payment.",
        "Assistant Director, Commissioning and Partnerships", "31 July 2025", "Implemented"),
    row("3.2 Publish a market position statement setting out the council's sufficiency "
        "needs for the next three years. (Priority: Low)",
        "Agreed. The statement will follow the sufficiency assessment, which goes to "
        "Cabinet early in 2026.",
        "Head of Commissioning, Children's Services", "March 2026", "Not yet due"),
    row("4.1 Provide refresher training on the Contract Standing Orders to all managers who "
        "commission placements. (Priority: Medium)",
        "Agreed. Training will be delivered through the Procurement Academy and attendance "
        "reported to the Directorate Leadership Team.",
        "Procurement Lead (Children's)", "Commencing January 2026", "Not yet due"),
], header_fill="d9d9d9", header_text="000000")

DOCUMENT = Document(
    title=TITLE, author="Norfolk County Council", footer="Internal Audit follow-up",
    blocks=[
        Heading("Norfolk County Council", 1),
        Heading(TITLE, 0),
        INFO,
        Para("Each agreed action is given one of the following statuses."),
        KEY,
        PLAN,
        Para("Internal Audit will report the next follow-up to the Committee in January 2026."),
    ],
)


def build_docx(path: Path) -> None:
    write_docx(DOCUMENT, path)
