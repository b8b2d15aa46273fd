"""Opening a PDF safely: sniffing the bytes, and mapping parser failures to InputErrors.

pdfminer reports most failures as ``PdfminerException`` wrapping the real
cause, whose own message is often empty (``PDFPasswordIncorrect``), and a few
hostile files raise bare builtins (a ``TypeError`` from a cyclic operator
list).  ``input_error`` reads the whole cause chain and names the problem, so
a caller sees one of models/errors.py's InputErrors and nothing else.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFNoValidXRef, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFNotImplementedError
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1
from pdfminer.psexceptions import PSEOF, PSSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from extractors.bugs import raised_by_our_code
from extractors.settings import ExtractionSettings
from models.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    InputError,
    NotADocument,
    TooLarge,
    Unreadable,
    WorkerCrashed,
)

# The spec lets "%PDF-" sit anywhere in the first 1024 bytes; readers accept that.
HEADER_WINDOW = 1024
# Without a header, pdfminer can still rebuild a file from its objects, so a
# headerless file that has object syntax near its start is tried anyway.
OBJECT_SNIFF_WINDOW = 64 * 1024
DETAIL_LIMIT = 160
MB = 1024 * 1024
# a page's decoded content streams: real pages hold kilobytes to a few MB
MAX_CONTENT_BYTES = 32 * MB
# the bytes a page draws as text: literal strings (escapes counted as written) and
# hex strings (two digits a byte; a dictionary's << is no string)
LITERAL_RE = re.compile(rb"\((?:[^()\\]|\\.)*\)")
HEX_RE = re.compile(rb"(?<!<)<[0-9A-Fa-f\s]{2,}>")
# path construction and XObject painting: one drawn object each, near enough
SHAPE_OP_RE = re.compile(rb"(?<=\s)(?:re|l|c|v|y|Do)(?=\s)")

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
        return Unreadable(str(path), exc.strerror or str(exc))
    causes = list(_causes(exc))
    if any(isinstance(c, PDFPasswordIncorrect) for c in causes):
        return EncryptedDocument(str(path))
    crypt = next((c for c in causes if isinstance(c, PDFEncryptionError)), None)
    if crypt is not None:
        return EncryptedDocument(str(path), f"unsupported encryption: {_describe(crypt)}")
    if any(isinstance(c, MemoryError) for c in causes):
        return TooLarge(str(path), "ran out of memory")
    root = _root_cause(exc)
    detail = _corrupt_detail(root)
    if raised_by_our_code(root):  # a bug of ours, retried after an upgrade
        return WorkerCrashed(str(path), f"unexpected {detail}")
    return CorruptDocument(str(path), f"{where}: {detail}" if where else detail)


@contextmanager
def open_pdf(path: Path, settings: ExtractionSettings | None = None) -> Iterator[Any]:
    """pdfplumber's PDF over our own file handle, parser failures mapped.

    When pdfminer cannot open the file, or finds no pages, PDFium (a
    repairing parser) is given a go before the file is called encrypted,
    corrupt or empty: it tries the empty user password and rebuilds broken
    cross-reference tables, and the copy it writes, decrypted and repaired,
    is read instead (the document keeps the original file's name and hash).
    """
    with ExitStack() as stack:
        try:
            pdf = _open_with_pages(path, stack)
        except (EncryptedDocument, CorruptDocument, EmptyDocument) as first:
            copy = repaired_copy(path, stack, settings)
            if copy is None:
                raise
            try:
                pdf = _open_with_pages(copy, stack)
            except InputError:
                raise first from None
        yield pdf


def _open_with_pages(path: Path, stack: ExitStack) -> Any:
    """The opened PDF once its page tree is known to list at least one page."""
    fh = stack.enter_context(path.open("rb"))
    try:
        pdf = pdfplumber.open(fh)
    except Exception as exc:  # any parser failure on open is the file's fault
        raise input_error(path, exc, "on open") from exc
    stack.callback(_close_quietly, pdf)
    try:
        count = len(pdf.pages)
    except Exception as exc:  # a broken page tree
        raise input_error(path, exc, "page tree") from exc
    if not count:
        raise EmptyDocument(str(path), "no pages")
    return pdf


def repaired_copy(path: Path, stack: ExitStack, settings: ExtractionSettings | None) -> Path | None:
    """A decrypted, rebuilt copy of the file written by PDFium, or None if it cannot open it
    either (a real password, or damage past repair)."""
    try:
        import pypdfium2
        import pypdfium2.raw as pdfium_c
    except ImportError:
        return None
    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="actionplans-")))
    copy = folder / "repaired.pdf"
    try:
        document = pypdfium2.PdfDocument(str(path), password="")
        try:
            if len(document) == 0:
                return None
            document.save(str(copy), flags=pdfium_c.FPDF_REMOVE_SECURITY)
        finally:
            document.close()
    except Exception:  # PDFium could not read it either: the first answer stands
        return None
    limit = (settings or ExtractionSettings()).max_file_bytes
    return copy if copy.stat().st_size <= limit else None


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
    for number, page in enumerate(pages, start=1):
        problem = content_problem(page.page_obj, settings)
        if problem:
            raise TooLarge(str(path), f"page {number}: {problem}")
    return pages


@contextmanager
def content_released(page: Any) -> Iterator[None]:
    """Read a page, then give its content streams back their compressed bytes.

    pdfminer decodes a content stream in place: the inflated bytes replace the
    compressed ones on the stream object, which the document keeps (in its
    object cache and its page list) until it is closed.  So every page read
    would keep its inflated drawing instructions, several KB a page, and a
    worker's memory would grow with the page count.  Putting the compressed
    bytes back afterwards keeps the stream readable (a page that shares it
    decodes it again) at the size it has in the file.
    """
    streams = [(s, s.rawdata) for s in map(resolve1, page.page_obj.contents or ())
               if isinstance(s, PDFStream) and s.data is None and s.rawdata is not None]
    try:
        yield
    finally:
        for stream, raw in streams:
            stream.data, stream.rawdata = None, raw


def content_problem(page_obj: Any, settings: ExtractionSettings) -> str | None:
    """Why a page's content stream is too big to read, judged from the stream itself.

    pdfminer builds every object of a page before anyone can count them, so
    a page of 400,000 characters or 300,000 rectangles, or a stream that
    inflates to gigabytes, costs minutes before the per-page limits refuse
    it.  Here the stream is decompressed only up to a cap and its operators
    counted by pattern, in C, in a fraction of a second.
    """
    data = b""
    for stream in page_obj.contents or ():
        chunk = decoded(resolve1(stream), MAX_CONTENT_BYTES - len(data) + 1)
        if chunk is None:
            return None  # a filter we cannot decode cheaply: the per-page limits decide
        data += chunk
        if len(data) > MAX_CONTENT_BYTES:
            return f"content stream over {MAX_CONTENT_BYTES // MB} MB"
    glyphs = (sum(len(m) - 2 for m in LITERAL_RE.findall(data))
              + sum(len(m) // 2 - 1 for m in HEX_RE.findall(data)))
    if glyphs > settings.max_chars_per_page:
        return f"about {glyphs} characters > limit {settings.max_chars_per_page}"
    shapes = len(SHAPE_OP_RE.findall(data))
    if shapes > settings.max_objects_per_page:
        return f"about {shapes} drawn objects > limit {settings.max_objects_per_page}"
    return None


def decoded(stream: Any, cap: int) -> bytes | None:
    """The stream's bytes, at most ``cap`` of them (no filter, or Flate only); else None."""
    if not isinstance(stream, PDFStream):
        return b""
    if stream.data is not None:  # already decoded by pdfminer
        return bytes(stream.data[:cap])
    if stream.decipher:
        return None
    filters = [f for f, _ in stream.get_filters()]
    raw = stream.rawdata or b""
    if not filters:
        return bytes(raw[:cap])
    if len(filters) == 1 and filters[0] in LITERALS_FLATE_DECODE:
        try:
            return zlib.decompressobj().decompress(raw, cap)
        except zlib.error:
            return None  # damaged: pdfminer's own tolerant decoder will deal with it
    return None
