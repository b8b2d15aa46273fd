"""Conditional formats in Excel trackers: the fill a rule paints, worked out from the
cells' cached values without executing anything.

Each case builds a small workbook with openpyxl (a status cell B2 beside another
cell C2, a rule on B2:B3) and reads it through the real extractor; every rule that
holds has a negative beside it that does not, and formulas outside the shapes read
(functions, other sheets, TODAY()) paint nothing and are reported, never run.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule, IconSetRule, Rule
from openpyxl.styles import PatternFill
from openpyxl.styles.colors import Color
from openpyxl.styles.differential import DifferentialStyle

import extractors.xlsx.conditional as conditional
from extractors.dispatch import extract
from extractors.xlsx.cf_formula import (
    Compare,
    FormulaError,
    Literal,
    Ref,
    Search,
    parse_expression,
)
from extractors.xlsx.colours import Palette
from models.records import RawDocument

RED = "#ff0000"
AMBER = "#ffc000"
GREEN = "#00b050"


def dxf(colour: str = RED) -> DifferentialStyle:
    """A conditional fill as Excel writes it: the colour as bgColor alone."""
    return DifferentialStyle(fill=PatternFill(bgColor=Color(rgb="FF" + colour[1:].upper())))


def cell_is(operator: str, *formula: str, colour: str = RED) -> Rule:
    return Rule(type="cellIs", operator=operator, formula=list(formula), dxf=dxf(colour))


def text_rule(kind: str, text: str, colour: str = RED) -> Rule:
    return Rule(type=kind, operator=kind.replace("notContainsText", "notContains"), text=text,
                dxf=dxf(colour))


def expression(formula: str, colour: str = RED, **extra: Any) -> Rule:
    return Rule(type="expression", formula=[formula], dxf=dxf(colour), **extra)


def workbook(status: Any, other: Any = "Open", rules: tuple[Rule, ...] = (),
             edit: Callable[[Any], None] | None = None) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["Ref", "Status", "Other", 1])
    ws.append(["1.1", status, other])
    ws.append(["1.2", "Later", "Open"])
    for priority, rule in enumerate(rules, start=1):
        rule.priority = rule.priority or priority
        ws.conditional_formatting.add("B2:B3", rule)
    if edit:
        edit(ws)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def read(data: bytes, tmp_path: Path) -> RawDocument:
    path = tmp_path / "tracker.xlsx"
    path.write_bytes(data)
    return extract(path)


def fill_at(raw: RawDocument, row: int, col: int) -> str | None:
    return next(c.fill for c in raw.tables[0].cells if (c.row, c.col) == (row, col))


def painted(tmp_path: Path, status: Any, *rules: Rule, other: Any = "Open") -> str | None:
    """The fill the extractor gives B2 (row 1, column 1 of the table)."""
    return fill_at(read(workbook(status, other, rules), tmp_path), 1, 1)


# (case id, B2's value, C2's value, rule, whether B2 is painted)
RULE_CASES = [
    ("equal", "R", "x", lambda: cell_is("equal", '"R"'), True),
    ("equal-ignores-case", "r", "x", lambda: cell_is("equal", '"R"'), True),
    ("equal-whole-value-only", "Red", "x", lambda: cell_is("equal", '"R"'), False),
    ("equal-text-is-not-a-number", "1", "x", lambda: cell_is("equal", "1"), False),
    ("notEqual", "Open", "x", lambda: cell_is("notEqual", '"Complete"'), True),
    ("notEqual-same", "complete", "x", lambda: cell_is("notEqual", '"Complete"'), False),
    ("greaterThan", 0.75, "x", lambda: cell_is("greaterThan", "0.5"), True),
    ("greaterThan-below", 0.25, "x", lambda: cell_is("greaterThan", "0.5"), False),
    ("lessThanOrEqual-edge", 0.5, "x", lambda: cell_is("lessThanOrEqual", "0.5"), True),
    ("greaterThanOrEqual-edge", 0.49, "x", lambda: cell_is("greaterThanOrEqual", "0.5"), False),
    # Excel orders every text after every number, and reads a blank as 0 beside a number
    ("text-after-numbers", "n/a", "x", lambda: cell_is("greaterThan", "0.5"), True),
    ("blank-is-zero", None, "x", lambda: cell_is("lessThan", "0.5"), True),
    ("blank-is-not-text", None, "x", lambda: cell_is("equal", '"R"'), False),
    ("between", 0.6, "x", lambda: cell_is("between", "0.5", "0.8"), True),
    ("between-bounds-either-way", 0.6, "x", lambda: cell_is("between", "0.8", "0.5"), True),
    ("between-outside", 0.9, "x", lambda: cell_is("between", "0.5", "0.8"), False),
    ("notBetween", 0.9, "x", lambda: cell_is("notBetween", "0.5", "0.8"), True),
    ("notBetween-inside", 0.6, "x", lambda: cell_is("notBetween", "0.5", "0.8"), False),
    ("bound-from-an-absolute-cell", 1, "x", lambda: cell_is("greaterThanOrEqual", "$D$1"), True),
    ("bound-from-an-absolute-cell-below", 0, "x",
     lambda: cell_is("greaterThanOrEqual", "$D$1"), False),
    ("date-against-serial", datetime(2013, 6, 1), "x",
     lambda: cell_is("greaterThan", "41275"), True),  # 41275 is 1 January 2013
    ("date-against-serial-before", datetime(2012, 6, 1), "x",
     lambda: cell_is("greaterThan", "41275"), False),
    ("containsText", "Red – behind plan", "x", lambda: text_rule("containsText", "red"), True),
    ("containsText-absent", "Green", "x", lambda: text_rule("containsText", "red"), False),
    ("notContainsText", "Green", "x", lambda: text_rule("notContainsText", "red"), True),
    ("notContainsText-present", "RED", "x", lambda: text_rule("notContainsText", "red"), False),
    ("beginsWith", "complete", "x", lambda: text_rule("beginsWith", "Comp"), True),
    ("beginsWith-inside", "Not complete", "x", lambda: text_rule("beginsWith", "Comp"), False),
    ("endsWith", "Completed", "x", lambda: text_rule("endsWith", "ED"), True),
    ("endsWith-not", "Complete", "x", lambda: text_rule("endsWith", "ED"), False),
    ("containsBlanks", "  ", "x", lambda: Rule(type="containsBlanks", dxf=dxf()), True),
    ("containsBlanks-text", "R", "x", lambda: Rule(type="containsBlanks", dxf=dxf()), False),
    ("notContainsBlanks", "R", "x", lambda: Rule(type="notContainsBlanks", dxf=dxf()), True),
    ("expression-other-column", "", "Complete", lambda: expression('$C2="Complete"'), True),
    ("expression-other-column-not", "", "Open", lambda: expression('$C2="Complete"'), False),
    ("expression-relative", "", "complete", lambda: expression('C2="Complete"'), True),
    ("expression-reversed", "", "Complete", lambda: expression('"Complete"=$C2'), True),
    ("expression-notequal", "", "Open", lambda: expression('$C2<>"Complete"'), True),
    ("expression-search", "RED", "x", lambda: expression('ISNUMBER(SEARCH("red",B2))'), True),
    ("expression-search-absent", "Amber", "x",
     lambda: expression('ISNUMBER(SEARCH("red",B2))'), False),
    ("expression-find-keeps-case", "RED", "x", lambda: expression('ISNUMBER(FIND("red",B2))'),
     False),
    ("expression-not-iserror", "Red", "x", lambda: expression('NOT(ISERROR(SEARCH("re",B2)))'),
     True),
    ("expression-number", 0.7, "x", lambda: expression("B2>0.5"), True),
    ("expression-number-below", 0.3, "x", lambda: expression("=B2>0.5"), False),
    ("expression-boolean", "", True, lambda: expression("$C2=TRUE"), True),
    # formulas outside the shapes read: never evaluated, so never painted
    ("unknown-function", "R", "x", lambda: expression('AND(B2="R",TODAY()>1)'), False),
    ("unknown-today", 1, "x", lambda: expression("B2<TODAY()"), False),
    ("unknown-other-sheet", "R", "x", lambda: expression('Key!$A$1="R"'), False),
    ("unknown-indirect", "R", "x", lambda: expression('INDIRECT("B2")="R"'), False),
    ("unknown-arithmetic", 1, "x", lambda: expression("B2+1>1"), False),
    ("unknown-range", "R", "x", lambda: expression('COUNTIF($B$2:$B$3,"R")>0'), False),
    ("unknown-empty", "R", "x", lambda: expression(""), False),
    ("unknown-name", "R", "x", lambda: expression("Status_ok"), False),
    ("colour-scale", 0.2, "x",
     lambda: ColorScaleRule(start_type="min", start_color="FFFF0000", end_type="max",
                            end_color="FF00B050"), False),
    ("icon-set", 0.2, "x",
     lambda: IconSetRule("3TrafficLights1", "percent", [0, 33, 67]), False),
    ("top10", 0.2, "x", lambda: Rule(type="top10", rank=1, dxf=dxf()), False),
]


@pytest.mark.parametrize(("status", "other", "make_rule", "expected"),
                         [c[1:] for c in RULE_CASES], ids=[c[0] for c in RULE_CASES])
def test_rule_paints_only_where_it_holds(tmp_path: Path, status: Any, other: Any,
                                         make_rule: Callable[[], Rule], expected: bool) -> None:
    assert painted(tmp_path, status, make_rule(), other=other) == (RED if expected else None)


@pytest.mark.parametrize("formula", ['AND(B2="R",TODAY()>1)', 'Key!$A$1="R"', "B2+1>1"])
def test_a_rule_not_evaluated_is_reported(tmp_path: Path, formula: str) -> None:
    raw = read(workbook("R", rules=(expression(formula),)), tmp_path)
    assert any("not evaluated" in w and "expression" in w for w in raw.warnings), raw.warnings
    assert [c.text for c in raw.tables[0].cells if c.row == 1][:2] == ["1.1", "R"]


def test_a_sheet_without_rules_has_no_warning(tmp_path: Path) -> None:
    raw = read(workbook("R", rules=(cell_is("equal", '"R"'),)), tmp_path)
    assert not [w for w in raw.warnings if "conditional" in w]


def test_higher_priority_wins(tmp_path: Path) -> None:
    both = (text_rule("containsText", "G", AMBER), cell_is("equal", '"G"', colour=GREEN))
    assert painted(tmp_path, "G", *both) == AMBER
    first, second = (text_rule("containsText", "G", AMBER),
                     cell_is("equal", '"G"', colour=GREEN))
    first.priority, second.priority = 2, 1  # priority, not the order written, decides
    assert painted(tmp_path, "G", first, second) == GREEN
    # a rule that does not hold gives way to the next
    assert painted(tmp_path, "Gr", cell_is("equal", '"G"', colour=GREEN),
                   text_rule("beginsWith", "G", AMBER)) == AMBER


def test_stop_if_true_without_a_fill_ends_the_search(tmp_path: Path) -> None:
    stop = Rule(type="containsBlanks", stopIfTrue=True)  # Excel's "leave blanks alone"
    paint = cell_is("lessThan", "0.5")
    assert painted(tmp_path, None, stop, paint) is None
    assert painted(tmp_path, 0.2, stop, paint) == RED  # not blank: the rule below applies
    go_on = Rule(type="containsBlanks")  # holds, no fill, no stop: the next rule paints
    assert painted(tmp_path, None, go_on, paint) == RED


def test_a_conditional_fill_paints_over_the_static_fill(tmp_path: Path) -> None:
    def green_cells(ws: Any) -> None:
        for ref in ("B2", "B3"):
            ws[ref].fill = PatternFill(fill_type="solid", fgColor="FF00B050")

    raw = read(workbook("R", rules=(cell_is("equal", '"R"'),), edit=green_cells), tmp_path)
    assert fill_at(raw, 1, 1) == RED  # the rule holds: Excel shows its colour
    assert fill_at(raw, 2, 1) == GREEN  # it does not: the cell's own fill shows
    white = cell_is("equal", '"R"', colour="#ffffff")
    raw = read(workbook("R", rules=(white,), edit=green_cells), tmp_path)
    assert fill_at(raw, 1, 1) is None  # painted white: no colour, as for a static white


def test_relative_references_move_with_the_cell(tmp_path: Path) -> None:
    def complete_below(ws: Any) -> None:
        ws["C3"] = "Complete"

    for formula in ('$C2="Complete"', 'C2="Complete"'):
        raw = read(workbook("", "Open", (expression(formula),), edit=complete_below), tmp_path)
        assert (fill_at(raw, 1, 1), fill_at(raw, 2, 1)) == (None, RED)
    # an absolute row stays on row 2 for every cell of the range
    raw = read(workbook("", "Complete", (expression('$C$2="Complete"'),)), tmp_path)
    assert (fill_at(raw, 1, 1), fill_at(raw, 2, 1)) == (RED, RED)


def test_an_error_value_matches_no_rule(tmp_path: Path) -> None:
    for rule in (cell_is("equal", '"#N/A"'), cell_is("notEqual", '"R"'),
                 cell_is("notBetween", "1", "2"), text_rule("notContainsText", "x")):
        assert painted(tmp_path, "#N/A", rule) is None


@pytest.mark.parametrize(("fill", "expected"), [
    (PatternFill(bgColor=Color(rgb="FFFFC000")), AMBER),  # Excel: bgColor alone
    (PatternFill(fill_type="solid", fgColor="FF00B050", bgColor="FF00B050"), GREEN),  # openpyxl
    (PatternFill(fill_type="solid", fgColor="FF00B050"), GREEN),  # a solid fill, fgColor only
    (PatternFill(bgColor=Color(indexed=10)), RED),  # the indexed palette
    (PatternFill(bgColor=Color(theme=9)), "#70ad47"),  # Office's default theme, accent 6
    (PatternFill(fill_type="darkGrid", fgColor="FFFF0000"), None),  # a hatch: no one colour
    (None, None),  # a rule that sets only the font
])
def test_dxf_fill_colour(fill: PatternFill | None, expected: str | None) -> None:
    rule = Rule(type="cellIs", operator="equal", formula=['"R"'],
                dxf=DifferentialStyle(fill=fill))
    assert conditional.dxf_fill(rule, Palette(None)) == expected


@pytest.mark.parametrize(("formula", "parsed"), [
    ('=$H5="Complete"', Compare(Ref(5, 8, False, True), "=", Literal("Complete"))),
    ('X2="say ""done"""', Compare(Ref(2, 24, False, False), "=", Literal('say "done"'))),
    ("$B$3>=-0.5", Compare(Ref(3, 2, True, True), ">=", Literal(-0.5))),
    ('ISNUMBER(SEARCH("Red",H5))', Search("Red", Ref(5, 8, False, False), False)),
    ('not(iserror(find("R",$h$5)))', Search("R", Ref(5, 8, True, True), True)),
])
def test_expression_shapes(formula: str, parsed: object) -> None:
    assert parse_expression(formula) == parsed


@pytest.mark.parametrize("formula", [
    'AND($H5="A",$D5<TODAY())', "H5", "H5=", '="A"', "H5>1>2", "SUM(H5)>1", "H5:H9=1",
    "Sheet2!H5=1", "H5-1>0", 'ISNUMBER(SEARCH(H4,H5))', 'ISNUMBER(SEARCH("a",H5)', "ZZZZ1=1",
    'H5="' + "x" * 600 + '"', "H5=1;", "@H5=1",
])
def test_other_formulas_do_not_parse(formula: str) -> None:
    with pytest.raises(FormulaError):
        parse_expression(formula)


def test_evaluation_limit_leaves_the_rest_unpainted(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conditional, "MAX_EVALUATIONS", 1)
    raw = read(workbook("R", rules=(cell_is("equal", '"R"'), cell_is("equal", '"Later"'))),
               tmp_path)
    assert any("evaluation limit" in w for w in raw.warnings)


# --- damaged conditional formats: the workbook is still read -----------------------

def rewritten(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                changed = change(part)
                assert changed != part, "the damage was not applied"
                part = changed
            dst.writestr(info, part)
    return out.getvalue()


DAMAGE = {
    "dxf-index-out-of-range": lambda xml: re.sub(rb'dxfId="\d+"', b'dxfId="99"', xml),
    "unknown-rule-type": lambda xml: xml.replace(b'type="cellIs"', b'type="sparkle"'),
    "priority-not-a-number": lambda xml: re.sub(rb'priority="\d+"', b'priority="high"', xml),
    "range-not-a-range": lambda xml: xml.replace(b'sqref="B2:B3"', b'sqref="B2:!!"'),
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_damaged_rule_does_not_stop_the_workbook(tmp_path: Path, damage: str) -> None:
    data = rewritten(workbook("R", rules=(cell_is("equal", '"R"'),)), DAMAGE[damage])
    raw = read(data, tmp_path)
    texts = [c.text for c in raw.tables[0].cells]
    assert texts[:4] == ["Ref", "Status", "Other", "1"] and "1.1" in texts
    assert fill_at(raw, 1, 1) is None  # the damaged rule paints nothing
    assert any("conditional formatting" in w for w in raw.warnings), raw.warnings
