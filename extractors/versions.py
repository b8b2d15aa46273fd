"""Each format's extractor version, bumped by hand when what a file yields changes.

Kept apart from the extractors so that ``pipeline.reprocess`` can name the
pipeline that read a file without importing pdfplumber, lxml or openpyxl: a
re-run over files already loaded never parses, and starts without them.
"""

from __future__ import annotations

PDF_VERSION = "pdf-1"
DOCX_VERSION = "docx-1"
XLSX_VERSION = "xlsx-2"  # 2: conditional formats painted
