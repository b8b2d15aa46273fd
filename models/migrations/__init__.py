"""Alembic migrations for the actionplans database, configured in code.

No alembic.ini is needed: ``script_location`` is this package's folder, so
an installed package can migrate any database it is pointed at.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only to stamp or migrate: opening a database already at HEAD
# (every command, every unchanged re-run) reads its alembic_version row with plain SQL
# and skips Alembic's 0.16 s of imports.
HEAD = "0004"  # the newest revision in versions/ (tests/test_migrations.py checks it)

HERE = Path(__file__).resolve().parent
FIRST_RELEASE = "0001"
PLANS_RELEASE = "0002"
# pg_advisory_lock key for "someone is migrating or recreating views"
SCHEMA_LOCK = 7_304_221_118


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    """The revision stamped in the database (None: not stamped), as Alembic reads it
    for a single line of migrations."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"alembic_version holds several revisions: {', '.join(rows)}")
    return rows[0] if rows else None


def wanted_revision(target: str, current: str | None) -> str:
    """``target``, with "head" made a revision (Alembic asked only when the database
    is not at HEAD already)."""
    if target != "head":
        return target
    return HEAD if current == HEAD else head_revision()


def begin_immediate(conn: Connection) -> None:
    """On SQLite, take the write lock now, so two writers queue instead of deadlocking."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def drop_views(conn: Connection) -> None:
    """Views are recreated after every upgrade; SQLite cannot alter tables under them."""
    cascade = " CASCADE" if conn.dialect.name == "postgresql" else ""
    for name in sa.inspect(conn).get_view_names():
        conn.exec_driver_sql(f'DROP VIEW IF EXISTS "{name}"{cascade}')


def _unversioned(conn: Connection) -> str | None:
    """Stamp a database that has tables but no alembic_version; return its revision.

    The first release created its tables without Alembic; so did this code
    between adding the plan tables and adding migrations (then the plan
    columns exist, but its documents may lack their plan).
    """
    tables = set(sa.inspect(conn).get_table_names())
    if "documents" not in tables:
        return None
    revision = PLANS_RELEASE if "plans" in tables else FIRST_RELEASE
    from alembic import command

    command.stamp(alembic_config(conn), revision)
    if revision == PLANS_RELEASE:
        from models.migrations.versions.v0002_plan_versions import backfill

        backfill(conn, only_unplaced=True)
    return revision


def _upgrade(engine: Engine, target: str) -> tuple[str | None, str]:
    from alembic import command

    from models.db import Base

    with engine.connect() as conn:
        begin_immediate(conn)
        before = current_revision(conn) or _unversioned(conn)
        if before is None:
            # a brand-new database: create it at head rather than replaying history
            Base.metadata.create_all(conn)
            command.stamp(alembic_config(conn), target)
        elif before != target:
            drop_views(conn)
            command.upgrade(alembic_config(conn), target)
        after = current_revision(conn)
        conn.commit()
    assert after is not None
    return before, after


def upgrade_database(engine: Engine, target: str = "head") -> tuple[str | None, str]:
    """Bring the database to ``target`` and recreate the views: (revision before, after).

    Concurrent processes take turns (a session-level advisory lock on
    PostgreSQL, the write lock on SQLite), so two ingest runs starting on
    a fresh database do not both create it or both rebuild the views.
    """
    from models.views import create_views

    with engine.connect() as guard:
        postgres = guard.dialect.name == "postgresql"
        if postgres:
            guard.execute(sa.select(sa.func.pg_advisory_lock(SCHEMA_LOCK)))
            guard.commit()
        try:
            before = current_revision(guard)
            guard.rollback()
            target = wanted_revision(target, before)
            result = (before, target) if before == target else _upgrade(engine, target)
            create_views(engine)
        finally:
            if postgres:
                guard.execute(sa.select(sa.func.pg_advisory_unlock(SCHEMA_LOCK)))
                guard.commit()
    return result
