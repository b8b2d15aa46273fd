"""Which version of a plan is "latest" depends on the files, never on the order they
were loaded in: loads in every order, and a real ``actionplans ingest`` killed at
several points and resumed, end with the same export as one clean run."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from models.db import make_engine
from models.records import NormalisedDocument
from models.store import export_rows, load_version
from pipeline.process import process_file
from tests.conftest import RAW
from tests.hostile_files import CLI, run

# two progress reports of one plan, each published as Word and as PDF (same report date)
FILES = [RAW / f"haringey-2011-{month}.{kind}" for month in ("05", "08") for kind in ("docx", "pdf")]


@pytest.fixture(scope="module")
def parsed() -> dict[Path, NormalisedDocument]:
    return {path: process_file(path) for path in FILES}


def export_after(url: str, order: list[Path], parsed: dict[Path, NormalisedDocument]) -> list[str]:
    engine = make_engine(url)
    for path in order:
        load_version(engine, parsed[path], str(path))
    lines = sorted(json.dumps(row, sort_keys=True) for row in export_rows(engine, all_versions=True))
    engine.dispose()
    return lines


def test_every_load_order_gives_the_same_versions(
        tmp_path: Path, parsed: dict[Path, NormalisedDocument]) -> None:
    orders = list(itertools.permutations(FILES))
    first = export_after(f"sqlite:///{tmp_path / 'first.db'}", list(orders[0]), parsed)
    latest = {json.loads(line)["document"] for line in first if not json.loads(line)["superseded"]}
    assert latest == {"haringey-2011-05.pdf", "haringey-2011-08.pdf"}
    for i, order in enumerate(orders[1:]):
        assert export_after(f"sqlite:///{tmp_path / f'{i}.db'}", list(order), parsed) == first, \
            [p.name for p in order]


def test_reverse_order_gives_the_same_versions_on_postgresql(
        pg_url: str, tmp_path: Path, parsed: dict[Path, NormalisedDocument]) -> None:
    clean = export_after(f"sqlite:///{tmp_path / 'clean.db'}", FILES, parsed)
    assert export_after(pg_url, FILES[::-1], parsed) == clean


def documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("select count(*) from documents").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def ingest_args(folder: Path, db: Path) -> list[str]:
    return ["ingest", str(folder), "--db", f"sqlite:///{db}", "--jobs", "1"]


def killed_after(folder: Path, db: Path, log: Path, committed: int) -> None:
    """Start an ingest and SIGKILL it (and its workers) once ``committed`` documents are in."""
    proc = subprocess.Popen([str(CLI), *ingest_args(folder, db)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True,
                            env={**os.environ, "ACTIONPLANS_LOG": str(log)})
    try:
        while documents(db) < committed:
            assert proc.poll() is None, "the ingest ended before it could be killed"
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)


def exported(db: Path, log: Path) -> list[str]:
    done = run(["export", "--all-versions", "--db", f"sqlite:///{db}"], log)
    assert done.returncode == 0, done.stderr
    return sorted(done.stdout.splitlines())


def test_kill_and_resume_at_several_points_matches_a_clean_run(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    for path in FILES:
        shutil.copy(path, folder / path.name)
    log = tmp_path / "log"
    clean_db = tmp_path / "clean.db"
    assert run(ingest_args(folder, clean_db), log).returncode == 0
    clean = exported(clean_db, log)
    assert len(clean) > 0
    for committed in (1, 3):
        db = tmp_path / f"killed-{committed}.db"
        killed_after(folder, db, log, committed)
        resumed = run(ingest_args(folder, db), log)
        assert resumed.returncode == 0, resumed.stdout + resumed.stderr
        assert exported(db, log) == clean, f"killed after {committed} documents"
