"""A cell's value as Excel prints it: dates through their number format, numbers plainly.

openpyxl gives a date cell as a ``datetime`` and leaves the number format as
a code (``d-mmm-yy``, ``mmmm yyyy``, ``dd/mm/yyyy``); the timescale parser
must see what the reader saw ("Mar-13", "March 2013"), so the code is applied
here.  Only what plans use is rendered: date and time codes, literal text,
percentages, fixed decimals and thousands separators.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from openpyxl.utils.escape import unescape

DATE_TOKEN_RE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|am/pm|a/p|y+|m+|d+|h+|s+|.', re.I)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DEFAULT_DATE_FORMAT = "dd/mm/yyyy"  # a UK reader's default for a date with no format


def printed(value: Any, number_format: str | None) -> str:
    """The text a cell shows (the empty string for an empty cell)."""
    if value is None or hidden_by_format(value, number_format):
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime | date | time):
        return format_date(value, first_section(number_format) or DEFAULT_DATE_FORMAT)
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, int | float):
        return format_number(value, first_section(number_format))
    # Excel stores characters XML cannot hold as _xHHHH_ ("_x000D_" a carriage return
    # inside a cell), and openpyxl hands them over undecoded
    return unescape(str(value)).replace("\r\n", "\n").replace("\r", "\n")


def hidden_by_format(value: Any, number_format: str | None) -> bool:
    """A format whose section for this value is empty shows nothing: ``;;;`` hides
    every value, a tracker's way to keep a status letter that only colours the cell."""
    sections = (number_format or "").split(";")
    if len(sections) < 2:
        return False
    if isinstance(value, str):
        index = 3  # text has its own (fourth) section; with fewer, it shows as typed
    elif isinstance(value, int | float) and not isinstance(value, bool):
        index = 0 if value > 0 else 1 if value < 0 else 2 if len(sections) > 2 else 0
    else:
        return False
    return index < len(sections) and not sections[index].strip()


def first_section(number_format: str | None) -> str:
    """The positive-number section of a format code ("General" counts as none)."""
    code = (number_format or "").split(";")[0].strip()
    return "" if code.lower() == "general" else code


def format_date(value: datetime | date | time, code: str) -> str:
    if not any(ch in code.lower() for ch in "ymdhs"):
        code = DEFAULT_DATE_FORMAT
    tokens = DATE_TOKEN_RE.findall(code)
    out = []
    for i, token in enumerate(tokens):
        out.append(render_token(value, token, minutes_here(tokens, i)))
    return "".join(out).strip()


def minutes_here(tokens: list[str], i: int) -> bool:
    """An ``m`` right after an hour or right before a second is minutes, not a month."""
    before = [t.lower() for t in tokens[:i] if t.strip() and t not in ":."]
    after = [t.lower() for t in tokens[i + 1:] if t.strip() and t not in ":."]
    return bool((before and before[-1].startswith("h")) or (after and after[0].startswith("s")))


def render_token(value: datetime | date | time, token: str, minutes: bool) -> str:
    low = token.lower()
    if low.startswith('"'):
        return token[1:-1]
    if low.startswith("\\"):
        return token[1:]
    if low.startswith("["):
        return ""  # a locale, colour or condition: not printed
    if isinstance(value, time) and low[0] in "ymd" and not (low[0] == "m" and minutes):
        return ""
    if low[0] == "y" and not isinstance(value, time):
        return str(value.year) if len(low) > 2 else f"{value.year % 100:02d}"
    if low[0] == "m" and minutes:
        return f"{getattr(value, 'minute', 0):02d}" if len(low) > 1 else str(getattr(value, "minute", 0))
    if low[0] == "m" and not isinstance(value, time):
        return month_text(value.month, len(low))
    if low[0] == "d" and not isinstance(value, time):
        return day_text(value, len(low))
    if low[0] in "hs":
        return clock_text(value, low)
    if low in ("am/pm", "a/p"):
        hour = getattr(value, "hour", 0)
        return ("AM" if hour < 12 else "PM") if low == "am/pm" else ("A" if hour < 12 else "P")
    return token


def month_text(month: int, width: int) -> str:
    name = MONTH_NAMES[month - 1]
    return {1: str(month), 2: f"{month:02d}", 3: name[:3], 5: name[0]}.get(width, name)


def day_text(value: date | datetime, width: int) -> str:
    if width >= 4:
        return DAY_NAMES[value.weekday()]
    if width == 3:
        return DAY_NAMES[value.weekday()][:3]
    return f"{value.day:02d}" if width == 2 else str(value.day)


def clock_text(value: Any, token: str) -> str:
    number = getattr(value, "hour" if token[0] == "h" else "second", 0)
    return f"{number:02d}" if len(token) > 1 else str(number)


def format_number(value: int | float, code: str) -> str:
    if not code or not any(ch in code for ch in "0#"):
        return plain_number(value)
    percent = "%" in code
    shown = value * 100 if percent else value
    decimals = sum(1 for ch in code.split(".", 1)[1] if ch in "0#") if "." in code else 0
    text = f"{shown:,.{decimals}f}" if "," in code else f"{shown:.{decimals}f}"
    return text + ("%" if percent else "")


def plain_number(value: int | float) -> str:
    """General format: integers without ".0", other numbers as short as they round-trip."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)
