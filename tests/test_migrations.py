"""Schema migrations: a first-release database with data upgrades in place, and
the migrations build exactly the schema the models describe."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import create_engine, event, func, inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from models.db import Action, ActionMatch, Base, Document, Plan, make_engine
from models.history import plan_history
from models.migrations import alembic_config, head_revision
from pipeline.cli import main
from tests import first_release_db as old


def old_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", old._sqlite_pragmas)
    return engine


def old_action(seq: int, ref: str, action: str, status: str, due: date | None,
               progress: str) -> old.Action:
    return old.Action(seq=seq, ref=ref, action=action, area_for_improvement="Area " + ref,
                      due_date=due, due_kind="by", status=status, progress=progress,
                      confidence=0.9, source_refs=["para 42"], raw_cells=[["Ref", ref]],
                      lead_people=["Lisa Green"], lead_roles=[])


def old_document(name: str, authority: str, title: str, report: date, when: datetime,
                 actions: list[old.Action]) -> old.Document:
    return old.Document(document=name, path=f"/raw/{name}", sha256=name.ljust(64, "0")[:64],
                        file_type="pdf", authority=authority, title=title, report_date=report,
                        ingested_at=when, n_actions=len(actions), warnings=["w1"],
                        actions=actions)


def fill_first_release(engine: Engine) -> None:
    """What the first release left behind: two updates of one plan, one other plan."""
    title = "Composite Outcomes and Action Plan"
    with Session(engine) as session, session.begin():
        session.add_all([
            old_document("hfd-2011-02.pdf", "Herefordshire", f"{title} Progress update "
                         "February 2011", date(2011, 2, 28), datetime(2011, 3, 1), [
                             old_action(0, "1.1", "Reconfigure the R&A team", "on_track",
                                        date(2011, 3, 31), "Underway"),
                             old_action(1, "11.6", "Develop model at placement panel",
                                        "not_started", None, "Not started")]),
            old_document("hfd-2011-06.pdf", "Herefordshire", f"{title} Progress update "
                         "June 2011", date(2011, 6, 30), datetime(2011, 7, 1), [
                             old_action(0, "1.1", "Reconfigure the R&A team", "complete",
                                        date(2011, 3, 31), "Completed"),
                             old_action(1, "11.7", "Develop model at placement panel",
                                        "not_started", None, "Not started")]),
            old_document("har-2011-05.pdf", "Haringey", "Action Plan Milestone Report May "
                         "2011", date(2011, 5, 31), datetime(2011, 6, 1), [
                             old_action(0, "1.1", "Review areas", "complete", None, "Done")]),
        ])
        session.flush()
        first = session.scalars(select(old.Document).order_by(old.Document.id)).first()
        assert first is not None
        session.add(old.RejectedLine(document_id=first.id, reason="no ref", raw_text="x"))
        session.add(old.IngestError(document="bad.pdf", path="/raw/bad.pdf", sha256=None,
                                    reason="encrypted", message="bad.pdf is encrypted",
                                    created_at=datetime(2011, 7, 1)))


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("documents", "actions", "rejections", "ingest_errors")}


def revision(engine: Engine) -> Any:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_first_release_database_upgrades_keeping_its_data(db_url: str) -> None:
    engine = old_engine(db_url)
    old.Base.metadata.create_all(engine)
    fill_first_release(engine)
    before = table_counts(engine)
    engine.dispose()

    result = CliRunner().invoke(main, ["db", "upgrade", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert f"upgraded 0001 -> {head_revision()}" in result.output

    engine = make_engine(db_url)
    assert revision(engine) == head_revision()
    assert table_counts(engine) == before
    with Session(engine) as session:
        action = session.scalars(select(Action).where(Action.ref == "11.6")).one()
        assert (action.source_refs, action.raw_cells, action.progress) == \
            (["para 42"], [["Ref", "11.6"]], "Not started")
        plans = session.execute(select(Plan.authority, Plan.title_key).order_by(Plan.id)).all()
        assert [tuple(p) for p in plans] == [
            ("Herefordshire", "composite outcomes and action plan"), ("Haringey", "action plan")]
        assert session.scalar(select(func.count()).select_from(Document)
                              .where(Document.plan_id.is_(None))) == 0
        methods = sorted(session.scalars(select(ActionMatch.method)))
    assert methods == ["ref", "text"]  # 1.1 by ref, 11.6 -> 11.7 by text
    changes = {(c.ref, c.kind, c.before, c.after)
               for c in plan_history(engine, authority="Herefordshire").changes
               if c.kind != "progress"}
    assert changes == {("1.1", "status", "on_track", "complete"),
                       ("11.7", "renumbered", "11.6", "11.7")}
    again = CliRunner().invoke(main, ["db", "upgrade", "--db", db_url])
    assert "already at the latest schema" in again.output


def test_migrations_build_the_schema_the_models_describe(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), "head")
        conn.commit()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], diff


def test_upgrade_goes_through_each_revision(db_url: str) -> None:
    """0001 stamped by Alembic (not by inference), then 0002 on top."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.commit()
    assert revision(engine) == "0001"
    assert "plans" not in inspect(engine).get_table_names()
    engine = make_engine(db_url)
    assert revision(engine) == head_revision()
    assert {"plans", "action_matches"} <= set(inspect(engine).get_table_names())


def test_new_database_is_created_at_head(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    assert revision(engine) == head_revision()
    assert {"documents", "actions", "plans", "action_matches", "rejections",
            "ingest_errors"} <= set(inspect(engine).get_table_names())


@pytest.mark.parametrize("flag", [False, True])
def test_opening_without_upgrade_leaves_old_schema_alone(sqlite_url: str, flag: bool) -> None:
    engine = old_engine(sqlite_url)
    old.Base.metadata.create_all(engine)
    engine.dispose()
    opened = make_engine(sqlite_url, upgrade=flag)
    assert ("plans" in inspect(opened).get_table_names()) is flag


def test_head_named_in_code_is_alembics_head() -> None:
    # a database at HEAD is opened without importing Alembic: a new migration must move HEAD
    from models.migrations import HEAD

    assert HEAD == head_revision()
