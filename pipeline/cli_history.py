"""`actionplans history` and `actionplans db upgrade` (registered on pipeline.cli.main)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import IO, TYPE_CHECKING

import click

from pipeline import cli_errors, dburl
from pipeline.cli import db_option, main, open_engine, raw_csv_option
from pipeline.outfile import output_to
from pipeline.tabular import CsvWriter

if TYPE_CHECKING:
    from models.history import Change, History, LineState

# models.history and models.migrations (SQLAlchemy, Alembic) are imported by the
# commands, not when `--help` is built (pipeline.cli).

NOTE_WIDTH = 60


def clip(text: str | None, width: int = NOTE_WIDTH) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def lineage_order(history: History) -> list[tuple[int, int]]:
    """(plan, lineage) in the order lines first appear in their plan."""
    seen: dict[tuple[int, int], None] = {}
    for line in history.lines:
        seen.setdefault((line.plan_id, line.lineage), None)
    return list(seen)


def print_plan_header(history: History, plan_id: int, out: IO[str]) -> None:
    plan = next(p for p in history.plans if p["plan_id"] == plan_id)
    out.write(f"{plan['authority'] or '?'}: {plan['title'] or '(untitled)'} (plan {plan_id})\n")
    for v in (v for v in history.versions if v.plan_id == plan_id):
        out.write(f"  v{v.version}  {str(v.report_date or 'undated'):<10}  {v.document}\n")
    out.write(f"\n  {'ref':<8} {'v':>2}  {'status':<11} {'rag':<10} {'due':<10}  progress\n")


def print_table(history: History, out: IO[str]) -> None:
    lines: dict[tuple[int, int], list[LineState]] = defaultdict(list)
    for line in history.lines:
        lines[(line.plan_id, line.lineage)].append(line)
    changes: dict[tuple[int, int, int], list[Change]] = defaultdict(list)
    for change in history.changes:
        changes[(change.plan_id, change.lineage, change.version)].append(change)
    current_plan = None
    for plan_id, lineage in lineage_order(history):
        if plan_id != current_plan:
            if current_plan is not None:
                out.write("\n")  # a blank line between plans, none before the first
            print_plan_header(history, plan_id, out)
            current_plan = plan_id
        states = lines[(plan_id, lineage)]
        for state in states:
            out.write(f"  {state.ref or '-':<8} {state.version:>2}  {state.status:<11} "
                      f"{state.rag or '-':<10} {str(state.due_date or '-'):<10}  "
                      f"{clip(state.progress)}\n")
            notes = [c for c in changes[(plan_id, lineage, state.version)] if c.kind != "removed"]
            if notes:
                out.write(f"  {'':<11}  ↳ " + "; ".join(c.describe() for c in notes) + "\n")
        last = states[-1]
        removed = [c for c in history.changes if c.plan_id == plan_id and c.lineage == lineage
                   and c.kind == "removed"]
        for change in removed:
            out.write(f"  {last.ref or '-':<8} {change.version:>2}  ↳ line removed\n")


def write_csv(history: History, out: IO[str], raw: bool = False) -> None:
    """One row per line per version, the changes into that version in a last column."""
    by_key: dict[tuple[int, int, int], list[str]] = defaultdict(list)
    for c in history.changes:
        by_key[(c.plan_id, c.lineage, c.version)].append(c.describe())
    fields = ["plan_id", "lineage", "version", "report_date", "document", "ref", "status", "rag",
              "rag_text", "due_date", "due_date_text", "progress", "match", "score", "changes"]
    writer = CsvWriter(out, fields, raw=raw)
    writer.writeheader()
    for row in history.as_json()["lines"]:
        key = (row["plan_id"], row["lineage"], row["version"])
        writer.writerow({**row, "changes": "; ".join(by_key.get(key, []))})
    for c in (c for c in history.changes if c.kind == "removed"):
        writer.writerow({"plan_id": c.plan_id, "lineage": c.lineage, "version": c.version,
                         "report_date": c.report_date, "ref": c.ref, "changes": c.describe()})


@main.command()
@click.option("--authority", metavar="NAME", help="the council (default: every council)")
@click.option("--ref", metavar="REF", help="one line, followed under any of its refs")
@click.option("--plan-id", type=int, metavar="ID", help="one plan, by its id (see --format json)")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@db_option
@raw_csv_option
def history(authority: str | None, ref: str | None, plan_id: int | None, fmt: str,
            db: str | None, raw_csv: bool) -> None:
    """How each line's status, due date and progress moved across a plan's versions.

    A council or plan id that is not in the database is a usage error (exit 2);
    a ref no line carries is an empty answer (exit 0).
    """
    from models.history import plan_history

    result = plan_history(open_engine(db), authority=authority, ref=ref, plan_id=plan_id)
    if not result.plans and (authority is not None or plan_id is not None):
        named = [f"council {authority!r}" if authority is not None else "",
                 f"id {plan_id}" if plan_id is not None else ""]
        what = " and ".join(n for n in named if n)
        raise cli_errors.usage_error(f"no such plan: none with {what} "
                                     "(`actionplans status` lists what is loaded)")
    with output_to(None) as stream:
        if fmt == "json":
            json.dump(result.as_json(), stream, ensure_ascii=False, indent=1)
            stream.write("\n")
        elif fmt == "csv":
            write_csv(result, stream, raw=raw_csv)
        elif not result.lines:
            stream.write("(no rows)\n")
        else:
            print_table(result, stream)


@main.group()
def db() -> None:
    """Database maintenance."""


@db.command()
@db_option
def upgrade(db: str | None) -> None:
    """Migrate the database to the latest schema, keeping its data."""
    from sqlalchemy.exc import SQLAlchemyError

    from models.migrations import head_revision, upgrade_database

    engine = open_engine(db, create=True, upgrade=False)
    try:
        before, after = upgrade_database(engine)
    except SQLAlchemyError as exc:
        raise cli_errors.database_error(f"cannot upgrade {dburl.shown(engine.url)}", exc) from None
    if before == after:
        click.echo(f"already at the latest schema ({after})")
    else:
        click.echo(f"upgraded {before or 'empty database'} -> {after} (latest {head_revision()})")
