"""The analysts' views on SQLite and PostgreSQL, against figures worked out by
hand for the small dataset in tests/views_dataset.py."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.engine import Engine

from models import views
from models.db import Action, Base, make_engine
from pipeline.queries import fetch
from tests.views_dataset import build_history


@pytest.fixture
def history(db_url: str) -> tuple[Engine, dict[str, int]]:
    engine = make_engine(db_url)
    ids = build_history(engine)
    yield engine, ids
    engine.dispose()


def rows(engine: Engine, sql: str, **params: Any) -> list[dict[str, Any]]:
    return fetch(engine, sql, params)


def by(key: str, found: list[dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    return {r[key]: r for r in found}


def test_latest_documents_leave_out_older_and_superseded_versions(history) -> None:
    engine, ids = history
    latest = rows(engine, "SELECT document_id FROM latest_documents ORDER BY document_id")
    assert [r["document_id"] for r in latest] == sorted([ids["v2"], ids["beta"]])
    actions = rows(engine, "SELECT document, ref FROM latest_actions ORDER BY document, seq")
    assert [r["ref"] for r in actions] == ["1.1", "1.2", "1.3", "1.4",
                                           "B1", "B2", "B3", "B4", "B5"]


def test_overdue_at_report_date(history) -> None:
    engine, _ = history
    found = rows(engine, "SELECT authority, ref, days_overdue, due_date FROM overdue_actions "
                         "ORDER BY authority, ref")
    assert [(r["authority"], r["ref"], r["days_overdue"]) for r in found] == [
        ("Alpha", "1.2", 91), ("Alpha", "1.4", 30),
        ("Beta", "B1", 59), ("Beta", "B2", 1), ("Beta", "B5", 90)]


def test_status_counts_per_council_and_theme(history) -> None:
    engine, _ = history
    per_council = by("authority", rows(engine, "SELECT * FROM status_by_authority"))
    assert per_council["Alpha"] | {} == {
        "authority": "Alpha", "as_of": "2012-06-30", "lines": 4, "not_started": 1,
        "off_track": 1, "at_risk": 0, "on_track": 1, "complete": 1, "unknown": 0}
    assert per_council["Beta"]["lines"] == 5 and per_council["Beta"]["unknown"] == 1
    themes = rows(engine, "SELECT theme, lines, complete FROM status_by_theme "
                          "WHERE authority = :a ORDER BY theme", a="Alpha")
    assert themes == [{"theme": "Theme one", "lines": 2, "complete": 0},
                      {"theme": "Theme two", "lines": 2, "complete": 1}]


def test_council_summary_medians_even_and_odd(history) -> None:
    engine, _ = history
    summary = by("authority", rows(engine, "SELECT * FROM council_summary"))
    alpha, beta = summary["Alpha"], summary["Beta"]
    assert (alpha["lines"], alpha["pct_complete"], alpha["pct_off_track"]) == (4, 25.0, 25.0)
    assert (alpha["overdue"], alpha["median_days_overdue"], alpha["slipping"]) == (2, 60.5, 2)
    assert (beta["lines"], beta["pct_complete"], beta["overdue"]) == (5, 20.0, 3)
    assert beta["median_days_overdue"] == 59.0 and beta["slipping"] == 0
    assert alpha["as_of"] == "2012-06-30" and beta["as_of"] == "2013-03-31"
    assert isinstance(alpha["pct_complete"], float)


def test_slippage_between_versions(history) -> None:
    engine, ids = history
    found = by("ref", rows(engine, "SELECT * FROM slippage WHERE document_id = :d", d=ids["v2"]))
    assert set(found) == {"1.1", "1.2", "1.3", "1.4", "1.5"}
    assert (found["1.1"]["days_slipped"], found["1.1"]["status_movement"],
            found["1.1"]["slipped"]) == (274, "same", 1)
    assert (found["1.2"]["status_movement"], found["1.2"]["previous_status"],
            found["1.2"]["slipped"]) == ("worse", "on_track", 1)
    assert found["1.3"]["slipped"] == 0 and found["1.3"]["days_slipped"] == 0
    assert found["1.4"]["method"] == "added" and found["1.4"]["previous_status"] is None
    assert (found["1.5"]["method"], found["1.5"]["status"], found["1.5"]["previous_document_id"],
            found["1.5"]["action"]) == ("removed", None, ids["v1"], "Launch the escalation policy")


def test_status_by_version_counts_each_version(history) -> None:
    engine, ids = history
    found = rows(engine, "SELECT version, document_id, lines, on_track, off_track, not_started "
                         "FROM status_by_version ORDER BY version")
    assert found == [
        {"version": 1, "document_id": ids["v1"], "lines": 4, "on_track": 2, "off_track": 1,
         "not_started": 0},
        {"version": 2, "document_id": ids["v2"], "lines": 4, "on_track": 1, "off_track": 1,
         "not_started": 1}]


def test_views_are_only_recreated_when_their_sql_changes(db_url: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine(db_url)
    view = views.LATEST_DOCUMENTS
    with engine.connect() as conn:
        before = views.current_fingerprint(conn, view.name)
    assert before == view.fingerprint(engine.dialect.name)
    changed = views.View(view.name, view.description, view.sql + "  AND 1 = 1\n")
    monkeypatch.setattr(views, "VIEWS", (changed,) + views.VIEWS[1:])
    views.create_views(engine)
    with engine.connect() as conn:
        after = views.current_fingerprint(conn, view.name)
        # PostgreSQL's CASCADE took the dependants with it; they came back
        assert views.current_fingerprint(conn, "council_summary") is not None
    assert after == changed.fingerprint(engine.dialect.name) != before
    engine.dispose()


def test_tables_can_be_dropped_under_the_views(db_url: str) -> None:
    engine = make_engine(db_url)
    Base.metadata.drop_all(engine)  # PostgreSQL refuses unless the views go first
    with engine.connect() as conn:
        assert views.current_fingerprint(conn, "latest_actions") is None
    engine.dispose()


def search_refs(engine: Engine, words: str) -> list[str]:
    from pipeline.queries import search

    return [r["ref"] for r in search(engine, words)]


def test_full_text_index_follows_inserts_updates_and_deletes(history) -> None:
    engine, ids = history
    assert sorted(search_refs(engine, "recruit")) == ["1.1", "B5"]
    assert search_refs(engine, "training governors") == ["B5"]  # progress text, stemmed
    assert search_refs(engine, "the and of") == []  # stop words only
    with engine.begin() as conn:
        conn.execute(update(Action).where(Action.ref == "B3")
                     .values(action="Recruit foster carers"))
        conn.execute(delete(Action).where(Action.ref == "B5"))
    assert sorted(search_refs(engine, "recruit")) == ["1.1", "B3"]
    assert search_refs(engine, "governors") == []


def test_search_ranks_action_text_above_progress_text(history) -> None:
    engine, _ = history
    with engine.begin() as conn:
        conn.execute(text("UPDATE actions SET progress = :p WHERE ref = :r"),
                     {"p": "Waiting for the supervision audit", "r": "B4"})
    # 1.2's action says audit; B4 only mentions it in progress
    assert search_refs(engine, "audit")[:2] == ["1.2", "B4"]
