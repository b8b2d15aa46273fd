"""Each format's extractor version, bumped by hand when what a file yields changes.

Kept apart from the extractors so that ``pipeline.reprocess`` can name the
pipeline that read a file without importing pdfplumber, lxml or openpyxl: a
re-run over files already loaded never parses, and starts without them.
"""

from __future__ import annotations

PDF_VERSION = "pdf-6"  # 2: words broken at a column edge rejoined (broken_words.py);
# 3 (and docx-3): blocks that read as no plan become a table normalisation rejects
# (RawTable.blocks); 4 (both): a title numbered as the child of a worded title above
# ("1.1" under "Priority 1:") makes that title a section; 5: glyphs and paths read by
# PDFium by default (spaces its text page drops put back), pdfplumber a setting;
# 6: spaces drawn as text objects of their own (point bounds, which PDFium skips) put back
DOCX_VERSION = "docx-4"  # 2: plain paragraphs as block titles, plan evidence for blocks
XLSX_VERSION = "xlsx-3"  # 2: conditional formats painted; 3: _xHHHH_ escapes decoded
