"""The ``actionplans`` command line: the group, its shared options, export and status.

Exit codes scripts can trust are in pipeline.cli_errors (and the README):
0 success, 1 some file failed (the others are loaded), 2 usage, 3 database,
4 output, 130 interrupted.  Every failure is one ``Error:`` line; tracebacks
go to the log file, never the terminal, and no password is ever printed.
The other commands live in cli_ingest, cli_history and cli_query.

Start-up: importing this module and its command modules loads Click and a few
small modules only.  SQLAlchemy, Alembic, the extractors and spaCy are
imported inside the commands that use them, so ``actionplans --help``, any
``COMMAND --help`` and a usage error answer at once (tests/test_startup.py).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import IO, Any

import click

from models.textsafe import shown
from pipeline import cli_errors, dburl
from pipeline.logfile import QuietFileHandler
from pipeline.outfile import check_target, output_to
from pipeline.shutdown import stop_on_sigterm
from pipeline.tabular import FORMATS, CsvWriter, write_rows

LOG_ENV = "ACTIONPLANS_LOG"
DEFAULT_LOG = "data/processed/actionplans.log"
log = logging.getLogger("actionplans.cli")
db_option = click.option("--db", metavar="URL", help="database URL: sqlite:///PATH or "
                         "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME (default: $ACTIONPLANS_DB "
                         "or sqlite:///data/processed/actionplans.db)")
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                             show_default=True, help="a table for people, csv or json for scripts")
raw_csv_option = click.option("--raw-csv", is_flag=True,
                              help="CSV cells exactly as stored (by default a cell starting with "
                              "= + - @ tab or CR gets a leading ' so spreadsheets show it as text)")


class RedactingFormatter(logging.Formatter):
    """Log lines (tracebacks included) with every password seen in a URL masked."""

    def format(self, record: logging.LogRecord) -> str:
        return dburl.redact(super().format(record))


def setup_logging() -> None:
    # opened at the first line logged: a refused command creates no log
    handler: logging.Handler = QuietFileHandler(log_path())
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("actionplans")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False


def log_path() -> str:
    """Where tracebacks and details go."""
    return os.environ.get(LOG_ENV, DEFAULT_LOG)


def open_engine(url: str | None, *, create: bool = False, upgrade: bool = True) -> Any:
    """The engine for --db.  Only ``create`` commands (ingest, db upgrade) may make a new
    SQLite file; the others refuse a missing one rather than report an empty database."""
    from sqlalchemy.exc import SQLAlchemyError

    from models.db import make_engine

    resolved = dburl.resolve(url)
    if not create:
        dburl.require_existing(resolved)
    try:
        return make_engine(resolved, upgrade=upgrade)
    except (SQLAlchemyError, ImportError, OSError) as exc:
        raise cli_errors.database_error(f"cannot open database {dburl.shown(resolved)}", exc) from None


@click.group(cls=cli_errors.Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="actionplans")
def main() -> None:
    """Turn council action plans (PDF, Word, Excel, scans) into one SQL database."""
    setup_logging()
    stop_on_sigterm()


def export_keys() -> tuple[str, ...]:
    from models.store import ACTION_KEYS, DOCUMENT_KEYS, EXTRA_KEYS

    return DOCUMENT_KEYS + ACTION_KEYS + EXTRA_KEYS


def write_csv(rows: Any, out: IO[str], keys: tuple[str, ...], raw: bool = False) -> None:
    writer = CsvWriter(out, keys, raw=raw)
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "source_refs": "; ".join(row["source_refs"])})


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="write to FILE (in a folder that exists) instead of standard output")
@click.option("--all-versions", is_flag=True,
              help="every version of every plan (superseded files too), with plan_id, version "
              "and superseded; default: each plan's latest version")
@raw_csv_option
def export(db: str | None, fmt: str, out: Path | None, all_versions: bool, raw_csv: bool) -> None:
    """Export the loaded actions per SCHEMA.md (JSON lines or CSV)."""
    from models.store import VERSION_KEYS, export_rows

    engine = open_engine(db)
    if out is not None:
        check_target(out)  # before the query: a typo costs nothing
    rows = export_rows(engine, all_versions=all_versions)
    keys = export_keys() + (VERSION_KEYS if all_versions else ())
    with output_to(out) as stream:
        if fmt == "csv":
            write_csv(rows, stream, keys, raw=raw_csv)
        else:
            for row in rows:
                stream.write(json.dumps({k: row[k] for k in keys}, ensure_ascii=False) + "\n")


def status_rows(engine: Any) -> list[dict[str, Any]]:
    """One row per file: loaded (with its lines) or failed (with why)."""
    from models.store import document_summaries, error_summaries
    from pipeline.ingest_view import without_name

    loaded = [{"document": d["document"], "outcome": "loaded", "authority": d["authority"],
               "report_date": d["report_date"], "lines": d["actions"], "warnings": d["warnings"],
               "reason": None, "message": None} for d in document_summaries(engine)]
    failed = [{"document": e["document"], "outcome": "failed", "authority": None,
               "report_date": None, "lines": None, "warnings": None, "reason": e["reason"],
               "message": without_name(e["message"], e["document"])} for e in error_summaries(engine)]
    return loaded + failed


def older_pipeline_documents(engine: Any) -> int:
    from models.store import document_summaries
    from pipeline.reprocess import pipeline_key

    key = pipeline_key()
    return sum(1 for d in document_summaries(engine) if d["pipeline_key"] != key)


def print_status(rows: list[dict[str, Any]]) -> None:
    docs = [r for r in rows if r["outcome"] == "loaded"]
    errors = [r for r in rows if r["outcome"] == "failed"]
    click.echo(f"{len(docs)} documents loaded")
    for d in docs:
        click.echo(f"  {shown(d['document'])}: {shown(d['authority']) or '?'}, "
                   f"report {d['report_date'] or '?'}, "
                   f"{d['lines']} lines" + (f", {d['warnings']} warnings" if d["warnings"] else ""))
    click.echo(f"{len(errors)} files failed" + (" (reason in brackets)" if errors else ""))
    for e in errors:
        click.echo(f"  {shown(e['document'])}: {shown(e['message'])} [{e['reason']}]")


@main.command()
@db_option
@format_option
@raw_csv_option
def status(db: str | None, fmt: str, raw_csv: bool) -> None:
    """Show the documents loaded, their lines, and files that failed with why.

    csv and json give one row per file: document, outcome (loaded or failed),
    authority, report_date, lines, warnings, reason, message.
    """
    engine = open_engine(db)
    rows = status_rows(engine)
    with output_to(None) as stream:
        if fmt == "table":
            print_status(rows)
            older = older_pipeline_documents(engine)
            if older:
                click.echo(f"{older} of them read by an older pipeline or vocabulary (read again by "
                           "the next ingest or update of their files)")
        else:
            write_rows(rows, fmt, stream, columns=STATUS_COLUMNS, raw=raw_csv)


STATUS_COLUMNS = ("document", "outcome", "authority", "report_date", "lines", "warnings", "reason",
                  "message")

# Commands kept in their own modules register themselves on `main` when imported.
from pipeline import cli_explain, cli_history, cli_ingest, cli_query, cli_sources, cli_update  # noqa: E402,F401

if __name__ == "__main__":  # `python -m pipeline.cli`: this file runs as __main__, a second
    # copy of the module; the commands registered on the one imported as pipeline.cli
    from pipeline.cli import main as registered

    registered(prog_name="actionplans")
