"""A long PDF's pages read in several processes (extractors/pdf/page_split.py).

The split must never change what is read: each case reads a real file once in
one process and once cut into runs of a page or two (the minimum run lowered
so that short fixtures split), and the two documents must be equal.  A helper
that dies, answers nonsense or cannot be forked only costs speed, and no helper
outlives the process that forked it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import deque
from dataclasses import replace
from pathlib import Path

import pytest

from extractors.pdf import extract, page_split
from extractors.pdf.extract import extract_pdf
from extractors.settings import DEFAULT_SETTINGS
from models.errors import NotADocument
from models.records import NormalisedDocument
from pipeline.worker import Limits, parse_one, spare_workers
from tests.cli_run import actionplans

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
SCANNED = Path(__file__).resolve().parents[1] / "data" / "scanned"

# (pages, processes) -> the lengths of the runs
RUNS = [
    ((297, 2), [149, 148]),
    ((48, 2), [24, 24]),
    ((100, 3), [34, 34, 32]),
    ((1000, 4), [250, 250, 250, 250]),
    ((60, 8), [30, 30]),  # no run shorter than the minimum, whatever the processes
]
ONE_RUN = [(1, 2), (30, 2), (47, 2), (297, 1), (1000, 1)]


@pytest.mark.parametrize(("case", "lengths"), RUNS)
def test_pages_are_cut_into_near_equal_runs(case: tuple[int, int], lengths: list[int]) -> None:
    runs = page_split.page_runs(*case)
    assert [len(r) for r in runs] == lengths
    assert [n for r in runs for n in r] == list(range(1, case[0] + 1))


@pytest.mark.parametrize("case", ONE_RUN)
def test_a_short_file_or_one_process_is_one_run(case: tuple[int, int]) -> None:
    assert page_split.page_runs(*case) == [range(1, case[0] + 1)]


@pytest.fixture
def short_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_split, "MIN_PAGES_PER_PROCESS", 1)


# tables continued over pages (stitched across the runs' joins), banners, fills,
# unruled and narrative layouts, a long report
SPLIT_FILES = ["norfolk-2024-03.pdf", "somerset-2013-11.pdf", "haringey-2011-05.pdf",
               "herefordshire-2011-06.pdf", "walsall-2013-01.pdf", "herefordshire-2012-13.pdf",
               "us-fds-2019-2020-draft-action-plan.pdf", "kent-qpr-q3-2024-25.pdf"]


def pages_read_here(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The numbers of the pages this process reads from now on (a helper's count
    stays in the helper)."""
    numbers: list[int] = []
    read_page = extract.read_page

    def counted(page: object, number: int, *args: object) -> object:
        numbers.append(number)
        return read_page(page, number, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "read_page", counted)
    return numbers


@pytest.mark.parametrize("name", SPLIT_FILES)
@pytest.mark.parametrize("processes", [2, 5])
def test_a_split_file_reads_the_same(short_runs: None, monkeypatch: pytest.MonkeyPatch,
                                     name: str, processes: int) -> None:
    whole = extract_pdf(RAW / name)
    here = pages_read_here(monkeypatch)
    split = extract_pdf(RAW / name, replace(DEFAULT_SETTINGS, page_processes=processes))
    assert split == whole
    first = page_split.page_runs(whole.page_count or 0, processes)[0]
    assert here == list(first)  # the helpers read the rest


def test_scanned_pages_are_ocrd_in_page_order_within_the_budget(short_runs: None) -> None:
    """Helpers leave a scanned page to the main process, which OCRs pages in order while
    the budget lasts: the same pages OCR'd, the same later pages left image-only."""
    path = SCANNED / "haringey-2011-05-scan150.pdf"
    budget = replace(DEFAULT_SETTINGS, max_ocr_pages=1)
    whole = extract_pdf(path, budget)
    split = extract_pdf(path, replace(budget, page_processes=3))
    assert [n for n, _ in split.ocr_pages] == [1]
    assert split == whole


def dies(*_args: object) -> None:
    os._exit(3)


def raises(*_args: object) -> None:
    raise RuntimeError("a parser bug")


def answers_nonsense(*_args: object) -> str:
    return "not a run of pages"


@pytest.mark.parametrize("helper_work", [dies, raises, answers_nonsense])
def test_pages_a_helper_failed_to_read_are_read_by_the_main_process(
        short_runs: None, monkeypatch: pytest.MonkeyPatch, helper_work: object) -> None:
    path = RAW / "haringey-2011-05.pdf"
    whole = extract_pdf(path)
    monkeypatch.setattr(extract, "read_run", helper_work)
    here = pages_read_here(monkeypatch)
    assert extract_pdf(path, replace(DEFAULT_SETTINGS, page_processes=3)) == whole
    assert here == [1, 2, 3, 4, 5]


def test_a_file_is_read_here_when_no_helper_can_be_forked(
        short_runs: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise BlockingIOError("fork: resource temporarily unavailable")

    path = RAW / "somerset-2013-11.pdf"
    whole = extract_pdf(path)
    monkeypatch.setattr(os, "fork", no_fork)
    assert extract_pdf(path, replace(DEFAULT_SETTINGS, page_processes=3)) == whole


HANGING_HELPER = textwrap.dedent("""
    import os, sys, time
    from dataclasses import replace
    from pathlib import Path
    from extractors.pdf import extract, page_split
    from extractors.settings import DEFAULT_SETTINGS

    def hang(*_args):
        Path(sys.argv[2]).write_text(str(os.getpid()))
        time.sleep(600)

    page_split.MIN_PAGES_PER_PROCESS = 1
    extract.read_run = hang
    extract.extract_pdf(Path(sys.argv[1]), replace(DEFAULT_SETTINGS, page_processes=2))
""")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie has exited; it only waits for its parent (init) to reap it
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(") ")[-1][0] != "Z"


def test_no_helper_outlives_a_killed_worker(tmp_path: Path) -> None:
    pid_file = tmp_path / "helper.pid"
    worker = subprocess.Popen([sys.executable, "-c", HANGING_HELPER,
                               str(RAW / "norfolk-2024-03.pdf"), str(pid_file)],
                              cwd=Path(__file__).resolve().parents[1])
    try:
        deadline = time.monotonic() + 60
        while not pid_file.exists() or not pid_file.read_text():
            assert time.monotonic() < deadline, "the helper never started"
            time.sleep(0.05)
        helper = int(pid_file.read_text())
        assert alive(helper)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        deadline = time.monotonic() + 10
        while alive(helper):
            assert time.monotonic() < deadline, "the helper outlived its worker"
            time.sleep(0.05)
    finally:
        worker.kill()


# (workers, files running, files waiting) -> processes the file being started may use
SPARE = [
    ((2, 0, 0), 2),  # a lone file on two workers
    ((4, 1, 0), 3),  # the last file, one other still running
    ((4, 0, 3), 1),  # a batch's first file: the others will need the workers
    ((2, 1, 0), 1),
    ((1, 0, 0), 1),  # --jobs 1: one process, whatever the file
]


@pytest.mark.parametrize(("case", "spare"), SPARE)
def test_a_file_gets_the_workers_no_other_file_needs(case: tuple[int, int, int],
                                                      spare: int) -> None:
    workers, running, waiting = case
    limits = Limits(jobs=workers)
    assert spare_workers(limits, [None] * running,  # type: ignore[list-item]
                         deque([Path("x")] * waiting)) == spare


def tells_page_processes(path: Path, settings: object, authority: str | None
                         ) -> NormalisedDocument:
    raise NotADocument(str(path), f"page_processes={settings.page_processes}")  # type: ignore[attr-defined]


@pytest.mark.parametrize(("jobs", "expected"), [(2, 2), (1, 1)])
def test_a_lone_file_is_parsed_with_the_idle_workers(tmp_path: Path, jobs: int,
                                                     expected: int) -> None:
    result = parse_one(RAW / "somerset-2013-11.pdf", limits=Limits(jobs=jobs),
                       processor=tells_page_processes)
    assert result.problem is not None
    assert result.problem.detail == f"page_processes={expected}"


def test_a_long_plan_ingested_alone_loads_the_same_with_its_pages_split(tmp_path: Path) -> None:
    """Through the command: with two workers and one file, the file's later pages are
    read by a helper (--jobs 1: all in one process); the exports are the same."""
    from benchmarks.generated_plan import write_plan

    plan = write_plan(tmp_path / "plan.pdf", 60)
    exports = []
    for jobs in ("2", "1"):
        url = f"sqlite:///{tmp_path / f'jobs{jobs}.db'}"
        log = tmp_path / f"jobs{jobs}.log"
        done = actionplans("ingest", str(plan), "--db", url, "--jobs", jobs, log=log)
        assert done.returncode == 0, done.stdout + done.stderr
        exported = actionplans("export", "--db", url, log=log)
        assert exported.returncode == 0, exported.stderr
        exports.append(exported.stdout)
    assert exports[0].count("\n") > 100
    assert exports[0] == exports[1]
