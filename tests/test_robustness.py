"""Bad input gets a clear, specific answer and never spoils a batch.

The worker path (pipeline/worker.py) is driven with stand-in parsers that
hang, exhaust memory, segfault, raise or exit, and with the fixture plans'
bytes mutated by hypothesis (truncated, bytes flipped, zip members
reordered or dropped).  Stand-ins live at module level: a worker process
imports them by name.
"""

from __future__ import annotations

import ctypes
import io
import os
import random
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.settings import ExtractionSettings
from models.db import make_engine
from models.errors import InputError
from models.records import NormalisedDocument
from pipeline.cli import main
from pipeline.ingest import FileOutcome, IngestOptions, ingest_paths
from pipeline.outcome_words import error_message, message, note
from pipeline.process import process_file
from pipeline.worker import ERROR_CLASSES, Limits, WorkResult, parse_one
from tests.conftest import RAW

# every reason an input can fail with, except the generic "error"
SPECIFIC_REASONS = set(ERROR_CLASSES) - {InputError.reason}
DOCX_PLANS = [RAW / f"{stem}.docx" for stem in ("walsall-2013-01", "haringey-2011-05",
                                                "herefordshire-2011-02")]
FAST = Limits(timeout=60, jobs=2)


# --- stand-in parsers (run inside workers) --------------------------------------------------

def hang(path: Path, settings: ExtractionSettings, authority: str | None) -> NormalisedDocument:
    while True:
        time.sleep(0.05)


def hog_memory(path: Path, settings: ExtractionSettings,
               authority: str | None) -> NormalisedDocument:
    chunks = []
    while True:
        chunks.append(bytearray(64 * 1024 * 1024))


def segfault(path: Path, settings: ExtractionSettings,
             authority: str | None) -> NormalisedDocument:
    ctypes.string_at(0)
    raise AssertionError("unreachable")


def buggy(path: Path, settings: ExtractionSettings, authority: str | None) -> NormalisedDocument:
    print("noise on stdout from the parser")
    print("noise on stderr from the parser", file=sys.stderr)
    raise KeyError("a parser bug")


def exits(path: Path, settings: ExtractionSettings, authority: str | None) -> NormalisedDocument:
    os._exit(3)


def by_name(path: Path, settings: ExtractionSettings,
            authority: str | None) -> NormalisedDocument:
    """Misbehave as the file's name says; parse real plans for real."""
    for word, stand_in in (("hang", hang), ("hog", hog_memory), ("segv", segfault),
                           ("bug", buggy), ("exit", exits)):
        if path.name.startswith(word):
            return stand_in(path, settings, authority)
    return process_file(path, settings, authority)


# --- one file through the worker ------------------------------------------------------------

def said(result: WorkResult) -> str:
    """A worker's problem in the words the output gives it."""
    assert result.problem is not None
    return error_message(result.path.name, result.problem)


def test_hanging_parser_is_stopped_at_the_time_limit(tmp_path: Path) -> None:
    # no upper bound on the wall time: a loaded machine may be slow to start the worker
    result = parse_one(tmp_path, limits=Limits(timeout=2, jobs=1), processor=hang)
    assert result.problem is not None and result.problem.reason == "timed_out"
    assert "stopped after 2 s" in said(result)
    assert result.seconds >= 2


def test_memory_hog_is_refused_as_too_large(tmp_path: Path) -> None:
    result = parse_one(tmp_path, limits=Limits(timeout=60, memory_mb=768, jobs=1),
                       processor=hog_memory)
    assert result.problem is not None and result.problem.reason == "too_large"
    assert "768 MB memory limit" in said(result)


def test_segfault_becomes_crashed_with_the_signal(tmp_path: Path) -> None:
    result = parse_one(tmp_path, limits=Limits(timeout=30, jobs=1), processor=segfault)
    assert result.problem is not None and result.problem.reason == "crashed"
    assert "SIGSEGV" in said(result)


def test_exit_without_result_becomes_crashed(tmp_path: Path) -> None:
    result = parse_one(tmp_path, limits=Limits(timeout=30, jobs=1), processor=exits)
    assert result.problem is not None and result.problem.reason == "crashed"
    assert "status 3" in said(result)


def test_parser_bug_is_crashed_with_type_and_message_and_traceback_kept(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "worker.log"
    result = parse_one(tmp_path / "plan.pdf", limits=Limits(timeout=30, jobs=1),
                       processor=buggy, log_path=str(log))
    assert result.problem is not None and result.problem.reason == "crashed"
    assert said(result).startswith("plan.pdf: ")
    assert "KeyError: 'a parser bug'" in said(result)
    assert "Traceback" not in said(result)
    assert result.trace and "Traceback" in result.trace and "buggy" in result.trace
    out, err = capfd.readouterr()
    assert "noise" not in out + err  # the child's output went to the log file
    assert "noise on stdout" in log.read_text() and "noise on stderr" in log.read_text()


def test_error_names_the_file_not_its_folder(tmp_path: Path) -> None:
    empty = tmp_path / "nested" / "download.pdf"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    result = parse_one(empty, limits=Limits(timeout=30, jobs=1))
    assert result.problem is not None and result.problem.reason == "empty"
    assert said(result).startswith("download.pdf: ")
    assert str(tmp_path) not in said(result)


# --- a batch goes on ------------------------------------------------------------------------

def stand_in_batch(folder: Path) -> list[Path]:
    """Misbehaving files (distinct bytes) between real plans."""
    bad = []
    for word in ("hang", "hog", "segv", "bug", "exit"):
        path = folder / f"{word}.pdf"
        path.write_bytes(b"%PDF-1.4 " + word.encode())
        bad.append(path)
    return bad + DOCX_PLANS


def test_batch_survives_every_kind_of_worker_failure(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'batch.db'}")
    files = stand_in_batch(tmp_path)
    # a time limit no real plan nears even on a loaded machine: only hang.pdf reaches it
    options = IngestOptions(processor=by_name,
                            limits=Limits(timeout=60, memory_mb=768, jobs=2))
    outcomes = {o.path.name: o for o in ingest_paths(engine, files, options=options)}
    assert len(outcomes) == len(files)
    reasons = {name: o.reason for name, o in outcomes.items() if o.status == "failed"}
    assert reasons == {"hang.pdf": "timed_out", "hog.pdf": "too_large", "segv.pdf": "crashed",
                       "bug.pdf": "crashed", "exit.pdf": "crashed"}
    for plan in DOCX_PLANS:
        assert outcomes[plan.name].status == "loaded"
        assert outcomes[plan.name].document and outcomes[plan.name].document.actions
    with sqlite3.connect(tmp_path / "batch.db") as db:
        assert db.execute("select count(*) from documents").fetchone() == (len(DOCX_PLANS),)
        assert db.execute("select count(*) from ingest_errors").fetchone() == (5,)


def test_rerun_skips_permanent_failures_and_retries_time_outs_only_with_more_time(
        tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'rerun.db'}")
    encrypted = tmp_path / "secret.docx"
    encrypted.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    slow = tmp_path / "hang.pdf"
    slow.write_bytes(b"%PDF-1.4 slow")
    options = IngestOptions(processor=by_name, limits=Limits(timeout=3, jobs=2))
    first = {o.path.name: o for o in ingest_paths(engine, [encrypted, slow], options=options)}
    assert first["hang.pdf"].reason == "timed_out"
    assert first["secret.docx"].status == "failed" and not first["secret.docx"].not_retried
    again = {o.path.name: o for o in ingest_paths(engine, [encrypted, slow], options=options)}
    assert again["secret.docx"].not_retried
    assert again["secret.docx"].reason == first["secret.docx"].reason
    assert again["hang.pdf"].not_retried and again["hang.pdf"].reason == "timed_out"
    longer = IngestOptions(processor=by_name, limits=Limits(timeout=4, jobs=2))
    retried = ingest_paths(engine, [slow], options=longer)
    assert not retried[0].not_retried and retried[0].seconds >= 4
    assert "stopped after 4 s" in (message(retried[0]) or "")
    forced = ingest_paths(engine, [encrypted], options=IngestOptions(retry_failed=True))
    assert not forced[0].not_retried and forced[0].status == "failed"


def test_same_bytes_twice_are_parsed_once(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'dupes.db'}")
    copy = tmp_path / "copy.docx"
    copy.write_bytes(DOCX_PLANS[0].read_bytes())
    outcomes = ingest_paths(engine, [DOCX_PLANS[0], copy], options=IngestOptions(limits=FAST))
    assert sorted(o.status for o in outcomes) == ["loaded", "unchanged"]
    assert any((note(o) or "").startswith("same bytes as") for o in outcomes)


# --- hostile names and paths ----------------------------------------------------------------

ODD_NAMES = ["x'); DROP TABLE documents; --.docx", "..hidden-dots.docx", "-rf.docx",
             "naïve ünïcode — name.docx", "new\nline.docx", 'quote"s and %s.docx']


def snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_odd_file_names_are_stored_verbatim_and_write_nothing(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / ODD_NAMES[0]).write_bytes(DOCX_PLANS[0].read_bytes())
    for name in ODD_NAMES[1:]:
        (inbox / name).write_bytes(name.encode())  # not a document: each fails by name
    before = snapshot(tmp_path)
    db = tmp_path / "out" / "odd.db"
    log = tmp_path / "out" / "odd.log"
    # a path through "..", a hidden file (a folder scan skips it) named outright, the folder
    args = ["ingest", str(inbox / "sub" / ".." / ODD_NAMES[0]), str(inbox / ODD_NAMES[1]),
            str(inbox), "--db", f"sqlite:///{db}", "--jobs", "2"]
    result = CliRunner().invoke(main, args, env={"ACTIONPLANS_LOG": str(log)})
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert snapshot(tmp_path) - before == {"out", "out/odd.db", "out/odd.log"}
    with sqlite3.connect(db) as conn:
        docs = conn.execute("select document from documents").fetchall()
        errors = dict(conn.execute("select document, reason from ingest_errors").fetchall())
    assert docs == [(ODD_NAMES[0],)]
    assert set(errors) == set(ODD_NAMES[1:])
    assert set(errors.values()) <= SPECIFIC_REASONS
    status = CliRunner().invoke(main, ["status", "--db", f"sqlite:///{db}"],
                                env={"ACTIONPLANS_LOG": str(log)})
    assert status.exit_code == 0
    assert "5 files failed" in status.output and "[not_a_document]" in status.output


# --- hostile documents ----------------------------------------------------------------------

def docx_with(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    template = zipfile.ZipFile(DOCX_PLANS[0])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in template.infolist():
            data = document_xml if item.filename == "word/document.xml" else \
                template.read(item)
            new.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return out.getvalue()


def test_zip_bomb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(docx_with(b"<w:document/>", {"word/media/zeros.bin": b"\0" * (600 << 20)}))
    assert bomb.stat().st_size < 5 << 20
    result = parse_one(bomb, limits=Limits(timeout=30, memory_mb=768, jobs=1))
    assert result.problem is not None and result.problem.reason == "too_large"


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret}">]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>Action plan &xxe; end</w:t></w:r></w:p></w:body>'
           '</w:document>').encode()
    evil = tmp_path / "xxe.docx"
    evil.write_bytes(docx_with(xml))
    result = parse_one(evil, limits=Limits(timeout=30, jobs=1))
    assert result.problem is not None  # no action table, or refused outright
    assert "TOP-SECRET" not in said(result)


def test_html_saved_as_pdf_is_not_a_document(tmp_path: Path) -> None:
    page = tmp_path / "plan.pdf"
    page.write_text("<!DOCTYPE html><html><body>Access denied</body></html>")
    result = parse_one(page, limits=Limits(timeout=30, jobs=1))
    assert result.problem is not None and result.problem.reason == "not_a_document"


# --- fuzzing: mutated fixture bytes ---------------------------------------------------------

def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(len(data))]


def flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        out[rng.randrange(len(out))] ^= rng.randint(1, 255)
    return bytes(out)


def shuffle_members(data: bytes, rng: random.Random) -> bytes:
    """Zip members reordered, and sometimes one dropped (a PDF gets two chunks swapped)."""
    if not data.startswith(b"PK"):
        cut = sorted(rng.sample(range(len(data)), 2))
        return data[:cut[0]] + data[cut[1]:] + data[cut[0]:cut[1]]
    source = zipfile.ZipFile(io.BytesIO(data))
    items = source.infolist()
    rng.shuffle(items)
    if rng.random() < 0.5:
        items.pop()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in items:
            new.writestr(item.filename, source.read(item))
    return out.getvalue()


MUTATIONS = {"truncate": truncate, "flip": flip, "shuffle": shuffle_members}
FUZZ_PDF = RAW / "somerset-2013-11.pdf"
# one mutant of each kind for a Word plan and for a PDF plan, per example
mutants = st.lists(st.tuples(st.sampled_from(DOCX_PLANS), st.integers(0, 2**32 - 1),
                             st.integers(0, 2**32 - 1)), min_size=len(MUTATIONS),
                   max_size=len(MUTATIONS))


def write_mutants(folder: Path, draws: list[tuple[Path, int, int]]) -> list[Path]:
    files = []
    for (kind, mutate), (docx, docx_seed, pdf_seed) in zip(sorted(MUTATIONS.items()), draws,
                                                           strict=True):
        for source, seed in ((docx, docx_seed), (FUZZ_PDF, pdf_seed)):
            path = folder / f"{kind}-{seed}-{source.name}"
            path.write_bytes(mutate(source.read_bytes(), random.Random(seed)))
            files.append(path)
    return files


def expect_specific(outcome: FileOutcome) -> None:
    assert outcome.status in ("loaded", "unchanged", "skipped", "failed"), outcome
    if outcome.status in ("skipped", "failed"):
        assert outcome.reason in SPECIFIC_REASONS - {"crashed"}, message(outcome)
        assert outcome.problem is not None and outcome.problem.detail is not None


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 8)), deadline=None,
          derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(mutants)
def test_mutated_fixtures_fail_specifically_and_spare_intact_ones(
        draws: list[tuple[Path, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_mutants(folder, draws)
        intact = DOCX_PLANS[:2]
        engine = make_engine(f"sqlite:///{folder / 'fuzz.db'}")
        outcomes = ingest_paths(engine, files + intact, options=IngestOptions(limits=FAST))
        assert sorted(o.path for o in outcomes) == sorted(files + intact)
        for outcome in outcomes:
            expect_specific(outcome)
        with sqlite3.connect(folder / "fuzz.db") as db:
            loaded = {row[0] for row in db.execute("select sha256 from documents")}
            partial = db.execute("select count(*) from documents d where n_actions != "
                                 "(select count(*) from actions a where a.document_id = d.id)")
            assert partial.fetchone() == (0,)
        by_path = {o.path: o for o in outcomes}
        for plan in intact:
            assert by_path[plan].sha256 in loaded, by_path[plan]


def test_limits_come_from_the_environment_and_are_checked(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(DOCX_PLANS[0]), "--db",
                                       f"sqlite:///{tmp_path / 'env.db'}"],
                                env={"ACTIONPLANS_MEMORY_MB": "100",
                                     "ACTIONPLANS_LOG": str(tmp_path / "env.log")})
    assert result.exit_code == 2
    assert "ACTIONPLANS_MEMORY_MB" in result.output and "100" in result.output


def test_a_fifo_named_like_a_pdf_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.pdf"
    os.mkfifo(fifo)
    engine = make_engine(f"sqlite:///{tmp_path / 'fifo.db'}")
    outcomes = ingest_paths(engine, [fifo], options=IngestOptions(limits=FAST))
    assert [(o.status, o.reason) for o in outcomes] == [("failed", "not_a_document")]
