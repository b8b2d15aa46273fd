"""``actionplans explain FILE``: every table found, and why it was read or not.

For each table (or label-value block): its page and size, the role chosen for
each column and the evidence for it (the header's match and score, the share
of cells read each way), and the reason a table was not read.  The file is
parsed in a worker process under the same limits as ``ingest``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

import click

from extractors.settings import (
    DEFAULT_SETTINGS,
    GLYPH_SOURCE_ENV,
    GLYPH_SOURCES,
    ExtractionSettings,
    GlyphSource,
)
from models.errors import WorkerCrashed
from models.outcomes import Problem
from models.records import ColumnRole, NormalisedDocument, TableDecision
from pipeline.cli import main
from pipeline.outcome_words import error_message
from pipeline.worker import parse_one

SHARE_LABELS = {"ref": "refs", "source_code": "source codes", "status": "RAG/status",
                "fill_only": "colour only", "timescale": "timescales", "person": "people/teams",
                "action": "instructions", "narrative": "dated notes", "long_text": "long text",
                "number": "numbers"}


def explain_file(path: Path, settings: ExtractionSettings = DEFAULT_SETTINGS,
                 authority: str | None = None) -> NormalisedDocument:
    """The worker's processor for explain: like process_file, but a file with no
    action table still returns its decisions instead of raising."""
    from extractors.dispatch import extract
    from extractors.lines import assemble_lines
    from normalise.document import read_document  # in the worker only: keeps the CLI light
    from normalise.vocabulary import vocabulary

    vocab = vocabulary()
    raw = extract(path, settings)
    lines = {t.index: assemble_lines(t, vocab.ref_policy) for t in raw.tables}
    return read_document(raw, lines, authority_hint=authority, vocab=vocab)


def one_line(text: str, width: int = 48) -> str:
    from normalise.document import printable  # the normaliser: not loaded for --help

    return printable(text, width)


def role_text(role: ColumnRole) -> str:
    head = repr(one_line(role.header)) if role.header.strip() else "(no header)"
    shares = ", ".join(f"{SHARE_LABELS.get(k, k)} {v:.0%}" for k, v in role.shares if v >= 0.1)
    if role.field is None:
        why = role.note or "kept raw"
    else:
        parts = []
        if role.header_match:
            parts.append(f"header {role.header_match} {role.header_score:.2f}")
        if role.content_score:
            parts.append(f"content {role.content_score:.2f}")
        why = f"{role.field} by {role.source} ({'; '.join(parts) or 'no evidence'})"
    return f"    col {role.column + 1} {head}: {why}" + (f" [cells: {shares}]" if shares else "")


def decision_text(d: TableDecision, place: str = "page") -> list[str]:
    """``place`` names what ``d.page`` counts: a PDF's page, a workbook's sheet."""
    where = f"{place} {d.page}" if d.page is not None else f"no {place}"
    verdict = f"read, {d.lines} lines" if d.accepted else "not read"
    out = [f"table {d.table_index + 1} ({where}, {d.n_rows} rows x {d.n_cols} cols): {verdict}: {d.reason}"]
    out += [role_text(r) for r in d.columns]
    return out


def document_text(name: str, doc: NormalisedDocument) -> str:
    read = sum(1 for d in doc.tables if d.accepted)
    who = doc.document.authority or "authority unknown"
    lines = [f"{name}: {who}, {len(doc.actions)} lines from {read} of {len(doc.tables)} tables"]
    place = "sheet" if doc.document.file_type == "xlsx" else "page"
    for d in doc.tables:
        lines += decision_text(d, place)
    if not read:
        lines.append("no_action_table: no table reads as a plan's actions")
    lines += [f"warning: {w}" for w in doc.warnings]
    return "\n".join(lines)


def document_json(name: str, doc: NormalisedDocument) -> str:
    payload = {"document": name, "authority": doc.document.authority, "lines": len(doc.actions),
               "tables": [asdict(d) for d in doc.tables], "warnings": list(doc.warnings)}
    return json.dumps(payload, ensure_ascii=False, indent=1)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--authority", metavar="NAME", help="the council, when the document doesn't say")
@click.option("--glyph-source", type=click.Choice(GLYPH_SOURCES),
              default=DEFAULT_SETTINGS.glyph_source, envvar=GLYPH_SOURCE_ENV, show_envvar=True,
              show_default=True, help="what reads a PDF's glyphs and paths, as for ingest")
def explain(path: Path, fmt: str, authority: str | None, glyph_source: GlyphSource) -> None:
    """Show every table of FILE, the role given to each column and why, and why
    any table was not read."""
    settings = replace(DEFAULT_SETTINGS, glyph_source=glyph_source)
    result = parse_one(path, settings=settings, authority=authority, processor=explain_file)
    if result.document is None:
        problem = result.problem or Problem(WorkerCrashed.reason, "no result")
        words = " ".join(error_message(path.name, problem).split())
        click.echo(f"{path.name}: not read: {words} [{problem.reason}]", err=True)
        sys.exit(1)
    doc = result.document
    click.echo(document_json(path.name, doc) if fmt == "json" else document_text(path.name, doc))
