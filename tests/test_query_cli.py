"""`actionplans query ...` and `compare`: exact answers on the hand-made dataset
(SQLite and PostgreSQL), and the same output from both databases on the
fixture corpus."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from click.testing import CliRunner, Result

from models.db import make_engine
from pipeline.cli import main
from pipeline.tabular import render_table
from tests.corpus_db import corpus_url
from tests.views_dataset import build_history


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"COLUMNS": "150"})


def as_json(*args: str) -> Any:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture
def history_db(db_url: str) -> str:
    engine = make_engine(db_url)
    build_history(engine)
    engine.dispose()
    return db_url


def test_overdue_at_each_report_date(history_db: str) -> None:
    rows = as_json("query", "overdue", "--db", history_db)
    assert [(r["authority"], r["ref"], r["days_overdue"], r["as_of"]) for r in rows] == [
        ("Alpha", "1.2", 91, "2012-06-30"), ("Alpha", "1.4", 30, "2012-06-30"),
        ("Beta", "B5", 90, "2013-03-31"), ("Beta", "B1", 59, "2013-03-31"),
        ("Beta", "B2", 1, "2013-03-31")]


def test_overdue_as_of_a_date_for_one_council(history_db: str) -> None:
    rows = as_json("query", "overdue", "--as-of", "2012-04-15", "--authority", "alpha",
                   "--db", history_db)
    assert [(r["ref"], r["days_overdue"], r["status"]) for r in rows] == [
        ("1.2", 15, "off_track")]
    later = as_json("query", "overdue", "--as-of", "2013-01-01", "--authority", "ALPHA",
                    "--db", history_db)
    assert [r["ref"] for r in later] == ["1.2", "1.4", "1.1"]  # most overdue first


def test_due_between_dates_as_csv(history_db: str) -> None:
    result = run("query", "due", "--from", "2012-05-01", "--to", "2012-12-31", "--format", "csv",
                 "--db", history_db)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["ref"], r["due_date"]) for r in rows] == [
        ("1.4", "2012-05-31"), ("1.1", "2012-09-30"), ("B5", "2012-12-31")]


def test_status_by_theme(history_db: str) -> None:
    rows = as_json("query", "status", "--by", "theme", "--db", history_db)
    assert [(r["authority"], r["theme"], r["lines"]) for r in rows] == [
        ("Alpha", "Theme one", 2), ("Alpha", "Theme two", 2), ("Beta", None, 5)]


def test_search_as_table(history_db: str) -> None:
    result = run("query", "search", "safeguarding", "training", "--db", history_db)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["rank", "authority", "ref"]
    assert len(lines) == 3 and "B5" in lines[2] and "Recruit independent" in lines[2]


def test_compare_side_by_side_with_report_dates(history_db: str) -> None:
    result = run("compare", "--db", history_db)
    assert result.exit_code == 0, result.output
    table = {line.split("  ")[0]: line for line in result.output.splitlines()}
    assert table["measure"].split() == ["measure", "Alpha", "Beta"]
    assert table["as of (report date)"].split()[-2:] == ["2012-06-30", "2013-03-31"]
    assert table["median days overdue"].split()[-2:] == ["60.5", "59"]
    rows = as_json("compare", "beta", "--db", history_db)
    assert [(r["authority"], r["overdue"], r["as_of"]) for r in rows] == [
        ("Beta", 3, "2013-03-31")]


@pytest.mark.parametrize("args", [
    ["compare", "Gamma"],
    ["query", "overdue", "--authority", "x' OR 1=1 --"],
])
def test_unknown_council_is_a_usage_error(history_db: str, args: list[str]) -> None:
    result = run(*args, "--db", history_db)
    assert result.exit_code == 2
    assert "known: Alpha, Beta" in result.output


def test_search_text_is_never_query_syntax(history_db: str) -> None:
    for words in ['NEAR("recruit" OR', "recruit'; DROP TABLE actions; --", "action:*"]:
        result = run("query", "search", words, "--format", "json", "--db", history_db)
        assert result.exit_code == 0, result.output
    assert len(as_json("query", "search", "recruit", "--db", history_db)) == 2


def test_table_fits_the_width_by_cutting_long_text() -> None:
    rows = [{"ref": "1.1", "action": "word " * 60, "page": 3}]
    out = render_table(rows, width=60).splitlines()
    assert all(len(line) <= 60 for line in out)
    assert out[2].endswith("3") and "…" in out[2]


CORPUS_COMMANDS = [
    ["query", "overdue"],
    ["query", "overdue", "--as-of", "2013-06-30"],
    ["query", "due", "--from", "2012-01-01", "--to", "2012-12-31"],
    ["query", "status"],
    ["query", "status", "--by", "theme"],
    ["query", "search", "safeguarding", "training"],
    ["query", "search", "child protection"],
    ["query", "search", "health", "--limit", "50"],
    ["compare"],
]


@pytest.mark.parametrize("args", CORPUS_COMMANDS, ids=lambda a: " ".join(a[1:]) or a[0])
def test_corpus_output_is_the_same_on_both_databases(args: list[str]) -> None:
    outputs = {}
    for dialect in ("sqlite", "postgresql"):
        for fmt in ("table", "json"):
            result = run(*args, "--format", fmt, "--db", corpus_url(dialect))
            assert result.exit_code == 0, result.output
            outputs[dialect, fmt] = result.output
    assert outputs["sqlite", "table"] == outputs["postgresql", "table"]
    assert outputs["sqlite", "json"] == outputs["postgresql", "json"]
    assert json.loads(outputs["sqlite", "json"]), "the corpus should answer every question"


def test_corpus_overdue_rows_are_open_and_past_due() -> None:
    rows = as_json("query", "overdue", "--as-of", "2013-06-30", "--db", corpus_url("sqlite"))
    assert rows and all(r["status"] != "complete" and r["due_date"] < "2013-06-30"
                        for r in rows)
    assert all(r["days_overdue"] > 0 for r in rows)
