"""Rows as a readable terminal table, CSV or JSON (the query commands' --format)."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Sequence
from typing import IO, Any

FORMATS = ("table", "csv", "json")
# when the terminal is too narrow, text columns give up width in this order
# (any other text column between these and action, widest first), down to MIN_WIDTH;
# the action text (what the reader came for) and the council name go last
SHRINK_FIRST = ("due_date_text", "document", "theme", "title")
SHRINK_LAST = ("action", "authority", "measure")
MIN_WIDTH = 10


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return " ".join(str(value).split())


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def shrink_order(columns: Sequence[str], texts: list[list[str]]) -> list[int]:
    """Indexes of the text columns, in the order they give up width."""
    numeric = {i for i in range(len(columns))
               if all(t[i].replace(".", "", 1).isdigit() or not t[i] for t in texts)}
    text_columns = [i for i in range(len(columns)) if i not in numeric]
    first = [columns.index(c) for c in SHRINK_FIRST if c in columns]
    last = [columns.index(c) for c in SHRINK_LAST if c in columns]
    middle = [i for i in text_columns if i not in first and i not in last]
    return first + sorted(middle, key=lambda i: -max(len(t[i]) for t in texts)) + last


def fit_widths(columns: Sequence[str], texts: list[list[str]], total: int) -> list[int]:
    """Natural widths, then text columns shrink in turn until the row fits ``total``."""
    widths = [max([len(c)] + [len(row[i]) for row in texts]) for i, c in enumerate(columns)]
    excess = sum(widths) + 2 * (len(columns) - 1) - total
    for i in shrink_order(columns, texts):
        if excess <= 0:
            break
        step = min(excess, max(widths[i] - MIN_WIDTH, 0))
        widths[i] -= step
        excess -= step
    return widths


def render_table(rows: list[dict[str, Any]], columns: Sequence[str] | None = None,
                 width: int | None = None) -> str:
    if not rows:
        return "(no rows)"
    columns = list(columns or rows[0].keys())
    texts = [[cell(row.get(c)) for c in columns] for row in rows]
    total = width or shutil.get_terminal_size((160, 24)).columns
    widths = fit_widths(columns, texts, total)
    numeric = [all(isinstance(r.get(c), int | float) or r.get(c) is None for r in rows)
               for c in columns]

    def line(values: Sequence[str]) -> str:
        parts = [clip(v, w).rjust(w) if num else clip(v, w).ljust(w)
                 for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(columns), rule] + [line(t) for t in texts])


def write_rows(rows: list[dict[str, Any]], fmt: str, out: IO[str],
               columns: Sequence[str] | None = None) -> None:
    """Write rows in one of FORMATS; CSV and JSON keep every value whole."""
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        keys = list(columns or (rows[0].keys() if rows else []))
        writer = csv.DictWriter(out, fieldnames=keys, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: cell(row.get(k)) if isinstance(row.get(k), list) else row.get(k)
                             for k in keys})
    else:
        out.write(render_table(rows, columns) + "\n")
