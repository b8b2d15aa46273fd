"""Plans and versions: plans, documents.plan_id/superseded_by_id, action_matches.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Existing documents are backfilled in the order they were ingested, exactly
as if they were loaded now: each gets its plan, a later file of a plan with
the same report date supersedes the earlier, and consecutive versions get
their line matches.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("authority", sa.String(200)),
        sa.Column("authority_key", sa.String(200), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("title_key", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("authority_key", "title_key", name="uq_plans_identity"),
    )
    add_reference("documents", "plan_id", "plans")
    add_reference("documents", "superseded_by_id", "documents")
    op.create_index("ix_documents_plan_id", "documents", ["plan_id"])
    op.create_table(
        "action_matches",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer,
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("actions.id", ondelete="CASCADE")),
        sa.Column("previous_document_id", sa.Integer,
                  sa.ForeignKey("documents.id", ondelete="CASCADE")),
        sa.Column("previous_action_id", sa.Integer,
                  sa.ForeignKey("actions.id", ondelete="CASCADE")),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("score", sa.Float),
    )
    backfill(op.get_bind())


def add_reference(table: str, column: str, target: str) -> None:
    """A nullable integer column referencing ``target.id``.

    SQLite: plain ADD COLUMN with a REFERENCES clause, which it allows for a
    column defaulting to NULL.  Alembic would want batch mode, which copies
    and drops the table, and with foreign keys on that drop cascades to
    every action.
    """
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER REFERENCES {target} (id)")
    else:
        op.add_column(table, sa.Column(column, sa.Integer, sa.ForeignKey(f"{target}.id")))


def backfill(conn: sa.engine.Connection, only_unplaced: bool = False) -> None:
    from models.version_store import documents_t, place_document

    query = (sa.select(documents_t.c.id, documents_t.c.authority, documents_t.c.title)
             .order_by(documents_t.c.ingested_at, documents_t.c.id))
    if only_unplaced:
        query = query.where(documents_t.c.plan_id.is_(None))
    docs = conn.execute(query).all()
    for doc in docs:
        place_document(conn, doc.id, doc.authority, doc.title)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a foreign-key column in place, and copying the
        # table (batch mode) would cascade-delete every action
        raise NotImplementedError("0002 cannot be undone on SQLite: restore a backup instead")
    op.drop_table("action_matches")
    op.drop_index("ix_documents_plan_id", "documents")
    op.drop_column("documents", "superseded_by_id")
    op.drop_column("documents", "plan_id")
    op.drop_table("plans")
