"""Every fixture in data/raw/ reproduces its hand-written golden file, through the
whole pipeline: ingest into SQLite and PostgreSQL, then export.

Text fields compare after whitespace normalisation; everything else exactly.
A key left out of a golden line is not checked (a long real document's golden
may state only the fields its notes say were checked by hand).
An empty golden file marks a document that is not a plan: it must be skipped
with `no_action_table` and export no line.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.conftest import fixture_files, golden_stems, negative_stems, read_golden

TEXT_KEYS = {"theme", "area_for_improvement", "action", "outcome", "lead", "accountable_body",
             "evidence", "due_date_text", "progress", "rag_text", "ref"}
EXACT_KEYS = {"authority", "authority_code", "report_date", "start_date", "due_date",
              "due_date_earliest", "due_kind", "rag", "status", "review_date", "source_refs"}

NEGATIVE = set(negative_stems())
CASES = [(stem, path) for stem in golden_stems() if stem not in NEGATIVE
         for path in fixture_files(stem)]
# Fixtures the pipeline does not yet read right, each with what is wrong: they
# are expected to fail (strictly: one that starts passing must leave the list).
# The goldens stay as written by hand; the list is the roadmap.
with open(Path(__file__).parent / "golden" / "KNOWN_GAPS.toml", "rb") as _fh:
    KNOWN_GAPS: dict[str, str] = tomllib.load(_fh)["gaps"]


def cases(pairs: list[tuple[str, Path]]) -> list:
    return [pytest.param(stem, path, id=path.name,
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[path.name])]
                         if path.name in KNOWN_GAPS else [])
            for stem, path in pairs]
NEGATIVE_CASES = [(stem, path) for stem in sorted(NEGATIVE) for path in fixture_files(stem)]


def squash(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value


def differences(expected: dict, actual: dict, *, check_page: bool) -> list[str]:
    keys = (TEXT_KEYS | EXACT_KEYS | ({"page"} if check_page else set())) & set(expected)
    out = []
    for key in sorted(keys):
        want, got = expected.get(key), actual.get(key)
        if key in TEXT_KEYS:
            want, got = squash(want), squash(got)
        if want != got:
            out.append(f"  {key}: expected {want!r}\n  {' ' * len(key)}       got {got!r}")
    return out


def exported(path: Path, db_url: str) -> list[dict]:
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(path), "--db", db_url, "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["export", "--db", db_url])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def compare(stem: str, path: Path, rows: list[dict]) -> None:
    golden = read_golden(stem)
    got_refs = [r["ref"] for r in rows]
    want_refs = [g["ref"] for g in golden]
    assert got_refs == want_refs, f"{path.name}: lines differ\n want {want_refs}\n  got {got_refs}"
    if path.suffix != ".pdf":
        # only a PDF has pages: SCHEMA.md's page is then the table's or sheet's ordinal
        assert all(isinstance(r["page"], int) and r["page"] >= 1 for r in rows)
    problems = []
    for want, got in zip(golden, rows, strict=True):
        diff = differences(want, got, check_page=path.suffix == ".pdf")
        if diff:
            problems.append(f"line {want['ref']}:\n" + "\n".join(diff))
    assert not problems, f"{path.name}: {len(problems)} lines differ\n" + "\n".join(problems)


@pytest.mark.parametrize(("stem", "path"), cases(CASES))
def test_fixture_matches_golden_sqlite(stem: str, path: Path, tmp_path: Path) -> None:
    compare(stem, path, exported(path, f"sqlite:///{tmp_path / 'golden.db'}"))


PDF_CASES = [(stem, path) for stem, path in CASES if path.suffix == ".pdf"]


@pytest.mark.parametrize(("stem", "path"), cases(PDF_CASES))
def test_fixture_matches_golden_postgresql(stem: str, path: Path, pg_url: str) -> None:
    compare(stem, path, exported(path, pg_url))


@pytest.mark.parametrize(("stem", "path"), NEGATIVE_CASES, ids=[p.name for _, p in NEGATIVE_CASES])
def test_non_plan_loads_no_line(stem: str, path: Path, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'negative.db'}"
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(path), "--db", db_url])
    # read, and not a plan: skipped (not a failure), with its reason
    assert result.exit_code == 0, result.output
    assert f"skipped    {path.name}:" in result.output, result.output
    assert "[no_action_table]" in result.output, result.output
    result = runner.invoke(main, ["export", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert not result.output.strip(), f"{path.name} is not a plan, yet exported lines"


def test_every_golden_has_a_fixture() -> None:
    missing = [stem for stem in golden_stems() if not fixture_files(stem)]
    assert not missing, f"golden files without a fixture in data/raw/: {missing}"


def test_known_gaps_name_fixtures_with_a_reason() -> None:
    names = {path.name for _, path in CASES}
    assert set(KNOWN_GAPS) <= names, f"gaps without a fixture: {set(KNOWN_GAPS) - names}"
    assert all(len(reason) > 20 for reason in KNOWN_GAPS.values())


def test_export_keys_follow_schema(tmp_path: Path) -> None:
    stem, path = CASES[0]
    rows = exported(path, f"sqlite:///{tmp_path / 'keys.db'}")
    schema_keys = {"document", "sha256", "authority", "authority_code", "report_date", "ref",
                   "theme", "area_for_improvement", "action", "outcome", "lead",
                   "accountable_body", "evidence", "start_date", "due_date_text", "due_date",
                   "due_date_earliest", "due_kind", "rag_text", "rag", "status", "progress",
                   "review_date", "source_refs", "page", "confidence"}
    for row in rows:
        assert schema_keys <= set(row), schema_keys - set(row)
        assert "" not in row.values(), "unknown values must be null, never empty strings"
        assert 0 <= row["confidence"] <= 1
        assert row["document"] == path.name

