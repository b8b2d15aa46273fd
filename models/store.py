"""Load normalised documents into the database and read them back out.

Loading a document is one transaction: a failure leaves nothing of it
behind, and a file whose sha256 is already loaded is not loaded again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.db import Action, Document, IngestError, RejectedLine
from models.migrations import begin_immediate
from models.outcomes import LoadResult
from models.records import ActionRecord, DocumentRecord, NormalisedDocument
from models.textsafe import stored_name, stored_text
from models.version_store import (
    latest_versions,
    lock_authority,
    place_document,
    version_numbers,
)
from models.versions import PLAN_TITLE_THRESHOLD, title_key, title_similarity

ACTION_KEYS = (
    "ref", "theme", "area_for_improvement", "action", "outcome", "lead", "accountable_body",
    "evidence", "start_date", "due_date_text", "due_date", "due_date_earliest", "due_kind",
    "rag_text", "rag", "status", "progress", "review_date", "source_refs", "page", "confidence",
)
DOCUMENT_KEYS = ("document", "sha256", "authority", "authority_code", "report_date")
EXTRA_KEYS = ("title", "inspection_date", "file_type", "text_source", "table_index", "row_index")


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def is_loaded(engine: Engine, sha256: str) -> bool:
    with Session(engine) as session:
        return session.scalar(select(Document.id).where(Document.sha256 == sha256)) is not None


def loaded_by(engine: Engine, sha256: str) -> tuple[int, str | None] | None:
    """(document id, pipeline key) of the loaded document with these bytes, if any."""
    with Session(engine) as session:
        row = session.execute(select(Document.id, Document.pipeline_key)
                              .where(Document.sha256 == sha256)).first()
        return (row.id, row.pipeline_key) if row is not None else None


def clean(value: Any) -> Any:
    """Every text inside a value, lists included, as both databases store it alike."""
    if isinstance(value, str):
        return stored_text(value)
    if isinstance(value, list | tuple):
        return [clean(item) for item in value]
    return value


def action_row(seq: int, record: ActionRecord) -> Action:
    values = {f.name: clean(getattr(record, f.name)) for f in dataclasses.fields(record)
              if f.name not in ("notes",)}
    return Action(seq=seq, **values)


def document_row(doc: NormalisedDocument, path: str, pipeline_key: str | None = None) -> Document:
    record = {key: clean(value) for key, value in dataclasses.asdict(doc.document).items()}
    record["document"] = stored_name(doc.document.document)
    row = Document(**record, path=stored_name(path), ingested_at=now(), pipeline_key=pipeline_key,
                   n_actions=len(doc.actions), warnings=clean(list(doc.warnings)))
    row.actions = [action_row(i, a) for i, a in enumerate(doc.actions)]
    return row


# what makes two lines the same line: what the table's row says.  Not where it is, nor
# the theme, which comes from headings around the table that a damaged copy can lose.
LINE_KEYS = ("ref", "area_for_improvement", "action", "outcome", "lead", "due_date_text",
             "rag_text", "status", "progress")


def same_version(candidate: Any, record: DocumentRecord) -> bool:
    """Would the new file join the candidate's plan for the same report date (two undated
    files count as one date)?  Then it is that version's second file, not a duplicate."""
    if candidate.report_date != record.report_date:
        return False
    ours = title_key(record.title, record.authority)
    theirs = title_key(candidate.title, record.authority)
    return title_similarity(ours, theirs) >= PLAN_TITLE_THRESHOLD


def duplicate_of(session: Session, doc: NormalisedDocument) -> str | None:
    """A loaded document of the same council with exactly these lines, that would
    otherwise count them a second time: another report date, or none.

    A damaged copy of a plan can lose its title or date and so look like a
    new plan; its lines give it away.  A file of the same plan and report
    date is a version's second copy and is settled by superseding instead.
    """
    record = doc.document
    if not record.authority or not doc.actions:
        return None
    mine = [tuple(clean(getattr(a, k)) for k in LINE_KEYS) for a in doc.actions]
    candidates = session.execute(
        select(Document.id, Document.document, Document.report_date, Document.title)
        .where(Document.authority == clean(record.authority),
               Document.n_actions == len(doc.actions))
        .order_by(Document.id)).all()
    columns = [getattr(Action, k) for k in LINE_KEYS]
    for candidate in candidates:
        if same_version(candidate, record):  # superseding settles it: nothing is doubled
            continue
        theirs = session.execute(select(*columns).where(Action.document_id == candidate.id)
                                 .order_by(Action.seq)).all()
        if [tuple(row) for row in theirs] == mine:
            return str(candidate.document)
    return None


def _insert(session: Session, doc: NormalisedDocument, path: str, plan: str | None,
            pipeline_key: str | None = None) -> LoadResult:
    conn = session.connection()
    begin_immediate(conn)
    lock_authority(conn, doc.document.authority)
    existing = session.scalar(select(Document.document)
                              .where(Document.sha256 == doc.document.sha256))
    if existing is not None:
        return LoadResult("unchanged", existing=existing)
    duplicate = duplicate_of(session, doc)
    if duplicate is not None:
        return LoadResult("duplicate", existing=duplicate)
    row = document_row(doc, path, pipeline_key)
    session.add(row)
    session.flush()
    session.add_all(RejectedLine(document_id=row.id, table_index=r.table_index,
                                 row_index=r.row_index, page=r.page, reason=clean(r.reason),
                                 raw_text=clean(r.raw_text)) for r in doc.rejections)
    session.flush()
    placed = place_document(conn, row.id, doc.document.authority, doc.document.title, plan)
    return LoadResult("loaded", row.id, placed.plan_id, placed.superseded,
                      superseded_by=placed.superseded_by)


def load_version(engine: Engine, doc: NormalisedDocument, path: str,
                 plan: str | None = None, pipeline_key: str | None = None) -> LoadResult:
    """Insert one document as a version of its plan, in a single transaction.

    The document, its lines and rejections, its plan (found or created),
    the superseding of an older file with the same report date, and the
    line matches all commit together or not at all: a run killed half-way
    leaves nothing, and the next run loads the file whole.  ``plan`` is the
    plan's name when the user states it (``ingest --plan``).
    """
    try:
        with Session(engine) as session, session.begin():
            return _insert(session, doc, path, plan, pipeline_key)
    except IntegrityError:
        # the sha256 or plan unique constraint: another run committed first
        with Session(engine) as session:
            existing = session.scalar(select(Document.document)
                                      .where(Document.sha256 == doc.document.sha256))
        if existing is None:
            raise
        return LoadResult("unchanged", existing=existing, by_another_run=True)


def load_document(engine: Engine, doc: NormalisedDocument, path: str,
                  plan: str | None = None) -> bool:
    """``load_version`` as a yes/no: False when the same bytes are already loaded."""
    return load_version(engine, doc, path, plan).status == "loaded"


def previous_failure(engine: Engine, sha: str) -> IngestError | None:
    """The latest recorded failure of these bytes (under any path), if any."""
    with Session(engine) as session:
        query = (select(IngestError).where(IngestError.sha256 == sha)
                 .order_by(IngestError.id.desc()).limit(1))
        row = session.scalars(query).first()
        if row is not None:
            session.expunge(row)
        return row


def clear_errors(engine: Engine, path: str) -> None:
    """Forget earlier failures of a file that has now been dealt with."""
    with Session(engine) as session, session.begin():
        session.execute(delete(IngestError).where(IngestError.path == stored_name(path)))


def record_error(engine: Engine, *, document: str, path: str, sha256: str | None, reason: str,
                 message: str, pipeline_key: str | None = None) -> None:
    """Record why a file failed, replacing what an earlier run said about it."""
    path = stored_name(path)
    with Session(engine) as session, session.begin():
        session.execute(delete(IngestError).where(IngestError.path == path))
        session.add(IngestError(document=stored_name(document), path=path, sha256=sha256,
                                reason=reason, message=stored_name(message).replace("\0", ""),
                                created_at=now(), pipeline_key=pipeline_key))


def iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


VERSION_KEYS = ("plan_id", "version", "superseded")


def export_rows(engine: Engine, all_versions: bool = False) -> Iterator[dict[str, Any]]:
    """The actions of each plan's latest version (and of documents with no plan), as
    SCHEMA.md's export objects; ``all_versions`` gives every version's, superseded
    files included, with VERSION_KEYS added.
    """
    with Session(engine) as session:
        numbers = version_numbers(session.connection())
        query = (select(Action, Document).join(Document, Action.document_id == Document.id)
                 .order_by(Document.document, Document.id, Action.seq))
        if not all_versions:
            shown = latest_versions(numbers)
            query = query.where(Document.plan_id.is_(None) | Document.id.in_(shown))
        for action, document in session.execute(query):
            row = {key: iso(getattr(document, key)) for key in DOCUMENT_KEYS}
            row.update({key: iso(getattr(action, key)) for key in ACTION_KEYS})
            row["source_refs"] = list(action.source_refs or [])
            row.update({"title": document.title, "inspection_date": iso(document.inspection_date),
                        "file_type": document.file_type,
                        "text_source": document.text_source or "text",
                        "table_index": action.table_index,
                        "row_index": action.row_index})
            if all_versions:
                plan_id, version, superseded = numbers.get(document.id, (None, None, False))
                row.update(plan_id=plan_id, version=version, superseded=superseded)
            yield row


def document_summaries(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        docs = session.scalars(select(Document).order_by(Document.document, Document.id)).all()
        return [{"document": d.document, "authority": d.authority, "report_date": iso(d.report_date),
                 "actions": d.n_actions, "file_type": d.file_type, "sha256": d.sha256,
                 "warnings": len(d.warnings or []), "pipeline_key": d.pipeline_key} for d in docs]


def error_summaries(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        errors = session.scalars(select(IngestError).order_by(IngestError.id)).all()
        return [{"document": e.document, "path": e.path, "reason": e.reason,
                 "message": e.message, "at": e.created_at.isoformat(timespec="seconds")}
                for e in errors]
