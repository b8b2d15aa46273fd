"""Errors a user can act on: the real `actionplans` command ends with one `Error:` line,
a documented exit code, no traceback, no password, and nothing created or half-written."""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
from pathlib import Path

import pytest

from models.db import make_engine
from pipeline.cli_errors import DATABASE, INTERRUPTED, OUTPUT, USAGE
from tests.cli_run import EXECUTABLE, actionplans, command_env, error_line
from tests.conftest import RAW
from tests.views_dataset import build_history

SECRET = "s3cret-Pa55"


@pytest.fixture
def history_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'plans.db'}"
    engine = make_engine(url)
    build_history(engine)
    engine.dispose()
    return url


def listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


# --- output files --------------------------------------------------------------------------

OUT_COMMANDS = [["export", "--format", "csv"], ["export"], ["report"]]


@pytest.mark.parametrize("args", OUT_COMMANDS, ids=" ".join)
def test_out_into_a_missing_folder_is_refused_and_creates_nothing(
        tmp_path: Path, history_db: str, args: list[str]) -> None:
    before = listing(tmp_path)
    target = tmp_path / "missing-dir" / "a.out"
    result = actionplans(*args, "--db", history_db, "--out", str(target), log=tmp_path / "x.log")
    assert result.returncode == USAGE
    assert error_line(result) == (f"Error: cannot write {target}: folder {target.parent} "
                                  "does not exist (create it first)")
    assert result.stdout == ""
    assert listing(tmp_path) == before  # no folder, no file, not even the log


@pytest.mark.parametrize("args", OUT_COMMANDS, ids=" ".join)
def test_out_to_a_full_device(tmp_path: Path, history_db: str, args: list[str]) -> None:
    result = actionplans(*args, "--db", history_db, "--out", "/dev/full", log=tmp_path / "x.log")
    assert result.returncode == OUTPUT
    assert error_line(result) == ("Error: cannot write /dev/full: No space left on device; "
                                  "nothing was written")


def test_stdout_on_a_full_device(tmp_path: Path, history_db: str) -> None:
    with open("/dev/full", "w") as full:
        result = actionplans("export", "--db", history_db, log=tmp_path / "x.log", stdout=full)
    assert result.returncode == OUTPUT
    assert error_line(result) == "Error: cannot write standard output: No space left on device"


def small_file_limit() -> None:
    """In the child: files may not grow past 1 KB, as on a disk that is full."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, history_db: str) -> None:
    target = tmp_path / "actions.csv"
    target.write_text("the previous export\n")
    result = actionplans("export", "--format", "csv", "--db", history_db, "--out", str(target),
                         log=tmp_path / "x.log", preexec_fn=small_file_limit)
    assert result.returncode == OUTPUT
    assert error_line(result) == f"Error: cannot write {target}: File too large; nothing was written"
    assert target.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actions.csv", "plans.db"]


def test_a_complete_write_replaces_the_file(tmp_path: Path, history_db: str) -> None:
    target = tmp_path / "actions.csv"
    target.write_text("the previous export\n")
    target.chmod(0o640)
    result = actionplans("export", "--format", "csv", "--db", history_db, "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_text().startswith("document,sha256,authority,")
    assert target.stat().st_mode & 0o777 == 0o640


# --- database URLs -------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["status"], ["export"], ["ingest", "data/raw/somerset-2013-11.pdf"]],
                         ids=" ".join)
def test_unreachable_postgresql_never_shows_the_password(tmp_path: Path, args: list[str]) -> None:
    log = tmp_path / "run.log"
    url = f"postgresql+psycopg://planner:{SECRET}@127.0.0.1:5999/plans"
    result = actionplans(*args, "--db", url, log=log, cwd=Path(__file__).parent.parent)
    assert result.returncode == DATABASE
    line = error_line(result)
    assert line.startswith("Error: cannot open database postgresql+psycopg://planner:***@127.0.0.1"
                           ":5999/plans: ")
    assert "Connection refused" in line or "connection failed" in line
    assert SECRET not in result.stdout + result.stderr
    assert log.exists() and "***" in log.read_text() and SECRET not in log.read_text()


def test_postgres_url_forms_work(pg_url: str) -> None:
    rest = pg_url.split("://", 1)[1]
    for scheme in ("postgres", "postgresql", "postgresql+psycopg"):
        result = actionplans("status", "--db", f"{scheme}://{rest}")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("0 documents loaded")


@pytest.mark.parametrize("url", [f"mysql://planner:{SECRET}@db/plans", "data/plans.db",
                                 f"postgresql+psycopg2://planner:{SECRET}@db/plans"])
def test_other_database_urls_say_which_forms_work(tmp_path: Path, url: str) -> None:
    result = actionplans("status", "--db", url, log=tmp_path / "x.log")
    assert result.returncode == USAGE
    line = error_line(result)
    assert "use sqlite:///PATH" in line and "postgresql://USER[:PASSWORD]@HOST" in line
    assert SECRET not in result.stderr
    assert not (tmp_path / "data").exists()


# --- read-only commands never create a database ----------------------------------------------

READ_ONLY = [["status"], ["export"], ["query", "status"], ["query", "search", "audit"], ["history"],
             ["compare"], ["report", "--out", "r.html"], ["serve"]]


@pytest.mark.parametrize("args", READ_ONLY, ids=" ".join)
def test_read_only_commands_refuse_a_missing_database(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "nowhere" / "plans.db"
    result = actionplans(*args, "--db", f"sqlite:///{missing}", log=tmp_path / "x.log",
                         cwd=tmp_path)
    assert result.returncode == USAGE
    assert error_line(result) == (f"Error: no database at {missing}: run `actionplans ingest` "
                                  "first, or name one with --db / $ACTIONPLANS_DB")
    assert listing(tmp_path) == set()


def test_db_upgrade_creates_a_database(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = actionplans("db", "upgrade", "--db", f"sqlite:///{db}", log=tmp_path / "x.log")
    assert result.returncode == 0, result.stderr
    assert db.is_file() and "upgraded empty database" in result.stdout


# --- serve -----------------------------------------------------------------------------------

def test_serve_on_a_busy_port_says_so_before_any_banner(tmp_path: Path, history_db: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = actionplans("serve", "--db", history_db, "--port", str(port),
                             log=tmp_path / "x.log", timeout=60)
    assert result.returncode == USAGE
    assert error_line(result) == (f"Error: cannot serve on 127.0.0.1:{port}: Address already in use "
                                  "(choose another with --port)")
    assert "Datasette on" not in result.stdout + result.stderr


# --- nothing found -----------------------------------------------------------------------------

@pytest.mark.parametrize(("fmt", "expected"), [
    ("table", "(no rows)\n"),
    ("json", "[]\n"),
    ("csv", "authority,ref,due_date,due_date_text,status,action,document,page\n"),
])
def test_a_question_with_no_answer_exits_0(history_db: str, fmt: str, expected: str) -> None:
    result = actionplans("query", "due", "--from", "1990-01-01", "--to", "1990-12-31",
                         "--format", fmt, "--db", history_db)
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, "")


def test_history_of_a_ref_no_line_carries_is_empty(history_db: str) -> None:
    result = actionplans("history", "--authority", "Alpha", "--ref", "99.9", "--db", history_db)
    assert (result.returncode, result.stdout) == (0, "(no rows)\n")
    as_csv = actionplans("history", "--authority", "Alpha", "--ref", "99.9", "--format", "csv",
                         "--db", history_db)
    assert as_csv.returncode == 0 and as_csv.stdout.startswith("plan_id,lineage,version,")
    assert len(as_csv.stdout.splitlines()) == 1


@pytest.mark.parametrize(("args", "what"), [
    (["--plan-id", "999"], "id 999"),
    (["--authority", "Gamma"], "council 'Gamma'"),
])
def test_history_of_a_plan_that_does_not_exist_is_a_usage_error(
        tmp_path: Path, history_db: str, args: list[str], what: str) -> None:
    result = actionplans("history", *args, "--db", history_db, log=tmp_path / "x.log")
    assert result.returncode == USAGE
    assert error_line(result) == (f"Error: no such plan: none with {what} "
                                  "(`actionplans status` lists what is loaded)")
    assert result.stdout == ""


def test_a_database_that_is_not_one(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 100)
    result = actionplans("status", "--db", f"sqlite:///{db}", log=tmp_path / "x.log")
    assert result.returncode == DATABASE
    assert error_line(result).startswith(f"Error: cannot open database sqlite:///{db}: ")
    assert db.read_text().startswith("these are my notes")


# --- Ctrl-C ------------------------------------------------------------------------------------

INTERRUPTED_BATCH = ("bath-ne-somerset-2012-06.pdf", "doncaster-2014-03.pdf", "haringey-2011-05.docx",
                     "somerset-2013-11.pdf", "walsall-2013-01.pdf")


def test_ctrl_c_exits_130_and_the_next_run_carries_on(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in INTERRUPTED_BATCH:
        shutil.copy(RAW / name, folder)
    db, log = f"sqlite:///{tmp_path / 'plans.db'}", tmp_path / "run.log"
    args = [str(EXECUTABLE), "ingest", str(folder), "--db", db, "--jobs", "1"]
    run = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env=command_env(log), start_new_session=True)
    assert run.stdout is not None
    first = run.stdout.readline()  # the first document is committed
    assert first.startswith("loaded     "), first
    os.killpg(run.pid, signal.SIGINT)  # as the terminal does: the whole process group
    rest, errors = run.communicate(timeout=120)
    assert run.returncode == INTERRUPTED
    result = subprocess.CompletedProcess(args, run.returncode, first + rest, errors)
    line = error_line(result)
    assert re.fullmatch(r"Error: interrupted; (\d) of 5 files done and kept; "
                        r"run the same command again to carry on", line), line
    again = actionplans("ingest", str(folder), "--db", db, "--jobs", "1", log=log)
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"unchanged  {first.split()[1].rstrip(':')} (already loaded)" in again.stdout
    assert again.stdout.splitlines()[-1].endswith("0 failed")
    status = json.loads(actionplans("status", "--format", "json", "--db", db).stdout)
    assert sorted(r["document"] for r in status) == sorted(INTERRUPTED_BATCH)
    assert all(r["outcome"] == "loaded" for r in status)
