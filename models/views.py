"""SQL views for analysts, created by the same code on SQLite and PostgreSQL.

``create_views`` runs whenever an engine is opened, after the tables are up to
date. Each view carries a fingerprint of its SQL, so an open only drops and
recreates a view whose definition changed: many processes opening the same
database at once (ingest workers, a Datasette server) don't fight over DDL.

Dates: "the latest version" of a plan is its documents with
``superseded_by_id IS NULL`` and the greatest ``report_date`` (a document with
``plan_id`` NULL is its own plan). "Overdue" in these views is as of each
document's own report date, the only date its statuses are known at; a
query for another date applies ``due_date < :as_of`` to ``latest_actions``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine

from models.db import Base
from models.fulltext import create_fulltext

STATUSES = ("not_started", "off_track", "at_risk", "on_track", "complete", "unknown")
FINGERPRINT = re.compile(r"actionplans:([0-9a-f]{16})")
# any constant will do: it only has to be the same in every process
PG_LOCK_KEY = 7_046_112_001


@dataclass(frozen=True)
class View:
    name: str
    description: str
    sql: str  # the SELECT; {days(a, b)}-style fragments are filled per dialect below

    def select(self, dialect: str) -> str:
        return self.sql.format(**fragments(dialect))

    def fingerprint(self, dialect: str) -> str:
        return hashlib.sha256(self.select(dialect).encode()).hexdigest()[:16]


def fragments(dialect: str) -> dict[str, str]:
    """The few expressions SQLite and PostgreSQL spell differently."""
    if dialect == "postgresql":
        return {"days_overdue": "(l.report_date - l.due_date)",
                "days_slipped": "(a.due_date - pa.due_date)"}
    return {"days_overdue": "CAST(julianday(l.report_date) - julianday(l.due_date) AS INTEGER)",
            "days_slipped": "CAST(julianday(a.due_date) - julianday(pa.due_date) AS INTEGER)"}


def status_counts(column: str = "l.status") -> str:
    """One ``SUM(CASE ...)`` column per status, in SCHEMA.md's order."""
    return ",\n".join(f"SUM(CASE WHEN {column} = '{s}' THEN 1 ELSE 0 END) AS {s}"
                      for s in STATUSES)


def status_rank(column: str) -> str:
    """Better statuses rank higher; unknown has no rank (never 'worse')."""
    return (f"CASE {column} WHEN 'complete' THEN 4 WHEN 'on_track' THEN 3 "
            f"WHEN 'at_risk' THEN 2 WHEN 'not_started' THEN 2 WHEN 'off_track' THEN 1 END")


LATEST_DOCUMENTS = View("latest_documents", "The latest version of every plan: its documents not "
                        "superseded, with the greatest report date.", """
SELECT d.id AS document_id, d.plan_id, d.document, d.file_type, d.authority, d.authority_code,
       d.title, d.report_date, d.inspection_date, d.n_actions
FROM documents d
WHERE d.superseded_by_id IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM documents o
    WHERE o.plan_id = d.plan_id AND o.superseded_by_id IS NULL
      AND (o.report_date > d.report_date OR (d.report_date IS NULL AND o.report_date IS NOT NULL)))
""")

LATEST_ACTIONS = View("latest_actions", "Every action line of the latest version of each plan, "
                      "with its council, report date and provenance (document, page).", """
SELECT a.id AS action_id, l.document_id, l.plan_id, l.authority, l.authority_code, l.document,
       l.file_type, l.report_date, l.inspection_date, a.seq, a.ref, a.theme,
       a.area_for_improvement, a.action, a.outcome, a.lead, a.due_date_text, a.due_date,
       a.due_date_earliest, a.due_kind, a.rag_text, a.rag, a.status, a.progress,
       a.source_refs, a.page, a.confidence
FROM actions a
JOIN latest_documents l ON l.document_id = a.document_id
""")

OVERDUE_ACTIONS = View("overdue_actions", "Latest-version actions whose due date had passed by "
                       "their document's report date and whose status is not complete.", """
SELECT l.action_id, l.document_id, l.plan_id, l.authority, l.document, l.report_date, l.seq,
       l.ref, l.theme, l.action, l.due_date_text, l.due_date, l.status, l.rag, l.progress, l.page,
       {days_overdue} AS days_overdue
FROM latest_actions l
WHERE l.due_date IS NOT NULL AND l.report_date IS NOT NULL
  AND l.due_date < l.report_date AND l.status <> 'complete'
""")

STATUS_BY_AUTHORITY = View("status_by_authority", "Latest-version action lines per council, "
                           "counted by status.", f"""
SELECT l.authority, MAX(l.report_date) AS as_of, COUNT(*) AS lines,
{status_counts()}
FROM latest_actions l
GROUP BY l.authority
""")

STATUS_BY_THEME = View("status_by_theme", "Latest-version action lines per council and theme, "
                       "counted by status.", f"""
SELECT l.authority, l.theme, MAX(l.report_date) AS as_of, COUNT(*) AS lines,
{status_counts()}
FROM latest_actions l
GROUP BY l.authority, l.theme
""")

SLIPPAGE = View("slippage", "How each line moved between a plan's versions (from action_matches): "
                "due date moved (days_slipped), status better or worse; slipped = 1 when the due "
                "date moved later or the status got worse.", f"""
SELECT m.id AS match_id, d.plan_id, d.authority, m.document_id, d.document, d.report_date,
       pd.id AS previous_document_id, pd.document AS previous_document,
       pd.report_date AS previous_report_date, m.method, m.score,
       COALESCE(a.ref, pa.ref) AS ref, COALESCE(a.action, pa.action) AS action,
       pa.status AS previous_status, a.status,
       pa.due_date AS previous_due_date, a.due_date,
       {{days_slipped}} AS days_slipped,
       CASE WHEN {status_rank('a.status')} < {status_rank('pa.status')} THEN 'worse'
            WHEN {status_rank('a.status')} > {status_rank('pa.status')} THEN 'better'
            WHEN {status_rank('a.status')} = {status_rank('pa.status')} THEN 'same' END
         AS status_movement,
       CASE WHEN a.due_date > pa.due_date
              OR {status_rank('a.status')} < {status_rank('pa.status')} THEN 1 ELSE 0 END
         AS slipped,
       m.action_id, m.previous_action_id, a.page, pa.page AS previous_page
FROM action_matches m
JOIN documents d ON d.id = m.document_id
LEFT JOIN actions a ON a.id = m.action_id
LEFT JOIN actions pa ON pa.id = m.previous_action_id
LEFT JOIN documents pd ON pd.id = COALESCE(m.previous_document_id, pa.document_id)
""")

STATUS_BY_VERSION = View("status_by_version", "Status counts of every version of each plan that "
                         "has more than one (superseded files left out), oldest first.", f"""
WITH versions AS (
  SELECT d.id AS document_id, d.plan_id, d.authority, d.title, d.document, d.report_date,
         ROW_NUMBER() OVER (PARTITION BY d.plan_id ORDER BY d.report_date, d.id) AS version,
         COUNT(*) OVER (PARTITION BY d.plan_id) AS versions
  FROM documents d
  WHERE d.plan_id IS NOT NULL AND d.superseded_by_id IS NULL)
SELECT l.plan_id, l.authority, l.title, l.version, l.document_id, l.document, l.report_date,
       COUNT(a.id) AS lines,
{status_counts("a.status")}
FROM versions l
LEFT JOIN actions a ON a.document_id = l.document_id
WHERE l.versions > 1
GROUP BY l.plan_id, l.authority, l.title, l.version, l.document_id, l.document, l.report_date
""")

# The median is the mean of the middle one or two of the ordered days: a window
# trick both databases run identically (no percentile_cont on SQLite).
COUNCIL_SUMMARY = View("council_summary", "One row per council over its plans' latest versions: "
                       "lines, % complete, % off track, overdue lines and their median days "
                       "overdue (as of each report date), lines slipping since the previous "
                       "version; as_of is the latest report date (undated_documents have none).", """
WITH counts AS (
  SELECT l.authority, MAX(l.report_date) AS as_of, COUNT(DISTINCT l.document_id) AS documents,
         COUNT(DISTINCT CASE WHEN l.report_date IS NULL THEN l.document_id END)
           AS undated_documents,
         COUNT(*) AS lines,
         SUM(CASE WHEN l.status = 'complete' THEN 1 ELSE 0 END) AS complete,
         SUM(CASE WHEN l.status = 'off_track' THEN 1 ELSE 0 END) AS off_track
  FROM latest_actions l GROUP BY l.authority),
ranked AS (
  SELECT o.authority, o.days_overdue,
         ROW_NUMBER() OVER (PARTITION BY o.authority ORDER BY o.days_overdue) AS position,
         COUNT(*) OVER (PARTITION BY o.authority) AS overdue
  FROM overdue_actions o),
medians AS (
  SELECT r.authority, MAX(r.overdue) AS overdue,
         CAST(AVG(r.days_overdue) AS DOUBLE PRECISION) AS median_days_overdue
  FROM ranked r WHERE r.position IN ((r.overdue + 1) / 2, (r.overdue + 2) / 2)
  GROUP BY r.authority),
slipping AS (
  SELECT s.authority, SUM(s.slipped) AS slipping
  FROM slippage s JOIN latest_documents l ON l.document_id = s.document_id
  GROUP BY s.authority)
SELECT c.authority, c.as_of, c.documents, c.undated_documents, c.lines, c.complete,
       CAST(ROUND(100.0 * c.complete / c.lines, 1) AS DOUBLE PRECISION) AS pct_complete,
       c.off_track,
       CAST(ROUND(100.0 * c.off_track / c.lines, 1) AS DOUBLE PRECISION) AS pct_off_track,
       COALESCE(m.overdue, 0) AS overdue, m.median_days_overdue,
       COALESCE(s.slipping, 0) AS slipping
FROM counts c
LEFT JOIN medians m ON COALESCE(m.authority, '') = COALESCE(c.authority, '')
LEFT JOIN slipping s ON COALESCE(s.authority, '') = COALESCE(c.authority, '')
""")

# dependency order: a view comes after every view it reads
VIEWS = (LATEST_DOCUMENTS, LATEST_ACTIONS, OVERDUE_ACTIONS, STATUS_BY_AUTHORITY, STATUS_BY_THEME,
         SLIPPAGE, STATUS_BY_VERSION, COUNCIL_SUMMARY)


def current_fingerprint(conn: Connection, name: str) -> str | None:
    """The fingerprint the database's view of that name was made with, if any."""
    if conn.dialect.name == "postgresql":
        found = conn.execute(text("SELECT obj_description(to_regclass(:name), 'pg_class')"),
                             {"name": name}).scalar()
    else:
        found = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'view' "
                                  "AND name = :name"), {"name": name}).scalar()
    match = FINGERPRINT.search(found or "")
    return match.group(1) if match else None


def ensure_view(conn: Connection, view: View) -> None:
    dialect = conn.dialect.name
    mark = view.fingerprint(dialect)
    if current_fingerprint(conn, view.name) == mark:
        return
    if dialect == "postgresql":
        conn.execute(text(f"DROP VIEW IF EXISTS {view.name} CASCADE"))
        conn.execute(text(f"CREATE VIEW {view.name} AS {view.select(dialect)}"))
        # the comment is what BI tools show as the view's description
        comment = f"{view.description} [actionplans:{mark}]".replace("'", "''")
        conn.execute(text(f"COMMENT ON VIEW {view.name} IS '{comment}'"))
    else:
        conn.execute(text(f"DROP VIEW IF EXISTS {view.name}"))
        # IF NOT EXISTS: another process may have recreated it since the drop
        conn.execute(text(f"CREATE VIEW IF NOT EXISTS {view.name} AS "
                          f"/* actionplans:{mark} */ {view.select(dialect)}"))


def create_views(engine: Engine) -> None:
    """Create or update every view, and the full-text index behind `query search`."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        for view in VIEWS:
            ensure_view(conn, view)
        create_fulltext(conn)


def drop_views(conn: Connection) -> None:
    """Drop every view (before a migration alters the tables they read)."""
    cascade = " CASCADE" if conn.dialect.name == "postgresql" else ""
    for view in reversed(VIEWS):
        conn.execute(text(f"DROP VIEW IF EXISTS {view.name}{cascade}"))


@event.listens_for(Base.metadata, "before_drop")
def _drop_views_first(_target: object, connection: Connection, **_kw: object) -> None:
    # PostgreSQL refuses to drop tables that views read; metadata.drop_all works again
    drop_views(connection)
