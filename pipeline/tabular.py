"""Rows as a readable terminal table, CSV or JSON (the query commands' --format).

CSV cells that a spreadsheet would run as a formula are neutralised (OWASP's
CSV-injection rule) unless ``raw`` is asked for: plan text comes from documents
anyone can write.  JSON keeps every value verbatim.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Mapping, Sequence
from typing import IO, Any

FORMATS = ("table", "csv", "json")
# when the terminal is too narrow, text columns give up width in this order
# (any other text column between these and action, widest first), down to MIN_WIDTH;
# the action text (what the reader came for) and the council name go last
SHRINK_FIRST = ("due_date_text", "theme", "title")
SHRINK_LAST = ("action", "authority", "measure")
# names a reader looks up: shown whole whatever the width (they are short)
NEVER_SHRINK = ("document",)
MIN_WIDTH = 10
# a cell starting with one of these is run as a formula by spreadsheets
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, prefixed with ' so it shows as text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class CsvWriter(csv.DictWriter):  # type: ignore[type-arg]
    """csv.DictWriter that neutralises formula cells unless ``raw``."""

    def __init__(self, out: IO[str], fieldnames: Sequence[str], *, raw: bool = False,
                 **kwargs: Any) -> None:
        super().__init__(out, fieldnames=list(fieldnames), **kwargs)
        self.raw = raw

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        if self.raw:
            return super().writerow(rowdict)
        return super().writerow({k: neutralise(v) for k, v in rowdict.items()})


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
    text_columns = [i for i in range(len(columns)) if i not in numeric and columns[i] not in NEVER_SHRINK]
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


def column_names(rows: list[dict[str, Any]], columns: Sequence[str] | None) -> list[str]:
    """The columns asked for, else those the rows (or an empty result) carry."""
    if columns:
        return list(columns)
    if rows:
        return list(rows[0].keys())
    return list(getattr(rows, "columns", []))


def write_rows(rows: list[dict[str, Any]], fmt: str, out: IO[str],
               columns: Sequence[str] | None = None, *, raw: bool = False) -> None:
    """Write rows in one of FORMATS; CSV and JSON keep every value whole.

    Nothing found is ``(no rows)``, ``[]``, or a CSV header alone.
    """
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        keys = column_names(rows, columns)
        writer = CsvWriter(out, keys, raw=raw, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: cell(row.get(k)) if isinstance(row.get(k), list) else row.get(k)
                             for k in keys})
    else:
        out.write(render_table(rows, columns) + "\n")
