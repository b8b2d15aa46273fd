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
from tests.hostile_files import slow_pdf

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


def session_table(session: int) -> dict[int, int]:
    """pid -> parent pid of the live processes in the command's session."""
    alive = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            alive[int(entry.name)] = int(fields[1])
    return alive


def session_processes(session: int) -> list[int]:
    """Processes still alive in the killed command's session (its workers)."""
    return list(session_table(session))


def wait_for_a_worker(proc: subprocess.Popen[str]) -> int:
    """A parser worker's pid: a grandchild of the command (the forkserver's child)."""
    deadline = time.monotonic() + 300
    while True:
        table = session_table(proc.pid)
        workers = [pid for pid, parent in table.items() if parent in table and parent != proc.pid]
        if workers:
            return workers[0]
        assert proc.poll() is None, "the ingest ended before a worker started"
        assert time.monotonic() < deadline, "no worker started within 300 s"
        time.sleep(0.05)


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


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the workers")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_no_worker_outlives_a_killed_ingest(sig: signal.Signals, tmp_path: Path) -> None:
    """Only the command itself is signalled, as systemd's and timeout's default does; the
    worker is busy with a file that would take it minutes."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "slow.pdf").write_bytes(slow_pdf())
    proc = run_ingest(folder, tmp_path / "slow.db", tmp_path / "slow.log")
    try:
        worker = wait_for_a_worker(proc)
        proc.send_signal(sig)
        proc.wait(timeout=60)
        assert wait_until_gone(proc.pid, seconds=10) == [], f"worker {worker} outlived the run"
        if sig == signal.SIGTERM:  # unwound like Ctrl-C: 128 + SIGTERM
            assert proc.returncode == 143, proc.stderr.read() if proc.stderr else ""
    finally:
        for pid in session_processes(proc.pid):
            os.kill(pid, signal.SIGKILL)
