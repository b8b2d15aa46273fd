"""Shared fixtures: the fixture corpus, golden files, and throw-away databases.

PostgreSQL is the real server on 127.0.0.1:5432 (trust auth); each test run
creates its own database and drops it at the end.  Set ACTIONPLANS_TEST_PG
to another server URL (without a database name) to use that instead.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
GOLDEN = ROOT / "tests" / "golden"
SHARED = ROOT.parent / "shared"
PG_SERVER = os.environ.get("ACTIONPLANS_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")


# every format a plan is published in (SCHEMA.md's file_type); a golden is checked
# against each file of its stem in data/raw/, whatever the format
FIXTURE_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".rtf", ".xlsx")


def golden_stems() -> list[str]:
    return sorted(p.stem for p in GOLDEN.glob("*.jsonl"))


def negative_stems() -> list[str]:
    """Stems whose golden file is empty: documents that are not plans (a KPI
    scorecard, a risk register, a forward plan, a budget) and must load no line."""
    return [stem for stem in golden_stems() if not read_golden(stem)]


def fixture_files(stem: str) -> list[Path]:
    return sorted(p for p in RAW.glob(f"{stem}.*") if p.suffix.lower() in FIXTURE_SUFFIXES)


def read_golden(stem: str) -> list[dict]:
    with open(GOLDEN / f"{stem}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session (dropped afterwards)."""
    import psycopg

    name = f"actionplans_test_{uuid.uuid4().hex[:10]}"
    plain = PG_SERVER.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_server_url: str) -> Iterator[str]:
    """The session's PostgreSQL database, emptied before each test (tables,
    views, migration state: the whole public schema)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_server_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield pg_server_url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")
