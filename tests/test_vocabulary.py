"""Vocabularies are data in one place, and a user's folder extends them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from normalise import vocabulary
from normalise.columns import best_field
from normalise.status import rag_phrases


@pytest.fixture
def user_vocab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(vocabulary.USER_DIR_ENV, str(tmp_path))
    vocabulary.clear_cache()
    rag_phrases.cache_clear()
    yield tmp_path
    monkeypatch.delenv(vocabulary.USER_DIR_ENV)
    vocabulary.clear_cache()
    rag_phrases.cache_clear()


def test_a_user_header_synonym_is_learnt(user_vocab: Path) -> None:
    field, score = best_field("Named champion")
    assert field != "lead" or score < 86
    (user_vocab / "headers.toml").write_text('[fields.lead]\nsynonyms = ["named champion"]\n')
    vocabulary.clear_cache()
    assert best_field("Named champion") == ("lead", 100.0)
    assert best_field("Lead officer")[0] == "lead"  # the shipped synonyms stay


def test_a_user_council_is_added(user_vocab: Path) -> None:
    (user_vocab / "councils.csv").write_text("code,name,aliases\nE06000999,Testshire,Testshire Council\n")
    vocabulary.clear_cache()
    names = {c.name for c in vocabulary.councils()}
    assert {"Testshire", "Walsall"} <= names


def test_a_user_inspectorate_dates_the_inspection(user_vocab: Path) -> None:
    from normalise.facts import find_inspection_date
    from tests.test_facts import document
    plan = document(["This plan answers the Regulator of Social Housing report of 14 June 2024"], None)
    assert find_inspection_date(plan) is None
    (user_vocab / "refs.toml").write_text('inspectorates = ["Regulator of Social Housing"]\n')
    vocabulary.clear_cache()
    assert str(find_inspection_date(plan)) == "2024-06-14"


def test_merge_extends_lists_and_replaces_settings() -> None:
    base = {"fields": {"lead": {"synonyms": ["lead"]}}, "matching": {"threshold": 86}}
    extra = {"fields": {"lead": {"synonyms": ["owner", "lead"]}}, "matching": {"threshold": 90}}
    merged = vocabulary.merge(base, extra)
    assert merged["fields"]["lead"]["synonyms"] == ["lead", "owner"]
    assert merged["matching"]["threshold"] == 90
    assert base["matching"]["threshold"] == 86  # the shipped copy is untouched


def test_shipped_councils_have_ons_codes() -> None:
    councils = vocabulary.councils()
    assert len(councils) >= 150
    assert all(c.code[:3] in ("E06", "E08", "E09", "E10") for c in councils)
    by_name = {c.name: c.code for c in councils}
    assert by_name["Herefordshire"] == "E06000019"
    assert by_name["Bath and North East Somerset"] == "E06000022"


def test_the_vocabulary_is_resolved_once_and_immutable() -> None:
    vocab = vocabulary.vocabulary()
    assert vocabulary.vocabulary() is vocab
    assert vocab.spec("lead").multiple and "who" in vocab.spec("lead").header_words
    with pytest.raises(AttributeError):
        vocab.threshold = 50  # type: ignore[misc]


def test_a_user_timescale_spelling_is_read(user_vocab: Path) -> None:
    from normalise.dates import parse_timescale

    assert str(parse_timescale("Janvier 2026").due_date) != "2026-01-31"
    (user_vocab / "timescales.toml").write_text('[[month]]\nnumber = 1\nspellings = ["janvier"]\n')
    vocabulary.clear_cache()  # clears the parser's caches too: no stale answer survives
    parsed = parse_timescale("Janvier 2026")
    assert parsed.due_kind == "by" and str(parsed.due_date) == "2026-01-31"


def test_a_user_header_cue_word_is_learnt(user_vocab: Path) -> None:
    from normalise.roles import header_evidence

    assert "lead" not in header_evidence("Steward", vocabulary.vocabulary())
    (user_vocab / "cues.toml").write_text('[header_words]\nlead = ["steward"]\n')
    vocabulary.clear_cache()
    assert header_evidence("Steward", vocabulary.vocabulary())["lead"][0] >= 0.7


def test_the_ref_policy_can_be_replaced(user_vocab: Path) -> None:
    assert vocabulary.vocabulary().ref_policy.is_ref_cell("1.1")
    (user_vocab / "refs.toml").write_text('[ref_policy]\ncell = "^R\\\\d+$"\n')
    vocabulary.clear_cache()
    policy = vocabulary.vocabulary().ref_policy
    assert policy.is_ref_cell("R12") and not policy.is_ref_cell("1.1")
