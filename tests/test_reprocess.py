"""Reprocessing: a file's outcome is keyed on its bytes, the extraction version and the
vocabulary in force; when the pipeline or its words change, files are read again.

The upgrade scenario runs the real `actionplans` command: a user vocabulary
folder (ACTIONPLANS_VOCAB_DIR) teaches it a header; the plan it rejected
before now loads, the plans it had loaded are read again in place, and their
history shows no change that was not in the documents.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from docx import Document as WordDocument
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import Document, make_engine
from tests.conftest import RAW, ROOT

CLI = [str(ROOT / ".venv/bin/actionplans")] if (ROOT / ".venv/bin/actionplans").exists() \
    else [sys.executable, "-m", "pipeline.cli"]
VERSIONS = ("herefordshire-2011-02.docx", "herefordshire-2011-06.docx")
# headers no shipped vocabulary knows, over cells with too little evidence to tell their roles
ODD_HEADERS = ("Zed", "Quillwork", "Gardener")
ODD_ROWS = (("1.1", "Caseloads of permanent social workers", "Head of Service"),
            ("1.2", "Monthly case audits across all teams", "Principal Social Worker"),
            ("1.3", "Training programme for team managers", "Workforce Lead"))
TEACHING = '[fields.ref]\nsynonyms = ["zed"]\n[fields.action]\nsynonyms = ["quillwork"]\n' \
    '[fields.lead]\nsynonyms = ["gardener"]\n'


def odd_plan(path: Path) -> Path:
    doc = WordDocument()
    doc.add_heading("Children's Services Improvement Plan", 0)
    table = doc.add_table(rows=1, cols=len(ODD_HEADERS))
    for cell, text in zip(table.rows[0].cells, ODD_HEADERS, strict=True):
        cell.text = text
    for row in ODD_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


def cli(tmp_path: Path, *args: str, vocab: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ACTIONPLANS_VOCAB_DIR"}
    env["ACTIONPLANS_LOG"] = str(tmp_path / "actionplans.log")
    if vocab is not None:
        env["ACTIONPLANS_VOCAB_DIR"] = str(vocab)
    return subprocess.run([*CLI, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)


def documents(db: str) -> dict[str, tuple[int, Any, Any, int | None, str | None]]:
    with Session(make_engine(db, upgrade=False)) as session:
        rows = session.scalars(select(Document)).all()
        return {d.document: (d.id, d.ingested_at, d.report_date, d.plan_id, d.pipeline_key)
                for d in rows}


def history_changes(tmp_path: Path, db: str) -> list[tuple[Any, ...]]:
    """The history's changes without lineage ids (those name rows, which a re-read renews)."""
    out = cli(tmp_path, "history", "--db", db, "--format", "json")
    assert out.returncode == 0, out.stderr
    return sorted((c["plan_id"], c["version"], str(c["ref"]), c["kind"], str(c["before"]),
                   str(c["after"])) for c in json.loads(out.stdout)["changes"])


def test_a_vocabulary_change_cures_a_rejected_plan_and_rereads_the_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in VERSIONS:
        shutil.copy(RAW / name, folder)
    odd_plan(folder / "odd-layout.docx")
    db = f"sqlite:///{tmp_path / 'up.db'}"

    first = cli(tmp_path, "ingest", str(folder), "--db", db, "--jobs", "1")
    assert "odd-layout.docx: no action table found" in first.stdout, first.stdout
    assert "[no_action_table]" in first.stdout
    before_docs = documents(db)
    assert set(before_docs) == set(VERSIONS)
    before_history = history_changes(tmp_path, db)
    assert before_history  # two versions of one plan: their lines moved

    same = cli(tmp_path, "ingest", str(folder), "--db", db, "--jobs", "1")
    assert "3 files: 0 loaded, 2 unchanged" in same.stdout, same.stdout  # nothing changed: no re-read

    vocab = tmp_path / "vocab"
    vocab.mkdir()
    (vocab / "headers.toml").write_text(TEACHING)
    status = cli(tmp_path, "status", "--db", db, vocab=vocab)
    assert "2 of them read by an older pipeline or vocabulary" in status.stdout, status.stdout

    again = cli(tmp_path, "ingest", str(folder), "--db", db, "--jobs", "1", vocab=vocab)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "loaded     odd-layout.docx" in again.stdout and "3 lines" in again.stdout
    assert again.stdout.count("read again: its lines replaced") == 2
    after_docs = documents(db)
    for name in VERSIONS:  # same rows, same version, same arrival; only the key moved
        assert after_docs[name][:4] == before_docs[name][:4]
        assert after_docs[name][4] != before_docs[name][4]
    assert history_changes(tmp_path, db) == before_history
    quiet = cli(tmp_path, "status", "--db", db, vocab=vocab)
    assert "older pipeline" not in quiet.stdout and "3 documents loaded" in quiet.stdout


def test_reprocess_forces_a_reread_and_keeps_the_lines(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'force.db'}"
    path = RAW / VERSIONS[0]
    cli(tmp_path, "ingest", str(path), "--db", db, "--jobs", "1")
    export_before = cli(tmp_path, "export", "--db", db).stdout
    forced = cli(tmp_path, "ingest", str(path), "--db", db, "--jobs", "1", "--reprocess")
    assert forced.returncode == 0 and "read again: its lines replaced" in forced.stdout, forced.stdout
    assert cli(tmp_path, "export", "--db", db).stdout == export_before
    plain = cli(tmp_path, "ingest", str(path), "--db", db, "--jobs", "1")
    assert "1 unchanged" in plain.stdout


def test_a_bug_of_ours_inside_an_extractor_is_crashed_not_corrupt(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A walker that trips over its own feet (here: the document root it was handed is
    None) is a bug, retried after an upgrade; the same file is not called corrupt."""
    from extractors.docx import extract as docx
    from models.errors import WorkerCrashed

    monkeypatch.setattr(docx, "parse_main", lambda name, package: None)
    with pytest.raises(WorkerCrashed) as caught:
        docx.extract_docx(RAW / VERSIONS[0])
    assert caught.value.reason == "crashed" and "unexpected AttributeError" in caught.value.message


@pytest.mark.parametrize("cut", [3000, 20_000])
def test_bad_bytes_a_library_refuses_stay_corrupt(tmp_path: Path, cut: int) -> None:
    from extractors.docx.extract import extract_docx
    from models.errors import InputError

    path = tmp_path / "broken.docx"
    path.write_bytes((RAW / VERSIONS[0]).read_bytes()[:cut])  # a truncated download
    with pytest.raises(InputError) as caught:
        extract_docx(path)
    assert caught.value.reason == "corrupt"
