"""Open an Office package (.docx, .xlsx, .odt) as the hostile zip it may be.

One guard for every zip-based format, run in this order: what the bytes are
(zip, OLE2, PDF, nothing) is decided before anything is decompressed; the
zip's member count, total size and compression ratios are checked from the
central directory before any member is read; then every member is
decompressed once to check its CRC.  Only then does a format's own reader
(extractors/docx/package.py, extractors/xlsx/package.py) look inside.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from extractors.settings import ExtractionSettings
from models.errors import CorruptDocument, EmptyDocument, EncryptedDocument, NotADocument, TooLarge

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# A compression ratio only matters once a member is big enough to hurt;
# small, repetitive XML parts legitimately compress far better than 200:1.
RATIO_FLOOR_BYTES = 1024 * 1024
CHUNK = 1024 * 1024

HEAD_MARKERS = (
    (b"%pdf", "it is a PDF"),
    (b"{\\rtf", "it is an RTF file"),
    (b"<html", "it is an HTML page"),
    (b"<!doctype html", "it is an HTML page"),
    (b"pkg:package", "it is a Word flat-XML (Flat OPC) file"),
    (b"w:worddocument", "it is a Word 2003 XML file"),
    (b"<?xml", "it is a plain XML file"),
)

# what an OLE2 compound file is, for the format expecting a zip: (file name, bytes) -> error
Ole2Error = Callable[[str, bytes], Exception]


@contextmanager
def guarded_zip(name: str, data: bytes, settings: ExtractionSettings,
                ole2_error: Ole2Error) -> Iterator[tuple[zipfile.ZipFile, list[str]]]:
    """The open archive, once it passed every check, with warnings for damaged members."""
    sniff_zip(name, data, ole2_error)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise CorruptDocument(name, f"truncated or damaged zip: {exc}") from exc
    with archive:
        check_limits(name, archive, settings)
        yield archive, check_members(name, archive)


def sniff_zip(name: str, data: bytes, ole2_error: Ole2Error) -> None:
    """Say what the bytes are when they are not a zip."""
    if not data:
        raise EmptyDocument(name, "zero-length file")
    if data.startswith(OLE2_MAGIC):
        raise ole2_error(name, data)
    if data.startswith(ZIP_MAGICS):
        return
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    raise NotADocument(name, f"not a zip (OOXML) package: {describe_head(head)}")


def has_ole2_stream(data: bytes, name: str) -> bool:
    """Whether a CFB directory entry (128-byte aligned, UTF-16 name + length) names it."""
    needle = name.encode("utf-16-le")
    length_field = (len(needle) + 2).to_bytes(2, "little")  # bytes incl. the NUL
    start = data.find(needle)
    while start != -1:
        if start % 128 == 0 and data[start + 64:start + 66] == length_field:
            return True
        start = data.find(needle, start + 1)
    return False


def describe_head(head: bytes) -> str:
    lowered = head[:200].lower()
    for marker, what in HEAD_MARKERS:
        if marker in lowered:
            return what
    return "unknown content"


def check_limits(name: str, archive: zipfile.ZipFile, settings: ExtractionSettings) -> None:
    """Refuse decompression bombs from the central directory, before reading."""
    infos = archive.infolist()
    if len(infos) > settings.max_zip_members:
        raise TooLarge(name, f"{len(infos)} zip members (limit {settings.max_zip_members})")
    total = sum(info.file_size for info in infos)
    if total > settings.max_uncompressed_bytes:
        raise TooLarge(name, f"{total} bytes uncompressed "
                             f"(limit {settings.max_uncompressed_bytes})")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > settings.max_compression_ratio:
            raise TooLarge(name, f"member {info.filename!r} expands {ratio:.0f}:1 "
                                 f"(limit {settings.max_compression_ratio:.0f}:1)")
        if info.flag_bits & 0x1:
            raise EncryptedDocument(name, f"zip member {info.filename!r} is encrypted")


def check_members(name: str, archive: zipfile.ZipFile) -> list[str]:
    """Decompress every member once to verify its CRC, keeping nothing.

    A damaged image does not stop us reading the text, so it is a warning;
    a damaged main part raises CorruptDocument when the format's reader reads it.
    """
    warnings = []
    for info in archive.infolist():
        try:
            with archive.open(info) as member:
                while member.read(CHUNK):
                    pass
        except zipfile.BadZipFile as exc:
            warnings.append(f"zip member {info.filename!r} is damaged ({exc})")
        except (NotImplementedError, EOFError, OSError, ValueError) as exc:
            warnings.append(f"zip member {info.filename!r} cannot be decompressed ({exc})")
    return warnings
