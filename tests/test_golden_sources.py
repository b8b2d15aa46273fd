"""The golden comparisons again on the other glyph source, pdfplumber (SQLite only).

PDFium is the default glyph and path source (README "Glyph sources"), so
tests/test_golden.py runs every fixture through it; pdfplumber stays a setting
(``--glyph-source pdfplumber``), and every PDF fixture must reproduce its golden
file through it too: the same ingest and export as tests/test_golden.py.
Fixtures already known not to match (golden/KNOWN_GAPS.toml) stay expected
failures; a fixture that only pdfplumber reads differently would be listed
below with what differs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractors.settings import DEFAULT_SETTINGS
from pipeline.cli import main
from tests.test_golden import KNOWN_GAPS, PDF_CASES, compare

OTHER_SOURCE = "pdfplumber"
# fixtures whose golden passes on the default source but not on pdfplumber, with the reason
PLUMBER_GAPS: dict[str, str] = {}


def other_source_cases() -> list:
    out = []
    for stem, path in PDF_CASES:
        reason = KNOWN_GAPS.get(path.name) or PLUMBER_GAPS.get(path.name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(stem, path, id=path.name, marks=marks))
    return out


def exported_with(source: str, path: Path, db_url: str) -> list[dict]:
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(path), "--db", db_url, "-q",
                                  "--glyph-source", source])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["export", "--db", db_url])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_the_other_source_is_not_the_default() -> None:
    assert DEFAULT_SETTINGS.glyph_source == "pdfium" != OTHER_SOURCE


@pytest.mark.parametrize(("stem", "path"), other_source_cases())
def test_fixture_matches_golden_with_pdfplumber(stem: str, path: Path, tmp_path: Path) -> None:
    compare(stem, path, exported_with(OTHER_SOURCE, path,
                                      f"sqlite:///{tmp_path / 'golden.db'}"))


def test_glyph_source_option_reaches_the_extractor(tmp_path: Path) -> None:
    """An unknown source is a usage error, so the option is parsed, not ignored."""
    result = CliRunner().invoke(main, ["ingest", str(PDF_CASES[0][1]), "--db",
                                       f"sqlite:///{tmp_path / 'x.db'}", "--glyph-source", "mupdf"])
    assert result.exit_code == 2
    assert "glyph-source" in result.output
