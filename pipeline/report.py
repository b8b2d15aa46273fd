"""`actionplans report`: one self-contained HTML file comparing councils.

Everything is inline (CSS, SVG charts); the page loads nothing and runs no
script, so it opens offline and can be mailed as one file. Figures come
from the views via pipeline.queries, the same numbers `compare` prints.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from pipeline import queries
from pipeline.report_svg import STATUS_COLOURS, STATUS_LABELS, count_bars, status_mix, timeline

Row = dict[str, Any]
ACTION_CHARS = 180  # longer action text is cut in the table (the full text is its tooltip)

CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d1d1d;
  background:#f4f5f7;margin:0}
main{max-width:1080px;margin:0 auto;padding:28px 24px 60px}
h1{font-size:26px;margin:0 0 4px} h2{font-size:19px;margin:0 0 6px}
.lede{color:#555;margin:0 0 22px}
section{background:#fff;border-radius:10px;padding:20px 22px;margin:0 0 20px;
  box-shadow:0 1px 3px rgba(0,0,0,.08)}
section p.note{color:#555;font-size:14px;margin:0 0 12px}
.chart{max-width:100%;height:auto;display:block}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th{text-align:left;border-bottom:2px solid #ccc;padding:6px 8px;color:#444;white-space:nowrap}
td{border-bottom:1px solid #eee;padding:6px 8px;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 7px;border-radius:9px;font-size:12px;white-space:nowrap}
.source{color:#555;font-size:12.5px;white-space:nowrap}
div.due{min-width:140px;max-width:180px}
small{color:#666} tr.group td{background:#f0f2f5;padding-top:9px;border-bottom:1px solid #ddd}
.count{color:#666;font-size:12.5px;margin-left:6px}
.figures{display:flex;gap:14px;margin:0 0 20px}
.figure{flex:1;background:#fff;border-radius:10px;padding:14px 18px;
  box-shadow:0 1px 3px rgba(0,0,0,.08)}
.figure b{display:block;font-size:26px} .figure span{color:#555;font-size:13px}
"""


def badge(status: str | None) -> str:
    if not status:
        return "—"
    colour = STATUS_COLOURS.get(status, "#ccc")
    ink = "#fff" if status in ("complete", "off_track", "not_started") else "#222"
    return (f'<span class="badge" style="background:{colour};color:{ink}">'
            f'{escape(STATUS_LABELS.get(status, status))}</span>')


def cell(value: Any) -> str:
    return "" if value is None else escape(f"{value:g}" if isinstance(value, float) else
                                           str(value))


def table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """An HTML table from cells that are already HTML."""
    numeric = numeric or set()
    head = "".join(f'<th class="num">{h}</th>' if i in numeric else f"<th>{h}</th>"
                   for i, h in enumerate(headers))
    body = "".join(f'<tr class="group"><td colspan="{len(headers)}">{row[0]}</td></tr>'
                   if len(row) == 1 < len(headers) else
                   "<tr>" + "".join(f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def section(title: str, note: str, body: str, ident: str) -> str:
    return (f'<section id="{ident}"><h2>{escape(title)}</h2><p class="note">{note}</p>'
            f"{body}</section>")


def name(row: Row) -> str:
    return row.get("authority") or "(council unknown)"


def headline(summary: list[Row]) -> str:
    figures = [(len(summary), "councils"), (sum(r["documents"] for r in summary), "plans"),
               (sum(r["lines"] for r in summary), "action lines"),
               (sum(r["overdue"] for r in summary), "overdue at report date"),
               (sum(r["off_track"] for r in summary), "off track")]
    return '<div class="figures">' + "".join(
        f'<div class="figure"><b>{n}</b><span>{escape(label)}</span></div>'
        for n, label in figures) + "</div>"


def summary_section(summary: list[Row]) -> str:
    rows = [[escape(name(r)), cell(r["as_of"]) + (" + undated" if r["undated_documents"] else ""),
             cell(r["lines"]), cell(r["pct_complete"]), cell(r["pct_off_track"]),
             cell(r["overdue"]), cell(r["median_days_overdue"]), cell(r["slipping"])]
            for r in summary]
    headers = ["Council", "As of (report date)", "Lines", "% complete", "% off track",
               "Overdue", "Median days overdue", "Slipping"]
    note = ("Latest version of each council's plans. Overdue = due before the plan's report "
            "date and not complete; slipping = lines whose due date moved later or whose "
            "status got worse since the previous version.")
    return section("Councils side by side", note, table(headers, rows, {2, 3, 4, 5, 6, 7}),
                   "summary")


def mix_section(counts: list[Row]) -> str:
    rows = [(name(r), {s: r[s] for s in STATUS_LABELS}) for r in counts]
    return section("Status mix per council", "Share of each council's action lines by the "
                   "status its latest report gives them.", status_mix(rows), "status-mix")


def overdue_section(summary: list[Row]) -> str:
    ordered = sorted(summary, key=lambda r: -r["overdue"])
    rows = [(name(r), r["overdue"], f"as of {r['as_of'] or 'no report date'}" +
             (f" · median {r['median_days_overdue']:g} days late"
              if r["median_days_overdue"] is not None else "")) for r in ordered]
    return section("Overdue actions per council", "Lines past their due date and not complete "
                   "at the date of the council's own report.", count_bars(rows), "overdue")


def timeline_section(engine: Engine, summary: list[Row]) -> str:
    dated = queries.due_dates(engine)
    councils = [name(r) for r in summary]
    points = [(name(r), date.fromisoformat(r["due_date"]), r["status"]) for r in dated]
    reports = {name(r): date.fromisoformat(r["as_of"]) for r in summary if r["as_of"]}
    return section("Due dates on a timeline", "Each dot is an action line at its due date, "
                   "coloured by status.", timeline(councils, points, reports), "timeline")


def movement_section(engine: Engine) -> str:
    versions = queries.status_by_version(engine)
    if not versions:
        return section("Status movement across versions", "No plan has more than one version "
                       "in the database yet: once a later progress report of a plan is "
                       "ingested, its status mix per version appears here.", "", "movement")
    rows = [(f"{name(r)} · {r['report_date'] or 'undated'}", {s: r[s] for s in STATUS_LABELS})
            for r in versions]
    slipped = queries.slipping_lines(engine)
    listing = table(["Council", "Ref", "Action", "Status", "Due date", "Report"],
                    [[escape(name(r)), cell(r["ref"]), escape(clip(r["action"])),
                      change(r["previous_status"], r["status"], badge),
                      change(r["previous_due_date"], r["due_date"], cell),
                      f'<span class="source">{cell(r["document"])}</span>'] for r in slipped])
    return section("Status movement across versions", "Status mix of every version of each "
                   f"plan with history, oldest first; then the {len(slipped)} lines of the "
                   "latest versions that slipped.", status_mix(rows) + listing, "movement")


def change(before: Any, after: Any, show: Callable[[Any], str]) -> str:
    """'before → after' where the value changed, else the value once."""
    if before == after:
        return show(after)
    return f"{show(before)} → {show(after)}"


def clip(value: str | None, limit: int = ACTION_CHARS) -> str:
    words = " ".join((value or "").split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


# what a line's ``page`` counts, by file type (SCHEMA.md): a PDF's page, an Excel
# workbook's sheet among its visible sheets, a Word-family file's table
PLACE_WORDS = {"pdf": "page", "xlsx": "sheet"}


def place_word(file_type: str | None) -> str:
    """The word for what ``page`` numbers in a file of this type."""
    return PLACE_WORDS.get(file_type or "", "table")


def source(row: Row) -> str:
    where = f"{place_word(row.get('file_type'))} {row['page']}" if row.get("page") is not None else ""
    return f'<span class="source">{escape(row["document"])}<br>{escape(where)}</span>'


def due_cell(row: Row) -> str:
    """The date read, then the timescale as printed (often several milestones)."""
    printed = escape(clip(row["due_date_text"], 70))
    if row["due_date"]:
        printed = f"<b>{cell(row['due_date'])}</b><br><small>{printed}</small>"
    return f'<div class="due">{printed}</div>'


def attention_rows(lines: list[Row]) -> list[list[str]]:
    """Table rows, a heading row before each council's lines."""
    rows: list[list[str]] = []
    for i, r in enumerate(lines):
        if i == 0 or name(lines[i - 1]) != name(r):
            count = sum(1 for other in lines if name(other) == name(r))
            plural = "line" if count == 1 else "lines"
            rows.append([f'<b>{escape(name(r))}</b> <span class="count">{count} {plural}</span>'])
        full = escape(" ".join((r["action"] or "").split()))
        rows.append([cell(r["ref"]), f'<span title="{full}">{escape(clip(r["action"]))}</span>',
                     due_cell(r), badge(r["status"]), cell(r["days_overdue"]), source(r)])
    return rows


def attention_section(engine: Engine) -> str:
    lines = queries.overdue_or_off_track(engine)
    headers = ["Ref", "Action", "Due", "Status", "Days overdue", "Source"]
    note = (f"{len(lines)} lines overdue at their report date or off track, each with the file "
            "and page it was read from (for Word files, the table number; for Excel "
            "workbooks, the sheet).")
    return section("Overdue and off-track actions", note, table(headers, attention_rows(lines),
                                                                {4}), "actions")


def render(engine: Engine) -> str:
    summary = queries.council_summary(engine)
    counts = queries.status_counts(engine)
    body = "".join([headline(summary), summary_section(summary), mix_section(counts),
                    overdue_section(summary), timeline_section(engine, summary),
                    movement_section(engine), attention_section(engine)])
    today = date.today().isoformat()
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>Council improvement plans compared</title><style>{CSS}</style></head>"
            f"<body><main><h1>Children's services improvement plans: councils compared</h1>"
            f'<p class="lede">From the latest version of each plan in the database, '
            f"generated {today}. Hover a chart mark for its numbers.</p>{body}</main>"
            f"</body></html>")


def write_report(engine: Engine, out: Path) -> None:
    """The report into ``out``, whose folder must exist (the CLI checks it, and
    writes through pipeline.outfile so a failure leaves no half file)."""
    out.write_text(render(engine), encoding="utf-8")


__all__ = ["place_word", "render", "write_report"]
