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
