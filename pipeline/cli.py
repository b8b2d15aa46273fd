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
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import click
from sqlalchemy.exc import SQLAlchemyError

from extractors.settings import DEFAULT_SETTINGS
from models.db import database_url, make_engine
from models.store import (
    ACTION_KEYS,
    DOCUMENT_KEYS,
    EXTRA_KEYS,
    VERSION_KEYS,
    document_summaries,
    error_summaries,
    export_rows,
)
from models.textsafe import shown
from pipeline.exits import DATABASE_UNAVAILABLE, INTERNAL_ERROR, ExitError
from pipeline.ingest import FileOutcome, IngestOptions, discover, ingest_paths
from pipeline.logfile import QuietFileHandler
from pipeline.reprocess import pipeline_key
from pipeline.shutdown import stop_on_sigterm
from pipeline.worker import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Limits, limits_problem

LOG_ENV = "ACTIONPLANS_LOG"
DEFAULT_LOG = "data/processed/actionplans.log"
log = logging.getLogger("actionplans.cli")
db_option = click.option("--db", metavar="URL", help="database URL (default: $ACTIONPLANS_DB or "
                         "sqlite:///data/processed/actionplans.db)")


def setup_logging() -> None:
    handler: logging.Handler = QuietFileHandler(os.environ.get(LOG_ENV, DEFAULT_LOG))
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
    stop_on_sigterm()


def without_name(message: str, name: str) -> str:
    """An error message on one line, without its leading "<file>: " (the line shows it)."""
    text = " ".join(message.split())
    if text.startswith(f"{name}: "):
        return text[len(name) + 2:]
    if f"/{name}: " in text:  # messages recorded with the whole path
        return text.split(f"/{name}: ", 1)[1]
    return text


def log_path() -> str:
    """Where tracebacks and details went (as setup_logging chose it)."""
    return os.environ.get(LOG_ENV, DEFAULT_LOG)


def describe(outcome: FileOutcome) -> str:
    name = shown(outcome.path.name)
    if outcome.status in ("failed", "skipped"):
        if outcome.not_retried:
            return f"unchanged  {name} ({outcome.note}; --retry-failed to read it again)"
        message = shown(without_name(outcome.message or "", outcome.path.name))
        return f"{outcome.status:<10} {name}: {message} [{outcome.reason}]"
    if outcome.status == "unchanged":
        return f"unchanged  {name} ({shown(outcome.note) or 'already loaded'})"
    doc = outcome.document
    assert doc is not None
    statuses = Counter(a.status for a in doc.actions)
    mix = ", ".join(f"{k} {v}" for k, v in sorted(statuses.items()))
    who = shown(doc.document.authority) or "authority unknown"
    text = f"loaded     {name}: {who}, {len(doc.actions)} lines ({mix})"
    if doc.warnings:
        text += f", {len(doc.warnings)} warnings"
    not_read = sum(1 for t in doc.tables if not t.accepted)
    if not_read:
        text += f"; {not_read} tables not read, see explain"
    return f"{text}; {shown(outcome.note)}" if outcome.note else text


def limits_options(command: Any) -> Any:
    """--jobs, --timeout, --memory-mb and --max-pages, each also an environment variable."""
    options = [
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
                     envvar="ACTIONPLANS_JOBS", show_envvar=True, show_default="0 = one per CPU",
                     help="files parsed at the same time, each in its own process"),
        click.option("--timeout", type=click.FloatRange(min=1), default=DEFAULT_TIMEOUT,
                     envvar="ACTIONPLANS_TIMEOUT", show_envvar=True, show_default=True, metavar="SECONDS",
                     help="time one file may take before it is stopped (timed_out)"),
        click.option("--memory-mb", type=click.IntRange(min=512), default=DEFAULT_MEMORY_MB,
                     envvar="ACTIONPLANS_MEMORY_MB", show_envvar=True, show_default=True, metavar="MB",
                     help="address space one file's worker may use (too_large beyond it)"),
        click.option("--max-pages", type=click.IntRange(min=1),
                     default=DEFAULT_SETTINGS.max_pages, envvar="ACTIONPLANS_MAX_PAGES", show_envvar=True,
                     show_default=True, help="refuse PDFs with more pages (too_large)"),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def run_ingest(engine: Any, files: list[Path], options: IngestOptions,
               on_done: Callable[[FileOutcome], None]) -> list[FileOutcome]:
    """ingest_paths, with a failure of our own reduced to one line (traceback to the log)."""
    try:
        return ingest_paths(engine, files, options=options, on_done=on_done)
    except SQLAlchemyError as exc:
        log.exception("database error during ingest")
        raise ExitError(f"database error: {shown(str(exc).splitlines()[0])} "
                        f"(details in {log_path()})", DATABASE_UNAVAILABLE) from exc
    except Exception as exc:  # a bug of ours: one line here, the traceback in the log
        log.exception("ingest stopped by an internal error")
        raise ExitError(f"internal error: {type(exc).__name__}: {shown(str(exc))} "
                        f"(traceback in {log_path()})", INTERNAL_ERROR) from exc


reprocess_option = click.option(
    "--reprocess", is_flag=True, help="read loaded files again (their lines replaced, versions kept) "
    "and retry no_action_table and crashed failures, even when this pipeline read them; done "
    "anyway for files an older pipeline or vocabulary read")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@click.option("--authority", metavar="NAME", help="the council, when the documents don't say")
@click.option("--plan", metavar="NAME",
              help="the plan these files are versions of (default: found from council and title)")
@limits_options
@click.option("--retry-failed", is_flag=True,
              help="read again files whose same bytes failed before (encrypted, corrupt, ...)")
@reprocess_option
@click.option("-q", "--quiet", is_flag=True, help="print only the totals")
def ingest(paths: tuple[Path, ...], db: str | None, authority: str | None, plan: str | None,
           jobs: int, timeout: float, memory_mb: int, max_pages: int, retry_failed: bool,
           reprocess: bool, quiet: bool) -> None:
    """Ingest PDF and Word files, or folders of them (recursively).

    Each file is parsed in its own process under a time and memory limit; a
    file that fails is reported with its reason and the batch goes on.
    """
    engine = open_engine(db)
    files = discover(paths)
    if not files:
        raise click.UsageError("no .pdf or .docx files found in the paths given")
    problem = limits_problem(timeout, memory_mb, jobs)
    if problem:
        raise click.UsageError(problem)
    options = IngestOptions(authority=authority, plan=plan, retry_failed=retry_failed,
                            reprocess=reprocess,
                            settings=replace(DEFAULT_SETTINGS, max_pages=max_pages),
                            limits=Limits(timeout=timeout, memory_mb=memory_mb, jobs=jobs))
    lines: list[str] = []
    show_bar = sys.stderr.isatty() and not quiet
    with click.progressbar(length=len(files), label="ingesting", file=sys.stderr,
                           hidden=not show_bar) as bar:
        def done(outcome: FileOutcome) -> None:
            bar.update(1)
            lines.append(describe(outcome))
            if not show_bar and not quiet:
                click.echo(lines[-1])

        outcomes = run_ingest(engine, files, options, done)
    if show_bar:
        click.echo("\n".join(lines))
    click.echo(totals(outcomes))
    sys.exit(1 if any(o.status == "failed" for o in outcomes) else 0)


def totals(outcomes: list[FileOutcome]) -> str:
    counts = Counter(o.status for o in outcomes)
    not_plans = f"{counts['skipped']} skipped, " if counts["skipped"] else ""
    text = (f"{len(outcomes)} files: {counts['loaded']} loaded, {counts['unchanged']} unchanged, "
            f"{not_plans}{counts['failed']} failed")
    not_retried = sum(1 for o in outcomes if o.not_retried)
    if not_retried:
        text += f" ({not_retried} of them failed before and were not read again)"
    return text + (f"; reasons in `actionplans status`, details in {log_path()}"
                   if counts["failed"] else "")


EXPORT_KEYS = DOCUMENT_KEYS + ACTION_KEYS + EXTRA_KEYS


def write_csv(rows: Any, out: IO[str], keys: tuple[str, ...] = EXPORT_KEYS) -> None:
    writer = csv.DictWriter(out, fieldnames=list(keys))
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "source_refs": "; ".join(row["source_refs"])})


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="write to FILE instead of standard output")
@click.option("--all-versions", is_flag=True,
              help="every version of every plan (superseded files too), with plan_id, version "
              "and superseded; default: each plan's latest version")
def export(db: str | None, fmt: str, out: Path | None, all_versions: bool) -> None:
    """Export the loaded actions per SCHEMA.md (JSON lines or CSV)."""
    engine = open_engine(db)
    rows = export_rows(engine, all_versions=all_versions)
    keys = EXPORT_KEYS + (VERSION_KEYS if all_versions else ())
    stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if fmt == "csv":
            write_csv(rows, stream, keys)
        else:
            for row in rows:
                stream.write(json.dumps({k: row[k] for k in keys}, ensure_ascii=False) + "\n")
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
        click.echo(f"  {shown(d['document'])}: {shown(d['authority']) or '?'}, "
                   f"report {d['report_date'] or '?'}, "
                   f"{d['actions']} lines" + (f", {d['warnings']} warnings" if d["warnings"] else ""))
    older = sum(1 for d in docs if d["pipeline_key"] != pipeline_key())
    if older:
        click.echo(f"{older} of them read by an older pipeline or vocabulary (read again by the next "
                   "ingest or update of their files)")
    errors = error_summaries(engine)
    click.echo(f"{len(errors)} files failed" + (" (reason in brackets)" if errors else ""))
    for e in errors:
        click.echo(f"  {shown(e['document'])}: {shown(without_name(e['message'], e['document']))} "
                   f"[{e['reason']}]")


# Commands kept in their own modules register themselves on `main` when imported.
from pipeline import cli_explain, cli_history, cli_query, cli_sources, cli_update  # noqa: E402,F401
