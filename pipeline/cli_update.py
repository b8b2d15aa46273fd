"""`actionplans update` (fetch, then ingest what is new, one run at a time: for cron and
systemd) and `actionplans changes` (what moved since then)."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from extractors.settings import DEFAULT_SETTINGS, GlyphSource
from models.outcomes import FileOutcome
from models.textsafe import shown
from pipeline.cli import db_option, main, open_engine
from pipeline.cli_errors import CommandError
from pipeline.cli_ingest import limits_options, reprocess_option, run_ingest
from pipeline.cli_sources import fetch_options, fetch_summary, run_fetch
from pipeline.exits import ALREADY_RUNNING, FILES_FAILED, OK
from pipeline.worker import Limits, limits_problem

if TYPE_CHECKING:
    from models.changes import Changes
    from pipeline.fetch import FetchOutcome
    from pipeline.ingest import IngestOptions

# The database, fetch and ingest modules are imported when a command runs, not
# when `--help` is built (pipeline.cli).


def ingest_new(engine: Any, base: IngestOptions, quiet: bool) -> list[FileOutcome]:
    """Ingest the downloaded files, each council's with its name: new bytes are loaded, and
    files an older pipeline read are read again; only those are shown."""
    from models.sources import downloaded_files
    from pipeline.ingest_view import describe

    by_council: dict[str | None, list[Path]] = defaultdict(list)
    for path, council in downloaded_files(engine):
        if Path(path).exists():
            by_council[council].append(Path(path))
    outcomes: list[FileOutcome] = []

    def done(outcome: FileOutcome) -> None:
        if not quiet and is_news(outcome):
            click.echo(describe(outcome))

    for council, files in by_council.items():
        options = replace(base, authority=council or base.authority)
        outcomes.extend(run_ingest(engine, files, options, done))
    return outcomes


def is_news(outcome: FileOutcome) -> bool:
    """Worth a line: not a file already loaded, nor one whose failure an earlier run reported."""
    return outcome.status != "unchanged" and not outcome.not_retried


def summary(fetched: list[FetchOutcome], ingested: list[FileOutcome], exit_code: int) -> dict[str, Any]:
    fresh = [o for o in ingested if is_news(o)]
    return {
        "fetch": {**Counter(o.visit.outcome for o in fetched if o.visit.kind == "document"),
                  "problems": [o.as_dict() for o in fetched if o.is_problem]},
        "ingest": {**Counter(o.status for o in fresh),
                   "reread": sum(1 for o in fresh if o.reread),
                   "files": [{"path": str(o.path), "status": o.status, "reason": o.reason,
                              "sha256": o.sha256, "reread": o.reread} for o in fresh]},
        "exit_code": exit_code,
    }


def ingest_totals(outcomes: list[FileOutcome]) -> str:
    news = [o for o in outcomes if is_news(o)]
    counts = Counter(o.status.value for o in news)
    reread = sum(1 for o in news if o.reread)
    return (f"{len(news)} files to read: {counts['loaded'] - reread} loaded, {reread} read again, "
            f"{counts['skipped']} skipped, {counts['failed']} failed")


@main.command()
@db_option
@fetch_options
@limits_options
@reprocess_option
@click.option("--json", "as_json", is_flag=True, help="print one JSON summary instead of lines")
@click.option("-q", "--quiet", is_flag=True, help="print only the totals")
def update(db: str | None, raw_dir: Path | None, http_timeout: float, max_bytes: int, delay: float,
           jobs: int, timeout: float, memory_mb: int, max_pages: int, max_ocr_pages: int,
           glyph_source: GlyphSource, reprocess: bool, as_json: bool, quiet: bool) -> None:
    """Fetch from every source, then ingest what is new: the command to schedule.

    Only one update runs at a time per database (an advisory lock on
    PostgreSQL, a lock file beside a SQLite database); a second one exits at
    once with status 6.  Exit status 1 when a URL or a new file had a problem
    (everything else is still fetched and loaded), 0 when all went well.
    """
    from models.sources import finish_run, list_sources, start_run
    from pipeline.fetch_lock import AlreadyRunning, update_lock
    from pipeline.ingest import IngestOptions

    engine = open_engine(db)
    problem = limits_problem(timeout, memory_mb, jobs)
    if problem:
        raise click.UsageError(problem)
    if not list_sources(engine):
        raise click.UsageError("no sources: add one with `actionplans sources add URL`")
    options = IngestOptions(settings=replace(DEFAULT_SETTINGS, max_pages=max_pages,
                                             max_ocr_pages=max_ocr_pages,
                                             glyph_source=glyph_source), reprocess=reprocess,
                            limits=Limits(timeout=timeout, memory_mb=memory_mb, jobs=jobs))
    quiet = quiet or as_json
    try:
        with update_lock(engine):
            run_id = start_run(engine)
            fetched = run_fetch(engine, raw_dir, http_timeout, max_bytes, delay, quiet)
            ingested = ingest_new(engine, options, quiet)
            failed = any(o.is_problem for o in fetched) or any(
                o.status == "failed" and not o.not_retried for o in ingested)
            code = FILES_FAILED if failed else OK
            finish_run(engine, run_id, code)
    except AlreadyRunning as exc:
        raise CommandError(f"{shown(str(exc))}; nothing done", ALREADY_RUNNING) from None
    if as_json:
        click.echo(json.dumps(summary(fetched, ingested, code), ensure_ascii=False, indent=2))
    else:
        click.echo(fetch_summary(fetched))
        click.echo(ingest_totals(ingested))
    sys.exit(code)


def print_changes(found: Changes) -> None:
    click.echo(f"since {found.since.isoformat(sep=' ', timespec='seconds')}:")
    click.echo(f"{len(found.versions)} new versions")
    for v in found.versions:
        kind = "new plan" if v["new_plan"] else f"version {v['version']}"
        click.echo(f"  {shown(v['authority']) or '?'}: {shown(v['title']) or '(untitled)'} - {kind}, "
                   f"report {v['report_date'] or '?'}, {v['lines']} lines ({shown(v['document'])})")
    click.echo(f"{len(found.moved)} lines whose status or due date changed")
    for m in found.moved:
        moves = [f"{m['status_before']} -> {m['status']}"] if m["status"] != m["status_before"] else []
        if m["due_date"] != m["due_before"]:
            moves.append(f"due {m['due_before'] or 'none'} -> {m['due_date'] or 'none'}")
        click.echo(f"  {shown(m['authority']) or '?'} {shown(m['ref']) or '-'}: {', '.join(moves)}")
    click.echo(f"{len(found.overdue)} lines newly overdue")
    for o in found.overdue:
        click.echo(f"  {shown(o['authority']) or '?'} {shown(o['ref']) or '-'}: due {o['due_date']}, "
                   f"{o['status']} at {o['report_date']}")


@main.command()
@db_option
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]),
              help="a date or time (UTC); default: the start of the last `update`")
@click.option("--json", "as_json", is_flag=True, help="print JSON instead of text")
def changes(db: str | None, since: datetime | None, as_json: bool) -> None:
    """What moved since a date: new plans and versions, lines whose status or due
    date changed, lines newly overdue."""
    from models.changes import changes_since
    from models.sources import last_run_start

    engine = open_engine(db)
    since = since or last_run_start(engine)
    if since is None:
        raise click.UsageError("no `update` has run yet: give --since DATE")
    found = changes_since(engine, since)
    if as_json:
        click.echo(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
    else:
        print_changes(found)
