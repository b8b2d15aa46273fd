"""What `actionplans ingest` shows: one line per file, totals, a JSON summary,
and on a terminal a live progress bar (Rich) with the per-file lines above it."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from models.outcomes import FileOutcome
from models.textsafe import shown
from pipeline.outcome_words import message, note, problem_text

OUTCOMES = ("loaded", "unchanged", "failed", "skipped")


def without_name(message: str, name: str) -> str:
    """An error message on one line, without its leading "<file>: " (the line shows it)."""
    text = " ".join(message.split())
    if text.startswith(f"{name}: "):
        return text[len(name) + 2:]
    if f"/{name}: " in text:  # messages recorded with the whole path
        return text.split(f"/{name}: ", 1)[1]
    return text


def statuses(outcome: FileOutcome) -> dict[str, int]:
    if outcome.document is None:
        return {}
    return dict(sorted(Counter(a.status for a in outcome.document.actions).items()))


def describe(outcome: FileOutcome) -> str:
    """The file's one outcome line (names escaped: a newline in one cannot forge a line)."""
    name = shown(outcome.path.name)
    why = note(outcome)
    if outcome.problem is not None:
        if outcome.not_retried:
            return f"unchanged  {name} ({why}; --retry-failed to read it again)"
        what = shown(" ".join(problem_text(outcome.problem).split()))
        return f"{outcome.status:<10} {name}: {what} [{outcome.reason}]"
    if outcome.status == "unchanged":
        return f"unchanged  {name} ({shown(why) or 'already loaded'})"
    doc = outcome.document
    assert doc is not None
    mix = ", ".join(f"{k} {v}" for k, v in statuses(outcome).items())
    who = shown(doc.document.authority) or "authority unknown"
    text = f"loaded     {name}: {who}, {len(doc.actions)} lines ({mix})"
    if doc.warnings:
        text += f", {len(doc.warnings)} warnings"
    not_read = sum(1 for t in doc.tables if not t.accepted)
    if not_read:
        text += f"; {not_read} tables not read, see explain"
    return f"{text}; {shown(why)}" if why else text


def counts(outcomes: list[FileOutcome]) -> dict[str, int]:
    found = Counter(o.status.value for o in outcomes)
    return {"files": len(outcomes), **{k: found[k] for k in OUTCOMES}}


def totals(outcomes: list[FileOutcome], log_path: str) -> str:
    n = counts(outcomes)
    skipped = f"{n['skipped']} skipped, " if n["skipped"] else ""
    text = (f"{n['files']} files: {n['loaded']} loaded, {n['unchanged']} unchanged, "
            f"{skipped}{n['failed']} failed")
    retried = sum(1 for o in outcomes if o.not_retried)
    if retried:
        text += f" ({retried} of them failed before and were not read again)"
    return text + (f"; reasons in `actionplans status`, details in {log_path}"
                   if n["failed"] else "")


def file_summary(outcome: FileOutcome) -> dict[str, Any]:
    doc = outcome.document
    return {"document": outcome.path.name, "path": str(outcome.path), "outcome": outcome.status,
            "reason": outcome.reason, "message": message(outcome), "note": note(outcome),
            "authority": doc.document.authority if doc else None,
            "lines": len(doc.actions) if doc else None, "statuses": statuses(outcome),
            "warnings": list(outcome.warnings), "sha256": outcome.sha256}


def summary(outcomes: list[FileOutcome]) -> dict[str, Any]:
    """`ingest --json`: every file's outcome and the totals, for scripts and schedulers."""
    return {"files": [file_summary(o) for o in outcomes], "totals": counts(outcomes)}


def pages_of(outcome: FileOutcome) -> int:
    doc = outcome.document
    return (doc.document.page_count or 0) if doc is not None else 0


@contextmanager
def live_bar(total: int) -> Iterator[Callable[[FileOutcome], None]]:
    """A progress bar on the terminal (N/M files, pages/s, ETA), the file lines above it."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.text import Text

    console = Console(file=sys.stdout, highlight=False, markup=False, emoji=False)
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("files"), TextColumn("{task.fields[rate]}"),
                  TextColumn("ETA"), TimeRemainingColumn(), console=console,
                  transient=True) as progress:
        task = progress.add_task("ingest", total=total, rate="- pages/s")
        pages = 0

        def done(outcome: FileOutcome) -> None:
            nonlocal pages
            pages += pages_of(outcome)
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{pages / elapsed:.1f} pages/s" if elapsed > 0 and pages else "- pages/s"
            progress.console.print(Text(describe(outcome)), soft_wrap=True)
            progress.update(task, advance=1, rate=rate)

        yield done


@contextmanager
def display(total: int, *, bar: bool, lines: bool) -> Iterator[Callable[[FileOutcome], None]]:
    """The per-file callback: a bar with lines above it, plain lines, or nothing."""
    if bar:
        with live_bar(total) as done:
            yield done
        return

    def echo(outcome: FileOutcome) -> None:
        if lines:
            click.echo(describe(outcome))

    yield echo


def on_terminal() -> bool:
    return sys.stdout.isatty()


__all__ = ["describe", "display", "on_terminal", "summary", "totals", "without_name"]
