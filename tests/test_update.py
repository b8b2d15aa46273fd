"""`actionplans update` (fetch, then ingest what is new) and `changes`, against a local website."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db import Document, make_engine
from pipeline.cli import main
from pipeline.fetch_lock import update_lock
from tests.conftest import RAW, ROOT
from tests.local_site import Route, Site, local_site

FIRST = (RAW / "herefordshire-2011-02.pdf").read_bytes()
SECOND = (RAW / "herefordshire-2011-06.pdf").read_bytes()
CLI = [str(ROOT / ".venv/bin/actionplans")] if (ROOT / ".venv/bin/actionplans").exists() \
    else [sys.executable, "-m", "pipeline.cli"]


@pytest.fixture
def site() -> Iterator[Site]:
    with local_site() as running:
        running.routes["/robots.txt"] = Route(b"", "text/plain")
        running.routes["/plan.pdf"] = Route(FIRST)
        yield running


def update(db: str, raw: Path, *extra: str) -> Result:
    return CliRunner().invoke(main, ["update", "--db", db, "--raw-dir", str(raw), "--delay", "0",
                                     "--http-timeout", "60", "--jobs", "1", "--json", *extra],
                              catch_exceptions=False)


def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "ACTIONPLANS_LOG": str(tmp_path / "actionplans.log")}


def documents(db: str) -> int:
    with Session(make_engine(db)) as session:
        return session.scalar(select(func.count()).select_from(Document)) or 0


def test_update_loads_new_then_nothing_then_the_new_version(site: Site, db_url: str,
                                                             tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    CliRunner().invoke(main, ["sources", "add", site.url("/plan.pdf"), "--council", "Herefordshire",
                              "--db", db_url])
    first = update(db_url, raw)
    assert first.exit_code == 0, first.output
    report = json.loads(first.output)
    assert report["fetch"]["downloaded"] == 1 and report["ingest"]["loaded"] == 1
    assert report["exit_code"] == 0 and documents(db_url) == 1

    again = json.loads(update(db_url, raw).output)
    assert again["fetch"] == {"unchanged": 1, "problems": []}
    assert again["ingest"] == {"reread": 0, "files": []}
    assert site.requests_for("/plan.pdf") == [200, 304]

    site.routes["/plan.pdf"] = Route(SECOND)
    third = json.loads(update(db_url, raw).output)
    assert third["fetch"]["downloaded"] == 1 and third["ingest"]["loaded"] == 1
    history = CliRunner().invoke(main, ["history", "--db", db_url, "--format", "json"])
    versions = json.loads(history.output)["versions"]
    assert [(v["version"], v["report_date"]) for v in versions] == [(1, "2011-02-28"),
                                                                    (2, "2011-06-30")]


def test_problems_give_exit_1_and_the_rest_still_loads(site: Site, sqlite_url: str,
                                                        tmp_path: Path) -> None:
    for path in ("/gone.pdf", "/plan.pdf"):
        CliRunner().invoke(main, ["sources", "add", site.url(path), "--db", sqlite_url])
    result = update(sqlite_url, tmp_path / "raw")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [(p["url"], p["outcome"]) for p in report["fetch"]["problems"]] == [
        (site.url("/gone.pdf"), "not_found")]
    assert report["ingest"]["loaded"] == 1 and report["exit_code"] == 1


def test_a_file_that_is_not_a_plan_fails_once_then_is_quiet(site: Site, sqlite_url: str,
                                                            tmp_path: Path) -> None:
    site.routes["/plan.pdf"] = Route(FIRST[:3000])  # a truncated PDF: a document, unreadable
    CliRunner().invoke(main, ["sources", "add", site.url("/plan.pdf"), "--db", sqlite_url])
    first = json.loads(update(sqlite_url, tmp_path / "raw").output)
    assert [(f["status"], f["reason"]) for f in first["ingest"]["files"]] == [("failed", "corrupt")]
    second = update(sqlite_url, tmp_path / "raw")
    assert json.loads(second.output)["ingest"] == {"reread": 0, "files": []}


def test_update_without_sources_is_a_usage_error(sqlite_url: str, tmp_path: Path) -> None:
    assert update(sqlite_url, tmp_path).exit_code == 2


def test_two_updates_never_overlap(site: Site, db_url: str, tmp_path: Path) -> None:
    """While one run holds the lock, the real command exits 6 at once and fetches nothing."""
    CliRunner().invoke(main, ["sources", "add", site.url("/plan.pdf"), "--db", db_url])
    engine = make_engine(db_url)
    with update_lock(engine):
        blocked = subprocess.run([*CLI, "update", "--db", db_url, "--raw-dir", str(tmp_path),
                                  "--delay", "0"], cwd=ROOT, env=env(tmp_path), capture_output=True,
                                 text=True, timeout=120)
    assert blocked.returncode == 6, blocked.stderr
    assert "another `actionplans update`" in blocked.stderr and "Traceback" not in blocked.stderr
    assert site.requests_for("/plan.pdf") == []
    after = subprocess.run([*CLI, "update", "--db", db_url, "--raw-dir", str(tmp_path),
                            "--delay", "0", "--jobs", "1", "-q"], cwd=ROOT, env=env(tmp_path),
                           capture_output=True, text=True, timeout=300)
    assert after.returncode == 0, after.stdout + after.stderr
    assert documents(db_url) == 1


def changes(db: str, *extra: str) -> dict:
    result = CliRunner().invoke(main, ["changes", "--db", db, "--json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_changes_since_the_last_run(site: Site, sqlite_url: str, tmp_path: Path) -> None:
    from sqlalchemy import text

    assert CliRunner().invoke(main, ["changes", "--db", sqlite_url]).exit_code == 2  # no run yet
    CliRunner().invoke(main, ["sources", "add", site.url("/plan.pdf"), "--db", sqlite_url])
    update(sqlite_url, tmp_path / "raw")
    first = changes(sqlite_url)
    assert [(v["version"], v["new_plan"]) for v in first["versions"]] == [(1, True)]
    assert first["moved"] == []  # a first version has nothing to move from

    site.routes["/plan.pdf"] = Route(SECOND)
    update(sqlite_url, tmp_path / "raw")
    second = changes(sqlite_url)
    assert [(v["version"], v["new_plan"], v["report_date"]) for v in second["versions"]] == [
        (2, False, "2011-06-30")]
    with make_engine(sqlite_url).connect() as conn:  # the slippage view, counted independently
        moved = conn.execute(text(
            "SELECT count(*) FROM slippage WHERE report_date = '2011-06-30' AND action_id IS NOT NULL"
            " AND previous_action_id IS NOT NULL AND (status <> previous_status"
            " OR COALESCE(due_date, '') <> COALESCE(previous_due_date, ''))")).scalar_one()
        overdue_now = conn.execute(text(
            "SELECT count(*) FROM overdue_actions WHERE report_date = '2011-06-30'")).scalar_one()
    assert moved > 0 and len(second["moved"]) == moved
    assert all(m["status"] != m["status_before"] or m["due_date"] != m["due_before"]
               for m in second["moved"])
    assert len(second["overdue"]) <= overdue_now
    assert all(o["due_date"] < o["report_date"] and o["status"] != "complete" for o in second["overdue"])
    everything = changes(sqlite_url, "--since", "2000-01-01")
    assert [v["version"] for v in everything["versions"]] == [1, 2]
    assert changes(sqlite_url, "--since", "2999-01-01")["versions"] == []
