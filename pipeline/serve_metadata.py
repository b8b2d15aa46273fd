"""Datasette metadata for the actionplans database: what each table, view and
column means, facets on council, status and theme, and canned queries for
the analysts' views (SQLite SQL: Datasette serves SQLite only).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from models.views import VIEWS

TABLES = {
    "documents": "One row per ingested file version (PDF or Word), found by its sha256.",
    "actions": "One row per plan line (a numbered action or milestone) of a document, "
               "with its provenance (page, table, row). Search box: full-text over action, "
               "area-for-improvement and progress text.",
    "plans": "One council plan followed across its progress updates (file versions).",
    "action_matches": "How a line of one version relates to the previous version of its plan: "
                      "method ref|text (matched), added, removed.",
    "rejections": "Table rows that could not be read as plan lines, with why.",
    "ingest_errors": "Files that could not be ingested at all, with why.",
}

COLUMNS = {
    "authority": "the council, as its common short name",
    "authority_code": "ONS code of the council",
    "document": "the file's base name",
    "file_type": "pdf, docx, xlsx, doc, odt or rtf: the format the file was published in",
    "title": "the plan's title as printed",
    "report_date": "the date the document reports progress at",
    "inspection_date": "date of the inspection the plan answers, where printed",
    "plan_id": "the plan this document is a version of",
    "superseded_by_id": "the newer file with the same report date that replaced this one",
    "ref": "the plan's own number for the line, as printed",
    "theme": "the heading or banner the line sits under",
    "area_for_improvement": "the weakness / recommendation / objective being answered",
    "action": "what will be done",
    "outcome": "desired outcome or measure of success",
    "lead": "lead officer(s), as printed",
    "due_date_text": "the timescale exactly as printed",
    "due_date": "the last day by which the line is due (null when open-ended)",
    "due_date_earliest": "the first day of the due period",
    "due_kind": "by, range, from, ongoing, immediate, relative, multiple or unknown",
    "rag_text": "the status as printed or drawn",
    "rag": "red, red_amber, amber, amber_green, green, blue or grey",
    "status": "not_started, off_track, at_risk, on_track, complete or unknown, "
              "by the document's own key",
    "progress": "the progress note for this report",
    "source_refs": "inspection or source-plan references the line cites",
    "page": "1-based PDF page where the line starts (for Word files, the table's ordinal)",
    "confidence": "how sure the extractor is of this line (0..1)",
    "days_overdue": "days between the due date and the report date",
    "as_of": "the latest report date the figures are as of",
    "lines": "number of action lines",
    "pct_complete": "% of lines complete",
    "pct_off_track": "% of lines off track",
    "overdue": "lines due before the report date and not complete",
    "median_days_overdue": "median days overdue of the overdue lines",
    "slipping": "lines whose due date moved later or status got worse since the last version",
    "days_slipped": "days the due date moved since the previous version (negative: earlier)",
    "status_movement": "worse, better or same versus the previous version",
    "slipped": "1 when the due date moved later or the status got worse",
    "method": "ref or text (matched), added or removed",
    "version": "1 for the plan's oldest version, then 2, 3, ...",
}

FACETS = ["authority", "status", "theme"]

QUERIES: dict[str, dict[str, str]] = {
    "council_summary": {
        "title": "Councils compared",
        "sql": "select * from council_summary order by overdue desc, authority"},
    "overdue_as_of": {
        "title": "Overdue as of a date",
        "description": "Open lines of the latest versions due before as_of (YYYY-MM-DD); "
                       "leave authority empty for every council.",
        "sql": "select authority, ref, due_date, "
               "cast(julianday(:as_of) - julianday(due_date) as integer) as days_overdue, "
               "status, action, document, page from latest_actions "
               "where due_date < :as_of and status <> 'complete' "
               "and (:authority = '' or authority = :authority) "
               "order by authority, days_overdue desc"},
    "overdue_at_report_date": {
        "title": "Overdue at each plan's report date",
        "sql": "select * from overdue_actions order by authority, days_overdue desc"},
    "due_between": {
        "title": "Due between two dates",
        "sql": "select authority, ref, due_date, due_date_text, status, action, document, page "
               "from latest_actions where due_date >= :from_date and due_date <= :to_date "
               "order by due_date, authority"},
    "status_by_authority": {"title": "Status counts per council",
                            "sql": "select * from status_by_authority order by authority"},
    "status_by_theme": {"title": "Status counts per council and theme",
                        "sql": "select * from status_by_theme order by authority, theme"},
    "search": {
        "title": "Full-text search",
        "description": "FTS5 syntax: words, \"phrases\", OR, NOT.",
        "sql": "select l.authority, l.ref, l.status, l.due_date, l.action, l.document, l.page "
               "from actions_fts join latest_actions l on l.action_id = actions_fts.rowid "
               "where actions_fts match :words order by actions_fts.rank limit 100"},
    "slipping": {
        "title": "Lines slipping between versions",
        "sql": "select * from slippage where slipped = 1 order by authority, report_date, ref"},
    "status_by_version": {"title": "Status movement across versions",
                          "sql": "select * from status_by_version order by authority, version"},
    "still_red_six_months_after_inspection": {
        "title": "Inspection recommendations still red six months on",
        "description": "Latest-version lines that cite an inspection or source plan, are red "
                       "or off track, in a report dated six months or more after the "
                       "inspection.",
        "sql": "select authority, count(*) as lines_still_red, min(inspection_date) as "
               "inspection_date, max(report_date) as report_date from latest_actions "
               "where source_refs <> '[]' and (rag = 'red' or status = 'off_track') "
               "and report_date >= date(inspection_date, '+6 months') "
               "group by authority order by lines_still_red desc"},
}


def table_metadata(engine: Engine) -> dict[str, Any]:
    """Descriptions for every table and view present, their known columns, facets."""
    inspector = inspect(engine)
    descriptions = dict(TABLES) | {v.name: v.description for v in VIEWS}
    names = inspector.get_table_names() + inspector.get_view_names()
    # bookkeeping nobody browses
    tables: dict[str, Any] = {"alembic_version": {"hidden": True}}
    for name in names:
        if name not in descriptions:
            continue
        columns = [c["name"] for c in inspector.get_columns(name)]
        entry: dict[str, Any] = {
            "description": descriptions[name],
            "columns": {c: COLUMNS[c] for c in columns if c in COLUMNS}}
        facets = [f for f in FACETS if f in columns]
        if facets:
            entry["facets"] = facets
        tables[name] = entry
    return tables


def build_metadata(engine: Engine, database_name: str) -> dict[str, Any]:
    return {
        "title": "Council children's-services improvement plans",
        "description": "Action lines extracted from councils' improvement plans. Start with "
                       "the canned queries, or the latest_actions view.",
        "databases": {database_name: {"tables": table_metadata(engine), "queries": QUERIES}},
    }
