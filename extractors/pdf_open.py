"""Opening a PDF safely: sniffing the bytes, and mapping parser failures to InputErrors.

pdfminer reports most failures as ``PdfminerException`` wrapping the real
cause, whose own message is often empty (``PDFPasswordIncorrect``), and a few
hostile files raise bare builtins (a ``TypeError`` from a cyclic operator
list).  ``input_error`` reads the whole cause chain and names the problem, so
a caller sees one of models/errors.py's InputErrors and nothing else.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFNoValidXRef, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFNotImplementedError
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSEOF, PSSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from extractors.settings import ExtractionSettings
from models.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    InputError,
    NotADocument,
    TooLarge,
)

# The spec lets "%PDF-" sit anywhere in the first 1024 bytes; readers accept that.
HEADER_WINDOW = 1024
# Without a header, pdfminer can still rebuild a file from its objects, so a
# headerless file that has object syntax near its start is tried anyway.
OBJECT_SNIFF_WINDOW = 64 * 1024
DETAIL_LIMIT = 160

# Most specific first: PDFPasswordIncorrect is a PDFEncryptionError, and
# PDFNoValidXRef a PDFSyntaxError.
_CORRUPT_KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (PDFNoValidXRef, "no valid cross-reference table"),
    (PDFSyntaxError, "syntax error"),
    (PSSyntaxError, "syntax error"),
    (PSEOF, "unexpected end of file"),
    (PDFNotImplementedError, "unsupported PDF feature"),
    (RecursionError, "reference cycle (recursion limit)"),
)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _looks_like_markup(head: bytes) -> bool:
    start = head.lstrip()[:15].lower()
    return start.startswith((b"<!doctype", b"<html", b"<?xml", b"<"))


def sniff(path: Path, settings: ExtractionSettings) -> None:
    """Refuse files that cannot be a PDF before handing them to the parser."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyDocument(str(path), "zero-byte file")
    if size > settings.max_file_bytes:
        raise TooLarge(str(path), f"{size} bytes > limit {settings.max_file_bytes}")
    with path.open("rb") as fh:
        head = fh.read(OBJECT_SNIFF_WINDOW)
    if b"%PDF" in head[:HEADER_WINDOW]:
        return
    if _looks_like_markup(head):
        raise NotADocument(str(path), "HTML/XML markup, not a PDF")
    if b" obj" not in head:
        raise NotADocument(str(path), "no %PDF header and no PDF objects")


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception, then what it wraps: args[0], __cause__, __context__ (no loops)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        inner = [a for a in current.args[:1] if isinstance(a, BaseException)]
        todo.extend(inner + [c for c in (current.__cause__, current.__context__) if c])


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost exception that is not pdfplumber's wrapper."""
    chain = [c for c in _causes(exc) if not isinstance(c, PdfminerException)]
    return chain[-1] if chain else exc


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() if not isinstance(exc, PdfminerException) else ""
    name = type(exc).__name__
    detail = f"{name}: {text}" if text else name
    return detail[:DETAIL_LIMIT]


def _corrupt_detail(cause: BaseException) -> str:
    for kind, label in _CORRUPT_KINDS:
        if isinstance(cause, kind):
            text = str(cause).strip()
            return f"{label}: {text}"[:DETAIL_LIMIT] if text else label
    return _describe(cause)


def input_error(path: Path, exc: BaseException, where: str = "") -> InputError:
    """The InputError that names why the parser failed on this file."""
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, OSError):
        return NotADocument(str(path), f"cannot read the file: {exc.strerror or exc}")
    causes = list(_causes(exc))
    if any(isinstance(c, PDFPasswordIncorrect) for c in causes):
        return EncryptedDocument(str(path))
    crypt = next((c for c in causes if isinstance(c, PDFEncryptionError)), None)
    if crypt is not None:
        return EncryptedDocument(str(path), f"unsupported encryption: {_describe(crypt)}")
    if any(isinstance(c, MemoryError) for c in causes):
        return TooLarge(str(path), "ran out of memory")
    detail = _corrupt_detail(_root_cause(exc))
    return CorruptDocument(str(path), f"{where}: {detail}" if where else detail)


@contextmanager
def open_pdf(path: Path) -> Iterator[Any]:
    """pdfplumber's PDF over our own file handle, parser failures mapped."""
    with path.open("rb") as fh:
        try:
            pdf = pdfplumber.open(fh)
        except Exception as exc:  # any parser failure on open is the file's fault
            raise input_error(path, exc, "on open") from exc
        try:
            yield pdf
        finally:
            _close_quietly(pdf)


def _close_quietly(pdf: Any) -> None:
    try:
        pdf.close()
    except Exception:  # closing a half-parsed file must not hide the real result
        pass


def page_list(path: Path, pdf: Any, settings: ExtractionSettings) -> list[Any]:
    """The document's pages, checked for count limits (0 pages is an error)."""
    try:
        pages = list(pdf.pages)
    except Exception as exc:  # a broken page tree
        raise input_error(path, exc, "page tree") from exc
    if not pages:
        raise EmptyDocument(str(path), "no pages")
    if len(pages) > settings.max_pages:
        raise TooLarge(str(path), f"{len(pages)} pages > limit {settings.max_pages}")
    return pages
