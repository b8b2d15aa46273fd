"""An ingest killed mid-batch leaves only whole documents, and a re-run finishes the job.

``actionplans ingest`` runs as a subprocess on a folder of fixture plans and
is SIGKILLed as soon as the first document is in the database.  Then: no
document is partial (its actions count equals its n_actions), its worker
processes are gone with it, and a re-run loads the rest with no duplicate.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import RAW

CLI = Path(sys.executable).parent / "actionplans"
# Word plans parse in about a second each: with one worker, the kill lands
# well before the last of them is loaded.
PLANS = [RAW / f"{stem}.docx" for stem in ("walsall-2013-01", "haringey-2011-05",
                                           "herefordshire-2011-02", "herefordshire-2012-13",
                                           "bath-ne-somerset-2012-06")]

pytestmark = pytest.mark.skipif(not CLI.exists() or not all(p.exists() for p in PLANS),
                                reason="the actionplans script or the fixture plans are absent")


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(sql).fetchone()[0]


def documents(db: Path) -> int:
    try:
        return count(db, "select count(*) from documents")
    except sqlite3.OperationalError:  # the table is not created yet
        return 0


def partial_documents(db: Path) -> int:
    return count(db, "select count(*) from documents d where n_actions != "
                     "(select count(*) from actions a where a.document_id = d.id)")


def session_processes(session: int) -> list[int]:
    """Processes still alive in the killed command's session (its workers)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            alive.append(int(entry.name))
    return alive


def wait_until_gone(session: int, seconds: float) -> list[int]:
    """The workers die with the forkserver (PR_SET_PDEATHSIG), which ends with its parent."""
    deadline = time.monotonic() + seconds
    while (alive := session_processes(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


def run_ingest(folder: Path, db: Path, log: Path) -> subprocess.Popen[str]:
    args = [str(CLI), "ingest", str(folder), "--db", f"sqlite:///{db}", "--jobs", "1",
            "--timeout", "120"]
    env = {**os.environ, "ACTIONPLANS_LOG": str(log)}
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def kill_after_first_document(proc: subprocess.Popen[str], db: Path) -> None:
    deadline = time.monotonic() + 120
    while documents(db) < 1:
        assert proc.poll() is None, "the ingest ended before it could be killed"
        assert time.monotonic() < deadline, "no document loaded within 120 s"
        time.sleep(0.02)
    assert len(session_processes(proc.pid)) >= 2  # the command and its forkserver, at least
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the workers")
def test_killed_ingest_leaves_whole_documents_and_rerun_completes(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    for plan in PLANS:
        shutil.copy(plan, folder / plan.name)
    db, log = tmp_path / "kill.db", tmp_path / "kill.log"
    proc = run_ingest(folder, db, log)
    try:
        kill_after_first_document(proc, db)
        assert proc.returncode == -signal.SIGKILL
        loaded_before = documents(db)
        assert 1 <= loaded_before < len(PLANS)
        assert partial_documents(db) == 0
        assert wait_until_gone(proc.pid, seconds=10) == []
    finally:
        for pid in session_processes(proc.pid):  # only this test's own processes
            os.kill(pid, signal.SIGKILL)

    rerun = run_ingest(folder, db, log)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, out + err
    assert out.count("unchanged  ") == loaded_before
    assert documents(db) == len(PLANS)
    assert count(db, "select count(distinct sha256) from documents") == len(PLANS)
    assert partial_documents(db) == 0
    assert count(db, "select count(*) from ingest_errors") == 0
