"""sources, fetched_files, update_runs and pipeline_key: where `actionplans fetch` gets plans from.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

Three new tables, and the pipeline key (which pipeline read a file) on documents and
ingest_errors: null in rows written before, so they count as read by an older pipeline.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.String(2000), nullable=False, unique=True),
        sa.Column("council", sa.String(200), nullable=True),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "fetched_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("url", sa.String(2000), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("path", sa.Text, nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("etag", sa.String(500), nullable=True),
        sa.Column("last_modified", sa.String(100), nullable=True),
        sa.Column("fetched_at", sa.DateTime, nullable=True),
        sa.Column("checked_at", sa.DateTime, nullable=False),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
    )
    op.create_table(
        "update_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime, nullable=True),
        sa.Column("exit_code", sa.Integer, nullable=True),
    )
    # which pipeline read a loaded or failed file (pipeline/reprocess.py); null: one before 0004
    op.add_column("documents", sa.Column("pipeline_key", sa.String(120), nullable=True))
    op.add_column("ingest_errors", sa.Column("pipeline_key", sa.String(120), nullable=True))
    op.create_index("ix_fetched_files_source_id", "fetched_files", ["source_id"])
    op.create_index("ix_fetched_files_sha256", "fetched_files", ["sha256"])


def downgrade() -> None:
    for table in ("documents", "ingest_errors"):
        if op.get_bind().dialect.name == "sqlite":
            with op.batch_alter_table(table) as batch:
                batch.drop_column("pipeline_key")
        else:
            op.drop_column(table, "pipeline_key")
    op.drop_table("update_runs")
    op.drop_table("fetched_files")
    op.drop_table("sources")
