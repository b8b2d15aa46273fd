"""Tesseract's words as pdfplumber-style glyphs, so OCR text flows through the PDF code.

Tesseract (through pytesseract, one process per page with a time limit)
returns words with boxes, confidences and its own grouping into lines.  Each
word becomes glyphs spread evenly over its box, all glyphs of a Tesseract line
sharing the line's top and bottom (so the PDF code's line grouping, which
compares tops, sees one line), with a space glyph between the words of a line.
The glyph dicts carry ``ocr_conf`` (0..1) beside pdfplumber's keys.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytesseract

from models.errors import NeedsOCR, TimedOut

OCR_FONT = "OCR"
LANGUAGE = "eng"
# automatic page segmentation; interword spaces are ours to place
TESSERACT_CONFIG = "--psm 3"
# confidence under which a word with no letter or digit is taken for a speck
SPECK_MAX_CONF = 0.80
# a text line's box is about this many times its font size
LINE_HEIGHT_EM = 1.2


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    conf: float
    line: tuple[int, int, int]


def tesseract_words(gray: np.ndarray, seconds: float, page_name: str,
                    config: str = TESSERACT_CONFIG) -> list[dict[str, Any]]:
    """Tesseract's word table for one image; raises TimedOut or NeedsOCR."""
    # one thread: workers already run one per CPU, and OpenMP threads fight them
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        with tempfile.TemporaryDirectory(prefix="actionplans-ocr-") as tmp:
            # an uncompressed PGM: pytesseract's own PNG encoding of a 300 dpi page
            # costs a third as much as the recognition
            image = Path(tmp) / "page.pgm"
            cv2.imwrite(str(image), gray)
            data = pytesseract.image_to_data(str(image), lang=LANGUAGE, config=config,
                                             output_type=pytesseract.Output.DICT, timeout=seconds)
    except pytesseract.TesseractNotFoundError as exc:
        raise NeedsOCR(page_name, "Tesseract is not installed: apt-get install tesseract-ocr "
                                  "tesseract-ocr-eng") from exc
    except RuntimeError as exc:  # pytesseract's "Tesseract process timeout"
        if "timeout" in str(exc).lower():
            raise TimedOut(page_name, f"OCR of the page took longer than {seconds:g} s") from exc
        raise
    keys = ("text", "left", "top", "width", "height", "conf", "block_num", "par_num", "line_num")
    return [dict(zip(keys, values, strict=True)) for values in zip(*(data[k] for k in keys),
                                                                     strict=True)]


def is_speck(text: str, conf: float) -> bool:
    """Dust and rule remnants read as a stray ":", "‘" or "_": no letter or digit, and
    Tesseract unsure of it.  A real dash or ampersand is read with high confidence."""
    return conf < SPECK_MAX_CONF and not any(ch.isalnum() for ch in text)


def words_from(rows: list[dict[str, Any]], scale: float) -> list[Word]:
    words = []
    for row in rows:
        text = str(row["text"]).strip()
        conf = float(row["conf"])
        if not text or conf < 0 or is_speck(text, conf / 100):
            continue
        x0, top = row["left"] * scale, row["top"] * scale
        words.append(Word(text, x0, x0 + row["width"] * scale, top, top + row["height"] * scale,
                          conf / 100, (row["block_num"], row["par_num"], row["line_num"])))
    return words


def glyphs(words: list[Word]) -> list[dict[str, Any]]:
    """Every word's glyphs, lines sharing their top and bottom, spaces between words."""
    by_line: dict[tuple[int, int, int], list[Word]] = defaultdict(list)
    for word in words:
        by_line[word.line].append(word)
    chars: list[dict[str, Any]] = []
    for line in by_line.values():
        line.sort(key=lambda w: w.x0)
        top, bottom = min(w.top for w in line), max(w.bottom for w in line)
        size = (bottom - top) / LINE_HEIGHT_EM
        for i, word in enumerate(line):
            if i:
                chars.append(glyph(" ", line[i - 1].x1, word.x0, top, bottom, size, word.conf))
            chars.extend(word_glyphs(word, top, bottom, size))
    return chars


def word_glyphs(word: Word, top: float, bottom: float, size: float) -> Iterator[dict[str, Any]]:
    step = (word.x1 - word.x0) / len(word.text)
    for i, ch in enumerate(word.text):
        x0 = word.x0 + i * step
        yield glyph(ch, x0, x0 + step, top, bottom, size, word.conf)


def glyph(text: str, x0: float, x1: float, top: float, bottom: float, size: float,
          conf: float) -> dict[str, Any]:
    return {"object_type": "char", "text": text, "x0": x0, "x1": max(x1, x0), "top": top,
            "bottom": bottom, "width": max(x1, x0) - x0, "height": bottom - top,
            "size": round(size, 1), "fontname": OCR_FONT, "upright": True,
            "non_stroking_color": (0.0,), "stroking_color": None, "doctop": top,
            "ocr_conf": conf}


def mean_confidence(words: list[Word]) -> float:
    return round(sum(w.conf for w in words) / len(words), 3) if words else 0.0
