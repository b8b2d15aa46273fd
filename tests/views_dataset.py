"""A small hand-made database with history, inserted through the ORM, whose
every view figure is worked out by hand in the docstrings below.

Alpha (plan 1): version 1 reported 2012-01-31, version 2 reported 2012-06-30,
and a second file of version 2 (same report date) superseded by it.
Beta: one document with no plan (its own plan), reported 2013-03-31.

Overdue at report date -- Alpha v2: 1.2 (due 2012-03-31, 91 days), 1.4 (due
2012-05-31, 30 days): median 60.5. Beta: B1 59 days, B2 1 day, B5 90 days:
median 59. Slippage (Alpha v2 against v1): 1.1 due moved 274 days later,
1.2 on_track -> off_track, 1.3 unchanged, 1.4 added, 1.5 removed.
"""

from __future__ import annotations

from datetime import date, datetime
from itertools import count
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from models.db import Action, ActionMatch, Document, Plan

NOW = datetime(2024, 1, 1)
_sha = count(1)

# (ref, theme, due, status, action text, progress)
ALPHA_V1 = [
    ("1.1", "Theme one", date(2011, 12, 31), "on_track", "Recruit permanent social workers", None),
    ("1.2", "Theme one", date(2012, 3, 31), "on_track", "Audit child protection plans", None),
    ("1.3", "Theme two", date(2011, 10, 31), "complete", "Publish a threshold document", None),
    ("1.5", "Theme two", date(2011, 11, 30), "off_track", "Launch the escalation policy", None),
]
ALPHA_V2 = [
    ("1.1", "Theme one", date(2012, 9, 30), "on_track", "Recruit permanent social workers",
     "Recruitment campaign delayed"),
    ("1.2", "Theme one", date(2012, 3, 31), "off_track", "Audit child protection plans monthly",
     "Audits have not started"),
    ("1.3", "Theme two", date(2011, 10, 31), "complete", "Publish a threshold document", None),
    ("1.4", "Theme two", date(2012, 5, 31), "not_started", "Train staff in supervision", None),
]
BETA = [
    ("B1", None, date(2013, 1, 31), "at_risk", "Review caseload weighting", None),
    ("B2", None, date(2013, 3, 30), "unknown", "Introduce an online tool for children", None),
    ("B3", None, None, "on_track", "Maintain the quality assurance framework", None),
    ("B4", None, date(2014, 1, 1), "complete", "Commission advocacy services", None),
    ("B5", None, date(2012, 12, 31), "off_track", "Recruit independent reviewing officers",
     "Safeguarding training for governors postponed"),
]


def document(name: str, authority: str, report: date | None, **extra: Any) -> Document:
    return Document(document=name, sha256=f"{next(_sha):064d}", file_type="pdf",
                    authority=authority, title=f"{authority} improvement plan",
                    report_date=report, inspection_date=date(2011, 6, 30), ingested_at=NOW,
                    **extra)


def actions(lines: list[tuple[Any, ...]]) -> list[Action]:
    return [Action(seq=i, ref=ref, theme=theme, action=text, progress=progress, due_date=due,
                   due_date_text=due.isoformat() if due else "Ongoing",
                   due_kind="by" if due else "ongoing", status=status,
                   rag="red" if status == "off_track" else None,
                   source_refs=["Ofsted Rec 1"] if status == "off_track" else [],
                   page=i + 1, confidence=1.0)
            for i, (ref, theme, due, status, text, progress) in enumerate(lines)]


def matches(v1: Document, v2: Document) -> list[ActionMatch]:
    old = {a.ref: a for a in v1.actions}
    new = {a.ref: a for a in v2.actions}

    def pair(ref: str, method: str) -> ActionMatch:
        return ActionMatch(document_id=v2.id, action_id=new[ref].id, previous_document_id=v1.id,
                           previous_action_id=old[ref].id, method=method, score=100.0)

    return [pair("1.1", "ref"), pair("1.2", "text"), pair("1.3", "ref"),
            ActionMatch(document_id=v2.id, action_id=new["1.4"].id, method="added"),
            ActionMatch(document_id=v2.id, previous_document_id=v1.id,
                        previous_action_id=old["1.5"].id, method="removed")]


def build_history(engine: Engine) -> dict[str, int]:
    """Insert the dataset; returns the document ids by role."""
    with Session(engine) as session, session.begin():
        plan = Plan(authority="Alpha", authority_key="alpha", title="Alpha improvement plan",
                    title_key="alpha improvement plan", created_at=NOW)
        session.add(plan)
        session.flush()
        v1 = document("alpha-2012-01.pdf", "Alpha", date(2012, 1, 31), plan_id=plan.id)
        v2 = document("alpha-2012-06.pdf", "Alpha", date(2012, 6, 30), plan_id=plan.id)
        beta = document("beta-2013-03.pdf", "Beta", date(2013, 3, 31))
        v1.actions, v2.actions, beta.actions = actions(ALPHA_V1), actions(ALPHA_V2), actions(BETA)
        session.add_all([v1, v2, beta])
        session.flush()
        old_copy = document("alpha-2012-06.docx", "Alpha", date(2012, 6, 30), plan_id=plan.id,
                            superseded_by_id=v2.id)
        old_copy.actions = actions([(r, t, d, "unknown", x, p) for r, t, d, _, x, p in ALPHA_V2])
        session.add(old_copy)
        session.add_all(matches(v1, v2))
        session.flush()
        return {"v1": v1.id, "v2": v2.id, "beta": beta.id, "superseded": old_copy.id}
