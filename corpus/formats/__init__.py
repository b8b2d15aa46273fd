"""Fixture builders for the formats beyond PDF and DOCX: Excel trackers, legacy Word and
OpenDocument conversions, and scanned (image-only) PDFs."""
