"""Turn one logical line of an action table into an ActionRecord."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from models.records import DEFAULT_REF_POLICY, ActionRecord, Cell, LogicalLine, RefPolicy, TimescaleRecord
from normalise.columns import ColumnMap, normalise_header
from normalise.dates import parse_timescale
from normalise.legend import Legend, read_status_cell, read_status_cells, with_legend
from normalise.people import split_lead
from normalise.refs import source_refs
from normalise.rowfill import read_line_fill
from normalise.status import StatusReading, read_trailing_word
from normalise.text import clean_cell, join_values, join_wrapped, rejoin_broken_months, squash

THEME_LABEL_RE = re.compile(r"^\s*theme\s*[:\-–]\s*", re.I)
TEXT_FIELDS = ("area_for_improvement", "action", "outcome", "lead", "accountable_body",
               "evidence", "progress")


@dataclass(frozen=True)
class TableContext:
    """What every line of one table shares."""

    mapping: ColumnMap
    legend: Legend
    theme: str | None
    ref_from: int | None
    report_date: date | None
    inspection_date: date | None
    # where a file has no pages (DOCX), SCHEMA.md's `page` is the table's ordinal
    page_fallback: int | None = None
    ref_policy: RefPolicy = DEFAULT_REF_POLICY
    # with no status column, the column whose fills show each line's RAG (normalise.rowfill)
    fill_from: int | None = None


def field_text(values: Sequence[str], mapping: ColumnMap, field: str) -> str | None:
    return join_values([clean_cell(values[c]) for c in mapping.columns(field) if c < len(values)])


def field_cells(line: LogicalLine, mapping: ColumnMap, field: str) -> list[Cell]:
    return [cell for c in mapping.columns(field) if c < len(line.cells) for cell in line.cells[c]]


def leading_ref(text: str | None, policy: RefPolicy = DEFAULT_REF_POLICY) -> str | None:
    """The number opening a text, unless the text is a numbered list of its own."""
    if is_numbered_list(text or "", policy):
        return None
    return policy.leading_ref(text)


def is_numbered_list(text: str, policy: RefPolicy) -> bool:
    """A cell of several numbered items ("1. Review …\n2. Train …"): its first
    number is the list's, not the line's."""
    return sum(1 for part in text.splitlines() if policy.leading_ref(part)) >= 2


def ref_column_in_text(lines: Sequence[LogicalLine], mapping: ColumnMap,
                       policy: RefPolicy = DEFAULT_REF_POLICY) -> int | None:
    """Where no column holds refs, the column whose texts open with their own
    number ("10.1 Wildland fuels …", "1.1 All areas where …"): the one with
    the most distinct leading numbers, so a spanning "1. Ensure …" loses."""
    if mapping.columns("ref") or not lines:
        return None
    best: tuple[int, int | None] = (0, None)
    for field in ("action", "area_for_improvement"):
        for col in mapping.columns(field):
            refs = {leading_ref(ln.values[col], policy) for ln in lines} - {None}
            if len(refs) > best[0]:
                best = (len(refs), col)
    return best[1]


def theme_of(line: LogicalLine, table_theme: str | None) -> tuple[str | None, str | None]:
    """(theme, objective): a short banner is a theme, a long one an objective."""
    banner = squash(line.banner) if line.banner else None
    if not banner:
        return table_theme, None
    if len(banner.split()) > 14 or banner.endswith((".", ":", ";")):
        return table_theme, clean_cell(line.banner)
    return THEME_LABEL_RE.sub("", banner) or None, None


def timescale_of(text: str | None, ctx: TableContext) -> tuple[str | None, TimescaleRecord]:
    """The timescale as printed (wraps joined) and its parsed fields."""
    if not text or not text.strip():
        return None, TimescaleRecord()
    parsed = parse_timescale(rejoin_broken_months(text), report_date=ctx.report_date,
                             inspection_date=ctx.inspection_date)
    return join_wrapped(text), parsed.to_record()


def first_date(text: str | None, ctx: TableContext, *, latest: bool) -> date | None:
    """The date a start or review column names (first day for a start, last for a review)."""
    if not text:
        return None
    parsed = parse_timescale(rejoin_broken_months(text), report_date=ctx.report_date,
                             inspection_date=ctx.inspection_date)
    if parsed.due_kind == "multiple" and parsed.milestones:
        ends = [m.due_date for m in parsed.milestones if m.due_date]
        return min(ends) if ends else None
    return parsed.due_date if latest else (parsed.due_date_earliest or parsed.start_date)


def status_fields(line: LogicalLine, ctx: TableContext, progress: str | None) -> StatusReading:
    columns = ctx.mapping.columns("status")
    if columns:
        reading = read_status_cells(line.values[columns[0]], field_cells(line, ctx.mapping, "status"),
                                   ctx.legend)
        if reading.rag_text or reading.status != "unknown":
            return reading
    if progress:
        headers = " ".join(normalise_header(line.header[c]) for c in ctx.mapping.columns("progress"))
        keys = {alias for entry in ctx.legend.entries for alias in entry.aliases}
        trailing = read_trailing_word(progress, any_case="rag" in headers.split(), keys=keys)
        if trailing:
            return with_legend(trailing, ctx.legend)
        whole = read_status_cell(progress, [], ctx.legend)
        if whole.source == "word" and whole.remainder is None and whole.status != "unknown":
            return whole  # a note that is only a status ("Complete", "On track") states it
    if ctx.fill_from is not None and ctx.fill_from < len(line.cells):
        return read_line_fill(line.cells[ctx.fill_from], ctx.legend) or StatusReading()
    return StatusReading()


def confidence(ctx: TableContext, line: LogicalLine, reading: StatusReading,
               ref: str | None) -> float:
    score = 1.0
    score -= 0.1 * len(ctx.mapping.by_content)
    score -= 0.05 * min(3, line.physical_rows - 1)
    if reading.source == "fill" and not ctx.legend.entries:
        score -= 0.2
    if ref is None:
        score -= 0.15
    if ctx.ref_from is not None:
        score -= 0.05
    return round(max(0.1, min(1.0, score)), 2)


def without_ref(values: list[str], ref: str, columns: Sequence[int], policy: RefPolicy) -> list[str]:
    """Drop the ref where it opens a column's text ("1.1 Ensure …" → "Ensure …")."""
    out = list(values)
    for col in columns:
        if leading_ref(out[col], policy) == ref:
            out[col] = policy.strip_leading(out[col])
    return out


def line_ref(line: LogicalLine, ctx: TableContext) -> tuple[str | None, list[str]]:
    """The line's own number, and its values with that number taken out of the text.

    From the ref column's leading token ("2.8 Link to 1.2" is 2.8), else from the
    number opening the column found by ref_column_in_text; a line without one
    (a milestone with no number) takes its action's number, left as printed.
    """
    values = list(line.values)
    policy = ctx.ref_policy
    ref_columns = ctx.mapping.columns("ref")
    if ref_columns:
        cell = squash(values[ref_columns[0]])
        return ref_in_cell(cell, policy) or cell or None, values
    if ctx.ref_from is None:
        return None, values
    ref = leading_ref(values[ctx.ref_from], policy)
    text_columns = [*ctx.mapping.columns("action"), *ctx.mapping.columns("area_for_improvement")]
    if ref:
        return ref, without_ref(values, ref, text_columns, policy)
    return next(filter(None, (leading_ref(values[c], policy) for c in text_columns)), None), values


def ref_in_cell(cell: str, policy: RefPolicy) -> str | None:
    """A ref column's own number: the whole cell ("1", "2.1 (a)") or its first
    token ("2.8 Link to 1.2" is 2.8)."""
    if policy.is_ref_cell(cell):
        return cell.rstrip(".")
    first = cell.split(maxsplit=1)[0] if cell.split() else ""
    return policy.leading_ref(cell) or (first.rstrip(".") if policy.is_ref_cell(first) else None)


def column_value(values: Sequence[str], mapping: ColumnMap, field: str) -> str | None:
    columns = mapping.columns(field)
    return values[columns[0]] if columns else None


def build_action(line: LogicalLine, ctx: TableContext) -> ActionRecord:
    ref, values = line_ref(line, ctx)
    texts = {f: field_text(values, ctx.mapping, f) for f in TEXT_FIELDS}
    theme, objective = theme_of(line, ctx.theme)
    if objective and not texts["area_for_improvement"]:
        texts["area_for_improvement"] = objective
    reading = status_fields(line, ctx, texts["progress"])
    if reading.source == "progress":
        texts["progress"] = reading.remainder
    elif reading.remainder and reading.source in ("word", "fill"):
        texts["progress"] = join_values([texts["progress"], reading.remainder])
    due_text, due = timescale_of(column_value(values, ctx.mapping, "timescale"), ctx)
    start = first_date(field_text(values, ctx.mapping, "start_date"), ctx, latest=False)
    review = first_date(field_text(values, ctx.mapping, "review_date"), ctx, latest=True)
    free = [t for t in (texts["area_for_improvement"], texts["action"]) if t]
    people, roles = split_lead(texts["lead"])
    return ActionRecord(
        ref=ref, theme=theme, area_for_improvement=texts["area_for_improvement"],
        action=texts["action"], outcome=texts["outcome"], lead=texts["lead"],
        accountable_body=texts["accountable_body"], evidence=texts["evidence"],
        start_date=start or due.start_date, due_date_text=due_text, due_date=due.due_date,
        due_date_earliest=due.due_date_earliest, due_kind=due.due_kind,
        rag_text=reading.rag_text, rag=reading.rag, status=reading.status,
        progress=texts["progress"], review_date=review or due.review_date,
        source_refs=source_refs([line.values[c] for c in ctx.mapping.columns("source_refs")], free),
        page=line.page if line.page is not None else ctx.page_fallback,
        confidence=confidence(ctx, line, reading, ref),
        table_index=line.table_index, row_index=line.row_index,
        raw_cells=tuple(zip(line.header, line.values, strict=False)),
        lead_people=people, lead_roles=roles,
    )


def has_content(record: ActionRecord) -> bool:
    return any(getattr(record, f) for f in ("action", "area_for_improvement", "outcome", "progress"))

