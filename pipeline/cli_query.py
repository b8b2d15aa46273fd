"""`actionplans` commands for analysts and regulators: query, compare, report, serve
(registered on pipeline.cli.main)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from pipeline.cli import db_option, format_option, main, open_engine, raw_csv_option
from pipeline.outfile import check_target, output_to
from pipeline.tabular import write_rows

authority_option = click.option("--authority", metavar="NAME",
                                help="one council (any case, or a unique start of its name)")
ISO_DATE = click.DateTime(formats=["%Y-%m-%d"])


def as_date(value: datetime | None) -> date | None:
    return value.date() if value else None


def run_query(name: str, db: str | None, fmt: str, raw_csv: bool,
              **kwargs: Any) -> None:
    """Open the database, resolve --authority, run ``queries.<name>`` and print its rows
    (nothing found: ``(no rows)``, ``[]`` or the CSV header, and exit 0)."""
    from pipeline import queries  # SQLAlchemy: loaded when a query runs, not for --help

    engine = open_engine(db)
    try:
        if kwargs.get("authority"):
            kwargs["authority"] = queries.resolve_authority(engine, kwargs["authority"])
        rows = getattr(queries, name)(engine, **kwargs)
    except queries.UnknownAuthority as exc:
        raise click.BadParameter(str(exc), param_hint="--authority / AUTHORITY") from exc
    with output_to(None) as stream:
        write_rows(rows, fmt, stream, raw=raw_csv)


@main.group()
def query() -> None:
    """Ask the database a question (latest version of each plan)."""


@query.command()
@click.option("--as-of", type=ISO_DATE, help="YYYY-MM-DD (default: each plan's own report date)")
@authority_option
@db_option
@format_option
@raw_csv_option
def overdue(as_of: datetime | None, authority: str | None, db: str | None, fmt: str,
            raw_csv: bool) -> None:
    """Lines whose due date has passed and whose status is not complete."""
    run_query("overdue", db, fmt, raw_csv, as_of=as_date(as_of), authority=authority)


@query.command()
@click.option("--from", "start", type=ISO_DATE, required=True, help="YYYY-MM-DD (inclusive)")
@click.option("--to", "end", type=ISO_DATE, required=True, help="YYYY-MM-DD (inclusive)")
@authority_option
@db_option
@format_option
@raw_csv_option
def due(start: datetime, end: datetime, authority: str | None, db: str | None, fmt: str,
        raw_csv: bool) -> None:
    """Lines due between two dates, whatever their status."""
    run_query("due_between", db, fmt, raw_csv, start=start.date(), end=end.date(),
              authority=authority)


@query.command()
@click.option("--by", type=click.Choice(["authority", "theme"]), default="authority",
              show_default=True)
@db_option
@format_option
@raw_csv_option
def status(by: str, db: str | None, fmt: str, raw_csv: bool) -> None:
    """Lines counted by status, per council or per council and theme."""
    run_query("status_counts", db, fmt, raw_csv, by=by)


@query.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@db_option
@format_option
@raw_csv_option
def search(words: tuple[str, ...], limit: int, db: str | None, fmt: str, raw_csv: bool) -> None:
    """Full-text search of action, area-for-improvement and progress text, best first."""
    run_query("search", db, fmt, raw_csv, query=" ".join(words), limit=limit)


MEASURES = (
    ("as of (report date)", "as_of"), ("documents", "documents"),
    ("undated documents", "undated_documents"), ("lines", "lines"),
    ("% complete", "pct_complete"), ("% off track", "pct_off_track"),
    ("overdue at report date", "overdue"), ("median days overdue", "median_days_overdue"),
    ("slipping since last version", "slipping"),
)


def side_by_side(summaries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per measure, one column per council."""
    return [{"measure": label, **{s["authority"] or "?": s[key] for s in summaries}}
            for label, key in MEASURES]


@main.command()
@click.argument("authorities", nargs=-1)
@db_option
@format_option
@raw_csv_option
def compare(authorities: tuple[str, ...], db: str | None, fmt: str, raw_csv: bool) -> None:
    """Councils side by side on the summary measures (all councils when none are named).

    Each council's figures are as of its latest report date, shown first.
    """
    from pipeline import queries

    engine = open_engine(db)
    try:
        rows = queries.council_summary(engine, list(authorities))
    except queries.UnknownAuthority as exc:
        raise click.BadParameter(str(exc), param_hint="AUTHORITY") from exc
    with output_to(None) as stream:
        write_rows(side_by_side(rows) if fmt == "table" else rows, fmt, stream, raw=raw_csv)


@main.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default="report.html",
              show_default=True, help="the HTML file to write, in a folder that exists")
@db_option
def report(out: Path, db: str | None) -> None:
    """Write one self-contained HTML report comparing councils (charts as inline SVG)."""
    from pipeline.report import render

    engine = open_engine(db)
    check_target(out)
    html = render(engine)
    with output_to(out) as stream:
        stream.write(html)
    click.echo(f"wrote {out} ({len(html.encode('utf-8')) // 1024} KiB)")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8001, show_default=True)
@click.option("--open", "open_browser", is_flag=True, help="open a browser on it")
def serve(db: str | None, host: str, port: int, open_browser: bool) -> None:
    """Browse the SQLite database read-only in Datasette, with descriptions and canned queries."""
    from pipeline.serve import serve_database

    serve_database(db, host=host, port=port, open_browser=open_browser)
