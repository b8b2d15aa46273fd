"""Extraction settings: one validated, frozen dataclass (as pdfplumber's TableSettings).

Limits guard against hostile or enormous input; the defaults suit real
council plans (tens to a few hundred pages, a few MB).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

MB = 1024 * 1024

GlyphSource = Literal["pdfplumber", "pdfium"]
# Where a PDF's glyphs and vector paths are read from (README "Glyph sources"):
# pdfplumber (pdfminer, pure Python) or PDFium (pypdfium2, C), same records either way
GLYPH_SOURCES: tuple[GlyphSource, ...] = ("pdfplumber", "pdfium")
GLYPH_SOURCE_ENV = "ACTIONPLANS_GLYPH_SOURCE"


@dataclass(frozen=True)
class ExtractionSettings:
    # any file
    max_file_bytes: int = 200 * MB
    # PDF
    max_pages: int = 1000
    max_chars_per_page: int = 200_000
    max_objects_per_page: int = 200_000
    snap_tolerance: float = 3.0
    join_tolerance: float = 3.0
    intersection_tolerance: float = 3.0
    text_x_tolerance: float = 3.0
    text_y_tolerance: float = 3.0
    # DOCX (a zip): refuse decompression bombs before reading
    max_zip_members: int = 10_000
    max_uncompressed_bytes: int = 500 * MB
    max_compression_ratio: float = 200.0
    max_table_nesting: int = 8
    # OCR of pages with no text layer: a page budget per file and a time limit per page,
    # so a 300-page scan cannot stall a batch (pages past the budget are skipped, with a
    # warning).  A page costs about 7 CPU seconds at 300 dpi: 12 pages fit the worker's
    # default 120 s per file; raise both (--max-ocr-pages, --timeout) for long scans.  The
    # per-page limit catches a pathological page (Tesseract stuck), not a slow machine
    max_ocr_pages: int = 12
    ocr_page_seconds: float = 300.0
    ocr_dpi: int = 300
    # XLSX: cells read per sheet (a sheet claiming a million rows is a bomb, not a plan)
    max_sheet_cells: int = 2_000_000
    # .doc/.odt/.rtf: seconds LibreOffice may take to convert the file to DOCX
    convert_seconds: float = 60.0
    # PDF glyphs and paths: "pdfium" (the default: about 4x less CPU than pdfminer, same
    # records) or "pdfplumber" (pdfminer, pure Python); README "Glyph sources"
    glyph_source: GlyphSource = "pdfium"
    # processes one PDF's pages may be read in (extractors/pdf/page_split.py): the ingest
    # raises it for a file parsed while CPUs stand idle; 1 reads every page here
    page_processes: int = 1

    def __post_init__(self) -> None:
        if self.glyph_source not in GLYPH_SOURCES:
            raise ValueError(f"ExtractionSettings.glyph_source must be one of "
                             f"{', '.join(GLYPH_SOURCES)}, got {self.glyph_source!r}")
        for f in fields(self):
            if f.name == "glyph_source":
                continue
            value = getattr(self, f.name)
            if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"ExtractionSettings.{f.name} must be a positive number, "
                                 f"got {value!r}")


DEFAULT_SETTINGS = ExtractionSettings()
