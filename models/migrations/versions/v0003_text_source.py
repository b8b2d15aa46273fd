"""documents.text_source: where a document's text came from (text, ocr, mixed).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

Every document loaded before this revision was read from its own text layer
(there was no OCR), so existing rows are backfilled with ``text``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain nullable ADD COLUMN: SQLite needs no batch copy of the table for it
    op.add_column("documents", sa.Column("text_source", sa.String(8), nullable=True))
    op.execute("UPDATE documents SET text_source = 'text' WHERE text_source IS NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("documents") as batch:
            batch.drop_column("text_source")
    else:
        op.drop_column("documents", "text_source")
