"""The first released schema: documents, actions, rejections, ingest_errors.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

As models/db.py stood at commit 024fe97.  Databases made by that release
have these tables and no alembic_version; models.migrate stamps them 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document", sa.String(500), nullable=False),
        sa.Column("path", sa.Text),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("file_type", sa.String(8), nullable=False),
        sa.Column("authority", sa.String(200), index=True),
        sa.Column("authority_code", sa.String(16)),
        sa.Column("title", sa.Text),
        sa.Column("report_date", sa.Date),
        sa.Column("inspection_date", sa.Date),
        sa.Column("page_count", sa.Integer),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.Column("n_actions", sa.Integer, nullable=False),
        sa.Column("warnings", sa.JSON, nullable=False),
    )
    op.create_table(
        "actions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer,
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("ref", sa.String(100)),
        *[sa.Column(name, sa.Text) for name in (
            "theme", "area_for_improvement", "action", "outcome", "lead", "accountable_body",
            "evidence")],
        sa.Column("start_date", sa.Date),
        sa.Column("due_date_text", sa.Text),
        sa.Column("due_date", sa.Date, index=True),
        sa.Column("due_date_earliest", sa.Date),
        sa.Column("due_kind", sa.String(16), nullable=False),
        sa.Column("rag_text", sa.String(200)),
        sa.Column("rag", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("progress", sa.Text),
        sa.Column("review_date", sa.Date),
        sa.Column("source_refs", sa.JSON, nullable=False),
        sa.Column("page", sa.Integer),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("table_index", sa.Integer),
        sa.Column("row_index", sa.Integer),
        sa.Column("raw_cells", sa.JSON, nullable=False),
        sa.Column("lead_people", sa.JSON, nullable=False),
        sa.Column("lead_roles", sa.JSON, nullable=False),
    )
    op.create_index("ix_actions_document_seq", "actions", ["document_id", "seq"])
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer,
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("table_index", sa.Integer),
        sa.Column("row_index", sa.Integer),
        sa.Column("page", sa.Integer),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("raw_text", sa.Text, nullable=False),
    )
    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document", sa.String(500), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), index=True),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("ingest_errors", "rejections", "actions", "documents"):
        op.drop_table(table)
