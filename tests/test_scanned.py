"""Scanned plans: image-only PDFs read by OCR, checked against the text plans' golden files.

The scans (data/scanned/, built by corpus/formats/scans.py from the fixture
PDFs: rasterised, turned a little, blurred, grained and specked) go through
the real `actionplans ingest` and export, and are compared with the same
hand-written golden files as the text versions (tests/golden_match.py).

OCR is not exact, so the comparison is by thresholds, stated here as what
they are: the figures this OCR reached on these scans when the test was
written (benchmarks/ocr.py prints them), rounded down by a margin for
Tesseract builds and machines that differ.  They guard against regressions
(a lost table, a lost column, a status no longer read from the fill) rather
than promise exactness: a line whose ref OCR misread or whose row rule was
lost is missed or merged into its neighbour, and a field with one misread
character in a long text still counts as right (90% similar).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.conftest import ROOT, read_golden
from tests.golden_match import match

SCANNED = ROOT / "data" / "scanned"
# (scan, golden stem, minimum line recall, minimum field accuracy)
CASES = [
    ("doncaster-2014-03-scan150.pdf", "doncaster-2014-03", 0.70, 0.85),
    ("haringey-2011-05-scan300.pdf", "haringey-2011-05", 0.70, 0.85),
    ("herefordshire-2011-02-scan150.pdf", "herefordshire-2011-02", 0.70, 0.85),
    ("somerset-2013-11-scan300.pdf", "somerset-2013-11", 0.70, 0.85),
]
# OCR takes seconds a page: a generous limit, so a slow machine is not a failure
TIMEOUT = "1800"


@pytest.fixture(scope="module")
def scanned_rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    db = f"sqlite:///{tmp_path_factory.mktemp('scanned') / 'scans.db'}"
    paths = [str(SCANNED / name) for name, *_ in CASES]
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", *paths, "--db", db, "--timeout", TIMEOUT, "-j", "2"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["export", "--db", db, "--all-versions"])
    assert result.exit_code == 0, result.output
    rows: dict[str, list[dict]] = {}
    for line in result.output.splitlines():
        row = json.loads(line)
        rows.setdefault(row["document"], []).append(row)
    return rows


@pytest.mark.parametrize(("scan", "stem", "recall", "accuracy"), CASES, ids=[c[0] for c in CASES])
def test_scan_reads_close_to_the_golden(scanned_rows: dict[str, list[dict]], scan: str, stem: str,
                                        recall: float, accuracy: float) -> None:
    rows = scanned_rows[scan]
    found = match(read_golden(stem), rows)
    report = f"{scan}: recall {found.recall:.2f}, field accuracy {found.accuracy:.2f}\n" + \
        "\n".join(found.wrong[:30])
    assert found.recall >= recall, report
    assert found.accuracy >= accuracy, report


@pytest.mark.parametrize("scan", [c[0] for c in CASES])
def test_scan_is_marked_as_ocr(scanned_rows: dict[str, list[dict]], scan: str) -> None:
    rows = scanned_rows[scan]
    assert {(r["file_type"], r["text_source"]) for r in rows} == {("pdf", "ocr")}
    # an OCR'd line is never as sure as a text line (normalise caps it at 0.9)
    assert max(r["confidence"] for r in rows) <= 0.9


def test_text_plans_stay_text(sqlite_url: str) -> None:
    """The negative beside the scans: a text PDF is never OCR'd."""
    runner = CliRunner()
    path = ROOT / "data" / "raw" / "somerset-2013-11.pdf"
    assert runner.invoke(main, ["ingest", str(path), "--db", sqlite_url, "-q"]).exit_code == 0
    rows = [json.loads(line) for line in
            runner.invoke(main, ["export", "--db", sqlite_url]).output.splitlines()]
    assert {r["text_source"] for r in rows} == {"text"}
    assert max(r["confidence"] for r in rows) == 1.0
