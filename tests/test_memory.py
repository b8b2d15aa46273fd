"""Memory flat in pages: what a worker keeps per page, and what it copies per document.

Structural checks, no timings: a page's content streams are given back their
compressed bytes once the page is read (pdfminer inflates them in place and
the document would keep every page's), and finding the council in a long
plan's text does not briefly take many times the text's size.
"""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

import pdfplumber
from pdfminer.pdftypes import PDFStream, resolve1

from extractors.pdf.opening import content_released
from normalise.facts import WORD_RE, WORDS_CHUNK, count_councils, fold_case, folded_words

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def streams_of(page: pdfplumber.page.Page) -> list[PDFStream]:
    found = [resolve1(s) for s in page.page_obj.contents or ()]
    return [s for s in found if isinstance(s, PDFStream)]


def test_a_read_page_gives_back_its_compressed_content() -> None:
    with pdfplumber.open(RAW / "herefordshire-2011-02.pdf") as pdf:
        page = pdf.pages[0]
        streams = streams_of(page)
        assert streams and all(s.data is None for s in streams)  # not inflated yet
        with content_released(page):
            first = [c["text"] for c in page.chars]
            assert all(s.data is not None for s in streams)  # pdfminer inflated them
        assert all(s.data is None and s.rawdata for s in streams)
        page.close()
        # still readable: the page (or another sharing the stream) inflates it again
        assert [c["text"] for c in page.chars] == first
        assert first


def long_text() -> str:
    # several chunks long, not pure ASCII (so str.lower works on wide characters), with
    # the characters fold_case maps and words on every side of each chunk's end
    line = "Progress at Kirklees Council – reviewed İstanbul ſtyle \u212aelvin ñ 2024\n"
    return line * (12 * WORDS_CHUNK // len(line) + 7) + "North Somerset Council"


def test_folded_words_are_the_words_of_the_whole_text_folded() -> None:
    text = long_text()
    assert len(text) > 2 * WORDS_CHUNK
    assert folded_words(text) == set(WORD_RE.findall(fold_case(text)))
    assert {"kirklees", "istanbul", "style", "kelvin", "somerset"} <= folded_words(text)


def test_counting_councils_does_not_copy_a_long_text_many_times() -> None:
    text = long_text()
    count_councils("Kirklees")  # the patterns are compiled once, outside the measure
    tracemalloc.start()
    try:
        counts = count_councils(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert {c.name for c in counts} >= {"Kirklees", "North Somerset"}
    # the text blanked where a council was found (a copy, while the last one lives) and
    # one chunk folded: about 3.5 times its size; folding the whole text at once (lower()
    # of wide characters) and a list of every word took 8 times
    assert peak < 5 * sys.getsizeof(text), (peak, sys.getsizeof(text))
