"""Excel trackers, legacy Word and OpenDocument: fixtures against hand-written goldens,
and the pieces that make them readable (routing, colours, number formats, sheets).

The .doc/.odt/.rtf fixtures are LibreOffice conversions of a fixture .docx
(corpus/formats/office.py) and must give that plan's golden lines unchanged;
the Excel tracker has its own golden file (tests/golden/formats/).
"""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractors.dispatch import SUPPORTED_SUFFIXES, extract
from extractors.xlsx.colours import Palette, apply_tint
from extractors.xlsx.numbers import printed
from models.errors import NotADocument, UnsupportedFileType
from pipeline.cli import main
from tests.conftest import GOLDEN, ROOT, read_golden
from tests.test_golden import differences

FORMATS = ROOT / "data" / "formats"
TRACKER = FORMATS / "wigan-2014-01.xlsx"
# Walsall's plan with its RAG colours given only by conditional formats
CF_TRACKER = FORMATS / "walsall-2013-01.xlsx"
CONVERTED = [FORMATS / f"haringey-2011-05.{suffix}" for suffix in ("doc", "odt", "rtf")]


def exported(paths: list[Path], db_url: str) -> list[dict]:
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", *map(str, paths), "--db", db_url, "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["export", "--db", db_url, "--all-versions"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def compare(golden: list[dict], rows: list[dict], *, check_page: bool) -> None:
    assert [r["ref"] for r in rows] == [g["ref"] for g in golden]
    problems = [f"line {want['ref']}:\n" + "\n".join(diff)
                for want, got in zip(golden, rows, strict=True)
                if (diff := differences(want, got, check_page=check_page))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", CONVERTED, ids=[p.suffix for p in CONVERTED])
def test_converted_word_files_match_the_docx_golden(path: Path, sqlite_url: str) -> None:
    rows = exported([path], sqlite_url)
    # a .doc read through DOCX is still a .doc; page is the table's ordinal, as for DOCX
    assert {r["file_type"] for r in rows} == {path.suffix[1:]}
    assert {r["text_source"] for r in rows} == {"text"}
    assert all(isinstance(r["page"], int) and r["page"] >= 1 for r in rows)
    compare(read_golden("haringey-2011-05"), rows, check_page=False)


def tracker_golden(stem: str = "wigan-2014-01") -> list[dict]:
    with open(GOLDEN / "formats" / f"{stem}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_excel_tracker_matches_its_golden(db_url: str) -> None:
    rows = exported([TRACKER], db_url)
    assert {(r["file_type"], r["text_source"]) for r in rows} == {("xlsx", "text")}
    compare(tracker_golden(), rows, check_page=True)


def test_conditionally_formatted_tracker_matches_its_golden(db_url: str) -> None:
    rows = exported([CF_TRACKER], db_url)
    assert {(r["file_type"], r["text_source"]) for r in rows} == {("xlsx", "text")}
    compare(tracker_golden("walsall-2013-01"), rows, check_page=True)


def test_cf_tracker_colours_come_from_rules_only() -> None:
    """The fixture is what it claims: in the RAG column no cell has a fill of its own
    and no letter is shown, so every colour read is a conditional format's."""
    from openpyxl import load_workbook

    wb = load_workbook(CF_TRACKER)
    for ws in wb.worksheets[:3]:
        column = [row[7] for row in ws.iter_rows(min_row=1) if len(row) > 7]
        rag = column[[c.value for c in column].index("RAG") + 1:]
        letters = [c for c in rag if c.value]
        assert {c.value for c in letters} <= {"Gr", "B", "G", "A", "R"} and letters
        assert all(c.fill.patternType is None for c in rag)
        assert all(printed(c.value, c.number_format) == "" for c in letters)
        assert len(list(ws.conditional_formatting)) == 2  # the RAG rules and a timescale rule
    raw = extract(CF_TRACKER)
    # the timescale rule needs TODAY(): left out, and said so, on each theme sheet
    assert sum("not evaluated: 1 expression" in w for w in raw.warnings) == 3
    fills = {c.fill for t in raw.tables[:3] for c in t.cells if c.col == 7 and c.row > 0}
    assert {"#a6a6a6", "#00b0f0", "#00b050", "#ffc000", "#ff0000"} <= fills


def test_workbook_renamed_docx_is_still_read_as_a_workbook(tmp_path: Path) -> None:
    renamed = tmp_path / "tracker.docx"
    shutil.copy(TRACKER, renamed)
    assert extract(renamed).file_type == "xlsx"


def test_tracker_sheet_reading(tmp_path: Path) -> None:
    raw = extract(TRACKER)
    text = " ".join(c.text for t in raw.tables for c in t.cells)
    assert "1.3" not in text and "Withdrawn" not in text  # a hidden row
    assert "checked by PMO" not in text and "Internal notes" not in text  # a hidden column
    assert "Superseded line" not in text  # a hidden sheet
    assert any("hidden sheet" in w for w in raw.warnings)
    tracker, key = raw.tables
    assert (tracker.page, key.page) == (1, 2)  # page = the sheet's ordinal
    banner = next(c for c in tracker.cells if c.text.startswith("Theme 1"))
    assert (banner.col_span, banner.fill) == (8, "#d9d9d9")  # merged, theme colour with a tint
    area = next(c for c in tracker.cells if c.text.startswith("Early help is not"))
    assert area.row_span == 2  # merged down over actions 1.1 and 1.2
    # the formula's cached value under its own number format
    assert "01/04/2014" in text
    assert [b.text for b in raw.blocks][:2] == [
        "Wigan Council – Children's Services Improvement Plan: action tracker",
        "Progress update – 31 January 2014"]


@pytest.mark.parametrize(("colour", "tint", "expected"), [
    ("#ffc000", 0.3999755851924192, "#ffd966"),   # Gold, Accent 4, Lighter 40%
    ("#ffffff", -0.1499984740745262, "#d9d9d9"),  # White, Background 1, Darker 15%
    ("#4f81bd", -0.249977111117893, "#376092"),   # Blue, Accent 1, Darker 25% (2007 theme)
    ("#00b050", 0.0, "#00b050"),                  # no tint
])
def test_excel_tints(colour: str, tint: float, expected: str) -> None:
    assert apply_tint(colour, tint) == expected


def test_palette_resolution() -> None:
    from openpyxl.styles.colors import Color

    palette = Palette(None)  # no theme part: Office's default theme
    assert palette.resolve(Color(rgb="FF92D050")) == "#92d050"
    assert palette.resolve(Color(indexed=10)) == "#ff0000"
    assert palette.resolve(Color(theme=9)) == "#70ad47"
    assert palette.resolve(Color(indexed=64)) == "#000000"  # system foreground
    assert palette.resolve(None) is None
    assert palette.resolve(Color(indexed=500)) is None  # past the palette: unreadable, not guessed


@pytest.mark.parametrize(("value", "number_format", "shown"), [
    (datetime(2013, 4, 1), "mmm-yy", "Apr-13"),
    (datetime(2014, 3, 31), "dd/mm/yyyy", "31/03/2014"),
    (datetime(2014, 6, 30), "mmmm yyyy", "June 2014"),
    (datetime(2014, 6, 3), "d mmmm yyyy", "3 June 2014"),
    (datetime(2014, 6, 3), "[$-809]dd mmm yyyy;@", "03 Jun 2014"),
    (datetime(2014, 6, 3), "dddd d mmm", "Tuesday 3 Jun"),
    (datetime(2014, 6, 3, 14, 5), "dd/mm/yy h:mm", "03/06/14 14:05"),
    (date(2012, 10, 19), "dd.mm.yy", "19.10.12"),
    (datetime(2013, 1, 14), 'w/c "week" d mmm', "w/c week 14 Jan"),
    (datetime(2013, 1, 14), "General", "14/01/2013"),
    (time(9, 30), "h:mm AM/PM", "9:30 AM"),
    (3.0, "General", "3"),
    (0.25, "0%", "25%"),
    (1234.5, "#,##0.00", "1,234.50"),
    (True, "General", "TRUE"),
    ("Policy launched.\r\nAudit due.", "General", "Policy launched.\nAudit due."),
    # Excel's escapes for what XML cannot hold: a carriage return, an escaped underscore
    ("Policy launched._x000D_\nAudit due.", "General", "Policy launched.\nAudit due."),
    ("Ref_x005F_x0031_", "General", "Ref_x0031_"),
    ("budget_x_2025", "General", "budget_x_2025"),
])
def test_cells_print_as_excel_shows_them(value: object, number_format: str, shown: str) -> None:
    assert printed(value, number_format) == shown


@pytest.mark.parametrize(("value", "number_format", "not_shown"), [
    (datetime(2013, 4, 1), "mmm-yy", "2013-04-01 00:00:00"),  # never the Python repr
    (45000.0, "General", "45000.0"),
    (None, "dd/mm/yyyy", "None"),
])
def test_cells_never_print_as_python_values(value: object, number_format: str,
                                            not_shown: str) -> None:
    assert printed(value, number_format) != not_shown


def test_supported_suffixes_are_one_list() -> None:
    assert {".pdf", ".docx", ".xlsx", ".xlsm", ".doc", ".odt", ".rtf"} <= SUPPORTED_SUFFIXES
    assert not {".xls", ".csv", ".txt", ".html"} & SUPPORTED_SUFFIXES


@pytest.mark.parametrize(("name", "data", "error"), [
    ("plan.csv", b"Ref,Action\n1.1,Do it\n", UnsupportedFileType),
    ("tracker.xlsx", b"Ref,Action\n1.1,Do it\n", NotADocument),  # a CSV renamed .xlsx
    ("tracker.xlsx", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(600), NotADocument),  # an .xls
])
def test_files_that_are_not_what_they_say(tmp_path: Path, name: str, data: bytes,
                                          error: type[Exception]) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error):
        extract(path)
