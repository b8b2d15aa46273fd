"""OCR pieces on images whose truth is known, and the limits OCR runs under."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from extractors.ocr.image import MAX_PIXELS, ink_mask, render_dpi, rotate, skew_angle
from extractors.ocr.rules import find_rules
from extractors.ocr.words import glyphs, is_speck, words_from
from extractors.pdf.extract import extract_pdf
from extractors.settings import DEFAULT_SETTINGS
from tests.conftest import ROOT

SCAN = ROOT / "data" / "scanned" / "somerset-2013-11-scan150.pdf"


def text_like_page(skew: float) -> np.ndarray:
    """Lines of word-sized dark blocks, turned by ``skew`` degrees."""
    page = np.full((900, 1200), 255, np.uint8)
    for row in range(12):
        y = 80 + row * 60
        for x in range(100, 1000, 90):
            cv2.rectangle(page, (x, y), (x + 70, y + 14), 0, -1)
    return rotate(page, skew, 255)


@pytest.mark.parametrize("skew", [-3.0, -1.2, 0.0, 0.7, 2.5])
def test_skew_is_found_and_undone(skew: float) -> None:
    found = skew_angle(ink_mask(text_like_page(skew)))
    assert abs(found + skew) <= 0.15  # the angle that straightens it is the opposite one


def test_blank_page_is_not_turned() -> None:
    assert skew_angle(ink_mask(np.full((600, 800), 255, np.uint8))) == 0.0


def ruled_table(fill: tuple[int, int, int] | None) -> np.ndarray:
    """A 3x3 ruled grid on white; the middle-right cell optionally filled (RGB)."""
    image = np.full((900, 1200, 3), 255, np.uint8)
    xs, ys = [100, 500, 800, 1100], [100, 300, 500, 700]
    if fill is not None:
        cv2.rectangle(image, (xs[2], ys[1]), (xs[3], ys[2]), fill, -1)
    for x in xs:
        cv2.line(image, (x, ys[0]), (x, ys[-1]), (0, 0, 0), 3)
    for y in ys:
        cv2.line(image, (xs[0], y), (xs[-1], y), (0, 0, 0), 3)
    return image


def test_rules_and_fill_of_a_ruled_table() -> None:
    image = ruled_table((0, 176, 80))  # #00b050
    rules = find_rules(image, ink_mask(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)), 1.0)
    horizontal = [ln for ln in rules.lines if ln["top"] == ln["bottom"]]
    vertical = [ln for ln in rules.lines if ln["x0"] == ln["x1"]]
    assert len(horizontal) >= 4 and len(vertical) >= 4
    (rect,) = rules.rects
    assert abs(rect["x0"] - 800) < 8 and abs(rect["bottom"] - 500) < 8
    red, green, blue = (round(v * 255) for v in rect["non_stroking_color"])
    assert abs(red - 0) < 10 and abs(green - 176) < 10 and abs(blue - 80) < 10


def test_text_and_blank_areas_are_no_rules_or_fills() -> None:
    image = cv2.cvtColor(text_like_page(0.0), cv2.COLOR_GRAY2RGB)
    rules = find_rules(image, ink_mask(text_like_page(0.0)), 1.0)
    assert not [ln for ln in rules.lines if ln["x0"] == ln["x1"]]  # word blocks are not rules
    assert all(r["width"] < 100 for r in rules.rects) or not rules.rects


@pytest.mark.parametrize(("text", "conf", "speck"), [
    (":", 0.3, True), ("‘", 0.5, True), ("_", 0.1, True),
    ("–", 0.95, False), ("1.2", 0.2, False), ("Amber", 0.4, False),
])
def test_specks(text: str, conf: float, speck: bool) -> None:
    assert is_speck(text, conf) is speck


def test_words_become_glyphs_on_one_line() -> None:
    rows = [{"text": t, "left": x, "top": top, "width": 40, "height": 12, "conf": 91,
             "block_num": 1, "par_num": 1, "line_num": 1}
            for t, x, top in (("Head", 0, 10), ("of", 50, 13), ("Service", 80, 9))]
    chars = glyphs(words_from(rows, 1.0))
    assert "".join(c["text"] for c in chars) == "Head of Service"
    assert len({c["top"] for c in chars}) == 1  # one line, whatever each word's own top


def test_huge_pages_are_rendered_within_the_pixel_cap() -> None:
    dpi = render_dpi(14400, 14400, 300)  # the largest page PDF allows
    assert (14400 * dpi / 72) ** 2 <= MAX_PIXELS
    assert render_dpi(842, 595, 300) == 300  # an A4 page keeps the resolution asked for


def test_ocr_page_budget() -> None:
    raw = extract_pdf(SCAN, replace(DEFAULT_SETTINGS, max_ocr_pages=1))
    assert [page for page, _ in raw.ocr_pages] == [1]
    assert raw.text_source == "ocr"
    assert any("only images" in w and "2" in w for w in raw.warnings)


def test_ocr_page_time_limit() -> None:
    raw = extract_pdf(SCAN, replace(DEFAULT_SETTINGS, ocr_page_seconds=0.01))
    stopped = [w for w in raw.warnings if "OCR stopped" in w]
    assert len(stopped) == 2 and not raw.tables
