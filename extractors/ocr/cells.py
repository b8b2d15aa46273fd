"""A second look at table cells the page's OCR left empty.

Tesseract's page layout analysis drops short, isolated text: the "1.2" alone
in a narrow ref column is the typical loss, and a lost ref merges two plan
lines.  So once the rules give the cell boxes (the PDF code's own table
finder, run on the OCR page), each cell that has ink but no word is read
again on its own, as a single block of text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import cv2
import numpy as np

from extractors import geometry as geo
from extractors.ocr.words import Word, mean_confidence, tesseract_words, words_from
from models.records import BBox

CELL_CONFIG = "--psm 6"
# pixels of a cell's edge left out (rule remnants), and ink pixels that make a cell non-empty
EDGE_PX = 6
MIN_INK_PX = 40
PAD_PX = 12
MIN_CELL_CONF = 0.6
# at most this many cells re-read per page, so a grid of empty boxes cannot multiply the cost
MAX_CELLS = 60


def empty_inked_cells(cells: Sequence[BBox], words: Sequence[Word], ink: np.ndarray,
                      scale: float) -> list[tuple[int, int, int, int]]:
    """Pixel boxes of cells with ink and no word centred in them."""
    found = []
    for box in cells:
        if any(geo.contains_centre(box, {"x0": w.x0, "x1": w.x1, "top": w.top, "bottom": w.bottom})
               for w in words):
            continue
        x0, y0 = int(box.x0 / scale) + EDGE_PX, int(box.top / scale) + EDGE_PX
        x1, y1 = int(box.x1 / scale) - EDGE_PX, int(box.bottom / scale) - EDGE_PX
        if x1 > x0 and y1 > y0 and int(np.count_nonzero(ink[y0:y1, x0:x1])) >= MIN_INK_PX:
            found.append((x0, y0, x1, y1))
    return found[:MAX_CELLS]


def reread_cells(clean: np.ndarray, boxes: list[tuple[int, int, int, int]], scale: float,
                 seconds: float, page_name: str) -> list[Word]:
    words: list[Word] = []
    for n, (x0, y0, x1, y1) in enumerate(boxes):
        crop = cv2.copyMakeBorder(clean[y0:y1, x0:x1], PAD_PX, PAD_PX, PAD_PX, PAD_PX,
                                  cv2.BORDER_CONSTANT, value=255)
        rows = tesseract_words(crop, seconds, page_name, CELL_CONFIG)
        for row in rows:  # back to page pixels; a line number of its own per cell
            row["left"] += x0 - PAD_PX
            row["top"] += y0 - PAD_PX
            row["block_num"] = 10_000 + n
        found = words_from(rows, scale)
        # a swatch's grain or a stamp read as letters comes back with low confidence
        if found and mean_confidence(found) >= MIN_CELL_CONF:
            words += found
    return words


def frame_cells(page: Any, settings: Any) -> list[BBox]:
    from extractors.pdf.find import find_frames

    return [cell for frame in find_frames(page, settings) for cell in frame.cells]
