"""Concurrent and interrupted ingest runs against one PostgreSQL database, for real:
separate processes, and SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.db import Action, ActionMatch, Document, Plan, make_engine
from tests.conftest import RAW, ROOT

CLI = [sys.executable, "-m", "pipeline.cli"] if not (ROOT / ".venv/bin/actionplans").exists() \
    else [str(ROOT / ".venv/bin/actionplans")]
UPDATES = ["herefordshire-2011-02.docx", "herefordshire-2011-06.docx", "haringey-2011-05.docx",
           "haringey-2011-08.docx", "walsall-2013-01.docx", "bath-ne-somerset-2012-06.docx"]


def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "ACTIONPLANS_LOG": str(tmp_path / "actionplans.log")}


def assert_whole(url: str) -> int:
    """No partial document: each has all its lines; each plan one current doc per date.

    Returns the number of documents.
    """
    engine = make_engine(url)
    with Session(engine) as session:
        docs = session.scalars(select(Document)).all()
        for doc in docs:
            lines = session.scalar(select(func.count()).select_from(Action)
                                   .where(Action.document_id == doc.id))
            assert lines == doc.n_actions, f"{doc.document}: {lines} of {doc.n_actions} lines"
        current = [(d.plan_id, d.report_date) for d in docs if d.superseded_by_id is None]
        assert len(current) == len(set(current)), "two current files for one plan version"
        assert all(d.plan_id is not None for d in docs)
        shas = [d.sha256 for d in docs]
        assert len(shas) == len(set(shas))
    engine.dispose()
    return len(docs)


def wait_for_documents(url: str, wanted: int, proc: subprocess.Popen[Any]) -> bool:
    """Block until ``wanted`` documents are committed (True), or the process ended first."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            while proc.poll() is None:
                if conn.execute(text("SELECT count(*) FROM documents")).scalar_one() >= wanted:
                    return True
                conn.rollback()
                time.sleep(0.05)
        return False
    finally:
        engine.dispose()


def test_two_runs_at_once_load_each_document_once(pg_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in UPDATES:
        shutil.copy(RAW / name, folder)
    runs = [subprocess.Popen([*CLI, "ingest", str(folder), "--db", pg_url], cwd=ROOT,
                             env=env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=600)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert assert_whole(pg_url) == len(UPDATES)
    loaded = sum(out.count("\nloaded ") + out.startswith("loaded ") for out in outputs)
    assert loaded == len(UPDATES), outputs  # every file loaded by exactly one of the two runs
    totals = [out.strip().splitlines()[-1] for out in outputs]
    assert all(f"{len(UPDATES)} files:" in t for t in totals), totals
    engine = make_engine(pg_url)
    with Session(engine) as session:
        plans = session.scalar(select(func.count()).select_from(Plan))
        matched = session.scalar(select(func.count(func.distinct(ActionMatch.document_id))))
    assert plans == 4  # Herefordshire, Haringey, Walsall, BANES: one each
    assert matched == 2  # the two second versions, matched once each


LOADER = """
import dataclasses, sys
from pathlib import Path
from typing import Any
from models.db import make_engine
from models.store import load_version
from pipeline.process import process_file
doc = process_file(Path(sys.argv[2]))
engine = make_engine(sys.argv[1])
print("ready", flush=True)
for i in range(100000):
    record = dataclasses.replace(doc.document, sha256=f"{i:064d}", document=f"copy{i}.docx")
    load_version(engine, dataclasses.replace(doc, document=record), f"/copies/{i}")
"""


def test_killed_loader_leaves_no_partial_document(pg_url: str, tmp_path: Path) -> None:
    """Loads back to back, SIGKILLed at an arbitrary moment (almost surely mid-transaction)."""
    source = str(RAW / "herefordshire-2012-13.docx")  # 124 lines: a long transaction
    proc = subprocess.Popen([sys.executable, "-c", LOADER, pg_url, source], cwd=ROOT,
                            env=env(tmp_path), stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    # killed once two copies are committed: the loop is then inside the third's transaction
    assert wait_for_documents(pg_url, 2, proc), "the loader stopped before it was killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert assert_whole(pg_url) > 0


def test_killed_ingest_is_completed_by_the_next_run(pg_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    names = [f"copy{i:02d}-{name}" for i in range(3) for name in UPDATES]
    for name in names:  # a few bytes appended (after the zip) so every copy is new
        data = (RAW / name.split("-", 1)[1]).read_bytes()
        (folder / name).write_bytes(data + f"copy {name}".encode())
    run = subprocess.Popen([*CLI, "ingest", str(folder), "--db", pg_url], cwd=ROOT,
                           env=env(tmp_path), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    assert wait_for_documents(pg_url, 2, run), "the run finished before it could be killed"
    os.killpg(run.pid, signal.SIGKILL)  # the run and its parser workers
    run.wait(timeout=30)
    partial = assert_whole(pg_url)
    assert 2 <= partial < len(names)

    again = subprocess.run([*CLI, "ingest", str(folder), "--db", pg_url], cwd=ROOT,
                           env=env(tmp_path), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"{len(names) - partial} loaded, {partial} unchanged" in again.stdout, again.stdout
    assert assert_whole(pg_url) == len(names)
