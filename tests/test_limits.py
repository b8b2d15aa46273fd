"""The time limit scales with the file: --timeout is granted per started block of
PAGES_PER_TIMEOUT pages, so a long plan gets longer while a hang is still stopped."""

from __future__ import annotations

import time
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from extractors.settings import ExtractionSettings
from models.errors import NotADocument
from models.records import NormalisedDocument
from pipeline.ingest import same_answer_again
from pipeline.worker import PAGES_PER_TIMEOUT, Limits, parse_one
from tests.cli_run import actionplans


def blank_pdf(path: Path, pages: int) -> Path:
    canvas = Canvas(str(path), invariant=True)
    for _ in range(pages):
        canvas.showPage()
    canvas.save()
    return path


def slow(path: Path, settings: ExtractionSettings, authority: str | None) -> NormalisedDocument:
    """Takes 4 s of wall time, then answers (an input error is an answer)."""
    time.sleep(4)
    raise NotADocument(str(path), "slow parser finished")


def hang(path: Path, settings: ExtractionSettings, authority: str | None) -> NormalisedDocument:
    while True:
        time.sleep(0.05)


def test_allowance_is_per_block_of_pages() -> None:
    limits = Limits(timeout=120)
    assert limits.file_timeout(None) == 120
    assert limits.file_timeout(1) == 120
    assert limits.file_timeout(PAGES_PER_TIMEOUT) == 120
    assert limits.file_timeout(PAGES_PER_TIMEOUT + 1) == 240
    assert limits.file_timeout(300) == 120 * 300 / PAGES_PER_TIMEOUT


def test_a_long_file_gets_more_time_than_a_short_one(tmp_path: Path) -> None:
    limits = Limits(timeout=2, jobs=1)
    short = parse_one(blank_pdf(tmp_path / "short.pdf", 1), limits=limits, processor=slow)
    assert short.problem is not None and short.problem.reason == "timed_out"
    assert "stopped after 2 s" in short.problem.detail
    long = parse_one(blank_pdf(tmp_path / "long.pdf", 3 * PAGES_PER_TIMEOUT), limits=limits,
                     processor=slow)
    assert long.problem is not None and long.problem.reason == "not_a_document"


def test_a_hang_in_a_long_file_is_still_stopped(tmp_path: Path) -> None:
    path = blank_pdf(tmp_path / "long.pdf", 2 * PAGES_PER_TIMEOUT)
    result = parse_one(path, limits=Limits(timeout=1, jobs=1), processor=hang)
    assert result.problem is not None and result.problem.reason == "timed_out"
    assert "stopped after 2 s" in result.problem.detail
    assert result.seconds >= 2
    # recorded against --timeout (per 50 pages), so a run with a larger one reads it again
    assert result.problem.limit == 1
    assert same_answer_again(result.problem, Limits(timeout=1))
    assert not same_answer_again(result.problem, Limits(timeout=1.5))


def test_help_gives_the_timeout_per_pages() -> None:
    done = actionplans("ingest", "--help")
    assert f"per {PAGES_PER_TIMEOUT} pages" in " ".join(done.stdout.split())
