"""Loading into SQL: one transaction per document, idempotent, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import store
from models.db import Action, Document, make_engine
from models.records import ActionRecord, DocumentRecord, NormalisedDocument, Rejection


def document(sha: str, n_actions: int = 3, name: str = "plan.pdf") -> NormalisedDocument:
    record = DocumentRecord(document=name, sha256=sha, file_type="pdf", authority="Walsall",
                            authority_code="E08000030", title="Strategic Improvement Plan",
                            report_date=date(2013, 1, 8))
    actions = tuple(ActionRecord(ref=f"1.{i}", action=f"Do thing {i}", due_date=date(2013, 3, 31),
                                 due_kind="by", status="on_track", source_refs=("IN 1.1",),
                                 raw_cells=(("Action", f"Do thing {i}"),), page=1)
                    for i in range(n_actions))
    return NormalisedDocument(record, actions, (Rejection(0, 9, 1, "empty line", ""),))


def counts(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with Session(engine) as session:
        return (session.scalar(select(func.count(Document.id))) or 0,
                session.scalar(select(func.count(Action.id))) or 0)


def test_load_then_export_round_trip(db_url: str) -> None:
    engine = make_engine(db_url)
    assert store.load_document(engine, document("a" * 64), "data/raw/plan.pdf")
    rows = list(store.export_rows(engine))
    assert [r["ref"] for r in rows] == ["1.0", "1.1", "1.2"]
    assert rows[0]["due_date"] == "2013-03-31"
    assert rows[0]["source_refs"] == ["IN 1.1"]
    assert rows[0]["report_date"] == "2013-01-08"
    assert rows[0]["authority_code"] == "E08000030"


def test_same_bytes_load_once(db_url: str) -> None:
    engine = make_engine(db_url)
    assert store.load_document(engine, document("b" * 64), "x.pdf")
    assert not store.load_document(engine, document("b" * 64), "renamed.pdf")
    assert counts(db_url) == (1, 3)


def test_a_failure_leaves_nothing_of_the_document(db_url: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine(db_url)
    real = store.action_row

    def failing(seq: int, record: ActionRecord) -> Action:
        if seq == 2:
            raise RuntimeError("disk full")
        return real(seq, record)

    monkeypatch.setattr(store, "action_row", failing)
    with pytest.raises(RuntimeError):
        store.load_document(engine, document("c" * 64), "x.pdf")
    assert counts(db_url) == (0, 0)
    monkeypatch.setattr(store, "action_row", real)
    assert store.load_document(engine, document("c" * 64), "x.pdf")
    assert counts(db_url) == (1, 3)


def test_errors_are_replaced_not_piled_up(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    for reason in ("timed_out", "corrupt"):
        store.record_error(engine, document="x.pdf", path="in/x.pdf", sha256=None, reason=reason,
                           message=f"x.pdf: {reason}")
    assert [e["reason"] for e in store.error_summaries(engine)] == ["corrupt"]
    store.clear_errors(engine, "in/x.pdf")
    assert store.error_summaries(engine) == []


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=6))
def test_loading_twice_equals_loading_once(sqlite_url: str, picks: list[int]) -> None:
    engine = make_engine(sqlite_url)
    docs = [document(f"{i:064d}", n_actions=i + 1, name=f"p{i}.pdf") for i in picks]
    for doc in docs:
        store.load_document(engine, doc, doc.document.document)
    once = list(store.export_rows(engine))
    for doc in docs:
        store.load_document(engine, doc, doc.document.document)
    assert list(store.export_rows(engine)) == once
    with Session(engine) as session:
        session.query(Document).delete()
        session.commit()
