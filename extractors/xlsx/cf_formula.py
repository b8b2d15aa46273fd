"""The few formula shapes conditional formats use, read and compared without executing.

A tracker colours its status column with rules such as "cell value equal to
"R"", "text contains Red", or an expression ``=$H5="Complete"``.  Excel keeps
only the rule; the colour a reader saw must be worked out again from the
cell's cached value.  This module understands a closed set of shapes:

- an operand: a string (``"Red"``), a number, TRUE/FALSE, or a same-sheet
  cell reference (``H5``, ``$H5``, ``$H$5``), relative parts shifted per cell;
- a comparison ``operand op operand`` with ``= <> < > <= >=``;
- ``ISNUMBER(SEARCH("text",ref))``, ``ISNUMBER(FIND(...))`` and
  ``NOT(ISERROR(SEARCH(...)))`` (what Excel writes for "contains").

Anything else (a function, arithmetic, another sheet, a name) does not parse
and the rule is skipped: nothing is ever evaluated by a formula engine.
Comparisons follow Excel: text compares without case, an empty cell is 0
beside a number and "" beside text, and numbers < text < TRUE/FALSE.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from extractors.xlsx.numbers import plain_number

MAX_FORMULA_CHARS = 512
MAX_ROW, MAX_COL = 1_048_576, 16_384
EXCEL_EPOCH = datetime(1899, 12, 30)
TOKEN_RE = re.compile(r'''\s*(?:
    (?P<str>"(?:[^"]|"")*")
  | (?P<ref>\$?[A-Za-z]{1,3}\$?[0-9]{1,7})(?![A-Za-z0-9_(!.])
  | (?P<num>-?[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|-?\.[0-9]+)
  | (?P<name>[A-Za-z][A-Za-z0-9_.]*)
  | (?P<op><=|>=|<>|=|<|>)
  | (?P<punct>[(),])
)''', re.X)
REF_RE = re.compile(r"(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)")
OPS: dict[str, Callable[[int], bool]] = {
    "=": lambda c: c == 0, "<>": lambda c: c != 0, "<": lambda c: c < 0,
    ">": lambda c: c > 0, "<=": lambda c: c <= 0, ">=": lambda c: c >= 0,
}


class FormulaError(ValueError):
    """A formula outside the shapes this module reads."""


class CellError:
    """A cell holding an Excel error (#N/A, #DIV/0!): no comparison with it holds."""


ERROR = CellError()


@dataclass(frozen=True)
class Literal:
    value: Any


@dataclass(frozen=True)
class Ref:
    row: int
    col: int
    row_abs: bool
    col_abs: bool

    def at(self, row_shift: int, col_shift: int) -> tuple[int, int] | None:
        row = self.row if self.row_abs else self.row + row_shift
        col = self.col if self.col_abs else self.col + col_shift
        return (row, col) if 1 <= row <= MAX_ROW and 1 <= col <= MAX_COL else None


Operand = Literal | Ref


@dataclass(frozen=True)
class Compare:
    left: Operand
    op: str
    right: Operand


@dataclass(frozen=True)
class Search:
    needle: str
    ref: Ref
    case_sensitive: bool  # FIND is, SEARCH is not


Expression = Compare | Search
Lookup = Callable[[int, int], Any]


def tokens(formula: str) -> list[tuple[str, str]]:
    text = formula.strip()
    if len(text) > MAX_FORMULA_CHARS:
        raise FormulaError("formula too long")
    text = text[1:] if text.startswith("=") else text
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = TOKEN_RE.match(text, pos)
        if match is None or match.end() == pos:
            if text[pos:].strip():
                raise FormulaError("unreadable formula")
            break
        kind = match.lastgroup or ""
        out.append((kind, match.group(kind)))
        pos = match.end()
    return out


def parse_ref(text: str) -> Ref:
    match = REF_RE.fullmatch(text)
    if match is None:
        raise FormulaError("not a reference")
    col = 0
    for ch in match.group(2).upper():
        col = col * 26 + ord(ch) - 64
    row = int(match.group(4))
    if not (1 <= row <= MAX_ROW and 1 <= col <= MAX_COL):
        raise FormulaError("reference outside the sheet")
    return Ref(row, col, match.group(3) == "$", match.group(1) == "$")


def operand(token: tuple[str, str]) -> Operand:
    kind, text = token
    if kind == "str":
        return Literal(text[1:-1].replace('""', '"'))
    if kind == "num":
        return Literal(float(text))
    if kind == "ref":
        return parse_ref(text)
    if kind == "name" and text.upper() in ("TRUE", "FALSE"):
        return Literal(text.upper() == "TRUE")
    raise FormulaError("not an operand")


def parse_operand(formula: str) -> Operand:
    """A cellIs rule's bound: one literal or reference."""
    found = tokens(formula)
    if len(found) != 1:
        raise FormulaError("not a single operand")
    return operand(found[0])


def parse_expression(formula: str) -> Expression:
    """An expression rule's formula, if it has one of the shapes read here."""
    found = tokens(formula)
    if len(found) == 3 and found[1][0] == "op":
        return Compare(operand(found[0]), found[1][1], operand(found[2]))
    # names upper-cased, literals by kind in lower case: a function called STR is no string
    upper = [t if k == "punct" else t.upper() if k == "name" else k for k, t in found]
    for prefix, suffix in ((["ISNUMBER", "("], [")"]), (["NOT", "(", "ISERROR", "("], [")", ")"])):
        inner = upper[len(prefix):len(upper) - len(suffix)]
        if (upper[:len(prefix)] == prefix and upper[len(upper) - len(suffix):] == suffix
                and inner[:2] in (["SEARCH", "("], ["FIND", "("])
                and inner[2:] == ["str", ",", "ref", ")"]):
            needle = found[len(prefix) + 2][1][1:-1].replace('""', '"')
            return Search(needle, parse_ref(found[len(prefix) + 4][1]), inner[0] == "FIND")
    raise FormulaError("not a simple comparison or text search")


def scalar(value: Any) -> Any:
    """A cached cell value as Excel compares it: dates are serial numbers."""
    if isinstance(value, datetime):
        return (value - EXCEL_EPOCH) / timedelta(days=1)
    if isinstance(value, date):
        return float((value - EXCEL_EPOCH.date()).days)
    if isinstance(value, time):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def rank(value: Any) -> int:
    if isinstance(value, bool):
        return 2
    return 1 if isinstance(value, str) else 0


def compare(left: Any, right: Any) -> int | None:
    """-1, 0 or 1 as Excel orders two values; None when either is an error."""
    left, right = scalar(left), scalar(right)
    if left is ERROR or right is ERROR:
        return None
    if left is None:
        left = blank_beside(right)
    if right is None:
        right = blank_beside(left)
    if not isinstance(left, str | bool | float) or not isinstance(right, str | bool | float):
        return None
    if rank(left) != rank(right):
        return -1 if rank(left) < rank(right) else 1
    if isinstance(left, str):
        left, right = left.casefold(), str(right).casefold()
    return (left > right) - (left < right)


def blank_beside(other: Any) -> Any:
    if isinstance(other, str):
        return ""
    return False if isinstance(other, bool) else 0.0


def holds(left: Any, op: str, right: Any) -> bool:
    order = compare(left, right)
    return order is not None and OPS[op](order)


def as_text(value: Any) -> str | None:
    """A value as the text functions see it (None for an error)."""
    value = scalar(value)
    if value is ERROR:
        return None
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return plain_number(value)
    return str(value)


def value_of(term: Operand, shift: tuple[int, int], lookup: Lookup) -> Any:
    if isinstance(term, Literal):
        return term.value
    pos = term.at(*shift)
    return ERROR if pos is None else lookup(*pos)


def evaluate(expr: Expression, shift: tuple[int, int], lookup: Lookup) -> bool:
    """Whether an expression holds for the cell ``shift`` rows and columns from the
    rule's anchor."""
    if isinstance(expr, Compare):
        return holds(value_of(expr.left, shift, lookup), expr.op,
                     value_of(expr.right, shift, lookup))
    text = as_text(value_of(expr.ref, shift, lookup))
    if text is None:
        return False
    if expr.case_sensitive:
        return expr.needle in text
    return expr.needle.casefold() in text.casefold()
