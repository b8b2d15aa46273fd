"""A scanned page read by OCR, presented as the pdfplumber page the PDF code expects.

``ocr_page`` renders the page, straightens it, finds its rules and shading,
blanks the rules (Tesseract reads a ruled cell better without its box),
flattens shaded areas to white (dark fills would otherwise swallow their
text in Tesseract's binarisation) and OCRs what is left.  The result is an
``OcrPage``: glyphs, line and rect objects in PDF points, with the few page
methods the PDF extractor calls.  Everything downstream (table frames from
rules, horizontal-rule tables, cells, fills, text blocks, stitching over
pages, and any word-alignment reading of unruled tables) is then the PDF
code's, unchanged: OCR adds no second table reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils import extract_words

from extractors.ocr.cells import empty_inked_cells, frame_cells, reread_cells
from extractors.ocr.image import deskew, ink_mask, render
from extractors.ocr.rules import find_rules
from extractors.ocr.words import glyphs, mean_confidence, tesseract_words, words_from
from extractors.settings import ExtractionSettings

# a shaded area darker than this carries light text
DARK_LEVEL = 128


@dataclass
class OcrPage:
    """The parts of pdfplumber's Page API the PDF extractor uses, filled from OCR."""

    page_number: int
    width: float
    height: float
    chars: list[dict[str, Any]]
    lines: list[dict[str, Any]]
    rects: list[dict[str, Any]]
    confidence: float  # Tesseract's mean word confidence, 0..1
    skew: float  # degrees the scan was turned by to straighten it
    images: list[dict[str, Any]] = field(default_factory=list)
    curve_edges: list[dict[str, Any]] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return {"char": self.chars, "line": self.lines, "rect": self.rects}

    @property
    def edges(self) -> list[dict[str, Any]]:
        return []

    def find_tables(self, table_settings: dict[str, Any]) -> list[Any]:
        return TableFinder(self, TableSettings.resolve(table_settings)).tables  # type: ignore[arg-type]

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        return extract_words(self.chars, **kwargs)

    def close(self) -> None:
        pass


def flatten_shading(gray: np.ndarray, rects: list[dict[str, Any]], scale: float) -> np.ndarray:
    """Each shaded area divided by its own colour, so its paper turns white and its ink
    stays dark; a dark area (light text on a dark band) is inverted first."""
    out = gray.astype(np.float32)
    for rect in rects:
        x0, y0 = int(rect["x0"] / scale), int(rect["top"] / scale)
        x1, y1 = int(rect["x1"] / scale), int(rect["bottom"] / scale)
        area = out[y0:y1, x0:x1]
        if area.size == 0:
            continue
        if float(np.median(area)) < DARK_LEVEL:
            area = 255.0 - area
        level = float(np.median(area)) or 1.0
        out[y0:y1, x0:x1] = np.clip(area * (255.0 / level), 0, 255)
    return out.astype(np.uint8)


def ocr_page(page: Any, number: int, settings: ExtractionSettings) -> OcrPage:
    """OCR one page with no text layer; raises TimedOut past the per-page limit."""
    image, dpi = render(page, settings.ocr_dpi)
    scale = 72.0 / dpi
    rgb, angle = deskew(image)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    rules = find_rules(rgb, ink_mask(gray), scale)
    clean = flatten_shading(gray, rules.rects, scale)
    clean[rules.mask > 0] = 255
    name = f"page {number}"
    words = words_from(tesseract_words(clean, settings.ocr_page_seconds, name), scale)
    height, width = gray.shape
    read = OcrPage(number, width * scale, height * scale, glyphs(words), rules.lines, rules.rects,
                   mean_confidence(words), angle, images=list(page.images))
    ink = ink_mask(clean)
    missed = empty_inked_cells(frame_cells(read, settings), words, ink, scale)
    if missed:
        words += reread_cells(clean, missed, scale, settings.ocr_page_seconds, name)
        read.chars = glyphs(words)
        read.confidence = mean_confidence(words)
    return read
