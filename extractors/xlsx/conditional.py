"""Conditional formatting -> the fill each cell shows, as Excel would paint it.

Trackers most often colour a RAG column with conditional formats, not static
fills, so the colour a reader sees lives only in rules.  Each rule is worked
out again against the cells' cached values, without running anything:

- ``cellIs`` (equal, notEqual, greater/less than (or equal), between,
  notBetween) against a literal or a same-sheet cell;
- ``containsText``, ``notContainsText``, ``beginsWith``, ``endsWith``
  (without case, as Excel), ``containsBlanks``, ``notContainsBlanks``;
- ``expression`` rules of the shapes in cf_formula.py (``=$H5="Complete"``,
  ``=ISNUMBER(SEARCH("Red",H5))``, ``=H5>0.5``), relative references moved
  from the rule's anchor (the top-left cell of its range) to each cell.

Rules are tried in priority order: the first one that holds and sets a fill
gives the cell its colour (over any static fill, as in Excel); a rule that
holds with "stop if true" ends the search even without a fill.  Colour
scales, data bars and icon sets paint gradients or pictures, not a status
colour, and other rule types (top 10, above average, dates relative to
today, duplicates) depend on more than the cell: none is evaluated, and a
warning counts what was left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from extractors.xlsx.cf_formula import (
    ERROR,
    FormulaError,
    Lookup,
    as_text,
    evaluate,
    holds,
    parse_expression,
    parse_operand,
    value_of,
)
from extractors.xlsx.colours import Palette

# cells x rules tried on one sheet; past it the rest are left unpainted (a warning says so)
MAX_EVALUATIONS = 1_000_000
CELL_OPS = {"equal": "=", "notEqual": "<>", "greaterThan": ">", "lessThan": "<",
            "greaterThanOrEqual": ">=", "lessThanOrEqual": "<="}
UNSET_RGB = "00000000"  # openpyxl's default Color: a dxf that names no colour
Test = Callable[[Any, tuple[int, int], Lookup], bool]
Position = tuple[int, int]


class Skipped(Exception):
    """A rule left out, with the reason counted in the sheet's warning."""


@dataclass(frozen=True)
class Prepared:
    """One rule ready to try: its place in the order, its effect, and its test."""

    priority: int
    order: int
    stop: bool
    fill: str | None
    test: Test
    anchor: Position


def conditional_fills(ws: Any, stored: dict[Position, Any], extent: Position, palette: Palette,
                      notes: list[str]) -> dict[Position, str]:
    """The conditional fill of each cell within ``extent`` (last row, last column) that a
    rule paints, by (row, column); warnings about rules left out go to ``notes``."""
    skipped: Counter[str] = Counter()
    try:
        rules = prepared_rules(ws, palette, skipped)
        fills = paint(rules, stored, extent, skipped)
    except (ValueError, TypeError, AttributeError, KeyError, IndexError):
        notes.append(f"sheet {ws.title!r}: conditional formatting unreadable, not applied")
        return {}
    if skipped:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(skipped.items()))
        notes.append(f"sheet {ws.title!r}: conditional format rules not evaluated: {reasons}")
    return fills


def prepared_rules(ws: Any, palette: Palette, skipped: Counter[str]
                   ) -> list[tuple[Prepared, list[Any]]]:
    out = []
    for order, (ranges, rule) in enumerate(sheet_rules(ws)):
        if not ranges:
            continue
        anchor = (min(r.min_row for r in ranges), min(r.min_col for r in ranges))
        try:
            test = rule_test(rule)
        except Skipped as why:
            skipped[str(why)] += 1
            continue
        priority = rule.priority if isinstance(rule.priority, int) else 0
        out.append((Prepared(priority, order, bool(rule.stopIfTrue), dxf_fill(rule, palette),
                             test, anchor), ranges))
    return out


def sheet_rules(ws: Any) -> list[tuple[list[Any], Any]]:
    return [(list(cf.sqref.ranges), rule) for cf in ws.conditional_formatting
            for rule in cf.rules]


def paint(rules: list[tuple[Prepared, list[Any]]], stored: dict[Position, Any], extent: Position,
          skipped: Counter[str]) -> dict[Position, str]:
    """Try each cell's rules in priority order; the first fill that holds wins."""
    by_cell: dict[Position, list[Prepared]] = {}
    budget = MAX_EVALUATIONS
    for rule, ranges in rules:
        for pos in range_cells(ranges, extent):
            if budget <= 0:
                skipped["past the evaluation limit"] += 1
                return decide(by_cell, stored)
            budget -= 1
            by_cell.setdefault(pos, []).append(rule)
    return decide(by_cell, stored)


def range_cells(ranges: list[Any], extent: Position) -> set[Position]:
    """The cells of a rule's ranges that lie where the sheet has text (a rule on A:Z
    must not make a million cells)."""
    last_row, last_col = extent
    return {(r, c) for rng in ranges
            for r in range(rng.min_row, min(rng.max_row, last_row) + 1)
            for c in range(rng.min_col, min(rng.max_col, last_col) + 1)}


def decide(by_cell: dict[Position, list[Prepared]], stored: dict[Position, Any]
           ) -> dict[Position, str]:
    def lookup(row: int, col: int) -> Any:
        cell = stored.get((row, col))
        if cell is None:
            return None
        return ERROR if getattr(cell, "data_type", None) == "e" else cell.value

    fills: dict[Position, str] = {}
    for (row, col), rules in by_cell.items():
        value = lookup(row, col)
        for rule in sorted(rules, key=lambda r: (r.priority, r.order)):
            shift = (row - rule.anchor[0], col - rule.anchor[1])
            if not rule.test(value, shift, lookup):
                continue
            if rule.fill is not None:
                fills[(row, col)] = rule.fill
                break
            if rule.stop:
                break
    return fills


def rule_test(rule: Any) -> Test:
    """The test a rule applies to a cell, or Skipped with the reason."""
    kind = rule.type
    try:
        if kind == "cellIs":
            return cell_is_test(rule.operator, list(rule.formula or ()))
        if kind in TEXT_TESTS:
            if not isinstance(rule.text, str):
                raise Skipped(f"{kind} without its text")
            return text_test(kind, rule.text)
        if kind in ("containsBlanks", "notContainsBlanks"):
            want_blank = kind == "containsBlanks"
            return lambda value, _shift, _lookup: is_blank(value) == want_blank
        if kind == "expression":
            formulas = list(rule.formula or ())
            expr = parse_expression(formulas[0] if len(formulas) == 1 else "")
            return lambda _value, shift, lookup: evaluate(expr, shift, lookup)
    except FormulaError as error:
        raise Skipped(f"{kind} ({error})") from error
    if kind in ("colorScale", "dataBar", "iconSet"):
        raise Skipped(f"{kind} (a scale, not a status colour)")
    raise Skipped(f"{kind} (depends on more than the cell)")


def cell_is_test(operator: Any, formulas: list[str]) -> Test:
    bounds = [parse_operand(f) for f in formulas]
    if operator in CELL_OPS and len(bounds) == 1:
        op, bound = CELL_OPS[operator], bounds[0]
        return lambda value, shift, lookup: holds(value, op, value_of(bound, shift, lookup))
    if operator in ("between", "notBetween") and len(bounds) == 2:
        inside = operator == "between"
        low_term, high_term = bounds

        def between(value: Any, shift: tuple[int, int], lookup: Lookup) -> bool:
            low, high = (value_of(t, shift, lookup) for t in (low_term, high_term))
            if ERROR in (value, low, high):
                return False  # an error makes the rule false, "not between" too
            # Excel takes the two bounds in either order
            within = ((holds(value, ">=", low) and holds(value, "<=", high))
                      or (holds(value, ">=", high) and holds(value, "<=", low)))
            return within == inside
        return between
    raise FormulaError(f"operator {operator!r} with {len(bounds)} value(s)")


TEXT_TESTS: dict[str, Callable[[str, str], bool]] = {
    "containsText": lambda text, needle: needle in text,
    "notContainsText": lambda text, needle: needle not in text,
    "beginsWith": lambda text, needle: text.startswith(needle),
    "endsWith": lambda text, needle: text.endswith(needle),
}


def text_test(kind: str, needle: str) -> Test:
    check, wanted = TEXT_TESTS[kind], needle.casefold()

    def test(value: Any, _shift: tuple[int, int], _lookup: Lookup) -> bool:
        text = as_text(value)
        return text is not None and check(text.casefold(), wanted)
    return test


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def dxf_fill(rule: Any, palette: Palette) -> str | None:
    """The fill colour a rule's differential style paints, or None (it sets no fill).
    A dxf's solid fill names its colour as bgColor (fgColor when openpyxl wrote it)."""
    fill = getattr(getattr(rule, "dxf", None), "fill", None)
    if fill is None:
        return None
    if getattr(fill, "stop", None):
        return palette.resolve(fill.stop[0].color)
    if getattr(fill, "patternType", None) not in (None, "solid"):
        return None  # a hatch pattern: no one status colour
    for colour in (getattr(fill, "bgColor", None), getattr(fill, "fgColor", None)):
        if colour is not None and not (colour.type == "rgb" and colour.rgb == UNSET_RGB):
            return palette.resolve(colour)
    return None
