"""A .doc, .odt or .rtf file -> DOCX (LibreOffice) -> RawDocument (the DOCX extractor).

What can be told from the bytes is told before LibreOffice runs: an empty
file, a file over the size limit, an OpenDocument zip that is a bomb or is
password-protected.  The conversion happens in a temporary folder that is
removed afterwards, whatever happens.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

from extractors.docx.extract import extract_docx, read_bytes
from extractors.office.convert import convert_to_docx
from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from extractors.zipguard import check_limits
from models.errors import ConversionFailed, CorruptDocument, EmptyDocument, EncryptedDocument
from models.records import FileType, RawDocument

CONVERTER_TAG = "+libreoffice"
ENCRYPTED_ODF_MARK = b"encryption-data"


def extract_converted(path: Path, file_type: FileType,
                      settings: ExtractionSettings = DEFAULT_SETTINGS) -> RawDocument:
    """Read a legacy Word or OpenDocument file; its record keeps its own name and type."""
    data = read_bytes(path, settings)
    if not data.strip():
        raise EmptyDocument(path.name, "zero-length file")
    if file_type == "odt":
        check_odf_package(path.name, data, settings)
    with tempfile.TemporaryDirectory(prefix="actionplans-office-") as tmp:
        workdir = Path(tmp)
        source = workdir / "in" / f"document.{file_type}"
        source.parent.mkdir()
        source.write_bytes(data)
        converted = convert_to_docx(source, workdir, settings.convert_seconds, path.name)
        raw = read_converted(path.name, converted, settings)
        shutil.rmtree(workdir / "profile", ignore_errors=True)
    return replace(raw, name=path.name, file_type=file_type,
                   sha256=hashlib.sha256(data).hexdigest(),
                   extractor_version=raw.extractor_version + CONVERTER_TAG)


def read_converted(name: str, converted: Path, settings: ExtractionSettings) -> RawDocument:
    """The DOCX extractor on LibreOffice's output; its errors name the original file."""
    try:
        return extract_docx(converted, settings)
    except EmptyDocument as exc:
        raise EmptyDocument(name, exc.detail) from exc
    except CorruptDocument as exc:
        raise ConversionFailed(name, f"LibreOffice's DOCX could not be read ({exc.detail})") \
            from exc


def check_odf_package(name: str, data: bytes, settings: ExtractionSettings) -> None:
    """Bombs and encryption refused from the zip's directory, before LibreOffice sees it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise CorruptDocument(name, f"truncated or damaged zip: {exc}") from exc
    with archive:
        check_limits(name, archive, settings)
        try:
            manifest = archive.read("META-INF/manifest.xml")
        except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
            return  # LibreOffice decides what a package without a manifest is
    if ENCRYPTED_ODF_MARK in manifest:
        raise EncryptedDocument(name, "password-protected OpenDocument file")
