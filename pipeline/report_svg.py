"""Charts for the HTML report, drawn as inline SVG strings (no scripts, no CDN).

Every chart is a function of plain rows to one ``<svg>`` element whose
size is fixed by its content, with a <title> per mark so hovering tells the
number behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

# good to bad, then the neutral ones; colours distinguishable in greyscale too
STATUS_ORDER = ("complete", "on_track", "at_risk", "off_track", "not_started", "unknown")
STATUS_COLOURS = {
    "complete": "#1b7f3b", "on_track": "#8cc68c", "at_risk": "#f2a900",
    "off_track": "#c62828", "not_started": "#7d93a8", "unknown": "#d4d4d4",
}
STATUS_LABELS = {s: s.replace("_", " ") for s in STATUS_ORDER}
LABEL_WIDTH = 230
ROW_HEIGHT = 30
FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"


def svg(width: int, height: int, body: str, label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
            f'aria-label="{escape(label)}" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" style="{FONT};font-size:13px">{body}</svg>')


def text(x: float, y: float, content: str, anchor: str = "start", extra: str = "") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" {extra}>'
            f'{escape(content)}</text>')


def rect(x: float, y: float, w: float, h: float, fill: str, tip: str) -> str:
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" '
            f'fill="{fill}"><title>{escape(tip)}</title></rect>')


def legend(y: float, statuses: Sequence[str] = STATUS_ORDER) -> str:
    parts, x = [], float(LABEL_WIDTH)
    for status in statuses:
        parts.append(rect(x, y - 10, 12, 12, STATUS_COLOURS[status], STATUS_LABELS[status]))
        parts.append(text(x + 17, y, STATUS_LABELS[status]))
        x += 30 + 7.5 * len(STATUS_LABELS[status])
    return "".join(parts)


def status_mix(rows: Sequence[tuple[str, dict[str, int]]], width: int = 1000) -> str:
    """A 100% stacked bar per row (council or plan version), segments by status."""
    plot = width - LABEL_WIDTH - 70
    parts = [legend(16)]
    for i, (label, counts) in enumerate(rows):
        y = 34 + i * ROW_HEIGHT
        total = sum(counts.get(s, 0) for s in STATUS_ORDER)
        parts.append(text(LABEL_WIDTH - 10, y + 15, label, "end"))
        x = float(LABEL_WIDTH)
        for status in STATUS_ORDER:
            n = counts.get(status, 0)
            if not n or not total:
                continue
            w = plot * n / total
            tip = f"{label}: {n} {STATUS_LABELS[status]} ({100 * n / total:.0f}%)"
            parts.append(rect(x, y, w, ROW_HEIGHT - 8, STATUS_COLOURS[status], tip))
            if w > 26:
                colour = "#fff" if status in ("complete", "off_track", "not_started") else "#222"
                parts.append(text(x + w / 2, y + 15, str(n), "middle", f'fill="{colour}"'))
            x += w
        parts.append(text(LABEL_WIDTH + plot + 8, y + 15, f"{total} lines", extra='fill="#555"'))
    height = 34 + len(rows) * ROW_HEIGHT + 6
    return svg(width, height, "".join(parts), "status mix")


def count_bars(rows: Sequence[tuple[str, int, str]], width: int = 1000,
               colour: str = "#c62828") -> str:
    """One bar per council: (label, count, note printed after the bar)."""
    plot = width - LABEL_WIDTH - 340
    top = max([n for _, n, _ in rows] + [1])
    parts = []
    for i, (label, n, note) in enumerate(rows):
        y = 8 + i * ROW_HEIGHT
        w = plot * n / top
        parts.append(text(LABEL_WIDTH - 10, y + 15, label, "end"))
        parts.append(rect(LABEL_WIDTH, y, w, ROW_HEIGHT - 8, colour, f"{label}: {n}"))
        parts.append(text(LABEL_WIDTH + w + 8, y + 15, f"{n}", extra='font-weight="600"'))
        parts.append(text(LABEL_WIDTH + w + 40, y + 15, note, extra='fill="#555"'))
    return svg(width, 16 + len(rows) * ROW_HEIGHT, "".join(parts), "overdue counts")


def year_ticks(start: date, end: date) -> list[date]:
    return [date(y, 1, 1) for y in range(start.year, end.year + 2)]


def timeline(councils: Sequence[str], points: Sequence[tuple[str, date, str]],
             report_dates: dict[str, date], width: int = 1000) -> str:
    """Due dates as dots on a time axis, a lane per council, its report date marked."""
    dates = [d for _, d, _ in points] + list(report_dates.values())
    if not dates:
        return svg(width, 30, text(10, 20, "No dated lines."), "due dates")
    ticks = year_ticks(min(dates), max(dates))
    start, end = ticks[0], ticks[-1]
    plot = width - LABEL_WIDTH - 20
    lane = 38

    def x_of(day: date) -> float:
        return LABEL_WIDTH + plot * (day - start).days / max((end - start).days, 1)

    parts = [legend(16)]
    top = 30
    bottom = top + lane * len(councils)
    for tick in ticks:
        parts.append(f'<line x1="{x_of(tick):.1f}" x2="{x_of(tick):.1f}" y1="{top}" '
                     f'y2="{bottom}" stroke="#e3e3e3"/>')
        parts.append(text(x_of(tick), bottom + 16, str(tick.year), "middle", 'fill="#555"'))
    for i, council in enumerate(councils):
        y = top + i * lane + lane / 2
        parts.append(text(LABEL_WIDTH - 10, y + 4, council, "end"))
        parts.append(f'<line x1="{LABEL_WIDTH}" x2="{LABEL_WIDTH + plot}" y1="{y:.1f}" '
                     f'y2="{y:.1f}" stroke="#bbb"/>')
        parts.extend(lane_dots(council, points, y, x_of))
        if council in report_dates:
            rx = x_of(report_dates[council])
            parts.append(f'<line x1="{rx:.1f}" x2="{rx:.1f}" y1="{y - 15:.1f}" y2="{y + 15:.1f}" '
                         f'stroke="#111" stroke-width="2"><title>{escape(council)} report date '
                         f'{report_dates[council].isoformat()}</title></line>')
    parts.append(text(LABEL_WIDTH, bottom + 34, "| = the plan's report date: dots to its left "
                      "were due by then", extra='fill="#555"'))
    return svg(width, int(bottom + 44), "".join(parts), "due dates on a timeline")


def lane_dots(council: str, points: Sequence[tuple[str, date, str]], y: float,
              x_of: Callable[[date], float]) -> list[str]:
    """The council's dots, stacked a little where several fall on one day."""
    seen: dict[date, int] = {}
    dots = []
    for name, day, status in points:
        if name != council:
            continue
        k = seen.get(day, 0)
        seen[day] = k + 1
        dy = ((k % 5) - 2) * 4.5
        dots.append(f'<circle cx="{x_of(day):.1f}" cy="{y + dy:.1f}" r="4.2" '
                    f'fill="{STATUS_COLOURS.get(status, "#999")}" stroke="#fff" '
                    f'stroke-width="0.8"><title>{escape(council)}: due {day.isoformat()}, '
                    f'{STATUS_LABELS.get(status, status)}</title></circle>')
    return dots
