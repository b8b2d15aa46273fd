"""Clean text: words split by PDF character spacing rejoined, real spaces kept, and
wraps joined the way SCHEMA.md says (extractors/pdf/chars.py, normalise/text.py).

The PDF cases are real pages: each page is read by the extractor's own page
routine, so the test sees exactly the cell and block texts a file would give.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pdfplumber
import pytest

from extractors.pdf.chars import chars_text, word_gaps
from extractors.pdf.extract import read_page
from extractors.settings import DEFAULT_SETTINGS
from normalise.text import clean_cell, clean_lines

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RAW = ROOT / "data" / "raw"


@cache
def page_texts(path: Path, number: int) -> tuple[str, ...]:
    """Every cell and text block of one page, as the extractor reads them."""
    with pdfplumber.open(path) as pdf:
        result = read_page(pdf.pages[number - 1], number, DEFAULT_SETTINGS)
    cells = [c.text for part in result.parts for c in part.cells]
    return tuple(cells + [b.text for b in result.blocks])


# (file, page, a text that must be read whole, the split reading it must not give)
SPLIT_WORDS = [
    # letter-spaced footer in Calibri Bold: every glyph ~3 pt apart
    (SHARED / "realworld/pdf/camelot/health.pdf", 1, "Page |23", "P ag e"),
    # a narrow, centred header cell breaks "Total" inside the word, no hyphen
    (SHARED / "realplans/kent-qpr-q3-2024-25.pdf", 24, "Total", "Tota l"),
    # a narrow header column breaks "completion" the same way
    (RAW / "bath-ne-somerset-2012-06.pdf", 1, "Date for completion", "completio n"),
    # a table set with expanded character spacing throughout
    (RAW / "north-yorkshire-2025-06.pdf", 1, "Responsible lead", "R e s p"),
    (RAW / "north-yorkshire-2025-06.pdf", 1, "Timescale", "T i m e"),
    (RAW / "north-yorkshire-2025-06.pdf", 1, "Community Safety Manager", "C o m m"),
    (RAW / "north-yorkshire-2025-06.pdf", 1, "Summer\n2025", "2 0 2 5"),
    # LibreOffice breaks words too long for narrow columns where the room ran out
    (RAW / "wokingham-2025-09.pdf", 1, "Recommendation", "Recommendati on"),
    (RAW / "wokingham-2025-09.pdf", 1, "Commissioning Manager", "Commissionin g"),
    (RAW / "wokingham-2025-09.pdf", 1, "31/01/2026", "31/01/202 6"),
    (RAW / "wokingham-2025-09.pdf", 1, "Complete", "Complet e"),
]

# (file, page, a text whose spaces are real and must stay)
REAL_SPACES = [
    # LaTeX output: no space glyphs at all, words parted only by position
    (SHARED / "realworld/pdf/pdfminer/issue-1061-colour-space-stack.pdf", 1,
     "Jordi Soria-Comas, Josep Domingo-Ferrer, Fellow, IEEE, David Sánchez, and David Megías, "
     "Member, IEEE"),
    (SHARED / "realworld/pdf/pdfminer/issue-1061-colour-space-stack.pdf", 1,
     "Abstract—Diﬀerential privacy is a popular privacy"),
    # figures in a table row, each its own word
    (SHARED / "realworld/pdf/camelot/health.pdf", 1,
     "Andhra Pradesh 47,824,589 9,967,837 1,275,000 15,000 59,082,426 14,898,243 73,980,669"),
    (SHARED / "realplans/kent-qpr-q3-2024-25.pdf", 14, "Total Transactions Last 12 Months"),
]


@pytest.mark.parametrize("path, page, whole, split", SPLIT_WORDS,
                         ids=[f"{p.name}:{w[:20]}" for p, _, w, _ in SPLIT_WORDS])
def test_words_split_by_character_spacing_are_rejoined(path: Path, page: int, whole: str,
                                                       split: str) -> None:
    texts = page_texts(path, page)
    assert any(whole in t for t in texts), texts[:20]
    assert not any(split in t for t in texts)


@pytest.mark.parametrize("path, page, text", REAL_SPACES,
                         ids=[f"{p.name}:{t[:20]}" for p, _, t in REAL_SPACES])
def test_real_spaces_stay(path: Path, page: int, text: str) -> None:
    assert any(text in t for t in page_texts(path, page))


def _glyph(text: str, x0: float, width: float = 5.0, top: float = 0.0, size: float = 10.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size,
            "fontname": "F", "size": size, "non_stroking_color": (0,)}


def _spaced(word: str, x0: float, gap: float, width: float = 5.0) -> list[dict]:
    return [_glyph(ch, x0 + i * (width + gap), width) for i, ch in enumerate(word)]


@pytest.mark.parametrize("glyphs, expected", [
    # tracked text: gaps of 3.2 pt inside words, a space glyph between them
    (_spaced("Lead", 0, 3.2) + [_glyph(" ", 33, 2.5)] + _spaced("officer", 39, 3.2), "Lead officer"),
    # no space glyphs at all: a 2.5 pt gap parts words whose letters touch
    (_spaced("by", 0, 0) + _spaced("March", 12.5, 0), "by March"),
    # a 1 pt kerning gap inside a word is no word break
    (_spaced("Lead", 0, 1.0), "Lead"),
    # columns far apart stay apart even when the line is letter-spaced
    (_spaced("Red", 0, 3.0) + _spaced("Amber", 80, 3.0), "Red Amber"),
])
def test_word_gaps_from_letter_spacing_and_space_width(glyphs: list[dict], expected: str) -> None:
    text, _ = chars_text(glyphs, 3.0, 3.0)
    assert text == expected


def _line(word: str, top: float, gap: float) -> list[dict]:
    return [_glyph(ch, i * (5.0 + gap), 5.0, top) for i, ch in enumerate(word)]


@pytest.mark.parametrize("gap, expected", [
    # a tracked cell: the short wrapped line "the" takes the cell's letter spacing
    (3.5, "By end of\nthe\nacademic year"),
    # negative: in a cell set without tracking, glyphs 3.5 pt apart are still words
    (0.0, "By end of\nt h e\nacademic year"),
])
def test_a_short_line_takes_the_letter_spacing_of_its_cell(gap: float, expected: str) -> None:
    glyphs = (_line("By", 0, gap) + [_glyph(" ", 14 + 2 * gap, 2.5)]
              + _spaced("end", 20 + 3 * gap, gap) + [_glyph(" ", 40 + 6 * gap, 2.5)]
              + _spaced("of", 46 + 7 * gap, gap)
              + [_glyph(ch, i * 8.5, 5.0, 12) for i, ch in enumerate("the")]
              + _line("academic", 24, gap) + [_glyph(" ", 60 + 8 * gap, 2.5, 24)]
              + [_glyph(ch, 66 + 8 * gap + i * (5 + gap), 5.0, 24) for i, ch in enumerate("year")])
    text, _ = chars_text(glyphs, 3.0, 3.0)
    assert text == expected


def test_a_wrap_after_a_slash_keeps_its_space() -> None:
    # the glyphs of "Amber/" + "Green" and of "Collinson/" + "Sue" are drawn alike: the
    # extractor keeps the wrap's space, and normalise/status.py closes a RAG key up
    glyphs = _spaced("Amber/", 0, 0) + [_glyph(ch, i * 5.0, 5.0, 12) for i, ch in enumerate("Green")]
    assert chars_text(glyphs, 3.0, 3.0, box=(0, 32))[0] == "Amber/ Green"
    spaced = _spaced("Team", 0, 0) + [_glyph(" ", 20, 2.5), _glyph("/", 22.5, 3.0)] \
        + [_glyph(ch, i * 5.0, 5.0, 12) for i, ch in enumerate("Board")]
    assert chars_text(spaced, 3.0, 3.0, box=(0, 27))[0] == "Team / Board"


def _two_lines(first: str, second: str) -> list[dict]:
    """``first`` set solid from x=0, ``second`` on the next line, words 2.5 pt apart."""
    glyphs = _spaced(first, 0, 0)
    x = 0.0
    for word in second.split(" "):
        glyphs += [_glyph(ch, x + i * 5.0, 5.0, 12) for i, ch in enumerate(word)]
        x += 5.0 * len(word) + 2.5
    return glyphs


@pytest.mark.parametrize("first, second, expected", [
    # a word wider than its column, broken where the room ran out (LibreOffice, Word)
    ("Introduc", "e a single log", "Introduce a single log"),
    ("31/07/20", "25", "31/07/2025"),
    ("31/07/20", "25 (revised)", "31/07/2025 (revised)"),
    # ... also with words before it on the line and after it on the next
    ("Monthly perform", "ance report", "Monthly performance report"),
    ("the Improve", "ment Board", "the Improvement Board"),
    ("Septemb", "er.", "September."),
    ("timeline", "ss to the", "timeliness to the"),
    # negatives, drawn alike: a word that filled its line, then the next words
    ("Department", "of Education", "Department of Education"),
    ("Establish", "a panel", "Establish a panel"),
    ("2024/25", "2025/26", "2024/25 2025/26"),
    ("health partners", "in August", "health partners in August"),
    ("agreed", "to a review", "agreed to a review"),
    ("working in", "to the night", "working in to the night"),
    ("Care", "Leavers", "Care Leavers"),
    ("care", "leavers", "care leavers"),
])
def test_a_word_broken_at_the_column_edge_is_rejoined(first: str, second: str,
                                                      expected: str) -> None:
    # the cell's text may run to 2 pt past the first line's last glyph: not one more glyph
    right = 5.0 * len(first) + 2.0
    assert chars_text(_two_lines(first, second), 3.0, 3.0, box=(0, right))[0] == expected


def test_letter_spacing_needs_enough_gaps_to_measure() -> None:
    """Two glyphs far apart are two words, not one word with wide tracking."""
    assert word_gaps(_spaced("AB", 0, 20.0), 3.0).spacing == 0.0
    assert word_gaps(_spaced("ABCD", 0, 3.0), 3.0).spacing == pytest.approx(3.0)


# --- joining wraps in text (SCHEMA.md: wraps to spaces, items apart) -------------

WRAPS = [
    ("Ensure that all case files\nhave complete chronologies",
     "Ensure that all case files have complete chronologies"),
    ("Review the threshold document with partners and\nSchools Forum",
     "Review the threshold document with partners and Schools Forum"),
    ("Lisa Green, Head of Fieldwork,\nStephanie Rowles", "Lisa Green, Head of Fieldwork, Stephanie Rowles"),
    ("Develop an outcome-\nfocused audit tool", "Develop an outcome-focused audit tool"),
    ("Commission an independent review of\nthe front door",
     "Commission an independent review of the front door"),
    ("Report to the Improvement Board (with\nquarterly data)",
     "Report to the Improvement Board (with quarterly data)"),
    # a compound broken at its slash closes up, as a hyphen-wrap does
    ("Amber/\nGreen", "Amber/Green"),
    ("Agreed by health and/\nor social care", "Agreed by health and/or social care"),
    # ... but a slash set apart by spaces keeps them
    ("Children's Services /\nEducation", "Children's Services / Education"),
]
ITEMS = [
    # bullets, numbered and lettered items, sentence ends, list introductions stay apart
    ("Recording issues (para 47):\n• retrospective case recording\n• lack of chronologies",
     ["Recording issues (para 47):", "retrospective case recording", "lack of chronologies"]),
    ("a) an assessment is made,\nb) the family are consulted", ["a) an assessment is made,",
                                                                "b) the family are consulted"]),
    ("1. Audit 20 cases\n2. Report findings to DLT", ["1. Audit 20 cases", "2. Report findings to DLT"]),
    ("Completed.\nNext review in June", ["Completed.", "Next review in June"]),
    ("Audit\nReferral data\nConsultation", ["Audit", "Referral data", "Consultation"]),
    ("Charlie Moat\nTrina Shane", ["Charlie Moat", "Trina Shane"]),
    ("Key actions:\nrecruit two advanced practitioners",
     ["Key actions:", "recruit two advanced practitioners"]),
    ("- audit supervision files\n- report to LSCB", ["audit supervision files", "report to LSCB"]),
]


@pytest.mark.parametrize("text, expected", WRAPS)
def test_wraps_join_with_a_space(text: str, expected: str) -> None:
    assert clean_cell(text) == expected


@pytest.mark.parametrize("text, expected", ITEMS)
def test_items_stay_on_their_own_lines(text: str, expected: list[str]) -> None:
    assert clean_lines(text) == expected
