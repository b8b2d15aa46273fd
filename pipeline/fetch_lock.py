"""One `actionplans update` at a time per database.

On PostgreSQL a session-level advisory lock (``pg_try_advisory_lock``) held
on a connection of its own for the whole run; on SQLite an ``fcntl.flock``
on a file beside the database.  Both are released by the operating system
or the server when the process dies, so a killed run never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

UPDATE_LOCK = 7_304_221_150  # pg_advisory_lock key for "an update is running"


class AlreadyRunning(Exception):
    """Another update holds the lock."""


def lock_file_for(engine: Engine) -> Path:
    database = engine.url.database
    if not database or database == ":memory:":
        return Path(os.environ.get("TMPDIR", "/tmp")) / "actionplans-update.lock"
    return Path(database).with_name(Path(database).name + ".update.lock")


@contextmanager
def update_lock(engine: Engine) -> Iterator[None]:
    """Hold the update lock for the block; AlreadyRunning at once when another run has it."""
    if engine.dialect.name == "postgresql":
        with postgres_lock(engine):
            yield
    else:
        with file_lock(lock_file_for(engine)):
            yield


@contextmanager
def postgres_lock(engine: Engine) -> Iterator[None]:
    with engine.connect() as conn:
        got = conn.execute(sa.select(sa.func.pg_try_advisory_lock(UPDATE_LOCK))).scalar_one()
        conn.commit()
        if not got:
            raise AlreadyRunning("another `actionplans update` is running on this database")
        try:
            yield
        finally:
            conn.execute(sa.select(sa.func.pg_advisory_unlock(UPDATE_LOCK)))
            conn.commit()


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise AlreadyRunning(f"another `actionplans update` holds {path}") from exc
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
