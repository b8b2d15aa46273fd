"""Which source a page's glyphs and paths come from (ExtractionSettings.glyph_source).

PDFium (the default) reads the file pdfplumber opened, which is PDFium's own
repaired copy when pdfminer could not read the original.  A file or a page
PDFium cannot load is read from pdfplumber's page instead, with a warning,
rather than failing: the two sources give the same records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PageReader = Callable[[Any, int], Any]


@dataclass
class Glyphs:
    """How the extractor reads each page's glyphs and paths (``read(page, number)``),
    which source that is for the file, and the warnings of pages read otherwise."""

    read: PageReader
    source: str
    warnings: list[str] = field(default_factory=list)


def plumber_page(page: Any, number: int) -> Any:
    return page


@contextmanager
def page_reader(pdf: Any, glyph_source: str) -> Iterator[Glyphs]:
    """pdfplumber's page itself, or, for the "pdfium" source, a PdfiumPage of the same
    file; pdfplumber's page where PDFium cannot open the file or load a page."""
    if glyph_source != "pdfium":
        yield Glyphs(plumber_page, "pdfplumber")
        return
    from pypdfium2 import PdfiumError

    from extractors.pdf.pdfium_source import open_document, read_page

    with ExitStack() as stack:
        try:
            document = stack.enter_context(open_document(Path(pdf.stream.name)))
        except PdfiumError as exc:
            yield Glyphs(plumber_page, "pdfplumber",
                         [f"PDFium could not open the file ({exc}); it was read with "
                          f"pdfplumber instead"])
            return
        glyphs = Glyphs(plumber_page, "pdfium")

        def read(page: Any, number: int) -> Any:
            try:
                return read_page(document, number - 1, page)
            except PdfiumError as exc:
                glyphs.warnings.append(f"page {number}: PDFium could not load it ({exc}); "
                                       f"read with pdfplumber instead")
                return page

        glyphs.read = read
        yield glyphs
