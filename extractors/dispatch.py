"""Choose the extractor for a file by its bytes, falling back on its name."""

from __future__ import annotations

from pathlib import Path

from extractors.docx import extract_docx
from extractors.pdf import extract_pdf
from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from models.errors import UnsupportedFileType
from models.records import RawDocument

PDF_SUFFIXES = {".pdf"}
WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | WORD_SUFFIXES


def sniff(path: Path) -> str | None:
    """"pdf", "zip" or "ole2" from the file's first bytes (None if unknown)."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK"):
        return "zip"
    if head.startswith(bytes.fromhex("d0cf11e0a1b11ae1")):
        return "ole2"
    return None


def extract(path: Path, settings: ExtractionSettings = DEFAULT_SETTINGS) -> RawDocument:
    """Extract a PDF or Word file; raises an InputError subclass for bad input."""
    kind = sniff(path)
    suffix = path.suffix.lower()
    if kind == "pdf":
        return extract_pdf(path, settings)
    if kind in ("zip", "ole2") or suffix in WORD_SUFFIXES:
        return extract_docx(path, settings)
    if suffix in PDF_SUFFIXES:
        return extract_pdf(path, settings)
    raise UnsupportedFileType(path.name, f"suffix {suffix or '(none)'}")
