"""OCR of PDF pages that have no text layer (scans), with Tesseract.

``ocr_page`` turns such a page into an ``OcrPage``: the glyph, line and rect
objects a text PDF would have had, so the PDF extractor reads it like any
other page.
"""

from __future__ import annotations

from extractors.ocr.page import OcrPage, ocr_page

__all__ = ["OcrPage", "ocr_page"]
