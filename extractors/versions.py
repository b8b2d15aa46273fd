"""Each format's extractor version, bumped by hand when what a file yields changes.

Kept apart from the extractors so that ``pipeline.reprocess`` can name the
pipeline that read a file without importing pdfplumber, lxml or openpyxl: a
re-run over files already loaded never parses, and starts without them.
"""

from __future__ import annotations

PDF_VERSION = "pdf-3"  # 2: words broken at a column edge rejoined (broken_words.py);
# 3 (and docx-3): blocks that read as no plan become a table normalisation rejects
# (RawTable.blocks)
DOCX_VERSION = "docx-3"  # 2: plain paragraphs as block titles, plan evidence for blocks
XLSX_VERSION = "xlsx-3"  # 2: conditional formats painted; 3: _xHHHH_ escapes decoded
