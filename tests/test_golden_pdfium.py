"""The golden comparisons again with PDFium as the glyph and path source (SQLite only).

Every PDF fixture that reproduces its golden file through pdfplumber must do so
through PDFium too (README "Glyph sources"): the same ingest and export as
tests/test_golden.py, with ``--glyph-source pdfium``.  Fixtures already known
not to match (golden/KNOWN_GAPS.toml) stay expected failures; a fixture that
only PDFium reads differently is listed below with what differs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.test_golden import KNOWN_GAPS, PDF_CASES, compare

# fixtures whose golden passes on pdfplumber but not on PDFium, with the reason
PDFIUM_GAPS: dict[str, str] = {}


def pdfium_cases() -> list:
    out = []
    for stem, path in PDF_CASES:
        reason = KNOWN_GAPS.get(path.name) or PDFIUM_GAPS.get(path.name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(stem, path, id=path.name, marks=marks))
    return out


def exported_with_pdfium(path: Path, db_url: str) -> list[dict]:
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(path), "--db", db_url, "-q",
                                  "--glyph-source", "pdfium"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["export", "--db", db_url])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


@pytest.mark.parametrize(("stem", "path"), pdfium_cases())
def test_fixture_matches_golden_with_pdfium(stem: str, path: Path, tmp_path: Path) -> None:
    compare(stem, path, exported_with_pdfium(path, f"sqlite:///{tmp_path / 'golden.db'}"))


def test_glyph_source_option_reaches_the_extractor(tmp_path: Path) -> None:
    """An unknown source is a usage error, so the option is parsed, not ignored."""
    result = CliRunner().invoke(main, ["ingest", str(PDF_CASES[0][1]), "--db",
                                       f"sqlite:///{tmp_path / 'x.db'}", "--glyph-source", "mupdf"])
    assert result.exit_code == 2
    assert "glyph-source" in result.output
