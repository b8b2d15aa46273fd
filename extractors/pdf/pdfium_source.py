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
ink box of ``FPDFText_GetCharBox``.  Characters PDFium generates itself
(spaces and line breaks it infers) are left out: pdfminer reports only glyphs
the file draws.  Colours are PDFium's RGB of the drawn colour, in 0..1.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils import curve_to_edges, extract_words

from extractors.pdf.pdfium_geometry import PageFrame, Point, multiply
from extractors.pdf.pdfium_paths import PageObjects, colour, object_matrix, page_objects
from extractors.pdf.pdfium_spaces import DroppedSpaces

FONT_NAME_BYTES = 256
GENERATED = 1  # FPDFText_IsGenerated: a space or line break PDFium inferred


@dataclass
class TextObjectInfo:
    """What all glyphs of one text object (one ``Tj``/``TJ``) share."""

    fontname: str
    upright: bool
    fill: tuple[float, ...] | None
    stroke: tuple[float, ...] | None
    size: float      # the font size times the text matrix's vertical scale (pdfminer's size)
    descent: float   # below the baseline, in font sizes (negative, as pdfminer forces)
    up_axis: int | None  # the page axis (0 = x, 1 = y) the glyph's up runs along, if any
    up_sign: float       # +1 or -1: up along that axis or against it


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
            chars = page_chars(textpage.raw, frame, index + 1)
        finally:
            textpage.close()
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


def char_text(textpage: Any, index: int, text: str | None) -> str:
    return text[index] if text is not None else chr(
        pdfium_c.FPDFText_GetUnicode(textpage, index) or 0xFFFD)


def text_object_info(textpage: Any, index: int, obj: Any, frame: PageFrame) -> TextObjectInfo:
    name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    size = pdfium_c.FPDFText_GetFontInfo(textpage, index, name, FONT_NAME_BYTES,
                                         ctypes.byref(flags))
    fontname = name.value.decode("utf-8", "replace") if size else ""
    a, b, c, d, _, _ = multiply(object_matrix(obj), frame.ctm)
    # pdfminer's LTChar.upright, on the glyph's matrix in the page's displayed orientation
    upright = a * d > 0 and b * c <= 0
    size = pdfium_c.FPDFText_GetFontSize(textpage, index) * math.hypot(c, d)
    descent = ctypes.c_float()
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    if not font or not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1.0),
                                                     ctypes.byref(descent)):
        descent.value = 0.0
    return TextObjectInfo(fontname, upright, colour(pdfium_c.FPDFPageObj_GetFillColor, obj),
                          colour(pdfium_c.FPDFPageObj_GetStrokeColor, obj), size,
                          -abs(descent.value), *up_direction(a, b, c, d))


def up_direction(a: float, b: float, c: float, d: float) -> tuple[int | None, float]:
    """Which page axis a glyph's up (its matrix's second row) runs along, and which way;
    (None, 1) for text set at an angle."""
    if b == 0 and c == 0 and d != 0:
        return 1, math.copysign(1.0, d)
    if a == 0 and d == 0 and c != 0:
        return 0, math.copysign(1.0, c)
    return None, 1.0


class GlyphBoxes:
    """pdfminer's glyph box: the advance width across (PDFium's loose box), and from the
    font's descent to one font size above it, up the glyph (PDFium's loose box is
    scaled from the font's ascent and descent instead, and is shorter for some fonts).

    Called for every glyph, so the C buffers are made once and the arithmetic is inline.
    """

    def __init__(self, textpage: Any, frame: PageFrame) -> None:
        self.textpage = textpage
        self.frame = frame
        self.rect = pdfium_c.FS_RECTF()
        self.rect_ref = ctypes.byref(self.rect)
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.x_ref, self.y_ref = ctypes.byref(self.x), ctypes.byref(self.y)

    def __call__(self, index: int, info: TextObjectInfo) -> dict[str, float] | None:
        if not pdfium_c.FPDFText_GetLooseCharBox(self.textpage, index, self.rect_ref):
            return None
        rect = self.rect
        if info.up_axis is None:  # text at an angle: PDFium's loose box as it is
            return self.frame.box(((rect.left, rect.bottom), (rect.right, rect.top)))
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, index, self.x_ref, self.y_ref)
        return self.place((rect.left, rect.bottom, rect.right, rect.top),
                          (self.x.value, self.y.value), info)

    def space(self, origin: Point, advance: Point, info: TextObjectInfo) -> dict[str, float]:
        """The box of a space glyph drawn at ``origin`` (user space) that PDFium left out."""
        ox, oy = origin
        ex, ey = ox + advance[0], oy + advance[1]
        if info.up_axis is None:
            return self.frame.box(((ox, oy), (ex, ey)))
        return self.place((min(ox, ex), min(oy, ey), max(ox, ex), max(oy, ey)), origin, info)

    def place(self, rect: tuple[float, float, float, float], origin: Point,
              info: TextObjectInfo) -> dict[str, float]:
        """pdfminer's box from a loose box (left, bottom, right, top) and the origin."""
        left, bottom, right, top = rect
        frame = self.frame
        a, b, c, d, e, f = frame.ctm
        axis = info.up_axis
        ox, oy = origin
        base = a * ox + c * oy + e if axis == 0 else b * ox + d * oy + f
        up = info.up_sign * info.size
        start = base + info.descent * up
        along = (start, start + up)
        if axis == 1:
            return frame.miner_box((a * left + c * bottom + e, a * right + c * top + e), along)
        across = (b * left + d * bottom + f, b * right + d * top + f)
        return frame.miner_box(along, across)


def page_chars(textpage: Any, frame: PageFrame, page_number: int) -> list[dict[str, Any]]:
    """The page's glyphs as pdfplumber char dicts, in PDFium's reading of the stream order,
    with the space glyphs PDFium's text page dropped put back (pdfium_spaces.py)."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    text = all_text(textpage, count) if count > 0 else None
    infos: dict[int | None, TextObjectInfo] = {}
    boxes = GlyphBoxes(textpage, frame)
    dropped = DroppedSpaces(textpage, count)
    is_generated, text_object = pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_GetTextObject
    address = ctypes.c_void_p.from_buffer
    chars: list[dict[str, Any]] = []
    for i in range(max(0, count)):
        obj = text_object(textpage, i)
        if not obj:  # a line break or space PDFium put between text objects
            continue
        key = address(obj).value
        info = infos.get(key)
        if info is None:
            info = infos[key] = text_object_info(textpage, i, obj, frame)
        glyph = char_text(textpage, i, text)
        if is_generated(textpage, i) == GENERATED:
            origin = dropped.merged(i, key, glyph)
            if origin is not None:
                chars.append(char_dict(" ", boxes.space(origin, dropped.advance(obj, key), info),
                                       info, page_number))
            continue
        box = boxes(i, info)
        if box is None:
            continue
        hyphen = False
        if glyph in LINE_END_MARKS:
            hyphen = bool(pdfium_c.FPDFText_IsHyphen(textpage, i))
            glyph = "-" if hyphen else chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
        chars.append(char_dict(glyph, box, info, page_number))
        origin = dropped.after_hyphen(i, obj, key) if hyphen else None
        if origin is not None:
            chars.append(char_dict(" ", boxes.space(origin, dropped.advance(obj, key), info),
                                   info, page_number))
    return chars


def char_dict(glyph: str, box: dict[str, float], info: TextObjectInfo,
              page_number: int) -> dict[str, Any]:
    return {"object_type": "char", "page_number": page_number, "text": glyph,
            "fontname": info.fontname,
            # pdfminer's size is its box's height (for fonts written across)
            "size": info.size if info.up_axis == 1 else box["height"],
            "upright": info.upright, "non_stroking_color": info.fill,
            "stroking_color": info.stroke, **box}
