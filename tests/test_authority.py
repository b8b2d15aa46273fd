"""Which council a document is about: proper-noun mentions, weighed by where they stand."""

from __future__ import annotations

import pytest

from models.records import RawDocument, TextBlock
from normalise.facts import HEAD_BLOCKS, find_authority


def document(head: str, body: str = "", name: str = "plan.pdf") -> RawDocument:
    blocks = [TextBlock(head, 0, "heading")] + [TextBlock(p, 100 + i) for i, p in
                                                 enumerate(body.split("\n")) if p]
    # the head is the first blocks; pad so the body lies beyond it
    blocks[1:1] = [TextBlock("Contents", i + 1) for i in range(HEAD_BLOCKS)]
    return RawDocument(name=name, file_type="pdf", sha256="0" * 64, page_count=1,
                       blocks=tuple(blocks), tables=())


FOUND = [
    (document("Reading Borough Council: SEND improvement plan"), "Reading"),
    (document("READING BOROUGH COUNCIL Improvement Plan"), "Reading"),
    (document("Improvement plan", "Bury Council will review.\nBury schools"), "Bury"),
    (document("Improvement plan", name="haringey-2011-05.pdf"), "Haringey"),
    (document("North Somerset Council action plan", "Somerset"), "North Somerset"),
]

NOT_FOUND = [
    document("Open Government National Action Plan",
             "records are accessible on the Electronic Reading Room"),
    document("Action plan", "reading age of pupils\nwe will bury the old system"),
    document("Federal Data Strategy", "reading, writing and data literacy"),
]


@pytest.mark.parametrize(("raw", "name"), FOUND)
def test_council_found(raw: RawDocument, name: str) -> None:
    council = find_authority(raw)
    assert council is not None and council.name == name


@pytest.mark.parametrize("raw", NOT_FOUND)
def test_no_council_from_ordinary_words_or_one_passing_mention(raw: RawDocument) -> None:
    assert find_authority(raw) is None


def test_hint_is_read_in_any_case() -> None:
    council = find_authority(document("Action plan"), "bath and north east somerset")
    assert council is not None and council.code == "E06000022"
