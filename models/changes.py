"""What moved since a moment: new plans and versions, lines whose status or due date
changed, and lines newly overdue (`actionplans changes --since DATE`).

Built on what loading already records: ``documents.ingested_at`` (when a
version arrived; reprocessing a file keeps it), ``plans.created_at``, and
``action_matches`` (each line's predecessor in the previous version).  Only
current versions count; a superseded file was replaced for the same date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from models.db import Action, ActionMatch, Document, Plan
from models.version_store import version_numbers


@dataclass
class Changes:
    since: datetime
    versions: list[dict[str, Any]] = field(default_factory=list)  # new plans are version 1
    moved: list[dict[str, Any]] = field(default_factory=list)  # status or due date changed
    overdue: list[dict[str, Any]] = field(default_factory=list)  # newly overdue lines

    def as_json(self) -> dict[str, Any]:
        return {"since": self.since.isoformat(), "versions": jsonable(self.versions),
                "moved": jsonable(self.moved), "overdue": jsonable(self.overdue)}


def jsonable(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()} for row in rows]


def is_overdue(action: Action | None, report_date: date | None) -> bool:
    return (action is not None and action.due_date is not None and report_date is not None
            and action.due_date < report_date and action.status != "complete")


def changes_since(engine: Engine, since: datetime) -> Changes:
    found = Changes(since)
    with Session(engine) as session:
        numbers = version_numbers(session.connection())
        new_docs = session.scalars(
            sa.select(Document).where(Document.ingested_at >= since,
                                      Document.superseded_by_id.is_(None))
            .order_by(Document.ingested_at, Document.id)).all()
        plans = {p.id: p for p in session.scalars(sa.select(Plan))}
        for doc in new_docs:
            plan = plans.get(doc.plan_id) if doc.plan_id is not None else None
            version = numbers.get(doc.id, (None, None, False))[1]
            found.versions.append({
                "authority": doc.authority, "plan_id": doc.plan_id,
                "title": plan.title if plan else doc.title, "version": version,
                "new_plan": bool(plan and plan.created_at >= since), "document": doc.document,
                "report_date": doc.report_date, "lines": doc.n_actions,
                "ingested_at": doc.ingested_at.isoformat(timespec="seconds")})
            lines_of_version(session, doc, found)
    return found


def lines_of_version(session: Session, doc: Document, found: Changes) -> None:
    """The moved and newly overdue lines of one new version."""
    actions = session.scalars(sa.select(Action).where(Action.document_id == doc.id)
                              .order_by(Action.seq)).all()
    matches = {m.action_id: m for m in session.scalars(
        sa.select(ActionMatch).where(ActionMatch.document_id == doc.id))}
    for action in actions:
        match = matches.get(action.id)
        previous = (session.get(Action, match.previous_action_id)
                    if match and match.previous_action_id else None)
        before_date = (session.get(Document, previous.document_id).report_date  # type: ignore[union-attr]
                       if previous else None)
        base = {"authority": doc.authority, "document": doc.document, "report_date": doc.report_date,
                "ref": action.ref, "action": action.action}
        if previous and (previous.status != action.status or previous.due_date != action.due_date):
            found.moved.append({**base, "status_before": previous.status, "status": action.status,
                                "due_before": previous.due_date, "due_date": action.due_date})
        if is_overdue(action, doc.report_date) and not is_overdue(previous, before_date):
            found.overdue.append({**base, "due_date": action.due_date, "status": action.status})
