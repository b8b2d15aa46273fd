"""Start-up paid once: parse workers load only what parsing needs, and the CLI
imports lazily.

Structural checks (no timings): which heavy modules a fresh interpreter has
loaded after importing the worker's parse entry point, after building the
command's help (the top level's and every command's), and after an ingest
that finds every file already loaded; and which modules a real worker
process has loaded when it parses.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from models.errors import NotADocument
from models.records import NormalisedDocument
from pipeline.worker import parse_one

ROOT = Path(__file__).resolve().parents[1]
NOT_FOR_PARSING = ("click", "sqlalchemy", "alembic")


def loaded_after(code: str) -> set[str]:
    probe = (f"{code}\nimport sys\n"
             "print(' '.join(sorted(m for m in sys.modules if '.' not in m)))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=ROOT, check=True, timeout=300)
    return set(out.stdout.split())


def test_parse_entry_point_imports_no_cli_or_database() -> None:
    loaded = loaded_after("import pipeline.worker, pipeline.worker_child, pipeline.process")
    assert "pdfplumber" in loaded  # the probe sees what parsing loads
    assert not loaded & set(NOT_FOR_PARSING)


def report_modules(path: Path, settings: object, authority: str | None) -> NormalisedDocument:
    """A stand-in parser run inside a real worker: it answers with the heavy
    modules that worker has loaded (an input error is the one answer with text)."""
    heavy = sorted(m for m in ("sqlalchemy", "alembic", "pipeline.cli", "pipeline.cli_errors",
                               "pipeline.ingest", "models.store", "pdfplumber")
                   if m in sys.modules)
    raise NotADocument(str(path), "loaded: " + " ".join(heavy))


def test_a_worker_has_not_loaded_the_cli_or_the_database(tmp_path: Path) -> None:
    # the test process itself has loaded the CLI and SQLAlchemy: a worker must not
    # inherit them by re-running the parent's main module
    import pipeline.cli  # noqa: F401

    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    result = parse_one(path, processor=report_modules)
    assert result.problem is not None
    detail = result.problem.detail
    assert detail.startswith("loaded:")
    assert "pdfplumber" in detail  # preloaded parsing modules are there
    for name in ("sqlalchemy", "alembic", "pipeline.cli", "pipeline.cli_errors", "pipeline.ingest",
                 "models.store"):
        assert name not in detail.split()


# what only parsing, the database or the network needs: none of it for --help
NOT_FOR_HELP = ("sqlalchemy", "alembic", "spacy", "pdfplumber", "pdfminer", "pypdfium2", "dask",
                "distributed", "openpyxl", "lxml", "httpx", "rapidfuzz", "numpy", "cv2",
                "normalise", "psycopg")
# what only parsing or migrating needs: none of it for a re-run that parses nothing
# (the database is at the latest schema already)
NOT_FOR_RERUN = ("spacy", "pdfplumber", "pdfminer", "pypdfium2", "dask", "distributed",
                 "openpyxl", "lxml", "cv2", "httpx", "alembic")

RUN_HELP = """
import sys
from pipeline.cli import main

def run(args):
    try:
        main(args, prog_name="actionplans")
    except SystemExit as exit:
        assert exit.code == 0, (args, exit.code)

def commands(group, path):
    for name in group.list_commands(None):
        command = group.get_command(None, name)
        yield path + [name]
        if hasattr(command, "list_commands"):
            yield from commands(command, path + [name])

run(["--help"])
paths = list(commands(main, []))
for path in paths:
    run(path + ["--help"])
print(len(paths), "commands", file=sys.stderr)
"""


def test_help_of_every_command_loads_no_database_or_parser() -> None:
    out = subprocess.run([sys.executable, "-c", RUN_HELP + "print(' '.join(sys.modules))"],
                         capture_output=True, text=True, cwd=ROOT, check=True, timeout=300)
    loaded = {name.split(".")[0] for name in out.stdout.split()}
    assert "Usage: actionplans ingest [OPTIONS] PATHS..." in out.stdout  # the help was built
    assert int(out.stderr.split()[0]) >= 15  # every command, groups' commands included
    assert "click" in loaded
    assert not loaded & set(NOT_FOR_HELP)


def test_help_of_the_installed_command_loads_no_database(tmp_path: Path) -> None:
    # the real entry point, as a user runs it: -X importtime lists every module imported
    result = subprocess.run([str(Path(sys.executable).parent / "actionplans"), "ingest", "--help"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0
    assert "--glyph-source" in result.stdout
    imported = {line.split("|")[-1].strip().split(".")[0]
                for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "click" in imported
    assert not imported & set(NOT_FOR_HELP)


def test_an_unchanged_rerun_loads_no_parser(tmp_path: Path) -> None:
    plan = tmp_path / "plan.pdf"
    shutil.copy(ROOT / "data" / "raw" / "herefordshire-2011-02.pdf", plan)
    database = f"sqlite:///{tmp_path / 'plans.db'}"
    ingest = ("import sys\nfrom pipeline.cli import main\n"
              f"try:\n    main(['ingest', {str(plan)!r}, '--db', {database!r}, '-q', '--json'])\n"
              "except SystemExit:\n    pass\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout, wherever the command runs
    first = subprocess.run([sys.executable, "-c", ingest], capture_output=True, text=True,
                           cwd=tmp_path, env=env, check=True, timeout=600)
    assert json.loads(first.stdout)["totals"]["loaded"] == 1
    probe = ingest + "print(' '.join(sys.modules), file=sys.stderr)"
    again = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           cwd=tmp_path, env=env, check=True, timeout=600)
    assert json.loads(again.stdout)["totals"]["unchanged"] == 1
    loaded = {name.split(".")[0] for name in again.stderr.split()}
    assert "sqlalchemy" in loaded  # the probe sees the database it skipped by
    assert not loaded & set(NOT_FOR_RERUN), loaded & set(NOT_FOR_RERUN)


def test_workers_start_their_imports_early_only_for_a_new_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new SQLite database holds no file, so every file will be parsed: the
    forkserver's imports are started before the database is created. With a
    database that exists, files may all be unchanged, and nothing is started
    until one is known to need parsing."""
    from click.testing import CliRunner

    from pipeline.cli import main  # first: it registers its commands, cli_ingest among them

    started: list[bool] = []
    monkeypatch.setattr("pipeline.cli_ingest.prestart", lambda: started.append(True))
    plan = tmp_path / "plan.pdf"
    shutil.copy(ROOT / "data" / "raw" / "herefordshire-2011-02.pdf", plan)
    database = f"sqlite:///{tmp_path / 'plans.db'}"
    for expected in ([True], [True]):  # the second run finds the database there
        result = CliRunner().invoke(main, ["ingest", str(plan), "--db", database, "-q"])
        assert result.exit_code == 0, result.output
        assert started == expected
    other = tmp_path / "other.pdf"
    shutil.copy(ROOT / "data" / "raw" / "herefordshire-2011-02.pdf", other)
    other.write_bytes(other.read_bytes() + b"\n%")  # new bytes: parsed, yet not prestarted
    result = CliRunner().invoke(main, ["ingest", str(other), "--db", database, "-q"])
    assert result.exit_code == 0, result.output
    assert "1 loaded" in result.output
    assert started == [True]


# spaCy's command line and what it imports: a worker's tokenizer needs none of it;
# and wordfreq, whose English list broken_words reads itself
NOT_PRELOADED = ("typer", "weasel", "httpx", "requests", "rich", "click", "wordfreq")


def test_the_workers_preload_leaves_spacys_command_line_and_wordfreq_out() -> None:
    loaded = loaded_after("import pipeline.worker_preload")
    assert {"spacy", "pdfplumber", "msgpack"} <= loaded  # the probe sees the preload
    assert not loaded & set(NOT_PRELOADED), loaded & set(NOT_PRELOADED)


def test_spacy_without_its_command_line_still_has_it_on_demand() -> None:
    # the stand-ins are gone once spaCy is imported: its real command line loads
    # when asked for, and spacy.info answers as spaCy's own
    code = ("from normalise.tokens import blank_english\n"
            "assert [t.text for t in blank_english()(\"Head of Service's plan\")] == "
            "['Head', 'of', 'Service', \"'s\", 'plan']\n"
            "import spacy, spacy.cli\n"
            "assert hasattr(spacy.cli, 'download')\n"
            "assert 'spacy_version' in spacy.info(silent=True)\n")
    assert "typer" in loaded_after(code)


def test_a_new_database_is_seen_before_sqlalchemy_is_imported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The early guess (no SQLAlchemy) agrees with the parsed URL's answer, or leaves
    the question to it (False)."""
    import models.db
    from pipeline import cli_ingest

    assert (cli_ingest.DB_ENV, cli_ingest.DEFAULT_DB) == (models.db.DB_ENV, models.db.DEFAULT_DB)
    (tmp_path / "old.db").touch()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(cli_ingest.DB_ENV, raising=False)
    urls = [f"sqlite:///{tmp_path}/new.db", f"sqlite:///{tmp_path}/old.db", "sqlite:///new.db",
            "sqlite:///old.db", "sqlite://", "sqlite:///:memory:", "sqlite:///a%20b.db",
            "sqlite:///new.db?mode=ro", "postgresql://u@localhost/plans", None]
    for url in urls:
        guess = cli_ingest.plainly_new_sqlite(url)
        assert not guess or cli_ingest.is_new_sqlite(cli_ingest.resolve(url)), url
    assert cli_ingest.plainly_new_sqlite(f"sqlite:///{tmp_path}/new.db")
    assert cli_ingest.plainly_new_sqlite("sqlite:///new.db")
    assert cli_ingest.plainly_new_sqlite(None)  # the default file, not made yet here
    monkeypatch.setenv(cli_ingest.DB_ENV, "sqlite:///old.db")
    assert not cli_ingest.plainly_new_sqlite(None)
