"""`actionplans ingest` (registered on pipeline.cli.main)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from extractors.settings import DEFAULT_SETTINGS, GLYPH_SOURCE_ENV, GLYPH_SOURCES, GlyphSource
from extractors.suffixes import SUPPORTED_SUFFIXES
from models.textsafe import shown
from pipeline import cli_errors
from pipeline.cli import db_option, log, log_path, main, open_engine
from pipeline.dburl import resolve, sqlite_file
from pipeline.worker import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    PAGES_PER_TIMEOUT,
    Limits,
    limits_problem,
    prestart,
)

if TYPE_CHECKING:
    from models.outcomes import FileOutcome
    from pipeline.ingest import IngestOptions

# pipeline.ingest (SQLAlchemy, the stores) and the progress display are imported
# when a command runs, not when `--help` is built (pipeline.cli).


def limits_options(command: Any) -> Any:
    """--jobs, --timeout, --memory-mb, --max-pages and --max-ocr-pages, each also an
    environment variable."""
    options = [
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
                     envvar="ACTIONPLANS_JOBS", show_envvar=True, show_default="0 = one per CPU",
                     help="processes parsing at the same time, a file each; a long PDF parsed while "
                     "others stand idle reads its later pages in them"),
        click.option("--timeout", type=click.FloatRange(min=1), default=DEFAULT_TIMEOUT,
                     envvar="ACTIONPLANS_TIMEOUT", show_envvar=True, show_default=True, metavar="SECONDS",
                     help=f"time one file may take per {PAGES_PER_TIMEOUT} pages (a shorter file "
                     "has it all) before it is stopped (timed_out)"),
        click.option("--memory-mb", type=click.IntRange(min=512), default=DEFAULT_MEMORY_MB,
                     envvar="ACTIONPLANS_MEMORY_MB", show_envvar=True, show_default=True, metavar="MB",
                     help="address space a file's worker (and each of its page helpers) may use "
                     "(too_large beyond it)"),
        click.option("--max-pages", type=click.IntRange(min=1),
                     default=DEFAULT_SETTINGS.max_pages, envvar="ACTIONPLANS_MAX_PAGES", show_envvar=True,
                     show_default=True, help="refuse PDFs with more pages (too_large)"),
        click.option("--max-ocr-pages", type=click.IntRange(min=1),
                     default=DEFAULT_SETTINGS.max_ocr_pages, envvar="ACTIONPLANS_MAX_OCR_PAGES",
                     show_envvar=True, show_default=True,
                     help="scanned pages OCR'd per file (later ones are skipped with a warning); "
                     "OCR takes several seconds a page, so raise --timeout with it"),
        click.option("--glyph-source", type=click.Choice(GLYPH_SOURCES),
                     default=DEFAULT_SETTINGS.glyph_source, envvar=GLYPH_SOURCE_ENV,
                     show_envvar=True, show_default=True,
                     help="what reads a PDF's glyphs and paths: PDFium (about a quarter of "
                     "pdfplumber's CPU), or pdfplumber; see README \"Glyph sources\""),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def own_outputs(url: str) -> list[Path]:
    """The database (with SQLite's journal files) and the log: never ingested as input."""
    paths = [Path(log_path())]
    database = sqlite_file(url)
    if database is not None:
        paths += [database] + [database.with_name(database.name + s) for s in ("-journal", "-wal", "-shm")]
    return paths


def is_new_sqlite(url: str) -> bool:
    database = sqlite_file(url)
    return database is not None and not database.exists()


# models.db's DB_ENV and DEFAULT_DB, which cannot be imported without SQLAlchemy
# (tests/test_startup.py checks they agree)
DB_ENV = "ACTIONPLANS_DB"
DEFAULT_DB = "sqlite:///data/processed/actionplans.db"
PLAIN_SQLITE = "sqlite:///"


def plainly_new_sqlite(db: str | None) -> bool:
    """is_new_sqlite for the URL as typed, before SQLAlchemy is imported to parse it
    (a quarter of a second): True only for a plain ``sqlite:///PATH`` (no query, no
    escapes) whose file does not exist.  Any other URL waits for is_new_sqlite."""
    url = db or os.environ.get(DB_ENV) or DEFAULT_DB
    path = url.removeprefix(PLAIN_SQLITE)
    if path == url or not path or path == ":memory:" or any(c in path for c in "?#%"):
        return False
    return not Path(path).exists()


def run_ingest(engine: Any, files: list[Path], options: IngestOptions,
               on_done: Callable[[FileOutcome], None]) -> list[FileOutcome]:
    """ingest_paths, with a failure of our own reduced to one line (traceback to the log)."""
    from sqlalchemy.exc import SQLAlchemyError

    from pipeline.ingest import ingest_paths

    done: list[FileOutcome] = []

    def record(outcome: FileOutcome) -> None:
        done.append(outcome)
        on_done(outcome)

    try:
        return ingest_paths(engine, files, options=options, on_done=record)
    except KeyboardInterrupt:
        log.warning("interrupted after %d of %d files", len(done), len(files))
        raise cli_errors.interrupted(f"{len(done)} of {len(files)} files done and kept; "
                                     "run the same command again to carry on") from None
    except SQLAlchemyError as exc:
        log.exception("database error during ingest")
        raise cli_errors.database_error(f"database error (details in {log_path()})", exc) from None
    except Exception as exc:  # a bug of ours: one line here, the traceback in the log
        log.exception("ingest stopped by an internal error")
        raise cli_errors.CommandError(f"internal error: {type(exc).__name__}: {shown(str(exc))} "
                                      f"(traceback in {log_path()})", cli_errors.INTERNAL) from None


def cluster_options(command: Any) -> Any:
    """--cluster ADDRESS (also $ACTIONPLANS_CLUSTER) and --ship-files."""
    command = click.option(
        "--ship-files", is_flag=True,
        help="with --cluster: send each file's bytes to the workers (for workers that do not "
        "share the files' path)")(command)
    return click.option(
        "--cluster", metavar="ADDRESS", envvar="ACTIONPLANS_CLUSTER", show_envvar=True,
        help="parse on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786); "
        "documents are still loaded from here")(command)


def cluster_parser(address: str | None, ship_files: bool) -> AbstractContextManager[Any]:
    """The parser for IngestOptions: None (local worker processes), or one on the cluster,
    connected now (an unreachable scheduler stops the command before the database is
    opened or created) and closed with the returned context."""
    if not address:
        return nullcontext(None)
    from pipeline.cluster import ClusterParser, ClusterUnavailable, connect

    try:
        client = connect(address)
    except ClusterUnavailable as exc:
        raise cli_errors.usage_error(str(exc)) from None
    return closing_client(ClusterParser(client, ship_files=ship_files))


@contextmanager
def closing_client(parser: Any) -> Iterator[Any]:
    try:
        yield parser
    finally:
        parser.client.close()


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
@cluster_options
@click.option("-q", "--quiet", is_flag=True, help="print only the totals")
@click.option("--json", "as_json", is_flag=True,
              help="print one JSON summary (every file's outcome, and the totals) instead of lines")
def ingest(paths: tuple[Path, ...], db: str | None, authority: str | None, plan: str | None,
           jobs: int, timeout: float, memory_mb: int, max_pages: int, max_ocr_pages: int,
           glyph_source: GlyphSource, retry_failed: bool, reprocess: bool, cluster: str | None,
           ship_files: bool, quiet: bool, as_json: bool) -> None:
    """Ingest PDF, Word, Excel, .doc/.odt/.rtf and scanned files, or folders of them
    (recursively).

    Each file is parsed in its own process under a time and memory limit; a
    file that fails is reported with its reason and the batch goes on. Every
    file found in a folder gets one line (hidden files, and the database and
    log themselves, excepted); one in no format it reads is skipped.
    On a terminal a progress bar shows files done, pages per second and the
    time left. With --cluster the files are parsed on a Dask cluster, under
    the same limits (--jobs is then the cluster's threads).
    """
    problem = limits_problem(timeout, memory_mb, jobs)
    if problem:
        raise click.UsageError(problem)
    if ship_files and not cluster:
        raise click.UsageError("--ship-files needs --cluster (or $ACTIONPLANS_CLUSTER)")
    # a new database: every file will be parsed, so the workers' imports begin now,
    # beside this process's own (SQLAlchemy and the stores, half a second)
    started = cluster is None and plainly_new_sqlite(db)
    if started:
        prestart()
    url = resolve(db)
    if cluster is None and not started and is_new_sqlite(url):
        prestart()
    from pipeline.ingest import IngestOptions, discover, skipped, unsupported_found
    from pipeline.ingest_view import display, on_terminal, summary, totals

    cluster_context = cluster_parser(cluster, ship_files)
    engine = open_engine(url, create=True)
    files = discover(paths, exclude=own_outputs(url))
    if not files:
        raise click.UsageError("no files found in the paths given (readable: "
                               + ", ".join(sorted(SUPPORTED_SUFFIXES)) + ")")
    unsupported = unsupported_found(files, paths)
    to_read = [f for f in files if f not in set(unsupported)]
    options = IngestOptions(authority=authority, plan=plan, retry_failed=retry_failed,
                            reprocess=reprocess,
                            settings=replace(DEFAULT_SETTINGS, max_pages=max_pages,
                                             max_ocr_pages=max_ocr_pages,
                                             glyph_source=glyph_source),
                            limits=Limits(timeout=timeout, memory_mb=memory_mb, jobs=jobs))
    quiet = quiet or as_json
    with cluster_context as parser, \
            display(len(files), bar=on_terminal() and not quiet, lines=not quiet) as done:
        outcomes = [skipped(path) for path in unsupported]
        for outcome in outcomes:
            done(outcome)
        outcomes += run_ingest(engine, to_read, replace(options, parser=parser), done)
    if as_json:
        json.dump(summary(outcomes), sys.stdout, ensure_ascii=False, indent=1)
        click.echo()
    else:
        click.echo(totals(outcomes, log_path()))
    failed = any(o.status == "failed" for o in outcomes)
    sys.exit(cli_errors.FILES_FAILED if failed else cli_errors.OK)
