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
from models.records import ActionRecord, NormalisedDocument

ACTION_KEYS = (
    "ref", "theme", "area_for_improvement", "action", "outcome", "lead", "accountable_body",
    "evidence", "start_date", "due_date_text", "due_date", "due_date_earliest", "due_kind",
    "rag_text", "rag", "status", "progress", "review_date", "source_refs", "page", "confidence",
)
DOCUMENT_KEYS = ("document", "sha256", "authority", "authority_code", "report_date")
EXTRA_KEYS = ("title", "inspection_date", "file_type", "table_index", "row_index")


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def is_loaded(engine: Engine, sha256: str) -> bool:
    with Session(engine) as session:
        return session.scalar(select(Document.id).where(Document.sha256 == sha256)) is not None


def action_row(seq: int, record: ActionRecord) -> Action:
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)
              if f.name not in ("notes",)}
    values["source_refs"] = list(record.source_refs)
    values["raw_cells"] = [list(pair) for pair in record.raw_cells]
    values["lead_people"] = list(record.lead_people)
    values["lead_roles"] = list(record.lead_roles)
    return Action(seq=seq, **values)


def document_row(doc: NormalisedDocument, path: str) -> Document:
    record = dataclasses.asdict(doc.document)
    row = Document(**record, path=path, ingested_at=now(), n_actions=len(doc.actions),
                   warnings=list(doc.warnings))
    row.actions = [action_row(i, a) for i, a in enumerate(doc.actions)]
    return row


def load_document(engine: Engine, doc: NormalisedDocument, path: str) -> bool:
    """Insert one document with its actions in a single transaction.

    Returns False (and writes nothing) when the same bytes are already loaded,
    including when a concurrent run loaded them first.
    """
    try:
        with Session(engine) as session, session.begin():
            if session.scalar(select(Document.id).where(Document.sha256 == doc.document.sha256)):
                return False
            row = document_row(doc, path)
            session.add(row)
            session.flush()
            session.add_all(RejectedLine(document_id=row.id, table_index=r.table_index,
                                         row_index=r.row_index, page=r.page, reason=r.reason,
                                         raw_text=r.raw_text) for r in doc.rejections)
    except IntegrityError:
        return False
    return True


def clear_errors(engine: Engine, path: str) -> None:
    """Forget earlier failures of a file that has now been dealt with."""
    with Session(engine) as session, session.begin():
        session.execute(delete(IngestError).where(IngestError.path == path))


def record_error(engine: Engine, *, document: str, path: str, sha256: str | None, reason: str,
                 message: str) -> None:
    """Record why a file failed, replacing what an earlier run said about it."""
    with Session(engine) as session, session.begin():
        session.execute(delete(IngestError).where(IngestError.path == path))
        session.add(IngestError(document=document, path=path, sha256=sha256, reason=reason,
                                message=message, created_at=now()))


def iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def export_rows(engine: Engine) -> Iterator[dict[str, Any]]:
    """Every action of every loaded document, as SCHEMA.md's export objects."""
    with Session(engine) as session:
        query = (select(Action, Document).join(Document, Action.document_id == Document.id)
                 .order_by(Document.document, Document.id, Action.seq))
        for action, document in session.execute(query):
            row = {key: iso(getattr(document, key)) for key in DOCUMENT_KEYS}
            row.update({key: iso(getattr(action, key)) for key in ACTION_KEYS})
            row["source_refs"] = list(action.source_refs or [])
            row.update({"title": document.title, "inspection_date": iso(document.inspection_date),
                        "file_type": document.file_type, "table_index": action.table_index,
                        "row_index": action.row_index})
            yield row


def document_summaries(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        docs = session.scalars(select(Document).order_by(Document.document, Document.id)).all()
        return [{"document": d.document, "authority": d.authority, "report_date": iso(d.report_date),
                 "actions": d.n_actions, "file_type": d.file_type, "sha256": d.sha256,
                 "warnings": len(d.warnings or [])} for d in docs]


def error_summaries(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        errors = session.scalars(select(IngestError).order_by(IngestError.id)).all()
        return [{"document": e.document, "path": e.path, "reason": e.reason,
                 "message": e.message, "at": e.created_at.isoformat(timespec="seconds")}
                for e in errors]
