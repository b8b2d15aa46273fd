"""`actionplans serve`: Datasette on a free local port, read over HTTP."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from models.db import make_engine
from pipeline.cli import main
from tests.views_dataset import build_history

EXECUTABLE = Path(sys.executable).parent / "actionplans"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def wait_until_up(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"serve exited early: {server.stdout.read()!r}")  # type: ignore
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.3)
    raise AssertionError(f"nothing answered at {url}")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """The hand-made dataset served on a free port (default host); its base URL."""
    db = tmp_path / "plans.db"
    engine = make_engine(f"sqlite:///{db}")
    build_history(engine)
    engine.dispose()
    port = free_port()
    server = subprocess.Popen([str(EXECUTABLE), "serve", "--db", f"sqlite:///{db}",
                               "--port", str(port)], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/-/versions.json", server)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_canned_queries_answer_over_http(served: str) -> None:
    summary = get_json(f"{served}/plans/council_summary.json?_shape=array")
    alpha = next(r for r in summary if r["authority"] == "Alpha")
    assert (alpha["overdue"], alpha["median_days_overdue"], alpha["slipping"]) == (2, 60.5, 2)
    overdue = get_json(f"{served}/plans/overdue_as_of.json?_shape=array"
                       "&as_of=2012-04-15&authority=Alpha")
    assert [(r["ref"], r["days_overdue"]) for r in overdue] == [("1.2", 15)]


def test_metadata_describes_and_facets(served: str) -> None:
    metadata = get_json(f"{served}/-/metadata.json")
    tables = metadata["databases"]["plans"]["tables"]
    assert tables["latest_actions"]["facets"] == ["authority", "status", "theme"]
    assert "last day" in tables["actions"]["columns"]["due_date"]
    assert "latest version" in tables["latest_documents"]["description"]
    table = get_json(f"{served}/plans/latest_actions.json")
    assert {"authority", "status", "theme"} <= set(table["facet_results"])


def test_only_sqlite_can_be_served() -> None:
    result = CliRunner().invoke(main, ["serve", "--db", "postgresql+psycopg://u@127.0.0.1/x"])
    assert result.exit_code == 2 and "BI tool" in result.output


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(main, ["serve", "--db", f"sqlite:///{missing}"])
    assert result.exit_code == 2 and not missing.exists()
