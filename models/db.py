"""SQL tables (SQLAlchemy 2.0) and the engine; SQLite and PostgreSQL alike.

One row of ``documents`` per ingested file version (by sha256); its lines in
``actions`` with their provenance; lines that could not be read in
``rejections``; files that could not be ingested at all in ``ingest_errors``.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

DEFAULT_DB = "sqlite:///data/processed/actionplans.db"
DB_ENV = "ACTIONPLANS_DB"


class Base(DeclarativeBase):
    pass


class Plan(Base):
    """One council plan followed across its progress updates (file versions)."""

    __tablename__ = "plans"
    __table_args__ = (UniqueConstraint("authority_key", "title_key", name="uq_plans_identity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    authority: Mapped[str | None] = mapped_column(String(200))
    authority_key: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str | None] = mapped_column(Text)
    title_key: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # the plan this file is a version of, and the newer file with the same
    # report date that replaced it (kept for audit)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"), index=True)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    document: Mapped[str] = mapped_column(String(500))
    path: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_type: Mapped[str] = mapped_column(String(8))
    # text | ocr | mixed (SCHEMA.md); null in rows written before 0003 means text
    text_source: Mapped[str | None] = mapped_column(String(8), default="text")
    authority: Mapped[str | None] = mapped_column(String(200), index=True)
    authority_code: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    report_date: Mapped[date | None] = mapped_column(Date)
    inspection_date: Mapped[date | None] = mapped_column(Date)
    page_count: Mapped[int | None] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(40), default="")
    # the pipeline that read it (pipeline/reprocess.py); null: before 0004, an older one
    pipeline_key: Mapped[str | None] = mapped_column(String(120))
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    n_actions: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)

    actions: Mapped[list[Action]] = relationship(back_populates="doc", cascade="all, delete-orphan",
                                                 passive_deletes=True)


class Action(Base):
    __tablename__ = "actions"
    __table_args__ = (Index("ix_actions_document_seq", "document_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str | None] = mapped_column(String(100))
    theme: Mapped[str | None] = mapped_column(Text)
    area_for_improvement: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    accountable_body: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date_text: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    due_date_earliest: Mapped[date | None] = mapped_column(Date)
    due_kind: Mapped[str] = mapped_column(String(16))
    rag_text: Mapped[str | None] = mapped_column(String(200))
    rag: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)
    progress: Mapped[str | None] = mapped_column(Text)
    review_date: Mapped[date | None] = mapped_column(Date)
    source_refs: Mapped[list[str]] = mapped_column(JSON, default=list)
    page: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    table_index: Mapped[int | None] = mapped_column(Integer)
    row_index: Mapped[int | None] = mapped_column(Integer)
    raw_cells: Mapped[list[Any]] = mapped_column(JSON, default=list)
    lead_people: Mapped[list[str]] = mapped_column(JSON, default=list)
    lead_roles: Mapped[list[str]] = mapped_column(JSON, default=list)

    doc: Mapped[Document] = relationship(back_populates="actions")


class ActionMatch(Base):
    """How a line of one version relates to the previous version of its plan.

    ``method`` is ``ref`` or ``text`` for a matched pair (``score`` 0..100),
    ``added`` for a line with no predecessor, ``removed`` for a previous line
    that this version dropped (``action_id`` is then null).
    """

    __tablename__ = "action_matches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    previous_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"))
    previous_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("actions.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(16))
    score: Mapped[float | None] = mapped_column(Float)


class RejectedLine(Base):
    __tablename__ = "rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    table_index: Mapped[int | None] = mapped_column(Integer)
    row_index: Mapped[int | None] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    raw_text: Mapped[str] = mapped_column(Text, default="")


class IngestError(Base):
    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document: Mapped[str] = mapped_column(String(500))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    pipeline_key: Mapped[str | None] = mapped_column(String(120))


def database_url(url: str | None = None) -> str:
    """--db beats $ACTIONPLANS_DB beats the embedded SQLite file."""
    return url or os.environ.get(DB_ENV) or DEFAULT_DB


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str | None = None, *, upgrade: bool = True) -> Engine:
    """An engine for the URL, the database brought to the latest schema.

    A new database is created at the latest schema; an older one is
    migrated in place (models/migrations), keeping its data; the views are
    recreated either way.  ``upgrade=False`` opens it as it is.
    """
    url = database_url(url)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if upgrade:
        from models.migrations import upgrade_database

        upgrade_database(engine)
    return engine


# tables kept in their own modules join Base.metadata here, so a new database and
# the migration check see them
from models import sources  # noqa: E402,F401
