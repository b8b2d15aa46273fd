"""The fixture corpus (data/raw) in SQLite and PostgreSQL, built once per run.

SQLite gets it through the real `actionplans ingest data/raw`; PostgreSQL gets the very same
rows copied table by table (ingesting into PostgreSQL is test_golden's job),
so any difference between the two in a query's output is the query's fault.
"""

from __future__ import annotations

import atexit
import functools
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, create_engine, select, update
from sqlalchemy.engine import Connection

from models.db import Base, make_engine
from tests.cli_run import actionplans, command_env
from tests.conftest import PG_SERVER, ROOT


@functools.cache
def corpus_ingest() -> tuple[str, subprocess.CompletedProcess[str]]:
    """The database, and what `actionplans ingest data/raw` printed building it: the
    README's first command, run as a user would (README.md compares its output)."""
    folder = Path(tempfile.mkdtemp(prefix="actionplans-corpus-"))
    url = f"sqlite:///{folder / 'corpus.db'}"
    # a generous time limit (by environment, so the command is the README's): a busy
    # machine must give the same database, not a time-out
    env = command_env(folder / "actionplans.log", ACTIONPLANS_DB=url, ACTIONPLANS_TIMEOUT="900")
    result = actionplans("ingest", "data/raw", cwd=ROOT, env=env, timeout=3600)
    # a file the extractors cannot read yet is the extractors' test to fail (exit 1);
    # the views need only the ones that load
    assert result.returncode in (0, 1) and " 0 loaded" not in result.stdout, result.stdout
    return url, result


def corpus_sqlite() -> str:
    return corpus_ingest()[0]


def create_pg_database() -> str:
    import psycopg

    name = f"actionplans_corpus_{uuid.uuid4().hex[:10]}"
    plain = PG_SERVER.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    atexit.register(drop)
    return f"{PG_SERVER}/{name}"


@functools.cache
def corpus_postgresql() -> str:
    url = create_pg_database()
    make_engine(url).dispose()  # tables, views and index as the code makes them
    source = create_engine(corpus_sqlite())
    target = create_engine(url)
    with source.connect() as read, target.begin() as write:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in read.execute(select(table))]
            if rows:
                copy_rows(write, table, rows)
    source.dispose()
    target.dispose()
    return url


def copy_rows(write: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, filling columns that point into the same table afterwards."""
    inward = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    write.execute(table.insert(), [r | {c: None for c in inward} for r in rows])
    for column in inward:
        pointing = [{"row_id": r["id"], "value": r[column]} for r in rows if r[column]]
        if pointing:
            write.execute(update(table).where(table.c.id == bindparam("row_id"))
                          .values({column: bindparam("value")}), pointing)


def corpus_url(dialect: str) -> str:
    return corpus_sqlite() if dialect == "sqlite" else corpus_postgresql()
