"""`actionplans explain`: every table, each column's role and why, and why tables were not read."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from models.outcomes import FileOutcome, Status
from pipeline.cli import main
from pipeline.ingest_view import describe
from tests.conftest import RAW
from tests.table_builders import decisions

PLAN = RAW / "suffolk-2025-10.docx"  # a plan table beside a version history, a glossary and a key


def test_explain_names_each_column_role_and_the_tables_not_read() -> None:
    result = CliRunner().invoke(main, ["explain", str(PLAN)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("suffolk-2025-10.docx: Suffolk, 6 lines from 1 of ")
    assert "read, 6 lines: actions with ref, timescale, lead, status" in out
    assert "'Action required': action by header+content (header synonym \"actions required\"" in out
    assert "not read: reads as a version history" in out
    assert "not read: reads as a glossary" in out


def test_explain_json_carries_every_decision() -> None:
    result = CliRunner().invoke(main, ["explain", str(PLAN), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["lines"] == 6
    read = [t for t in payload["tables"] if t["accepted"]]
    assert len(read) == 1 and len(payload["tables"]) > 1
    fields = {c["header"]: c["field"] for c in read[0]["columns"]}
    assert fields["Responsible person"] == "lead" and fields["Date completed"] is None


def test_explain_of_a_file_that_is_no_plan_lists_its_tables(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["explain", str(RAW / "oxfordshire-forward-plan-2025-10.docx")])
    assert result.exit_code == 0, result.output
    assert "0 lines from 0 of 1 tables" in result.output
    assert "reads as a forward plan (headers: decision, decision maker" in result.output
    assert "no_action_table" in result.output


def test_the_ingest_line_counts_the_tables_not_read() -> None:
    doc = decisions([["Term", "Definition"], ["LADO", "Local authority designated officer"],
                     ["PLO", "Public law outline"]],
                    [["Action", "Owner", "Target date"],
                     ["Review the referral pathway with health partners", "Head of Service", "March 2026"],
                     ["Recruit two advanced practitioners", "Service Manager", "June 2026"]])
    line = describe(FileOutcome(Path("plan.docx"), Status.LOADED, "0" * 64, doc))
    assert "2 lines" in line and line.endswith("; 1 tables not read, see explain")


def test_explain_of_a_workbook_numbers_its_sheets_not_pages() -> None:
    tracker = RAW.parent / "formats" / "wigan-2014-01.xlsx"
    result = CliRunner().invoke(main, ["explain", str(tracker)])
    assert result.exit_code == 0, result.output
    tables = [line for line in result.output.splitlines() if line.startswith("table ")]
    assert tables and tables[0].startswith("table 1 (sheet 1, ")
    assert not any("page" in line for line in tables)
