"""Legacy Word and OpenDocument files (.doc, .odt, .rtf), read through DOCX.

LibreOffice converts the file to DOCX (``convert``); the DOCX extractor then
reads it, so tables, shading, merges and lists are read by one extractor.
The record keeps the file's own name, bytes and type: a converted ``.doc``
is still ``doc``.
"""

from __future__ import annotations

from extractors.office.read import extract_converted

__all__ = ["extract_converted"]
