"""Extract text blocks and table grids from a Word (.docx) file.

``extract_docx`` knows files, not meaning: it records what is there (text,
grid positions, spans, fills, fonts and colours, headings and paragraphs in
reading order) and leaves what "Amber" or a Wingdings "l" means to
normalisation.

Every document-level problem is an ``InputError`` subclass naming the file;
nothing else escapes, whatever the bytes (see ``package`` for how a
hostile zip is refused before it is read).  Also read, where python-docx is
silent: tables in content controls, every w:body, tracked insertions, text
boxes, Strict OOXML, .docm/.dotx (never running macros) and renamed parts.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from extractors.blocks import with_block_tables
from extractors.bugs import guarded
from extractors.docx.blocks import block_items, has_text, paragraph_content, text_block
from extractors.docx.context import WalkContext
from extractors.docx.numbering import Numbering
from extractors.docx.package import DocxPackage, open_package, xml_error
from extractors.docx.styles import StyleSheet
from extractors.docx.tables import walk_table
from extractors.docx.xmlwalk import is_strict, parse_xml, to_transitional, w
from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from extractors.versions import DOCX_VERSION
from models.errors import EmptyDocument, InputError, NotADocument, TooLarge
from models.records import RawDocument

EXTRACTOR_VERSION = DOCX_VERSION
TRACKED = ("ins", "del", "moveFrom", "moveTo")
# Failures of the parsing libraries on bad bytes: all mean "corrupt file".
PARSE_FAILURES = (zipfile.BadZipFile, zlib.error, etree.LxmlError, KeyError, ValueError,
                  IndexError, TypeError, AttributeError, EOFError, NotImplementedError,
                  UnicodeError, RecursionError)


def extract_docx(path: Path, settings: ExtractionSettings = DEFAULT_SETTINGS) -> RawDocument:
    """Read one Word file into a RawDocument; raise an InputError for a bad file."""
    name = path.name
    data = read_bytes(path, settings)
    return guarded(name, lambda: extract_bytes(name, data, settings), PARSE_FAILURES, "document")


def read_bytes(path: Path, settings: ExtractionSettings) -> bytes:
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            raise TooLarge(path.name, f"{size} bytes (limit {settings.max_file_bytes})")
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise NotADocument(path.name, "a directory, not a file") from exc
    except OSError as exc:
        raise InputError(path.name, f"cannot read the file: {exc.strerror or exc}") from exc


def extract_bytes(name: str, data: bytes, settings: ExtractionSettings) -> RawDocument:
    package = open_package(name, data, settings)
    root = parse_main(name, package)
    ctx = WalkContext(styles=load_styles(package), settings=settings,
                      numbering=load_numbering(package))
    for note in package.warnings:
        ctx.note(note)
    note_document_facts(root, ctx)
    for body in root.iterchildren(w("body")):
        walk_body(body, ctx)
    if not ctx.tables and not ctx.blocks:
        raise EmptyDocument(name, "no text and no tables in the document body")
    raw = RawDocument(name=name, file_type="docx", sha256=hashlib.sha256(data).hexdigest(),
                      page_count=None, blocks=tuple(ctx.blocks), tables=tuple(ctx.tables),
                      warnings=tuple(ctx.notes), extractor_version=EXTRACTOR_VERSION)
    return with_block_tables(raw)


def parse_main(name: str, package: DocxPackage) -> etree._Element:
    try:
        root = parse_xml(package.main_xml)
    except etree.XMLSyntaxError as exc:
        raise xml_error(name, f"main part {package.main_name!r}", exc) from exc
    if is_strict(root):
        to_transitional(root)
        package.warnings.append("Strict OOXML: read by mapping its namespaces to transitional")
    if root.tag != w("document"):
        raise NotADocument(name, f"main part {package.main_name!r} is a "
                                 f"<{etree.QName(root).localname}>, not a Word document")
    return root


def load_styles(package: DocxPackage) -> StyleSheet:
    """The style sheet; a damaged styles part costs formatting, not the text."""
    if package.styles_xml is None:
        return StyleSheet(None)
    try:
        root = parse_xml(package.styles_xml)
    except etree.XMLSyntaxError as exc:
        package.warnings.append(f"styles part is not well-formed XML and was ignored ({exc})")
        return StyleSheet(None)
    if is_strict(root):
        to_transitional(root)
    return StyleSheet(root)


def load_numbering(package: DocxPackage) -> Numbering:
    """List definitions; a damaged numbering part costs the list labels, not the text."""
    if package.numbering_xml is None:
        return Numbering()
    try:
        root = parse_xml(package.numbering_xml)
    except etree.XMLSyntaxError as exc:
        package.warnings.append(f"numbering part is not well-formed XML and was ignored ({exc})")
        return Numbering()
    if is_strict(root):
        to_transitional(root)
    return Numbering.from_xml(root)


def note_document_facts(root: etree._Element, ctx: WalkContext) -> None:
    if root.getroottree().docinfo.doctype:
        ctx.note("the main part declares a DOCTYPE: its entities were not expanded")
    if next(root.iter(*(w(t) for t in TRACKED)), None) is not None:
        ctx.note("tracked changes present: insertions included, deletions excluded")
    if len(root.findall(w("body"))) > 1:
        ctx.note("the main part has several w:body elements: all were read")


def walk_body(container: etree._Element, ctx: WalkContext) -> None:
    """Paragraphs -> TextBlocks and tables -> RawTables, one reading order."""
    for item in block_items(container, ctx):
        if item.tag == w("tbl"):
            walk_table(item, ctx)
            continue
        content = paragraph_content(item, ctx)
        if has_text(content):
            ctx.blocks.append(text_block(item, content, ctx.next_order(), ctx))
        for box in content.textboxes:
            walk_body(box, ctx)
