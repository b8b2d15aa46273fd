"""Where plans are fetched from: sources (a document URL, or a page linking to plans)
and every URL fetched through them, with what the server said last time.

The tables live in the database, so one shared PostgreSQL keeps one list of
sources for every user.  ``fetched_files`` holds one row per URL (a source page
or a document linked from it): the validators for the next conditional request
(ETag, Last-Modified), the sha256 and path of the bytes last saved, and the
outcome of the last visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.db import Base


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    council: Mapped[str | None] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(DateTime)


class FetchedFile(Base):
    """One URL visited through a source; ``kind`` is ``page`` or ``document``."""

    __tablename__ = "fetched_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    path: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime)  # when bytes last came
    checked_at: Mapped[datetime] = mapped_column(DateTime)  # when last visited
    outcome: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")


class UpdateRun(Base):
    """One `actionplans update`: when it ran and how it ended (``changes`` starts from the last)."""

    __tablename__ = "update_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    exit_code: Mapped[int | None] = mapped_column(Integer)


@dataclass(frozen=True)
class SourceRow:
    id: int
    url: str
    council: str | None
    added_at: datetime


@dataclass(frozen=True)
class Known:
    """What was recorded about a URL: the validators and the bytes last saved."""

    url: str
    kind: str
    etag: str | None
    last_modified: str | None
    sha256: str | None
    path: str | None


def add_source(engine: Engine, url: str, council: str | None) -> bool:
    """Add a source; False when the URL is already one (its council is then updated)."""
    with Session(engine) as session, session.begin():
        row = session.scalar(select(Source).where(Source.url == url))
        if row is not None:
            row.council = council or row.council
            return False
        session.add(Source(url=url, council=council, added_at=now()))
        return True


def remove_source(engine: Engine, url: str) -> bool:
    """Forget a source and what was fetched through it (the downloaded files stay)."""
    with Session(engine) as session, session.begin():
        source_id = session.scalar(select(Source.id).where(Source.url == url))
        if source_id is None:
            return False
        session.execute(delete(FetchedFile).where(FetchedFile.source_id == source_id))
        session.execute(delete(Source).where(Source.id == source_id))
        return True


def list_sources(engine: Engine) -> list[SourceRow]:
    with Session(engine) as session:
        rows = session.scalars(select(Source).order_by(Source.id)).all()
        return [SourceRow(r.id, r.url, r.council, r.added_at) for r in rows]


def known_urls(engine: Engine, source_id: int) -> dict[str, Known]:
    """Every URL fetched through a source, with its validators."""
    with Session(engine) as session:
        rows = session.scalars(select(FetchedFile).where(FetchedFile.source_id == source_id)
                               .order_by(FetchedFile.id)).all()
        return {r.url: Known(r.url, r.kind, r.etag, r.last_modified, r.sha256, r.path) for r in rows}


def last_outcomes(engine: Engine) -> dict[str, tuple[str, str]]:
    """url -> (outcome, message) of the last visit, for ``sources list``."""
    with Session(engine) as session:
        rows = session.execute(select(FetchedFile.url, FetchedFile.outcome, FetchedFile.message))
        return {url: (outcome, message) for url, outcome, message in rows}


@dataclass(frozen=True)
class Visit:
    """What one visit to a URL found, to be recorded."""

    url: str
    kind: str
    outcome: str
    message: str = ""
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    path: str | None = None
    new_bytes: bool = False


def record_visit(engine: Engine, source_id: int, visit: Visit) -> None:
    """Remember a visit; validators and bytes are kept when this visit brought none."""
    with Session(engine) as session, session.begin():
        row = session.scalar(select(FetchedFile).where(FetchedFile.url == visit.url))
        if row is None:
            row = FetchedFile(source_id=source_id, url=visit.url, kind=visit.kind)
            session.add(row)
        row.source_id, row.kind, row.checked_at = source_id, visit.kind, now()
        row.outcome, row.message = visit.outcome, visit.message[:2000]
        if visit.new_bytes:
            row.fetched_at = now()
            row.etag, row.last_modified = visit.etag, visit.last_modified
            row.sha256, row.path = visit.sha256, visit.path


def downloaded_files(engine: Engine) -> list[tuple[str, str | None]]:
    """(path, council) of the file last downloaded from each document URL, oldest first: what
    `update` hands to ingest, which settles at once what is loaded and read by this pipeline
    (a run stopped between fetch and ingest is caught up next time)."""
    with Session(engine) as session:
        rows = session.execute(
            select(FetchedFile.path, Source.council)
            .join(Source, Source.id == FetchedFile.source_id)
            .where(FetchedFile.kind == "document", FetchedFile.path.is_not(None))
            .order_by(FetchedFile.fetched_at, FetchedFile.id)).all()
    return [(path, council) for path, council in rows if path]


def start_run(engine: Engine) -> int:
    with Session(engine) as session, session.begin():
        run = UpdateRun(started_at=now())
        session.add(run)
        session.flush()
        return run.id


def finish_run(engine: Engine, run_id: int, exit_code: int) -> None:
    with Session(engine) as session, session.begin():
        run = session.get(UpdateRun, run_id)
        if run is not None:
            run.finished_at, run.exit_code = now(), exit_code


def last_run_start(engine: Engine) -> datetime | None:
    """When the latest finished update started: what it brought is "the last run's changes"."""
    with Session(engine) as session:
        return session.scalar(select(UpdateRun.started_at).where(UpdateRun.finished_at.is_not(None))
                              .order_by(UpdateRun.id.desc()).limit(1))
