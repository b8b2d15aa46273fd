"""A plan's history across its progress updates, on SQLite and PostgreSQL.

The fixtures herefordshire-2011-06 and haringey-2011-08 are the next
progress updates of herefordshire-2011-02 and haringey-2011-05 with a known
list of changes (see their modules in corpus/plans/); history must report
exactly those.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db import ActionMatch, Document, Plan, make_engine
from models.history import plan_history
from models.records import NormalisedDocument
from models.store import export_rows, load_version
from pipeline.cli import main
from pipeline.process import process_file
from tests.conftest import RAW

D = date.fromisoformat
HEREFORDSHIRE_CHANGES = {
    ("6.2", "due_slipped", D("2010-12-31"), D("2011-04-30")), ("6.2", "progress"),
    ("7.5", "due_slipped", D("2011-03-31"), D("2011-09-30")), ("7.5", "progress"),
    ("10.1", "progress"),
    ("11.7", "renumbered", "11.6", "11.7"),
    ("11.8", "added", None, "11.8"),
    ("8.3", "removed", "8.3", None),
}
HARINGEY_CHANGES = {
    ("1.5", "status", "on_track", "complete"), ("1.5", "rag", "green", "blue"),
    ("1.5", "progress"),
    ("3.1", "status", "on_track", "at_risk"), ("3.1", "rag", "green", "amber"),
    ("3.1", "progress"),
    ("22.1", "status", "off_track", "on_track"), ("22.1", "rag", "red", "green"),
    ("22.1", "due_slipped", D("2011-05-31"), D("2011-09-30")), ("22.1", "progress"),
    ("14.4", "due_slipped", D("2011-10-31"), D("2011-12-31")),
    ("19.2", "renumbered", "19.1", "19.2"),
    ("5.3", "added", None, "5.3"),
    ("7.1", "removed", "7.1", None),
}
STEMS = ("herefordshire-2011-02", "herefordshire-2011-06", "haringey-2011-05",
         "haringey-2011-08")


@pytest.fixture(scope="module")
def parsed() -> dict[str, NormalisedDocument]:
    """The four Word fixtures, parsed once for the whole module."""
    return {stem: process_file(RAW / f"{stem}.docx") for stem in STEMS}


def load(url: str, docs: dict[str, NormalisedDocument], *stems: str) -> None:
    engine = make_engine(url)
    for stem in stems:
        assert load_version(engine, docs[stem], f"/corpus/{stem}.docx").status == "loaded"
    engine.dispose()


def change_set(url: str, authority: str) -> set[tuple]:
    """Changes as (ref, kind, from, to); progress notes as (ref, "progress")."""
    history = plan_history(make_engine(url), authority=authority)
    assert {c.version for c in history.changes} == {2}
    return {(c.ref, c.kind) if c.kind == "progress" else (c.ref, c.kind, c.before, c.after)
            for c in history.changes}


def test_history_shows_exactly_the_changes_built_in(db_url: str, parsed: dict) -> None:
    load(db_url, parsed, *STEMS)
    assert change_set(db_url, "Herefordshire") == HEREFORDSHIRE_CHANGES
    assert change_set(db_url, "Haringey") == HARINGEY_CHANGES


def test_matches_record_how_each_line_was_matched(db_url: str, parsed: dict) -> None:
    load(db_url, parsed, "haringey-2011-05", "haringey-2011-08")
    with Session(make_engine(db_url)) as session:
        methods = dict(session.execute(select(ActionMatch.method, func.count())
                                       .group_by(ActionMatch.method)).all())
        text_match = session.scalars(select(ActionMatch).where(ActionMatch.method == "text")).one()
        assert text_match.score is not None and text_match.score >= 95
    # 19 lines in each version: 17 kept refs, 19.1 -> 19.2 by text, 5.3 new, 7.1 gone
    assert methods == {"ref": 17, "text": 1, "added": 1, "removed": 1}


def test_history_of_one_ref_follows_its_renumbering(sqlite_url: str, parsed: dict) -> None:
    load(sqlite_url, parsed, "haringey-2011-05", "haringey-2011-08")
    for ref in ("19.1", "19.2"):
        history = plan_history(make_engine(sqlite_url), authority="haringey", ref=ref)
        assert [(s.version, s.ref, s.match) for s in history.lines] == \
            [(1, "19.1", None), (2, "19.2", "text")]
        assert [c.kind for c in history.changes] == ["renumbered"]


def test_an_older_update_ingested_late_takes_its_place(db_url: str, parsed: dict) -> None:
    load(db_url, parsed, "herefordshire-2011-06", "herefordshire-2011-02")
    history = plan_history(make_engine(db_url), authority="Herefordshire")
    assert [(v.version, v.report_date) for v in history.versions] == \
        [(1, D("2011-02-28")), (2, D("2011-06-30"))]
    assert change_set(db_url, "Herefordshire") == HEREFORDSHIRE_CHANGES


def corrected(doc: NormalisedDocument) -> NormalisedDocument:
    """The same report re-issued with one progress note fixed (new bytes, same date)."""
    first = dataclasses.replace(doc.actions[0], progress="Completed (corrected)")
    record = dataclasses.replace(doc.document, sha256="c" * 64)
    return dataclasses.replace(doc, document=record, actions=(first, *doc.actions[1:]))


def test_corrected_file_supersedes_and_is_kept_for_audit(db_url: str, parsed: dict) -> None:
    load(db_url, parsed, "herefordshire-2011-02", "herefordshire-2011-06")
    engine = make_engine(db_url)
    fixed = corrected(parsed["herefordshire-2011-02"])
    result = load_version(engine, fixed, "/corpus/herefordshire-2011-02-fixed.docx")
    assert result.superseded == ("herefordshire-2011-02.docx",)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 3
        old = session.scalars(select(Document).where(Document.sha256 != "c" * 64)
                              .order_by(Document.id)).first()
        assert old is not None and old.superseded_by_id == result.document_id
    history = plan_history(engine, authority="Herefordshire")
    assert [v.document_id for v in history.versions][0] == result.document_id
    # v2 is now compared with the corrected v1: 1.1's progress changed back
    assert change_set(db_url, "Herefordshire") == HEREFORDSHIRE_CHANGES | {("1.1", "progress")}
    rows = list(export_rows(engine, all_versions=True))
    versions = {(r["sha256"][:1], r["version"], r["superseded"]) for r in rows}
    assert ("c", 1, False) in versions and len(versions) == 3
    assert sum(1 for v in versions if v[2]) == 1


def test_plain_export_shows_each_plans_latest_version(db_url: str, parsed: dict) -> None:
    load(db_url, parsed, *STEMS)
    engine = make_engine(db_url)
    latest = {r["document"] for r in export_rows(engine)}
    assert latest == {"herefordshire-2011-06.docx", "haringey-2011-08.docx"}
    every = list(export_rows(engine, all_versions=True))
    assert {(r["document"], r["version"]) for r in every} == {
        ("herefordshire-2011-02.docx", 1), ("herefordshire-2011-06.docx", 2),
        ("haringey-2011-05.docx", 1), ("haringey-2011-08.docx", 2)}
    assert len(every) == sum(len(d.actions) for d in parsed.values())


def test_stated_plan_overrides_title_matching(sqlite_url: str, parsed: dict) -> None:
    engine = make_engine(sqlite_url)
    load_version(engine, parsed["herefordshire-2011-02"], "a.docx", plan="Hereford CSC plan")
    load_version(engine, parsed["herefordshire-2011-06"], "b.docx")
    load_version(engine, parsed["haringey-2011-05"], "c.docx", plan="Hereford CSC plan")
    with Session(engine) as session:
        plans = session.execute(select(Plan.authority, Plan.title_key).order_by(Plan.id)).all()
    # the stated name is the plan; the same name under another council is another plan
    assert [tuple(p) for p in plans] == [
        ("Herefordshire", "hereford csc plan"),
        ("Herefordshire", "composite outcomes and action plan for improving services to "
                          "children and young people"),
        ("Haringey", "hereford csc plan")]


def test_cli_history_export_and_renamed_copy(tmp_path: Path) -> None:
    """Through the real ingest (PDFs): renamed copies are not versions; history prints."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    folder = tmp_path / "plans"
    folder.mkdir()
    for stem in ("haringey-2011-05", "haringey-2011-08"):
        shutil.copy(RAW / f"{stem}.pdf", folder)
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(folder), "--db", url])
    assert result.exit_code == 0, result.output
    shutil.copy(folder / "haringey-2011-08.pdf", folder / "renamed.pdf")
    result = runner.invoke(main, ["ingest", str(folder), "--db", url])
    assert "3 files: 0 loaded, 3 unchanged" in result.output, result.output
    assert change_set(url, "Haringey") == HARINGEY_CHANGES

    table = runner.invoke(main, ["history", "--authority", "Haringey", "--ref", "22.1",
                                 "--db", url])
    assert table.exit_code == 0, table.output
    assert "v1  2011-05-31  haringey-2011-05.pdf" in table.output
    assert "status moved off_track → on_track" in table.output
    assert "due date slipped 2011-05-31 → 2011-09-30" in table.output
    assert "19.1" not in table.output
    data = json.loads(runner.invoke(main, ["history", "--authority", "haringey", "--format",
                                           "json", "--db", url]).output)
    assert {(c["ref"], c["kind"]) for c in data["changes"]} >= {("7.1", "removed"),
                                                                ("5.3", "added")}
    csv_out = runner.invoke(main, ["history", "--authority", "Haringey", "--format", "csv",
                                   "--db", url]).output
    assert csv_out.splitlines()[0].startswith("plan_id,lineage,version")
    assert "line removed" in csv_out
    missing = runner.invoke(main, ["history", "--authority", "Nowhere", "--db", url])
    assert missing.exit_code == 2 and "no such plan" in missing.output  # the README rule
    every = runner.invoke(main, ["export", "--all-versions", "--db", url])
    rows = [json.loads(line) for line in every.output.splitlines()]
    assert {(r["document"], r["version"], r["superseded"]) for r in rows} == {
        ("haringey-2011-05.pdf", 1, False), ("haringey-2011-08.pdf", 2, False)}
