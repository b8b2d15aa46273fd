"""Normalise one extracted document: find its action tables and map every line.

Pure: RawDocument and its logical lines in, NormalisedDocument out.  The
pipeline assembles the lines (``extractors.lines``) and passes them here, so
this package never touches files or the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from models.errors import NoActionTable
from models.records import (
    ActionRecord,
    DocumentRecord,
    LogicalLine,
    NormalisedDocument,
    RawDocument,
    RawTable,
    Rejection,
    TableDecision,
)
from normalise.actions import TableContext, build_action, has_content, ref_column_in_text
from normalise.columns import ColumnMap, map_columns, table_verdict
from normalise.dates import parse_timescale
from normalise.facts import find_authority, find_inspection_date, find_report_date, find_title
from normalise.legend import Legend, find_legend
from normalise.rowfill import status_fill_column
from normalise.text import squash
from normalise.vocabulary import Vocabulary, vocabulary

# "Theme 1: …", "THEME 2 - …", "Theme: Best practice", "Priority 3 – …" — but not
# "Theme Lead: Rose Collinson"
THEME_RE = re.compile(r"^\s*(theme|priority|work\s*stream|strand)\s*(\d+\s*)?[:\-–—]", re.I)
# the most an OCR-read line can claim: even a clean read may have swapped a digit
OCR_CONFIDENCE_CAP = 0.9
THEME_LABEL_RE = re.compile(r"^\s*theme\s*[:\-–]\s*", re.I)


def is_timescale(text: str) -> bool:
    return parse_timescale(text).due_kind != "unknown"


def column_mapping(lines: Sequence[LogicalLine], vocab: Vocabulary | None = None) -> ColumnMap:
    n_cols = len(lines[0].header)
    values = [[ln.values[c] if c < len(ln.values) else "" for ln in lines] for c in range(n_cols)]
    fills = [[next((cell.fill for cell in ln.cells[c] if cell.fill), None) if c < len(ln.cells)
               else None for ln in lines] for c in range(n_cols)]
    return map_columns(lines[0].header, values, fills, is_timescale, vocab)


def decision(table: RawTable, lines: Sequence[LogicalLine], accepted: bool, reason: str,
             mapping: ColumnMap | None = None, kind: str = "table", n_lines: int = 0) -> TableDecision:
    return TableDecision(table.index, table.page if table.page is not None else None,
                         table.n_rows, table.n_cols, accepted, reason,
                         mapping.roles if mapping else (), n_lines, kind)


def table_theme(raw: RawDocument, table: RawTable) -> str | None:
    """A "Theme …"/"Priority …" title printed a little above the table."""
    before = [b for b in raw.blocks if b.order < table.order][::-1][:8]
    for block in before:
        text = squash(block.text)
        if THEME_RE.match(text) and len(text.split()) <= 20:
            return THEME_LABEL_RE.sub("", text) or None
    return None


def document_record(raw: RawDocument, authority_hint: str | None) -> DocumentRecord:
    council = find_authority(raw, authority_hint)
    return DocumentRecord(
        document=raw.name, sha256=raw.sha256, file_type=raw.file_type,
        authority=council.name if council else None,
        authority_code=council.code if council else None,
        title=find_title(raw), report_date=find_report_date(raw),
        inspection_date=find_inspection_date(raw), page_count=raw.page_count,
        extractor_version=raw.extractor_version, text_source=raw.text_source,
    )


def unmapped_warning(table: RawTable, lines: Sequence[LogicalLine], mapping: ColumnMap) -> str:
    names = ", ".join(repr(lines[0].header[c] or f"column {c + 1}") for c in mapping.unmapped)
    return f"table {table.index + 1}: columns kept raw, not mapped to the schema: {names}"


def normalise_table(raw: RawDocument, table: RawTable, lines: Sequence[LogicalLine],
                    record: DocumentRecord, legend: Legend, carried_theme: str | None,
                    vocab: Vocabulary) -> tuple[list, list, list[str], TableDecision]:
    mapping = column_mapping(lines, vocab)
    accepted, reason, kind = table_verdict(mapping, lines[0].header, vocab, len(lines))
    if not accepted:
        return [], [], [], decision(table, lines, False, reason, mapping, kind)
    policy = vocab.ref_policy
    fill_from = status_fill_column(lines, bool(mapping.columns("status")),
                                   mapping.columns("area_for_improvement"))
    if fill_from is not None:
        named = printable(lines[0].header[fill_from], 30) or f"column {fill_from + 1}"
        reason += f"; status from the fill of {named!r}"
    ctx = TableContext(mapping, legend, table_theme(raw, table) or carried_theme,
                       ref_column_in_text(lines, mapping, policy), record.report_date,
                       record.inspection_date,
                       None if raw.file_type == "pdf" else table.index + 1, policy, fill_from)
    actions, rejections = [], []
    for line in lines:
        action = build_action(line, ctx)
        if has_content(action):
            actions.append(action)
        else:
            rejections.append(Rejection(table.index, line.row_index, line.page,
                                        "line has no action, area, outcome or progress text",
                                        " | ".join(line.values)))
    warnings = [unmapped_warning(table, lines, mapping)] if mapping.unmapped else []
    return actions, rejections, warnings, decision(table, lines, True, reason, mapping, kind, len(actions))


def printable(text: str, limit: int) -> str:
    """Document text made safe for one terminal line: printable characters only, cut short."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def rejected_summary(decisions: Sequence[TableDecision]) -> str:
    """What the tables were, for the error of a document with no action table:
    the headers of the first few, each cut short."""
    seen = []
    for d in decisions:
        heads = [printable(r.header, 30) for r in d.columns if r.header.strip()]
        if heads:
            seen.append(" | ".join(heads[:8]) + (" | …" if len(heads) > 8 else ""))
    shown = "; ".join(list(dict.fromkeys(seen))[:4])
    summary = f"{len(decisions)} tables, none with action columns"
    return f"{summary}; headers seen: {shown}" if shown else summary


def normalise_document(raw: RawDocument, lines_by_table: Mapping[int, Sequence[LogicalLine]],
                       *, authority_hint: str | None = None,
                       vocab: Vocabulary | None = None) -> NormalisedDocument:
    """Map every action table of a document onto the schema.

    Raises NoActionTable when no table looks like a plan's action table.
    """
    document = read_document(raw, lines_by_table, authority_hint=authority_hint, vocab=vocab)
    if not document.actions:
        raise NoActionTable(raw.name, rejected_summary(document.tables))
    return document


def read_document(raw: RawDocument, lines_by_table: Mapping[int, Sequence[LogicalLine]],
                  *, authority_hint: str | None = None,
                  vocab: Vocabulary | None = None) -> NormalisedDocument:
    """Every table's decision and the lines of those read; no lines is no error here."""
    vocab = vocab or vocabulary()
    record = document_record(raw, authority_hint)
    legend = find_legend(raw.tables, raw.blocks)
    actions: list = []
    rejections: list = []
    warnings: list[str] = list(raw.warnings)
    decisions: list[TableDecision] = []
    previous_header: tuple[str, ...] | None = None
    for table in raw.tables:
        lines = lines_by_table.get(table.index, ())
        if not lines:
            decisions.append(decision(table, lines, False, "no rows below the header"))
            continue
        # a table that continues the previous one (same columns, no title of
        # its own) stays under the theme its lines were under
        carried = actions[-1].theme if actions and lines[0].header == previous_header else None
        found, rejected, notes, verdict = normalise_table(raw, table, lines, record, legend, carried,
                                                          vocab)
        decisions.append(verdict)
        if found:
            previous_header = lines[0].header
        actions += found
        rejections += rejected
        warnings += notes
    return NormalisedDocument(record, tuple(ocr_discounted(actions, raw)), tuple(rejections),
                              tuple(warnings), tuple(decisions))


def ocr_discounted(actions: Sequence[ActionRecord], raw: RawDocument) -> list[ActionRecord]:
    """A line read by OCR is only as sure as the OCR of its page: its confidence is scaled
    by the page's mean word confidence, and capped below a text-layer line's."""
    pages = dict(raw.ocr_pages)
    if not pages:
        return list(actions)
    out = []
    for action in actions:
        ocr = pages.get(action.page) if action.page is not None else None
        if ocr is not None:
            score = min(OCR_CONFIDENCE_CAP, action.confidence * ocr)
            action = replace(action, confidence=round(max(0.05, score), 2))
        out.append(action)
    return out

