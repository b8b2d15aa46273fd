"""Issue 11, through the real ``actionplans`` command: nothing stops a batch, nothing
is forged on the terminal, every entry of a folder gets one outcome, limits are
checked, exit codes tell causes apart, and a log that cannot be written is one line.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import RAW, SHARED
from tests.hostile_files import (
    characters_page,
    damaged_copy,
    deeply_nested,
    flate_bomb_page,
    pdf_bytes,
    rectangles_page,
    run,
)

LATIN1_NAME = os.fsdecode(b"b-caf\xe9.docx")  # a Latin-1 byte: not UTF-8
FORGED_NAME = "x\nloaded     fake.docx: Walsall, 999 lines.docx"
ESCAPE_NAME = "\x1b[31mred\x1b[0m.docx"
REALWORLD = SHARED / "realworld"


def rows(url: str, sql: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def name_batch(folder: Path) -> None:
    """A plan, a plan under a name that is not UTF-8, a plan after them, and two names
    that would forge output: one with a newline, one with terminal escapes."""
    folder.mkdir()
    shutil.copy(RAW / "haringey-2011-05.docx", folder / "a.docx")
    shutil.copy(RAW / "haringey-2011-08.docx", folder / LATIN1_NAME)
    shutil.copy(RAW / "bath-ne-somerset-2012-06.docx", folder / "c.docx")
    (folder / FORGED_NAME).write_bytes(b"not a document at all")
    (folder / ESCAPE_NAME).write_bytes(b"not a document either")


def assert_not_forged(output: str) -> None:
    assert "\x1b" not in output
    assert not any(line.startswith("loaded     fake") for line in output.splitlines())
    assert "\\nloaded     fake.docx" in output  # the name is there, escaped


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_names_that_are_not_utf8_or_forge_lines_stop_nothing(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = (f"sqlite:///{tmp_path / 'names.db'}" if backend == "sqlite"
           else request.getfixturevalue("pg_url"))
    name_batch(tmp_path / "in")
    done = run(["ingest", str(tmp_path / "in"), "--db", url, "--jobs", "2"], tmp_path / "log")
    out = done.stdout
    assert done.returncode == 1, done.stdout + done.stderr  # the two junk files failed
    assert done.stderr == "" and "Traceback" not in out
    assert "loaded     b-caf\\xe9.docx: Haringey" in out
    assert "loaded     c.docx: Bath and North East Somerset" in out
    assert out.count("failed     ") == 2
    assert_not_forged(out)
    stored = {r[0] for r in rows(url, "select document from documents")}
    assert stored == {"a.docx", "b-caf\\xe9.docx", "c.docx"}
    failed = {r[0] for r in rows(url, "select document from ingest_errors")}
    assert failed == {FORGED_NAME, ESCAPE_NAME}  # stored as they are
    status = run(["status", "--db", url], tmp_path / "log")
    assert status.returncode == 0 and "b-caf\\xe9.docx" in status.stdout
    assert_not_forged(status.stdout)


def entry_batch(folder: Path) -> dict[str, str]:
    """Every kind of entry a downloads folder can hold, with the reason each must get."""
    folder.mkdir()
    expected = {}
    shutil.copy(RAW / "walsall-2013-01.docx", folder / "plan.docx")
    expected["plan.docx"] = "loaded"
    os.mkfifo(folder / "pipe.pdf")
    expected["pipe.pdf"] = "not_a_document"
    (folder / "device.pdf").symlink_to("/dev/null")
    expected["device.pdf"] = "not_a_document"
    (folder / "gone.pdf").symlink_to(folder / "nowhere.pdf")
    expected["gone.pdf"] = "not_a_document"
    (folder / "io-error.pdf").symlink_to("/proc/self/mem")  # reading it fails: EIO
    expected["io-error.pdf"] = "unreadable"
    (folder / "linked-folder").symlink_to(RAW)
    expected["linked-folder"] = "not_a_document"
    with open(folder / "huge.pdf", "wb") as fh:  # 20 GiB, sparse: costs nothing on disk
        fh.truncate(20 << 30)
    expected["huge.pdf"] = "too_large"
    bombs = {"rectangles.pdf": rectangles_page(300_000), "characters.pdf": characters_page(400_000),
             "flate.pdf": flate_bomb_page(200 << 20)}
    for name, content in bombs.items():
        (folder / name).write_bytes(pdf_bytes([content]))
        expected[name] = "too_large"
    (folder / "deep.docx").write_bytes(deeply_nested())
    expected["deep.docx"] = "too_large"
    return expected


def test_every_entry_gets_one_outcome_and_bombs_are_refused_early(tmp_path: Path) -> None:
    expected = entry_batch(tmp_path / "in")
    db = tmp_path / "entries.db"
    # a time limit no file here may reach: a bomb refused late would be timed_out
    done = run(["ingest", str(tmp_path / "in"), "--db", f"sqlite:///{db}", "--jobs", "2",
                "--timeout", "600"], tmp_path / "log")
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert len(lines) == len(expected) + 1, done.stdout  # one line each, then the totals
    with sqlite3.connect(db) as conn:
        reasons = dict(conn.execute("select document, reason from ingest_errors"))
        loaded = {r[0] for r in conn.execute("select document from documents")}
        huge_sha = conn.execute("select sha256 from ingest_errors where document = 'huge.pdf'")
        assert huge_sha.fetchone() == (None,)  # refused by its size, never read to be hashed
    assert loaded == {"plan.docx"}
    assert reasons == {name: reason for name, reason in expected.items() if reason != "loaded"}
    for name in ("rectangles.pdf", "characters.pdf", "flate.pdf"):
        line = next(line for line in lines if f" {name}: " in line)
        assert "page 1: " in line, line  # refused from the content stream, by its page


def test_a_symlinked_folder_is_followed_and_not_plans_are_not_failures(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    shutil.copy(RAW / "walsall-2013-01.docx", real / "a-walsall.docx")
    (real / "z-walsall-damaged.docx").write_bytes(damaged_copy())
    shutil.copy(REALWORLD / "docx/poi/ExternalEntityInText.docx", real / "notes.docx")
    (tmp_path / "link").symlink_to(real)
    db = tmp_path / "skipped.db"
    done = run(["ingest", str(tmp_path / "link"), "--db", f"sqlite:///{db}", "--jobs", "2"],
               tmp_path / "log")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "loaded     a-walsall.docx: Walsall, 58 lines" in done.stdout
    assert "skipped    notes.docx: no action table found" in done.stdout
    assert "skipped    z-walsall-damaged.docx: same council and lines as a loaded document " \
           "(the lines of a-walsall.docx) [duplicate]" in done.stdout
    assert "3 files: 1 loaded, 0 unchanged, 2 skipped, 0 failed" in done.stdout
    exported = run(["export", "--db", f"sqlite:///{db}"], tmp_path / "log")
    assert exported.stdout.count('"authority": "Walsall"') == 58  # never counted twice
    again = run(["ingest", str(tmp_path / "link"), "--db", f"sqlite:///{db}"], tmp_path / "log")
    assert again.returncode == 0 and "3 files: 0 loaded, 1 unchanged, 2 skipped" in again.stdout


def test_damaged_copy_is_a_duplicate_on_postgresql_too(tmp_path: Path, pg_url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / "walsall-2013-01.docx", folder / "a.docx")
    (folder / "b.docx").write_bytes(damaged_copy())
    done = run(["ingest", str(folder), "--db", pg_url, "--jobs", "2"], tmp_path / "log")
    assert done.returncode == 0, done.stdout + done.stderr
    assert rows(pg_url, "select document, reason from ingest_errors") == [("b.docx", "duplicate")]
    assert rows(pg_url, "select count(*) from latest_actions where authority = 'Walsall'") == [(58,)]


@pytest.mark.parametrize("option", [["--timeout", "inf"], ["--timeout", "nan"],
                                    ["--timeout", "1e300"], ["--memory-mb", "1000000000"]])
def test_absurd_limits_are_usage_errors(option: list[str], tmp_path: Path) -> None:
    done = run(["ingest", str(RAW / "walsall-2013-01.docx"), "--db",
                f"sqlite:///{tmp_path / 'x.db'}", *option], tmp_path / "log")
    assert done.returncode == 2, done.stdout + done.stderr
    assert option[0] in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_reasons_are_right_for_files_pdfium_can_open(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # pdfminer calls the first encrypted (an empty user password) and finds no pages
    # in the second (shifted cross-reference offsets); PDFium opens both
    for name in ("pdf/pdfjs/PDFBOX-4352-0.pdf", "pdf/pdfjs/prefilled_f1040.pdf"):
        shutil.copy(REALWORLD / name, folder / Path(name).name)
    db = tmp_path / "reasons.db"
    done = run(["ingest", str(folder), "--db", f"sqlite:///{db}"], tmp_path / "log")
    with sqlite3.connect(db) as conn:
        reasons = dict(conn.execute("select document, reason from ingest_errors"))
    assert reasons == {"PDFBOX-4352-0.pdf": "empty",  # one blank page, no text
                       "prefilled_f1040.pdf": "no_action_table"}  # a tax form, read
    assert done.returncode == 1  # the blank one is a failure, the form is not


def test_database_that_cannot_be_used_exits_3(tmp_path: Path) -> None:
    refused = run(["ingest", str(RAW / "walsall-2013-01.docx"), "--db",
                   "postgresql+psycopg://postgres@127.0.0.1:1/none"], tmp_path / "log")
    assert refused.returncode == 3, refused.stdout + refused.stderr
    assert refused.stderr.startswith("Error: ") and "Traceback" not in refused.stderr


def test_a_log_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    done = run(["ingest", str(RAW / "walsall-2013-01.docx"), "--db",
                f"sqlite:///{tmp_path / 'log.db'}"], Path("/dev/full"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1 and "cannot write the log /dev/full" in done.stderr
    assert "loaded     walsall-2013-01.docx" in done.stdout


def test_a_file_that_cannot_be_read_is_unreadable_and_the_rest_loads(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # the ingest process's own memory at address 0: open succeeds, every read is an I/O error
    # (root reads any file whatever its mode, so permissions cannot stand in here)
    (folder / "a-plan.pdf").symlink_to("/proc/self/mem")
    shutil.copy(RAW / "walsall-2013-01.docx", folder / "b.docx")
    db = tmp_path / "unreadable.db"
    done = run(["ingest", str(folder), "--db", f"sqlite:///{db}"], tmp_path / "log")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "failed     a-plan.pdf: cannot be read (Input/output error) [unreadable]" in done.stdout
    assert "loaded     b.docx: Walsall, 58 lines" in done.stdout
    assert rows(f"sqlite:///{db}", "select document, reason from ingest_errors") == [
        ("a-plan.pdf", "unreadable")]


def test_a_locked_database_exits_3_and_names_the_cause(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    first = run(["ingest", str(RAW / "walsall-2013-01.docx"), "--db", f"sqlite:///{db}"],
                tmp_path / "log")
    assert first.returncode == 0, first.stdout + first.stderr
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # another program holds the database
        locked = run(["ingest", str(RAW / "bolton-2025-09.docx"), "--db", f"sqlite:///{db}"],
                     tmp_path / "log")
    finally:
        holder.close()
    assert locked.returncode == 3, locked.stdout + locked.stderr
    assert locked.stderr.startswith("Error: ") and "database is locked" in locked.stderr
    assert "Traceback" not in locked.stderr + locked.stdout
    assert rows(f"sqlite:///{db}", "select count(*) from documents") == [(1,)]


def test_an_internal_error_exits_5_in_one_line_and_keeps_what_loaded(tmp_path: Path) -> None:
    # a bug of ours, planted by sitecustomize in the real command: the second file's
    # result cannot be settled
    plant = tmp_path / "plant"
    plant.mkdir()
    (plant / "sitecustomize.py").write_text(
        "import pipeline.ingest as ingest\n"
        "settle = ingest.Batch.settle\n"
        "def broken(self, result):\n"
        "    if result.path.name.startswith('b'):\n"
        "        raise RuntimeError('planted bug')\n"
        "    return settle(self, result)\n"
        "ingest.Batch.settle = broken\n")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / "walsall-2013-01.docx", folder / "a.docx")
    shutil.copy(RAW / "bolton-2025-09.docx", folder / "b.docx")
    db = tmp_path / "bug.db"
    path = os.pathsep.join(filter(None, [str(plant), os.environ.get("PYTHONPATH")]))
    done = run(["ingest", str(folder), "--db", f"sqlite:///{db}", "--jobs", "1"],
               tmp_path / "log", env={"PYTHONPATH": path})
    assert done.returncode == 5, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("Error: internal error: RuntimeError: planted bug")
    assert "Traceback" in (tmp_path / "log").read_text()  # the traceback went to the log
    assert rows(f"sqlite:///{db}", "select document from documents") == [("a.docx",)]
