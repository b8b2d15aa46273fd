"""Which source a page's glyphs and paths come from (ExtractionSettings.glyph_source).

Kept apart from extractors/pdf/pdfium_source.py so that the default source
(pdfplumber) never imports pypdfium2's bindings into a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PageReader = Callable[[Any, int], Any]


@contextmanager
def page_reader(pdf: Any, glyph_source: str) -> Iterator[PageReader]:
    """How the extractor reads a page's glyphs and paths: pdfplumber's page itself, or,
    for the "pdfium" source, a PdfiumPage of the same file (the one pdfplumber opened,
    which is PDFium's repaired copy when pdfminer could not read the original)."""
    if glyph_source != "pdfium":
        yield lambda page, number: page
        return
    from extractors.pdf.pdfium_source import open_document, read_page

    with open_document(Path(pdf.stream.name)) as document:
        yield lambda page, number: read_page(document, number - 1, page)
