"""`actionplans sources add|list|remove` and `actionplans fetch` (registered on pipeline.cli.main)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import click

from models.textsafe import shown
from pipeline.cli import db_option, main, open_engine
from pipeline.exits import FILES_FAILED
from pipeline.fetch_limits import DEFAULT_DELAY, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FetchLimits
from pipeline.tabular import FORMATS, write_rows

if TYPE_CHECKING:
    from pipeline.fetch import FetchOutcome

# models.sources (SQLAlchemy) and pipeline.fetch (httpx) are imported by the
# commands that use them, not when `--help` is built (pipeline.cli).


def checked_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"{shown(url)} is not an http(s) URL", param_hint="URL")
    return url.strip()


@main.group()
def sources() -> None:
    """The web pages and document URLs `fetch` and `update` visit (kept in the database)."""


@sources.command("add")
@click.argument("url")
@click.option("--council", metavar="NAME", help="the council these plans belong to "
              "(names the download folder; default: the site's host name)")
@db_option
def sources_add(url: str, council: str | None, db: str | None) -> None:
    """Add a document URL, or a page that links to plans (followed one hop)."""
    from models.sources import add_source

    url = checked_url(url)
    added = add_source(open_engine(db, create=True), url, council)
    click.echo(f"{'added' if added else 'already a source'}: {shown(url)}"
               + (f" ({shown(council)})" if council else ""))


@sources.command("list")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def sources_list(db: str | None, fmt: str) -> None:
    """Every source, with what its last visit found."""
    from models.sources import last_outcomes, list_sources

    engine = open_engine(db)
    last = last_outcomes(engine)
    rows: list[dict[str, Any]] = []
    for source in list_sources(engine):
        outcome, message = last.get(source.url, ("not fetched yet", ""))
        rows.append({"url": source.url, "council": source.council or "",
                     "added_at": source.added_at.isoformat(timespec="seconds"),
                     "last_outcome": outcome, "message": message})
    if fmt == "table":
        rows = [{k: shown(v) for k, v in row.items()} for row in rows]
    write_rows(rows, fmt, sys.stdout, ["url", "council", "added_at", "last_outcome", "message"])


@sources.command("remove")
@click.argument("url")
@db_option
def sources_remove(url: str, db: str | None) -> None:
    """Forget a source and what was fetched through it (downloaded files and loaded plans stay)."""
    from models.sources import remove_source

    if not remove_source(open_engine(db), url.strip()):
        raise click.UsageError(f"no such source: {shown(url)} (see `actionplans sources list`)")
    click.echo(f"removed: {shown(url)}")


def fetch_options(command: Any) -> Any:
    """--raw-dir, --http-timeout, --max-bytes and --delay, each also an environment variable."""
    options = [
        click.option("--raw-dir", type=click.Path(file_okay=False, path_type=Path),
                     envvar="ACTIONPLANS_RAW_DIR", show_envvar=True, show_default="data/raw",
                     help="where downloads go, one folder per council"),
        click.option("--http-timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT,
                     show_default=True, metavar="SECONDS", help="time one download may take"),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
                     show_default=True, help="refuse downloads larger than this"),
        click.option("--delay", type=click.FloatRange(min=0), default=DEFAULT_DELAY,
                     show_default=True, metavar="SECONDS",
                     help="pause between two requests to one site"),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def describe_fetch(outcome: FetchOutcome) -> str:
    visit = outcome.visit
    text = f"{visit.outcome:<18} {shown(visit.url)}"
    if visit.outcome == "downloaded" and visit.path:
        text += f" -> {shown(visit.path)}"
    return text + (f" ({shown(visit.message)})" if visit.message else "")


def fetch_summary(outcomes: list[FetchOutcome]) -> str:
    counts = Counter(o.visit.outcome for o in outcomes if o.visit.kind == "document")
    problems = sum(1 for o in outcomes if o.is_problem)
    return (f"{sum(counts.values())} documents: {counts['downloaded']} downloaded, "
            f"{counts['unchanged']} unchanged, {problems} problems")


def run_fetch(engine: Any, raw_dir: Path | None, http_timeout: float, max_bytes: int, delay: float,
              quiet: bool = False) -> list[FetchOutcome]:
    from pipeline.fetch import fetch_all, raw_root

    limits = FetchLimits(timeout=http_timeout, max_bytes=max_bytes, delay=delay)

    def done(outcome: FetchOutcome) -> None:
        if not quiet:
            click.echo(describe_fetch(outcome))

    return fetch_all(engine, root=raw_root(str(raw_dir) if raw_dir else None), limits=limits,
                     on_done=done)


@main.command()
@db_option
@fetch_options
@click.option("-q", "--quiet", is_flag=True, help="print only the totals")
def fetch(db: str | None, raw_dir: Path | None, http_timeout: float, max_bytes: int, delay: float,
          quiet: bool) -> None:
    """Download new and changed plans from every source (`sources add`); no ingest.

    Each URL is asked for conditionally (an unchanged file costs one 304),
    robots.txt is honoured, and what arrives is checked to be a document.
    Exit status 1 when some URL had a problem (the others are still fetched).
    """
    from models.sources import list_sources

    engine = open_engine(db)
    if not list_sources(engine):
        raise click.UsageError("no sources: add one with `actionplans sources add URL`")
    outcomes = run_fetch(engine, raw_dir, http_timeout, max_bytes, delay, quiet)
    click.echo(fetch_summary(outcomes))
    sys.exit(FILES_FAILED if any(o.is_problem for o in outcomes) else 0)
