"""`actionplans ingest --cluster`: a real Dask LocalCluster (2 worker processes, each
under a nanny) and a real PostgreSQL.

The reference is a local run of the same files into its own database: a batch
parsed on the cluster must load exactly what it loads (the `export --all-versions`
rows) and give every file the same outcome.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from models.db import make_engine
from models.store import export_rows
from normalise.vocabulary import USER_DIR_ENV
from pipeline.ingest import FileOutcome, IngestOptions, ingest_paths
from pipeline.outcome_words import message
from pipeline.worker import Limits
from tests.cli_run import EXECUTABLE, actionplans, command_env, error_line
from tests.cluster_kit import SLOW_SECONDS, attempts, kill_worker, misbehave
from tests.conftest import PG_SERVER, RAW, ROOT
from tests.test_limits import blank_pdf
from tests.test_reprocess import TEACHING, odd_plan

distributed = pytest.importorskip("distributed")

# a PDF and a Word plan, two versions of one plan (the later supersedes), and a
# scorecard that is no plan (skipped): every kind of outcome a batch loads
FILES = ["bolton-2025-09.pdf", "leeds-2025-04.docx", "herefordshire-2011-02.docx",
         "herefordshire-2011-06.docx", "derby-kpi-2025-09.pdf"]
VICTIM = "leeds-2025-04.docx"


@contextmanager
def fresh_database() -> Iterator[str]:
    """A PostgreSQL database of its own (the reference run's), dropped afterwards."""
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


def exported(url: str) -> list[str]:
    """`actionplans export --all-versions` as sorted JSON lines (order is not the point)."""
    engine = make_engine(url)
    try:
        return sorted(json.dumps(row, sort_keys=True, default=str)
                      for row in export_rows(engine, all_versions=True))
    finally:
        engine.dispose()


def outcome_of(outcome: FileOutcome) -> tuple[str, str, str | None]:
    return (outcome.path.name, outcome.status, outcome.reason)


def ingest(url: str, files: list[Path], **options: Any) -> list[FileOutcome]:
    engine = make_engine(url)
    try:
        return ingest_paths(engine, files, options=IngestOptions(**options))
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The batch's files, in a folder of their own (the workers read them there)."""
    folder = tmp_path_factory.mktemp("plans")
    for name in FILES:
        (folder / name).write_bytes((RAW / name).read_bytes())
    return folder


@pytest.fixture(scope="module")
def local_run(folder: Path) -> tuple[list[tuple[str, str, str | None]], list[str]]:
    """The reference: each file's outcome, and what export gives, after a local ingest."""
    with fresh_database() as url:
        outcomes = ingest(url, sorted(folder.iterdir()))
        rows = exported(url)
    assert [o[1] for o in map(outcome_of, outcomes)].count("loaded") == 4  # not a vacuous reference
    assert len(rows) > 20
    return [outcome_of(o) for o in outcomes], rows


@pytest.fixture(scope="module")
def workers_vocabulary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user vocabulary in the Dask workers' own environment, which no task may use
    (a cluster reads with its client's words): it teaches the odd plan's headers."""
    folder = tmp_path_factory.mktemp("workers-vocab")
    (folder / "headers.toml").write_text(TEACHING, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cluster(workers_vocabulary: Path) -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None,
                                  env={USER_DIR_ENV: str(workers_vocabulary)}) as cluster:
        yield cluster


@pytest.fixture
def client(cluster: Any) -> Iterator[Any]:
    """A client made as `ingest --cluster` makes one, with both workers up (a test before
    may have killed one: its nanny starts it again)."""
    from pipeline.cluster import connect

    client = connect(cluster.scheduler_address)
    try:
        client.wait_for_workers(2, timeout=300)
        yield client
    finally:
        client.close()


def on_cluster(client: Any, **options: Any) -> Any:
    from pipeline.cluster import ClusterParser

    return ClusterParser(client, **options)


@pytest.mark.parametrize("ship_files", [False, True], ids=["shared-path", "ship-files"])
def test_cluster_batch_loads_what_a_local_run_loads(pg_url: str, folder: Path, local_run: Any,
                                                    client: Any, ship_files: bool) -> None:
    outcomes = ingest(pg_url, sorted(folder.iterdir()),
                      parser=on_cluster(client, ship_files=ship_files))
    expected_outcomes, expected_rows = local_run
    assert [outcome_of(o) for o in outcomes] == expected_outcomes
    assert exported(pg_url) == expected_rows


def test_ship_files_reads_nothing_from_the_workers_path(pg_url: str, folder: Path,
                                                        client: Any, tmp_path: Path) -> None:
    """The bytes travel with the task: a file the workers cannot see at its path (it is
    gone by the time they run) still loads with --ship-files, and fails without it."""
    from pipeline.cluster import ClusterParser

    shipped = on_cluster(client, ship_files=True)
    copy = tmp_path / "bolton-2025-09.pdf"
    copy.write_bytes((folder / copy.name).read_bytes())
    # the request is built (the bytes read) here, then the file disappears
    request = shipped.request(copy, IngestOptions().settings, None, IngestOptions().limits, None)
    copy.unlink()
    from pipeline.cluster_task import parse_request

    answer = client.submit(parse_request, request, pure=False).result()
    assert answer.document is not None and len(answer.document.actions) == 5
    unshipped = ClusterParser(client).request(copy, IngestOptions().settings, None,
                                              IngestOptions().limits, None)
    answer = client.submit(parse_request, unshipped, pure=False).result()
    assert answer.document is None and answer.reason == "unreadable"
    assert "do not share this path (use --ship-files)" in answer.detail


def test_limits_are_enforced_on_the_workers(pg_url: str, folder: Path, client: Any,
                                            tmp_path: Path) -> None:
    """A hanging, a bloating and a crashing parse are stopped inside their task, under the
    limits given, as they are locally: each file fails once, no Dask worker dies."""
    files = [tmp_path / name for name in ("hang.pdf", "hog.pdf", "segv.pdf")]
    for path in files:
        path.write_bytes((folder / "bolton-2025-09.pdf").read_bytes() + path.name.encode())
    files.append(folder / "bolton-2025-09.pdf")
    workers = set(client.nthreads())
    outcomes = ingest(pg_url, files, processor=partial(misbehave, tmp_path),
                      limits=Limits(timeout=5, memory_mb=768), parser=on_cluster(client))
    assert [outcome_of(o) for o in outcomes] == [("hang.pdf", "failed", "timed_out"),
                                                 ("hog.pdf", "failed", "too_large"),
                                                 ("segv.pdf", "failed", "crashed"),
                                                 ("bolton-2025-09.pdf", "loaded", None)]
    assert "stopped after 5 s" in (message(outcomes[0]) or "")
    assert "768 MB memory limit" in (message(outcomes[1]) or "")
    assert "SIGSEGV" in (message(outcomes[2]) or "")
    assert [attempts(tmp_path, path.name) for path in files] == [1, 1, 1, 1]
    assert set(client.nthreads()) == workers  # the same two workers: none died


def test_worker_killed_mid_task_loses_nothing(pg_url: str, folder: Path, local_run: Any,
                                              client: Any, tmp_path: Path) -> None:
    """The Dask worker parsing VICTIM is SIGKILLed; the file runs again elsewhere, and
    the batch loads exactly what a local run loads."""
    parse = partial(kill_worker, tmp_path, VICTIM, 1)
    outcomes = ingest(pg_url, sorted(folder.iterdir()), processor=parse,
                      parser=on_cluster(client))
    assert attempts(tmp_path, VICTIM) == 2  # the kill happened, and one retry followed
    expected_outcomes, expected_rows = local_run
    assert [outcome_of(o) for o in outcomes] == expected_outcomes
    assert exported(pg_url) == expected_rows


def test_a_file_whose_worker_dies_twice_is_crashed(pg_url: str, folder: Path, client: Any,
                                                   tmp_path: Path) -> None:
    """Retried once, then `crashed`; the other file of the batch loads all the same."""
    parse = partial(kill_worker, tmp_path, VICTIM, 99)
    files = [folder / "bolton-2025-09.pdf", folder / VICTIM]
    outcomes = ingest(pg_url, files, processor=parse, parser=on_cluster(client))
    assert attempts(tmp_path, VICTIM) == 2
    assert [outcome_of(o) for o in outcomes] == [("bolton-2025-09.pdf", "loaded", None),
                                                 (VICTIM, "failed", "crashed")]
    assert message(outcomes[1]) == (f"{VICTIM}: the parser crashed on this file (its cluster worker "
                                   "died, and so did the one it was retried on)")


def test_two_cli_clients_on_one_cluster_load_each_document_once(
        pg_url: str, folder: Path, local_run: Any, cluster: Any, client: Any,
        tmp_path: Path) -> None:
    """Two `actionplans ingest --cluster` commands at once (one with --ship-files, one
    finding the scheduler in $ACTIONPLANS_CLUSTER), into one database."""
    address = cluster.scheduler_address
    env = command_env(tmp_path / "log")
    commands = [
        ["ingest", str(folder), "--db", pg_url, "--json", "--cluster", address, "--ship-files"],
        ["ingest", str(folder), "--db", pg_url, "--json"],
    ]
    envs = [env, {**env, "ACTIONPLANS_CLUSTER": address}]
    runs = [subprocess.Popen([str(EXECUTABLE), *args],
                             env=run_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for args, run_env in zip(commands, envs, strict=True)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    summaries = [json.loads(out) for out, _ in outputs]
    expected_outcomes, expected_rows = local_run
    for summary in summaries:  # one outcome per file in each run
        assert sorted(f["document"] for f in summary["files"]) == sorted(FILES)
    loaded = [f["document"] for s in summaries for f in s["files"] if f["outcome"] == "loaded"]
    assert sorted(loaded) == sorted(name for name, status, _ in expected_outcomes
                                    if status == "loaded")  # each by exactly one of the two
    assert exported(pg_url) == expected_rows
    export = actionplans("export", "--all-versions", "--db", pg_url, env=env)
    assert export.returncode == 0, export.stderr
    assert sorted(json.dumps(json.loads(line), sort_keys=True, default=str)
                  for line in export.stdout.splitlines()) == expected_rows


def test_ship_files_without_a_cluster_is_a_usage_error(folder: Path, tmp_path: Path) -> None:
    result = actionplans("ingest", str(folder), "--db", f"sqlite:///{tmp_path / 'x.db'}",
                         "--ship-files", log=tmp_path / "log")
    assert result.returncode == 2
    assert "--ship-files needs --cluster" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_an_unreachable_scheduler_stops_before_the_database(tmp_path: Path) -> None:
    """Exit 2 with one line, and no database made: no SQLite file, no tables in an empty
    PostgreSQL database.  Dask's connect timeout is shortened through its own setting."""
    env = command_env(tmp_path / "log", DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s")
    sqlite = tmp_path / "x.db"
    with fresh_database() as url:
        for db in (f"sqlite:///{sqlite}", url):
            result = actionplans("ingest", str(RAW / FILES[0]), "--db", db,
                                 "--cluster", "tcp://127.0.0.1:1", env=env)
            assert result.returncode == 2, result.stderr
            assert error_line(result).startswith(
                "Error: cannot reach the Dask scheduler at tcp://127.0.0.1:1: ")
            assert "after 2 s" in result.stderr
        assert not sqlite.exists()
        engine = make_engine(url, upgrade=False)
        try:
            from sqlalchemy import inspect

            assert inspect(engine).get_table_names() == []
        finally:
            engine.dispose()


def cli_outcomes(result: subprocess.CompletedProcess[str]) -> list[tuple[str, str, str | None]]:
    assert result.returncode in (0, 1), result.stderr
    return [(f["document"], f["outcome"], f.get("reason"))
            for f in json.loads(result.stdout)["files"]]


def test_the_clients_vocabulary_travels_with_the_tasks(folder: Path, cluster: Any,
                                                       tmp_path: Path) -> None:
    """With a user vocabulary on the `actionplans` machine, the cluster reads as a local
    run does: the client's words (here they also name the council), never the workers'
    own $ACTIONPLANS_VOCAB_DIR (which teaches the plan's headers but no council).  And
    with none on the client, the workers' is not used either."""
    plans = tmp_path / "plans"
    plans.mkdir()
    odd_plan(plans / "odd-layout.docx")
    (plans / FILES[1]).write_bytes((folder / FILES[1]).read_bytes())
    words = tmp_path / "client-vocab"
    words.mkdir()
    (words / "headers.toml").write_text(TEACHING, encoding="utf-8")
    (words / "councils.csv").write_text("code,name,aliases\nX99000001,Quillshire,"
                                        "Children's Services\n", encoding="utf-8")
    runs = {}
    for label, extra in (("none", {}), ("client's", {USER_DIR_ENV: str(words)})):
        env = command_env(tmp_path / "log", **extra)
        for where in ("local", "cluster"):
            with fresh_database() as url:
                args = ["ingest", str(plans), "--db", url, "--json"]
                args += ["--cluster", cluster.scheduler_address] if where == "cluster" else []
                runs[label, where] = (cli_outcomes(actionplans(*args, env=env)), exported(url))
    assert runs["none", "local"][0] == [(FILES[1], "loaded", None),
                                        ("odd-layout.docx", "skipped", "no_action_table")]
    assert runs["none", "cluster"] == runs["none", "local"]
    assert runs["client's", "local"][0] == [(FILES[1], "loaded", None),
                                            ("odd-layout.docx", "loaded", None)]
    odd = [json.loads(row) for row in runs["client's", "local"][1]
           if json.loads(row)["document"] == "odd-layout.docx"]
    assert [row["authority"] for row in odd] == ["Quillshire"] * 3  # the client's councils.csv
    assert runs["client's", "cluster"] == runs["client's", "local"]


def test_the_time_limit_grows_with_the_pages_on_the_workers(pg_url: str, client: Any,
                                                            tmp_path: Path) -> None:
    """--timeout per started block of 50 pages, as locally: a slow parse of a 1-page file
    is stopped at the flat limit, the same parse of a 250-page file finishes, and a hang
    in a 100-page file is still stopped, at twice the limit."""
    timeout = SLOW_SECONDS / 2
    files = [blank_pdf(tmp_path / "slow-short.pdf", 1), blank_pdf(tmp_path / "slow-long.pdf", 250),
             blank_pdf(tmp_path / "hang-long.pdf", 100)]
    outcomes = ingest(pg_url, files, processor=partial(misbehave, tmp_path),
                      limits=Limits(timeout=timeout), parser=on_cluster(client))
    assert [outcome_of(o) for o in outcomes] == [("slow-short.pdf", "failed", "timed_out"),
                                                 ("slow-long.pdf", "failed", "not_a_document"),
                                                 ("hang-long.pdf", "failed", "timed_out")]
    assert f"stopped after {timeout:g} s" in (message(outcomes[0]) or "")
    assert "slow parser finished" in (message(outcomes[1]) or "")
    assert f"stopped after {2 * timeout:g} s" in (message(outcomes[2]) or "")
    # the limit recorded is --timeout itself, the figure a later run's is compared with
    assert [o.problem.limit if o.problem else None for o in outcomes] == [timeout, None, timeout]


MAIN_SCRIPT = """
import os, sys
with open(sys.argv[1], "a", encoding="utf-8") as fh:
    fh.write(f"{__name__}\\n")
if __name__ == "__main__":
    from dataclasses import replace
    from pathlib import Path
    from pipeline.cluster_task import ParseRequest, parse_request
    from pipeline.ingest import IngestOptions
    options = IngestOptions()
    path = Path(sys.argv[2])
    request = ParseRequest(path.name, str(path), None, options.settings, None, options.limits)
    print(" ".join(parse_request(request).reason for _ in range(2)))
"""


def test_a_task_does_not_run_the_workers_main_script_again(tmp_path: Path) -> None:
    """A Dask worker's main script is the `dask` command: no process a task starts (the
    forkserver's warm-up, the parse child) may import it again.  Here a script that
    notes each import of itself runs the task twice, as a Dask worker would."""
    script = tmp_path / "worker_main.py"
    script.write_text(MAIN_SCRIPT, encoding="utf-8")
    marks = tmp_path / "imports"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n")
    env = {**command_env(), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(script), str(marks), str(broken)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["corrupt", "corrupt"]  # both tasks ran a parse child
    assert marks.read_text(encoding="utf-8").split() == ["__main__"]
