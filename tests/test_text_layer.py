"""Issue 11, items 6 and 9, through the real ``actionplans`` command: text one glyph
source cannot see is read with the other before a file is called empty (pdfminer
misses text PDFium reads; PDFium, the default, falls back to pdfplumber for a file
or page it cannot load), and control characters a PDF's font maps its glyphs to are
stored alike on SQLite and PostgreSQL.  The PDFs are written by hand
(tests/table_pdfs.py)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest

from extractors.pdf import pdfium_source
from extractors.pdf.extract import extract_pdf
from extractors.settings import DEFAULT_SETTINGS, GLYPH_SOURCE_ENV, ExtractionSettings
from tests.cli_run import actionplans, command_env
from tests.table_pdfs import blank_page, lost_to_pdfminer, with_control_codes

ACTIONS = ["Publish a single early help offer for families",
           "Audit 50 early help assessments each quarter",
           "Train all social workers in the new threshold guidance"]
PDFIUM_NOTE = "pdfminer read no text on any page; the text was read with PDFium instead"
PLUMBER_NOTE = "PDFium read no text on any page; the text was read with pdfplumber instead"


def pdfminer_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join(c["text"] for page in pdf.pages for c in page.chars)


def pdfium_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def exported(url: str, log: Path) -> list[dict]:
    done = actionplans("export", "--db", url, log=log)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_the_fixture_hides_its_text_from_pdfminer_only() -> None:
    # if pdfminer learns to read it, the fixture no longer shows the case below
    data = lost_to_pdfminer()
    assert pdfminer_text(data) == ""
    assert all(action in pdfium_text(data) for action in ACTIONS)
    assert pdfminer_text(blank_page()) == pdfium_text(blank_page()) == ""


def test_a_plan_pdfminer_reads_no_text_from_loads_through_pdfium(tmp_path: Path) -> None:
    """On the pdfplumber source the file is read again with PDFium, and says so."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(lost_to_pdfminer())
    (folder / "blank.pdf").write_bytes(blank_page())
    url = f"sqlite:///{tmp_path / 'layer.db'}"
    log = tmp_path / "log"
    done = actionplans("ingest", str(folder), "--db", url, "--jobs", "1",
                       "--glyph-source", "pdfplumber", log=log)
    assert done.returncode == 1, done.stdout + done.stderr  # the blank page is a failure
    assert "loaded     plan.pdf: Walsall, 3 lines" in done.stdout
    assert "failed     blank.pdf: the file is empty or has no pages (no text on any page) " \
           "[empty]" in done.stdout
    assert [row["action"] for row in exported(url, log)] == ACTIONS
    raw = extract_pdf(folder / "plan.pdf", ExtractionSettings(glyph_source="pdfplumber"))
    assert raw.warnings[0] == PDFIUM_NOTE


def test_the_default_source_reads_that_plan_at_once(tmp_path: Path) -> None:
    (tmp_path / "plan.pdf").write_bytes(lost_to_pdfminer())
    assert DEFAULT_SETTINGS.glyph_source == "pdfium"
    explained = actionplans("explain", str(tmp_path / "plan.pdf"), log=tmp_path / "log")
    assert explained.returncode == 0, explained.stderr
    assert "Walsall, 3 lines from 1 of 1 tables" in explained.stdout
    assert "warning:" not in explained.stdout


def test_explain_reads_with_the_glyph_source_ingest_would_use(tmp_path: Path) -> None:
    (tmp_path / "plan.pdf").write_bytes(lost_to_pdfminer())
    explained = actionplans("explain", str(tmp_path / "plan.pdf"), log=tmp_path / "log",
                            env={**command_env(tmp_path / "log"), GLYPH_SOURCE_ENV: "pdfplumber"})
    assert explained.returncode == 0, explained.stderr
    assert f"warning: {PDFIUM_NOTE}" in explained.stdout


def refusing(message: str) -> Callable[..., None]:
    def refuse(*_args: object) -> None:
        raise pypdfium2.PdfiumError(f"{message} (simulated)")
    return refuse


# what PDFium is made to do (the function of pdfium_source replaced), and the warning
PDFIUM_FAILURES = [
    pytest.param("page_chars", lambda *args: [], PLUMBER_NOTE, id="no-glyph-on-any-page"),
    pytest.param("open_document", refusing("Failed to load document"),
                 "PDFium could not open the file (Failed to load document (simulated)); it "
                 "was read with pdfplumber instead", id="file-refused"),
    pytest.param("read_page", refusing("Failed to load page"),
                 "page 1: PDFium could not load it (Failed to load page (simulated)); read "
                 "with pdfplumber instead", id="page-refused"),
]


@pytest.mark.parametrize(("function", "replacement", "warning"), PDFIUM_FAILURES)
def test_what_pdfium_cannot_read_is_read_with_pdfplumber(
        function: str, replacement: Callable[..., object], warning: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The other direction: PDFium finding no glyph on any page, or refusing the file or
    a page, is not the end; pdfplumber reads the plan, and the first warning says why."""
    path = tmp_path / "plan.pdf"
    path.write_bytes(with_control_codes(ACTIONS[0]))
    monkeypatch.setattr(pdfium_source, function, replacement)
    raw = extract_pdf(path)
    assert raw.warnings[0] == warning
    cells = " ".join(c.text for t in raw.tables for c in t.cells)
    assert all(action in cells for action in ACTIONS)


def test_a_blank_pdf_stays_empty_on_either_glyph_source(tmp_path: Path) -> None:
    (tmp_path / "blank.pdf").write_bytes(blank_page())
    for source in ("pdfplumber", "pdfium"):
        url = f"sqlite:///{tmp_path / f'{source}.db'}"
        done = actionplans("ingest", str(tmp_path / "blank.pdf"), "--db", url,
                           "--glyph-source", source, log=tmp_path / "log")
        assert done.returncode == 1, done.stdout + done.stderr
        assert "(no text on any page) [empty]" in done.stdout, source


CONTROLLED = "Review\x00 the referral\x07 pathway\x1b with\x00\x00 partners"


def test_control_characters_from_a_pdf_are_stored_alike_on_both_databases(
        tmp_path: Path, pg_url: str) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(with_control_codes(CONTROLLED))
    assert CONTROLLED in pdfminer_text(path.read_bytes())  # the extractor sees them
    log = tmp_path / "log"
    exports = []
    for url in (f"sqlite:///{tmp_path / 'nul.db'}", pg_url):
        done = actionplans("ingest", str(path), "--db", url, log=log)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "loaded     plan.pdf: Walsall, 3 lines" in done.stdout
        exports.append(exported(url, log))
    sqlite_rows, pg_rows = exports
    assert sqlite_rows == pg_rows
    assert [row["action"] for row in pg_rows] == [
        "Review the referral pathway with partners", *ACTIONS[1:]]
