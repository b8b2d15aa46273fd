"""The test run has what it needs: in CI, tests that use ../shared must not skip."""

from __future__ import annotations

import os

import pytest

from tests.conftest import RAW, SHARED


@pytest.mark.skipif(not os.environ.get("CI"), reason="only CI guarantees ../shared")
def test_ci_has_the_shared_corpora() -> None:
    assert (SHARED / "realworld" / "MANIFEST.csv").is_file()
    assert any((SHARED / "realworld" / "pdf").rglob("*.pdf"))


def test_fixture_corpus_is_committed() -> None:
    assert len(list(RAW.glob("*.pdf"))) >= 7
    assert len(list(RAW.glob("*.docx"))) >= 5
