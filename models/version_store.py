"""Placing a loaded document among its plan's versions, in SQL.

Used by ``store.load_document`` (inside the document's own transaction) and
by migration 0002's backfill, so the functions take a Connection and name
only the columns they touch: a later schema change to other columns cannot
break an old migration that calls them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from models.versions import (
    LineText,
    authority_key,
    best_plan,
    line_text,
    lock_key,
    match_lines,
    title_key,
    version_sort_key,
)

plans_t = sa.table("plans", sa.column("id"), sa.column("authority"), sa.column("authority_key"),
                   sa.column("title"), sa.column("title_key"),
                   sa.column("created_at", sa.DateTime))
# typed where a value is compared: SQLite hands back dates as text otherwise
documents_t = sa.table("documents", sa.column("id"), sa.column("plan_id"),
                       sa.column("superseded_by_id"), sa.column("document"),
                       sa.column("authority"), sa.column("title"),
                       sa.column("report_date", sa.Date), sa.column("ingested_at", sa.DateTime))
actions_t = sa.table("actions", sa.column("id"), sa.column("document_id"), sa.column("seq"),
                     sa.column("ref"), sa.column("area_for_improvement"), sa.column("action"))
matches_t = sa.table("action_matches", sa.column("id"), sa.column("document_id"),
                     sa.column("action_id"), sa.column("previous_document_id"),
                     sa.column("previous_action_id"), sa.column("method"), sa.column("score"))


def lock_authority(conn: Connection, authority: str | None) -> None:
    """Serialise loads of one authority's files on PostgreSQL until the transaction ends.

    SQLite needs nothing here: a write transaction there already excludes
    every other writer (store opens it with BEGIN IMMEDIATE).
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(lock_key(authority_key(authority)))))


def resolve_plan(conn: Connection, authority: str | None, title: str | None,
                 stated: str | None = None) -> int | None:
    """The plan a document of this authority and title is a version of, created if new.

    ``stated`` (``ingest --plan``) names the plan outright: its key must
    equal an existing plan's key, no fuzzy matching.  A document with
    neither authority nor title (and no stated plan) belongs to no plan.
    """
    a_key = authority_key(authority)
    t_key = title_key(stated or title, authority)
    if not a_key and not t_key:
        return None
    rows = conn.execute(sa.select(plans_t.c.id, plans_t.c.title_key)
                        .where(plans_t.c.authority_key == a_key)).all()
    if stated:
        found = next((r.id for r in rows if r.title_key == t_key), None)
    else:
        best = best_plan(((r.id, r.title_key) for r in rows), t_key)
        found = best[0] if best else None
    if found is not None:
        return int(found)
    values = {"authority": authority, "authority_key": a_key, "title": stated or title,
              "title_key": t_key, "created_at": datetime.now(UTC).replace(tzinfo=None)}
    return int(conn.execute(sa.insert(plans_t).values(**values).returning(plans_t.c.id))
               .scalar_one())


def current_versions(conn: Connection, plan_id: int) -> list[Row[Any]]:
    """The plan's documents that are not superseded, oldest version first."""
    rows = conn.execute(sa.select(documents_t.c.id, documents_t.c.report_date,
                                  documents_t.c.ingested_at, documents_t.c.document)
                        .where(documents_t.c.plan_id == plan_id,
                               documents_t.c.superseded_by_id.is_(None))).all()
    return sorted(rows, key=lambda r: version_sort_key(r.report_date, r.ingested_at, r.id))


def same_version_winner(rows: Sequence[Row[Any]]) -> Row[Any]:
    """Of several files for one version (one report date), the one that stands.

    Decided by the files' names, never by which was loaded first, so a run
    killed and resumed, or files loaded one by one in any order, end with
    the same current file: the greatest name stem, then suffix ("plan-v2"
    over "plan", a PDF over the Word file of the same name).  Only files of
    one name (a corrected re-issue downloaded over the old file) are told
    apart by arrival: the later stands.
    """
    def key(row: Row[Any]) -> tuple[str, str, Any, int]:
        name = PurePosixPath(row.document or "")
        return (name.stem, name.suffix.lower(), row.ingested_at, row.id)
    return max(rows, key=key)


def supersede(conn: Connection, plan_id: int, doc_id: int) -> tuple[list[str], str | None]:
    """Keep one current file per report date of the plan; the others point to it.

    A corrected file re-issued for the same report date is the same version;
    the old one stays for audit.  Two undated files count as the same date:
    nothing else tells them apart (``ingest --plan`` can keep them apart).
    Returns the names of the documents the new one superseded, and the name
    of the document that superseded it (None when it stands).
    """
    rows = current_versions(conn, plan_id)
    new = next(r for r in rows if r.id == doc_id)
    same = [r for r in rows if r.report_date == new.report_date]
    winner = same_version_winner(same)
    losers = [r for r in same if r.id != winner.id]
    if losers:
        conn.execute(sa.update(documents_t).where(documents_t.c.id.in_([r.id for r in losers]))
                     .values(superseded_by_id=winner.id))
    if winner.id != doc_id:
        return [], winner.document
    return [r.document for r in losers], None


def _lines(conn: Connection, doc_id: int) -> list[Row[Any]]:
    return list(conn.execute(sa.select(actions_t.c.id, actions_t.c.ref,
                                       actions_t.c.area_for_improvement, actions_t.c.action)
                             .where(actions_t.c.document_id == doc_id)
                             .order_by(actions_t.c.seq)).all())


def _texts(rows: Sequence[Row[Any]]) -> list[LineText]:
    return [LineText(r.ref, line_text(r.area_for_improvement, r.action)) for r in rows]


def record_matches(conn: Connection, doc_id: int, previous_id: int | None) -> None:
    """Replace ``doc_id``'s matches with a fresh matching against ``previous_id``.

    A plan's first version has no matches: nothing was added or removed yet.
    """
    conn.execute(sa.delete(matches_t).where(matches_t.c.document_id == doc_id))
    if previous_id is None:
        return
    current, previous = _lines(conn, doc_id), _lines(conn, previous_id)
    rows = [{"document_id": doc_id, "previous_document_id": previous_id,
             "action_id": None if m.current is None else current[m.current].id,
             "previous_action_id": None if m.previous is None else previous[m.previous].id,
             "method": m.method, "score": m.score}
            for m in match_lines(_texts(previous), _texts(current))]
    if rows:
        conn.execute(sa.insert(matches_t), rows)


def rematch_around(conn: Connection, plan_id: int, doc_id: int) -> None:
    """Match the new version against its predecessor, and its successor against it.

    A late-ingested older update lands between two versions, and a
    superseding file replaces the lines its successor was matched to: in
    both cases the following version's matches are stale.
    """
    ids = [r.id for r in current_versions(conn, plan_id)]
    at = ids.index(doc_id)
    for position in range(at, min(at + 2, len(ids))):
        record_matches(conn, ids[position], ids[position - 1] if position else None)


@dataclass(frozen=True)
class Placed:
    """Where a loaded document went: its plan, whom it superseded, or who supersedes it."""

    plan_id: int | None = None
    superseded: tuple[str, ...] = ()
    superseded_by: str | None = None


def place_document(conn: Connection, doc_id: int, authority: str | None, title: str | None,
                   stated_plan: str | None = None) -> Placed:
    """Give a just-inserted document its plan, settle its version, rematch."""
    plan_id = resolve_plan(conn, authority, title, stated_plan)
    if plan_id is None:
        return Placed()
    conn.execute(sa.update(documents_t).where(documents_t.c.id == doc_id)
                 .values(plan_id=plan_id))
    superseded, superseded_by = supersede(conn, plan_id, doc_id)
    if superseded_by is None:  # a file that does not stand changes no current version
        rematch_around(conn, plan_id, doc_id)
    return Placed(plan_id, tuple(superseded), superseded_by)


def version_numbers(conn: Connection) -> dict[int, tuple[int, int, bool]]:
    """document id -> (plan id, 1-based version, superseded) for every planned document.

    A superseded file carries the version number of the file that replaced
    it (the same report date, so the same version).
    """
    rows = conn.execute(sa.select(documents_t.c.id, documents_t.c.plan_id,
                                  documents_t.c.superseded_by_id, documents_t.c.report_date,
                                  documents_t.c.ingested_at)
                        .where(documents_t.c.plan_id.is_not(None))).all()
    by_plan: dict[int, list[Row[Any]]] = {}
    for row in rows:
        if row.superseded_by_id is None:
            by_plan.setdefault(row.plan_id, []).append(row)
    numbers: dict[int, tuple[int, int, bool]] = {}
    for plan_id, current in by_plan.items():
        current.sort(key=lambda r: version_sort_key(r.report_date, r.ingested_at, r.id))
        numbers.update({r.id: (plan_id, i + 1, False) for i, r in enumerate(current)})
    successor = {r.id: r.superseded_by_id for r in rows}
    for row in rows:
        head = row.id
        while successor.get(head) is not None and head not in numbers:
            head = successor[head]
        if row.id not in numbers and head in numbers:
            numbers[row.id] = (row.plan_id, numbers[head][1], True)
    return numbers


def latest_versions(numbers: dict[int, tuple[int, int, bool]]) -> set[int]:
    """The current document of each plan's last version."""
    last: dict[int, tuple[int, int]] = {}
    for doc_id, (plan_id, version, superseded) in numbers.items():
        if not superseded and (plan_id not in last or version > last[plan_id][0]):
            last[plan_id] = (version, doc_id)
    return {doc_id for _, doc_id in last.values()}
