"""A plan's history: each line's status, due date and progress per version,
and what changed between consecutive versions.

Lines are followed across versions through ``action_matches`` (recorded at
load time): a *lineage* is one line's chain of matched actions, named by the
id of its first action.  Only current versions count; superseded files are
kept for audit and exported with ``export --all-versions``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from models.db import Action, ActionMatch, Plan
from models.version_store import current_versions
from models.versions import authority_key, ref_key

TRACKED = ("status", "rag", "due_date", "progress")


@dataclass(frozen=True)
class VersionInfo:
    plan_id: int
    version: int
    document_id: int
    document: str
    report_date: date | None


@dataclass(frozen=True)
class LineState:
    """One line as one version printed it."""

    plan_id: int
    lineage: int
    version: int
    report_date: date | None
    document: str
    ref: str | None
    status: str
    rag: str | None
    rag_text: str | None
    due_date: date | None
    due_date_text: str | None
    progress: str | None
    match: str | None  # how it was matched to the previous version; None in version 1
    score: float | None


@dataclass(frozen=True)
class Change:
    """``kind``: added, removed, renumbered, status, rag, due_slipped, due_advanced,
    due_changed (a date appeared or vanished), progress."""

    plan_id: int
    lineage: int
    version: int
    report_date: date | None
    ref: str | None
    kind: str
    before: Any = None
    after: Any = None

    def describe(self) -> str:
        if self.kind == "added":
            return "line added"
        if self.kind == "removed":
            return "line removed"
        if self.kind == "progress":
            return "progress changed"
        label = {"due_slipped": "due date slipped", "due_advanced": "due date brought forward",
                 "due_changed": "due date changed", "renumbered": "renumbered",
                 "status": "status moved", "rag": "RAG moved"}[self.kind]
        return f"{label} {show(self.before)} → {show(self.after)}"


@dataclass
class History:
    plans: list[dict[str, Any]]
    versions: list[VersionInfo]
    lines: list[LineState]
    changes: list[Change]

    def as_json(self) -> dict[str, Any]:
        return {"plans": self.plans,
                "versions": [jsonable(asdict(v)) for v in self.versions],
                "lines": [jsonable(asdict(s)) for s in self.lines],
                "changes": [jsonable({**asdict(c), "text": c.describe()}) for c in self.changes]}


def show(value: Any) -> str:
    return "none" if value is None else str(value)


def jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}


def squash(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def field_changes(before: Action, after: Action) -> Iterable[tuple[str, Any, Any]]:
    """(kind, from, to) for every tracked field that moved between two versions of a line."""
    if ref_key(before.ref) != ref_key(after.ref):
        yield "renumbered", before.ref, after.ref
    if before.status != after.status:
        yield "status", before.status, after.status
    if before.rag != after.rag:
        yield "rag", before.rag, after.rag
    if before.due_date != after.due_date:
        if before.due_date is None or after.due_date is None:
            yield "due_changed", before.due_date, after.due_date
        elif after.due_date > before.due_date:
            yield "due_slipped", before.due_date, after.due_date
        else:
            yield "due_advanced", before.due_date, after.due_date
    if squash(before.progress) != squash(after.progress):
        yield "progress", before.progress, after.progress


def find_plans(session: Session, authority: str | None, plan_id: int | None) -> list[Plan]:
    """Plans of an authority: same key, else any whose name contains the words given."""
    query = sa.select(Plan).order_by(Plan.authority_key, Plan.id)
    if plan_id is not None:
        query = query.where(Plan.id == plan_id)
    plans = list(session.scalars(query))
    if authority is None:
        return plans
    key = authority_key(authority)
    exact = [p for p in plans if p.authority_key == key]
    return exact or [p for p in plans if key and key in p.authority_key]


class _PlanWalk:
    """Walks one plan's versions in order, following each line's matches."""

    def __init__(self, session: Session, plan: Plan):
        self.plan = plan
        docs = current_versions(session.connection(), plan.id)
        self.versions = [VersionInfo(plan.id, i + 1, d.id, d.document, d.report_date)
                         for i, d in enumerate(docs)]
        ids = [v.document_id for v in self.versions]
        self.actions = {a.id: a for a in session.scalars(
            sa.select(Action).where(Action.document_id.in_(ids))
            .order_by(Action.document_id, Action.seq))}
        self.matches = list(session.scalars(
            sa.select(ActionMatch).where(ActionMatch.document_id.in_(ids))
            .order_by(ActionMatch.id)))
        self.lineage: dict[int, int] = {}
        self.lines: list[LineState] = []
        self.changes: list[Change] = []

    def run(self) -> None:
        for version in self.versions:
            by_action = {m.action_id: m for m in self.matches
                         if m.document_id == version.document_id and m.action_id is not None}
            for action in (a for a in self.actions.values()
                           if a.document_id == version.document_id):
                self.visit(version, action, by_action.get(action.id))
            for m in self.matches:
                if (m.document_id == version.document_id and m.method == "removed"
                        and m.previous_action_id is not None):
                    gone = self.actions[m.previous_action_id]
                    self.change(version, self.lineage[gone.id], gone.ref, "removed", gone.ref)

    def visit(self, version: VersionInfo, action: Action, match: ActionMatch | None) -> None:
        previous = (self.actions.get(match.previous_action_id)
                    if match and match.previous_action_id else None)
        self.lineage[action.id] = self.lineage[previous.id] if previous else action.id
        lineage = self.lineage[action.id]
        self.lines.append(LineState(
            self.plan.id, lineage, version.version, version.report_date, version.document,
            action.ref, action.status, action.rag, action.rag_text, action.due_date,
            action.due_date_text, action.progress, match.method if match else None,
            match.score if match else None))
        if match and match.method == "added":
            self.change(version, lineage, action.ref, "added", None, action.ref)
        if previous:
            for kind, before, after in field_changes(previous, action):
                self.change(version, lineage, action.ref, kind, before, after)

    def change(self, version: VersionInfo, lineage: int, ref: str | None, kind: str,
               before: Any = None, after: Any = None) -> None:
        self.changes.append(Change(self.plan.id, lineage, version.version, version.report_date,
                                   ref, kind, before, after))


def plan_history(engine: Engine, authority: str | None = None, ref: str | None = None,
                 plan_id: int | None = None) -> History:
    """Every line of the matching plans per version, and the changes between versions.

    ``ref`` keeps the lineages that carry that ref in any version, so a
    renumbered line shows its whole history under either number.
    """
    with Session(engine) as session:
        plans = find_plans(session, authority, plan_id)
        walks = [_PlanWalk(session, plan) for plan in plans]
        for walk in walks:
            walk.run()
    lines = [s for w in walks for s in w.lines]
    changes = [c for w in walks for c in w.changes]
    if ref is not None:
        wanted = {s.lineage for s in lines if ref_key(s.ref) == ref_key(ref)}
        lines = [s for s in lines if s.lineage in wanted]
        changes = [c for c in changes if c.lineage in wanted]
    return History(
        plans=[{"plan_id": p.id, "authority": p.authority, "title": p.title} for p in plans],
        versions=[v for w in walks for v in w.versions], lines=lines, changes=changes)
