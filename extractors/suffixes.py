"""The file suffixes `actionplans` reads, by family: the one list (extractors.dispatch
re-exports it).  Kept apart from dispatch, which imports every extractor, so the
ingest process can sort the files it finds without loading the parsers (those
run in the workers)."""

from __future__ import annotations

from models.records import FileType

PDF_SUFFIXES = {".pdf"}
WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
# read by converting them to DOCX with LibreOffice (extractors/office)
CONVERTED_TYPES: dict[str, FileType] = {".doc": "doc", ".odt": "odt", ".rtf": "rtf"}
CONVERTED_SUFFIXES = set(CONVERTED_TYPES)
# the one list of suffixes `actionplans ingest` reads; others are unsupported_type
SUPPORTED_SUFFIXES = PDF_SUFFIXES | WORD_SUFFIXES | EXCEL_SUFFIXES | CONVERTED_SUFFIXES
