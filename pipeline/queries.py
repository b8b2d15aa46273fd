"""Read the analysts' views (models/views.py): the questions the CLI, the
report and `compare` ask, each returning plain rows (dicts of str, int, float,
None, list) that look the same whichever database answered.

Every value from a user is a bound parameter; the only SQL assembled here is
choosing among constant fragments.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, bindparam, text
from sqlalchemy.engine import Engine

from models.fulltext import match_value, search_sql, search_terms
from models.views import STATUSES
from pipeline.ranking import rank

Row = dict[str, Any]
OPEN_STATUS = "l.status <> 'complete'"
# SQLite sorts NULL first and PostgreSQL last: say which, so both print the same
AUTHORITY_ORDER = "CASE WHEN l.authority IS NULL THEN 1 ELSE 0 END, l.authority"
THEME_ORDER = "CASE WHEN l.theme IS NULL THEN 1 ELSE 0 END, l.theme"


class Rows(list[Row]):
    """Rows, knowing their column names even when there are none (for a CSV header)."""

    def __init__(self, rows: Any = (), columns: Any = ()) -> None:
        super().__init__(rows)
        self.columns = list(columns)


class UnknownAuthority(ValueError):
    """A council name that is not in the database."""


def plain(value: Any, key: str = "") -> Any:
    """Database values as the same Python values on SQLite and PostgreSQL."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if key == "source_refs" and isinstance(value, str):
        return json.loads(value)
    return value


def fetch(engine: Engine, sql: Any, params: dict[str, Any] | None = None) -> Rows:
    statement = text(sql) if isinstance(sql, str) else sql
    with engine.connect() as conn:
        result = conn.execute(statement, params or {})
        return Rows(({k: plain(v, k) for k, v in row._mapping.items()} for row in result),
                    result.keys())


def authorities(engine: Engine) -> list[str]:
    rows = fetch(engine, "SELECT DISTINCT authority FROM latest_documents "
                         "WHERE authority IS NOT NULL ORDER BY authority")
    return [r["authority"] for r in rows]


def resolve_authority(engine: Engine, name: str) -> str:
    """The database's spelling of a council the user named (any case, or a unique prefix)."""
    known = authorities(engine)
    wanted = name.strip().lower()
    exact = [a for a in known if a.lower() == wanted]
    prefixed = [a for a in known if a.lower().startswith(wanted)]
    if exact or len(prefixed) == 1:
        return (exact or prefixed)[0]
    raise UnknownAuthority(f"no council {name!r} (known: {', '.join(known) or 'none'})")


def authority_filter(authority: str | None) -> tuple[str, dict[str, Any]]:
    if authority is None:
        return "", {}
    return " AND l.authority = :authority", {"authority": authority}


def overdue(engine: Engine, as_of: date | None = None, authority: str | None = None) -> list[Row]:
    """Open lines past their due date: as of each report date, or of ``as_of``."""
    where, params = authority_filter(authority)
    if as_of is None:
        sql = ("SELECT l.authority, l.report_date AS as_of, l.ref, l.due_date, l.days_overdue, "
               "l.status, l.action, l.document, l.page FROM overdue_actions l WHERE 1 = 1"
               f"{where} ORDER BY {AUTHORITY_ORDER}, l.days_overdue DESC, l.document, l.seq")
        return fetch(engine, sql, params)
    sql = ("SELECT l.authority, l.ref, l.due_date, l.status, l.action, l.document, l.page "
           f"FROM latest_actions l WHERE l.due_date < :as_of AND {OPEN_STATUS}{where} "
           f"ORDER BY {AUTHORITY_ORDER}, l.due_date, l.document, l.seq")
    statement = text(sql).bindparams(bindparam("as_of", type_=Date))
    rows = fetch(engine, statement, {"as_of": as_of, **params})
    for row in rows:
        row["days_overdue"] = (as_of - date.fromisoformat(row["due_date"])).days
    keys = ("authority", "ref", "due_date", "days_overdue", "status", "action", "document", "page")
    ordered = [{k: row[k] for k in keys} for row in rows]
    return Rows(sorted(ordered, key=lambda r: (r["authority"] is None, r["authority"] or "",
                                               -r["days_overdue"])), keys)


def due_between(engine: Engine, start: date, end: date,
                authority: str | None = None) -> list[Row]:
    """Latest-version lines due between two dates (inclusive), any status."""
    where, params = authority_filter(authority)
    sql = ("SELECT l.authority, l.ref, l.due_date, l.due_date_text, l.status, l.action, "
           "l.document, l.page FROM latest_actions l "
           f"WHERE l.due_date >= :start AND l.due_date <= :end{where} "
           f"ORDER BY l.due_date, {AUTHORITY_ORDER}, l.document, l.seq")
    statement = text(sql).bindparams(bindparam("start", type_=Date), bindparam("end", type_=Date))
    return fetch(engine, statement, {"start": start, "end": end, **params})


def status_counts(engine: Engine, by: str = "authority") -> list[Row]:
    """Status counts per council, or per council and theme."""
    if by == "theme":
        return fetch(engine, "SELECT * FROM status_by_theme l "
                             f"ORDER BY {AUTHORITY_ORDER}, {THEME_ORDER}")
    return fetch(engine, f"SELECT * FROM status_by_authority l ORDER BY {AUTHORITY_ORDER}")


def search(engine: Engine, query: str, limit: int = 20) -> list[Row]:
    """Latest-version lines whose action, area or progress text has every word, best first."""
    keys = ("authority", "ref", "status", "due_date", "action", "document", "page")
    terms = search_terms(query)
    if not terms:
        return Rows([], ("rank", *keys))
    dialect = engine.dialect.name
    rows = rank(fetch(engine, search_sql(dialect), {"match": match_value(dialect, terms)}), terms)
    return Rows(({"rank": i, **{k: row[k] for k in keys}} for i, row in enumerate(rows[:limit], 1)),
                ("rank", *keys))


def council_summary(engine: Engine, names: list[str] | None = None) -> list[Row]:
    """The summary measures of the councils named (all when none), in that order."""
    rows = fetch(engine, f"SELECT * FROM council_summary l ORDER BY {AUTHORITY_ORDER}")
    if not names:
        return rows
    wanted = [resolve_authority(engine, n) for n in names]
    by_name = {r["authority"]: r for r in rows}
    return Rows((by_name[name] for name in wanted), rows.columns)


def overdue_or_off_track(engine: Engine) -> list[Row]:
    """Lines a regulator would ask about: overdue at their report date, or off track."""
    sql = ("SELECT l.authority, l.report_date, l.ref, l.action, l.due_date, l.due_date_text, "
           "l.status, l.rag_text, l.document, l.file_type, l.page, "
           "CASE WHEN o.action_id IS NULL THEN 0 ELSE 1 END AS overdue, o.days_overdue "
           "FROM latest_actions l LEFT JOIN overdue_actions o ON o.action_id = l.action_id "
           "WHERE o.action_id IS NOT NULL OR l.status = 'off_track' "
           f"ORDER BY {AUTHORITY_ORDER}, l.document, l.seq")
    return fetch(engine, sql)


def due_dates(engine: Engine) -> list[Row]:
    """Every dated latest-version line, for the timeline."""
    return fetch(engine, "SELECT l.authority, l.document, l.seq, l.report_date, l.due_date, l.status "
                         "FROM latest_actions l WHERE l.due_date IS NOT NULL "
                         f"ORDER BY {AUTHORITY_ORDER}, l.due_date, l.document, l.seq")


def status_by_version(engine: Engine) -> list[Row]:
    return fetch(engine, "SELECT * FROM status_by_version ORDER BY authority, plan_id, version")


def slipping_lines(engine: Engine) -> list[Row]:
    """Lines of latest versions that slipped since the version before."""
    return fetch(engine, "SELECT s.* FROM slippage s "
                         "JOIN latest_documents l ON l.document_id = s.document_id "
                         "WHERE s.slipped = 1 ORDER BY s.authority, s.document, s.ref, s.match_id")


__all__ = ["STATUSES", "UnknownAuthority", "authorities", "council_summary", "due_between",
           "due_dates", "overdue", "overdue_or_off_track", "resolve_authority", "search",
           "slipping_lines", "status_by_version", "status_counts"]
