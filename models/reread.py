"""Replace a loaded document's lines with a newer pipeline's reading of the same bytes.

The document stays the same row, the same version of the same plan, with
the same report date and ingested_at: only what was read from it changes
(its lines, rejections, warnings and pipeline key).  Its lines are matched
again against the previous version, and the next version's against it, so
history follows the new lines; when they read the same, history is the same.
All of it is one transaction: a failure leaves the old reading whole.
"""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from models.db import Action, Document, RejectedLine
from models.migrations import begin_immediate
from models.records import NormalisedDocument
from models.store import action_row, clean
from models.version_store import lock_authority, rematch_around

# what a new reading may change about a document; its identity (council, title,
# report date, plan) stays, so the version stays the version it was
REFRESHED = ("page_count", "extractor_version", "text_source")


def replace_lines(engine: Engine, document_id: int, doc: NormalisedDocument,
                  pipeline_key: str) -> int:
    """Swap in the new lines of document ``document_id``; returns how many it now has."""
    with Session(engine) as session, session.begin():
        conn = session.connection()
        begin_immediate(conn)
        row = session.get(Document, document_id)
        if row is None:
            raise LookupError(f"document {document_id} is gone")
        lock_authority(conn, row.authority)
        # the database cascades to the matches that name these lines, both ways
        session.execute(delete(Action).where(Action.document_id == document_id))
        session.execute(delete(RejectedLine).where(RejectedLine.document_id == document_id))
        session.expire(row, ["actions"])
        session.add_all(_with_document(action_row(i, a), document_id) for i, a in enumerate(doc.actions))
        session.add_all(RejectedLine(document_id=document_id, table_index=r.table_index,
                                     row_index=r.row_index, page=r.page, reason=clean(r.reason),
                                     raw_text=clean(r.raw_text)) for r in doc.rejections)
        for name in REFRESHED:
            setattr(row, name, clean(getattr(doc.document, name)))
        row.n_actions, row.warnings = len(doc.actions), clean(list(doc.warnings))
        row.pipeline_key = pipeline_key
        session.flush()
        if row.plan_id is not None and row.superseded_by_id is None:
            rematch_around(conn, row.plan_id, document_id)
        return len(doc.actions)


def _with_document(action: Action, document_id: int) -> Action:
    action.document_id = document_id
    return action
