"""Glyphs and paths read with PDFium (pypdfium2), as the pdfplumber page the PDF code expects.

pdfplumber builds every glyph through pdfminer's Python interpreter and then
copies each into a dict: most of a page's reading time.  PDFium reads the
same content stream in C.  ``PdfiumPage`` offers the few parts of
pdfplumber's Page API that extractors/pdf/ uses (``chars``, ``rects``,
``lines``, ``curve_edges``, ``images``, ``objects``, ``find_tables``,
``extract_words``), filled from PDFium, with pdfplumber's keys and
coordinates (extractors/pdf/pdfium_geometry.py), so table finding, cells,
spans, fills and text blocks run unchanged on either source.

A glyph's box is PDFium's *loose* box (advance width by the font's ascent to
descent, one font size tall), pdfminer's notion of a glyph box, not the tight
ink box of ``FPDFText_GetCharBox`` (extractors/pdf/pdfium_glyphs.py).
Characters PDFium generates itself (spaces and line breaks it infers) are left
out: pdfminer reports only glyphs the file draws; the drawn spaces PDFium's
text page drops or replaces by its own are put back (pdfium_spaces.py).
Colours are PDFium's RGB of the drawn colour, in 0..1.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils import curve_to_edges, extract_words

from extractors.pdf.pdfium_geometry import PageFrame
from extractors.pdf.pdfium_glyphs import (
    IS_GENERATED,
    LOOSE_BOX,
    TEXT_OBJECT,
    FontFacts,
    GlyphBoxes,
    TextObjectInfo,
    text_object_info,
)
from extractors.pdf.pdfium_paths import ObjectReader, PageObjects, page_objects
from extractors.pdf.pdfium_spaces import DroppedSpaces, blank_object_spaces

GENERATED = 1  # FPDFText_IsGenerated: a space or line break PDFium inferred
# the only characters PDFium generates (so the others need not be asked about)
MAYBE_GENERATED = frozenset(" \r\n")


@dataclass
class PdfiumPage:
    """The parts of pdfplumber's Page API the PDF extractor uses, filled from PDFium."""

    page_number: int
    width: float
    height: float
    chars: list[dict[str, Any]]
    drawn: PageObjects
    bbox: tuple[float, float, float, float]
    curve_edges: list[dict[str, Any]] = field(default_factory=list)
    plumber: Any = None  # the pdfplumber page, for rendering a scanned page to OCR

    @property
    def rects(self) -> list[dict[str, Any]]:
        return self.drawn.rects

    @property
    def lines(self) -> list[dict[str, Any]]:
        return self.drawn.lines

    @property
    def curves(self) -> list[dict[str, Any]]:
        return self.drawn.curves

    @property
    def images(self) -> list[dict[str, Any]]:
        return self.drawn.images

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return {"char": self.chars, "line": self.lines, "rect": self.rects,
                "curve": self.curves, "image": self.images}

    @property
    def edges(self) -> list[dict[str, Any]]:
        return []  # only the "explicit" strategy is used, which never reads page edges

    def find_tables(self, table_settings: dict[str, Any]) -> list[Any]:
        return TableFinder(self, TableSettings.resolve(table_settings)).tables  # type: ignore[arg-type]

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        return extract_words(self.chars, **kwargs)

    def to_image(self, **kwargs: Any) -> Any:
        if self.plumber is None:
            raise ValueError("no page to render")
        return self.plumber.to_image(**kwargs)

    def close(self) -> None:
        self.chars = []
        self.drawn = PageObjects()
        self.curve_edges = []
        if self.plumber is not None:
            self.plumber.close()


@contextmanager
def open_document(path: Path) -> Iterator[Any]:
    """The PDF opened by PDFium (the empty user password tried, as pdfminer does)."""
    document = pypdfium2.PdfDocument(str(path), password="")
    try:
        yield document
    finally:
        document.close()


def page_frame(page: Any) -> PageFrame:
    mediabox = page.get_mediabox(fallback_ok=True)
    return PageFrame.of(tuple(mediabox), int(page.get_rotation()))


def read_page(document: Any, index: int, plumber: Any = None) -> PdfiumPage:
    """Page ``index`` (from 0) read whole; PDFium's page is closed before returning."""
    page = document[index]
    try:
        frame = page_frame(page)
        drawn = page_objects(page.raw, frame)
        textpage = page.get_textpage()
        try:
            chars = page_chars(textpage.raw, frame, index + 1, drawn)
        finally:
            textpage.close()
            drawn.blank_text = []  # PDFium's objects, closed with the page
    finally:
        page.close()
    edges = [e for curve in drawn.curves for e in curve_to_edges(curve)]
    return PdfiumPage(index + 1, frame.width, frame.height, chars, drawn,
                      (frame.x_offset, frame.top_offset, frame.x_offset + frame.width,
                       frame.top_offset + frame.height), edges, plumber)


def all_text(textpage: Any, count: int) -> str | None:
    """The page's characters in one call, one per index (None if that does not hold)."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    raw = bytes(memoryview(buffer).cast("B"))[: max(0, written - 1) * 2]
    text = raw.decode("utf-16-le", errors="surrogatepass")
    return text if len(text) == count else None


# PDFium marks a hyphen that ends a line (where it guesses a word was broken) as U+FFFE
# in the page's text and U+0002 as the character's own code; the file drew a hyphen there.
# U+FFFE also stands in the text for a glyph mapped to U+0000 (the character's own code,
# as pdfminer reports it): FPDFText_IsHyphen tells the two apart
LINE_END_MARKS = ("\ufffe", "\x02")


def char_text(textpage: Any, index: int) -> str:
    return chr(pdfium_c.FPDFText_GetUnicode(textpage, index) or 0xFFFD)


def page_text(textpage: Any, count: int) -> str:
    """The page's characters, one per index (asked one by one if the whole fails)."""
    text = all_text(textpage, count) if count > 0 else ""
    if text is None:
        text = "".join(char_text(textpage, i) for i in range(count))
    return text


# glyphs that need more than their box: maybe generated, or a line-end mark
SPECIAL = MAYBE_GENERATED | frozenset(LINE_END_MARKS)


def page_chars(textpage: Any, frame: PageFrame, page_number: int,
               drawn: PageObjects | None = None) -> list[dict[str, Any]]:
    """The page's glyphs as pdfplumber char dicts, in PDFium's reading of the stream order,
    with the space glyphs PDFium's text page dropped put back (pdfium_spaces.py), those
    of the text objects it skipped (``drawn.blank_text``) last."""
    glyphs = PageGlyphs(textpage, frame, page_number)
    chars = glyphs.read()
    if drawn is not None and drawn.blank_text:
        chars.extend(blank_object_spaces(drawn.blank_text, glyphs.boxes, frame, glyphs.fonts,
                                         glyphs.objects))
    return chars


class PageGlyphs:
    """One text page's glyphs read into char dicts.

    ``read`` runs for every glyph, so the usual glyph (of text written across the
    page, not a space or line-end mark) is done inline there with local names;
    any other goes to ``other``, the general path."""

    def __init__(self, textpage: Any, frame: PageFrame, page_number: int) -> None:
        self.textpage = textpage
        self.frame = frame
        self.count = max(0, pdfium_c.FPDFText_CountChars(textpage))
        self.text = page_text(textpage, self.count)
        self.infos: dict[int, TextObjectInfo] = {}
        self.fonts: dict[int, FontFacts] = {}
        self.boxes = GlyphBoxes(textpage, frame, page_number)
        self.dropped = DroppedSpaces(textpage, self.count)
        self.objects = ObjectReader()
        self.chars: list[dict[str, Any]] = []

    def info(self, key: int, index: int) -> TextObjectInfo:
        """The text object at address ``key`` (glyph ``index``'s), read once."""
        info = self.infos.get(key)
        if info is None:
            info = self.infos[key] = text_object_info(self.boxes.textpage, index, key,
                                                      self.frame, self.fonts, self.objects)
        return info

    def read(self) -> list[dict[str, Any]]:
        boxes, append = self.boxes, self.chars.append
        raw, rect_ref, read_rect = boxes.textpage, boxes.rect_ref, boxes.read_rect
        text_object, loose_box, special = TEXT_OBJECT, LOOSE_BOX, SPECIAL  # local: faster
        a, b, c, d, e, _ = self.frame.ctm
        x_offset = self.frame.x_offset
        object_key, across = 0, False
        info: Any = None
        up_key: Any = None
        template: dict[str, Any] = {}
        for i, glyph in enumerate(self.text):
            key = text_object(raw, i)
            if not key:  # a line break or space PDFium put between text objects
                continue
            if key != object_key:
                object_key, info = key, self.info(key, i)
                across, up_key, template = info.up_axis == 1, info.up_key, info.template
            if not across or glyph in special and (
                    glyph in LINE_END_MARKS or IS_GENERATED(raw, i) == GENERATED):
                self.other(i, key, glyph, info)
                object_key = 0  # it may have moved the object's baseline: look again
                continue
            if not loose_box(raw, i, rect_ref):
                continue
            left, top, right, bottom = read_rect()
            # GlyphBoxes.glyph for text written across the page, inline
            baseline = (b * left + d * bottom, b * right + d * top)
            if baseline != up_key:
                boxes.new_baseline(i, info, baseline)
                up_key, template = info.up_key, info.template
            low, high = a * left + c * bottom + e, a * right + c * top + e
            if low > high:
                low, high = high, low
            char = template.copy()
            char["text"] = glyph
            char["x0"] = low + x_offset
            char["x1"] = high + x_offset
            char["width"] = high - low
            append(char)
        return self.chars

    def other(self, index: int, key: int, glyph: str, info: TextObjectInfo) -> None:
        """Any glyph but the usual: maybe generated, a line-end mark, or text not written
        across the page."""
        textpage, boxes, dropped = self.textpage, self.boxes, self.dropped
        if glyph in MAYBE_GENERATED and IS_GENERATED(boxes.textpage, index) == GENERATED:
            origin = dropped.merged(index, key, glyph)
            if origin is not None:
                obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
                self.chars.append(boxes.space(origin, dropped.advance(obj, key), info))
            return
        if glyph in LINE_END_MARKS:
            line_end_hyphen(textpage, index, key, info, boxes, dropped, self.chars)
            return
        char = boxes.glyph(index, glyph, info)
        if char is not None:
            self.chars.append(char)


def line_end_hyphen(textpage: Any, index: int, key: int, info: TextObjectInfo,
                    boxes: GlyphBoxes, dropped: DroppedSpaces,
                    chars: list[dict[str, Any]]) -> None:
    """A glyph PDFium marks U+FFFE: a hyphen it took for a broken word's (then with the
    spaces drawn after it, which it deleted), or a glyph mapped to U+0000."""
    hyphen = bool(pdfium_c.FPDFText_IsHyphen(textpage, index))
    char = boxes.glyph(index, "-" if hyphen else chr(pdfium_c.FPDFText_GetUnicode(textpage, index)),
                       info)
    if char is None:
        return
    chars.append(char)
    obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
    origin = dropped.after_hyphen(index, obj, key) if hyphen else None
    if origin is not None:
        chars.append(boxes.space(origin, dropped.advance(obj, key), info))
