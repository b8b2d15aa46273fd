"""The ``actionplans`` command line: ingest, export, status.

Exit codes scripts can trust: 0 success (every file loaded or unchanged),
1 when any file failed (the others are still loaded), 2 for a usage error.
Tracebacks go to the log file, never the terminal.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sys
from collections import Counter
from pathlib import Path
from typing import IO, Any

import click
from sqlalchemy.exc import SQLAlchemyError

from models.db import database_url, make_engine
from models.store import ACTION_KEYS, DOCUMENT_KEYS, EXTRA_KEYS, document_summaries, \
    error_summaries, export_rows
from pipeline.ingest import FileOutcome, discover, ingest_paths

LOG_ENV = "ACTIONPLANS_LOG"
DEFAULT_LOG = "data/processed/actionplans.log"
db_option = click.option("--db", metavar="URL", help="database URL (default: $ACTIONPLANS_DB or "
                         "sqlite:///data/processed/actionplans.db)")


def setup_logging() -> None:
    path = Path(os.environ.get(LOG_ENV, DEFAULT_LOG))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("actionplans")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False


def open_engine(url: str | None) -> Any:
    try:
        return make_engine(url)
    except (SQLAlchemyError, ImportError, OSError) as exc:
        raise click.ClickException(f"cannot open database {database_url(url)}: "
                                   f"{str(exc).splitlines()[0]}") from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="actionplans")
def main() -> None:
    """Turn council action plans (PDF, DOCX) into one SQL database."""
    setup_logging()


def describe(outcome: FileOutcome) -> str:
    name = outcome.path.name
    if outcome.status == "failed":
        return f"failed     {name}: {outcome.message}"
    if outcome.status == "unchanged":
        return f"unchanged  {name} (already loaded)"
    doc = outcome.document
    assert doc is not None
    statuses = Counter(a.status for a in doc.actions)
    mix = ", ".join(f"{k} {v}" for k, v in sorted(statuses.items()))
    who = doc.document.authority or "authority unknown"
    text = f"loaded     {name}: {who}, {len(doc.actions)} lines ({mix})"
    if doc.warnings:
        text += f", {len(doc.warnings)} warnings"
    return text


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@click.option("--authority", metavar="NAME", help="the council, when the documents don't say")
@click.option("-q", "--quiet", is_flag=True, help="print only the totals")
def ingest(paths: tuple[Path, ...], db: str | None, authority: str | None, quiet: bool) -> None:
    """Ingest PDF and Word files, or folders of them (recursively)."""
    engine = open_engine(db)
    files = discover(paths)
    if not files:
        raise click.UsageError("no .pdf or .docx files found in the paths given")
    lines: list[str] = []
    show_bar = sys.stderr.isatty() and not quiet
    with click.progressbar(length=len(files), label="ingesting", file=sys.stderr,
                           hidden=not show_bar) as bar:
        def done(outcome: FileOutcome) -> None:
            bar.update(1)
            lines.append(describe(outcome))
            if not show_bar and not quiet:
                click.echo(lines[-1])

        outcomes = ingest_paths(engine, files, authority=authority, on_done=done)
    if show_bar:
        click.echo("\n".join(lines))
    counts = Counter(o.status for o in outcomes)
    click.echo(f"{len(outcomes)} files: {counts['loaded']} loaded, {counts['unchanged']} unchanged, "
               f"{counts['failed']} failed")
    sys.exit(1 if counts["failed"] else 0)


EXPORT_KEYS = DOCUMENT_KEYS + ACTION_KEYS + EXTRA_KEYS


def write_csv(rows: Any, out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=list(EXPORT_KEYS))
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "source_refs": "; ".join(row["source_refs"])})


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="write to FILE instead of standard output")
def export(db: str | None, fmt: str, out: Path | None) -> None:
    """Export every loaded action per SCHEMA.md (JSON lines or CSV)."""
    engine = open_engine(db)
    rows = export_rows(engine)
    stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if fmt == "csv":
            write_csv(rows, stream)
        else:
            for row in rows:
                stream.write(json.dumps({k: row[k] for k in EXPORT_KEYS}, ensure_ascii=False) + "\n")
    finally:
        if out:
            stream.close()


@main.command()
@db_option
def status(db: str | None) -> None:
    """Show the documents loaded, their lines, and files that failed with why."""
    engine = open_engine(db)
    docs = document_summaries(engine)
    click.echo(f"{len(docs)} documents loaded")
    for d in docs:
        click.echo(f"  {d['document']}: {d['authority'] or '?'}, report {d['report_date'] or '?'}, "
                   f"{d['actions']} lines" + (f", {d['warnings']} warnings" if d["warnings"] else ""))
    errors = error_summaries(engine)
    click.echo(f"{len(errors)} files failed")
    for e in errors:
        click.echo(f"  {e['document']}: [{e['reason']}] {e['message']}")


# Commands kept in their own modules register themselves on `main` when imported.
from pipeline import cli_history, cli_query  # noqa: E402,F401
