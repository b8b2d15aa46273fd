"""One glyph of PDFium's text page as a pdfplumber char dict (pdfium_source.page_chars).

A glyph's box is PDFium's *loose* box across (its advance width) and, up the
glyph, pdfminer's: from the font's descent to one font size above it (PDFium's
loose box is scaled from the font's ascent and descent instead, and is shorter
for some fonts).  This runs for every glyph (741k on a 297-page plan), so the
C calls are few and bound once: the functions called per glyph are bound again
with plain C types (pypdfium2's own bindings wrap each returned pointer in an
object and convert each typed argument, which costs more than the call), and
a glyph's extent up the page, which needs its origin, is computed once per run
of glyphs on the same baseline, with the char dict they share, which each
glyph copies and completes.
"""

from __future__ import annotations

import ctypes
import math
import struct
from dataclasses import dataclass
from functools import partial
from typing import Any

import pypdfium2.raw as pdfium_c

from extractors.pdf.pdfium_geometry import PageFrame, Point, multiply
from extractors.pdf.pdfium_paths import INT, VOID_P, ObjectReader, c_function

FONT_NAME_BYTES = 256


@dataclass(slots=True)
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
    # the last glyph's loose box up the page, and its pdfminer extent there (low, high):
    # glyphs on one baseline share both, so the origin is read once for them
    up_key: tuple[float, float] | None = None
    up_extent: tuple[float, float] = (0.0, 0.0)
    # for text written across the page: the char dict of a glyph on that baseline, all
    # but its text and extent across, which each glyph's copy fills in
    template: dict[str, Any] | None = None


FontFacts = tuple[str, float]  # (name, descent in font sizes, negative)


def text_object_info(textpage: Any, index: int, obj: int, frame: PageFrame,
                     fonts: dict[int, FontFacts], reader: ObjectReader) -> TextObjectInfo:
    """What glyph ``index``'s text object (at address ``obj``) gives all its glyphs;
    ``fonts`` keeps each font's name and descent, asked of PDFium once a page (a page
    has a few fonts and hundreds of text objects)."""
    font = TEXT_FONT(obj)
    known = fonts.get(font) if font else None
    if known is None:
        known = font_facts(textpage, index, font)
        if font:
            fonts[font] = known
    fontname, descent = known
    a, b, c, d, _, _ = multiply(reader.matrix(obj), frame.ctm)
    # pdfminer's LTChar.upright, on the glyph's matrix in the page's displayed orientation
    upright = a * d > 0 and b * c <= 0
    size = FONT_SIZE(textpage, index) * math.hypot(c, d)
    return TextObjectInfo(fontname, upright, reader.fill(obj), reader.stroke(obj), size,
                          descent, *up_direction(a, b, c, d))


def font_facts(textpage: int, index: int, font: int | None) -> FontFacts:
    """The name of glyph ``index``'s font (at address ``font``), and the font's descent
    (0 when unknown)."""
    name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    size = FONT_INFO(textpage, index, name, FONT_NAME_BYTES, ctypes.byref(flags))
    fontname = name.value.decode("utf-8", "replace") if size else ""
    descent = ctypes.c_float()
    if not font or not FONT_DESCENT(font, 1.0, ctypes.byref(descent)):
        descent.value = 0.0
    return fontname, -abs(descent.value)


def up_direction(a: float, b: float, c: float, d: float) -> tuple[int | None, float]:
    """Which page axis a glyph's up (its matrix's second row) runs along, and which way;
    (None, 1) for text set at an angle."""
    if b == 0 and c == 0 and d != 0:
        return 1, math.copysign(1.0, d)
    if a == 0 and d == 0 and c != 0:
        return 0, math.copysign(1.0, c)
    return None, 1.0


TEXT_OBJECT = c_function(pdfium_c.FPDFText_GetTextObject, VOID_P, VOID_P, INT)
IS_GENERATED = c_function(pdfium_c.FPDFText_IsGenerated, INT, VOID_P, INT)
LOOSE_BOX = c_function(pdfium_c.FPDFText_GetLooseCharBox, INT, VOID_P, INT, VOID_P)
ORIGIN = c_function(pdfium_c.FPDFText_GetCharOrigin, INT, VOID_P, INT, VOID_P, VOID_P)
TEXT_FONT = c_function(pdfium_c.FPDFTextObj_GetFont, VOID_P, VOID_P)
FONT_SIZE = c_function(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, VOID_P, INT)
FONT_INFO = c_function(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong, VOID_P, INT, VOID_P,
                       ctypes.c_ulong, VOID_P)
FONT_DESCENT = c_function(pdfium_c.FPDFFont_GetDescent, INT, VOID_P, ctypes.c_float, VOID_P)
RECT_FIELDS = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom


class GlyphBoxes:
    """Char dicts for the glyphs of one text page; the C buffers are made once."""

    def __init__(self, textpage: Any, frame: PageFrame, page_number: int) -> None:
        self.textpage = ctypes.cast(textpage, ctypes.c_void_p).value
        self.frame = frame
        self.page_number = page_number
        self.x_offset = frame.x_offset
        self.rect = pdfium_c.FS_RECTF()
        self.rect_ref = ctypes.addressof(self.rect)
        # the box's (left, top, right, bottom) in one call, not four field reads
        self.read_rect = partial(RECT_FIELDS.unpack_from, memoryview(self.rect).cast("B"))
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.x_ref, self.y_ref = ctypes.addressof(self.x), ctypes.addressof(self.y)

    def glyph(self, index: int, text: str, info: TextObjectInfo) -> dict[str, Any] | None:
        """Glyph ``index``'s char dict; None when PDFium has no box for it."""
        if not LOOSE_BOX(self.textpage, index, self.rect_ref):
            return None
        left, top, right, bottom = self.read_rect()
        axis = info.up_axis
        if axis is None:  # text at an angle: PDFium's loose box as it is
            return char_dict(text, self.frame.box(((left, bottom), (right, top))), info,
                             self.page_number)
        a, b, c, d, e, f = self.frame.ctm
        if axis == 1:
            key = (b * left + d * bottom, b * right + d * top)
            low, high = a * left + c * bottom + e, a * right + c * top + e
        else:
            key = (a * left + c * bottom, a * right + c * top)
            low, high = b * left + d * bottom + f, b * right + d * top + f
        if key != info.up_key:
            self.new_baseline(index, info, key)
        if low > high:
            low, high = high, low
        if axis == 1 and info.template is not None:
            char = info.template.copy()
            char["text"] = text
            char["x0"] = low + self.x_offset
            char["x1"] = high + self.x_offset
            char["width"] = high - low
            return char
        return self.char(text, info, *info.up_extent, low, high)

    def new_baseline(self, index: int, info: TextObjectInfo, key: tuple[float, float]) -> None:
        """Glyph ``index`` starts a new baseline of its text object (``key``, its loose
        box up the page): its extent up the page, from its origin, and its template."""
        ORIGIN(self.textpage, index, self.x_ref, self.y_ref)
        info.up_key = key
        info.up_extent = up_extent((self.x.value, self.y.value), info, self.frame)
        info.template = self.char("", info, 0.0, 0.0, *info.up_extent)

    def space(self, origin: Point, advance: Point, info: TextObjectInfo) -> dict[str, Any]:
        """The char dict of a space glyph drawn at ``origin`` (user space) that PDFium's
        text page left out, ``advance`` wide (a user-space vector)."""
        ox, oy = origin
        ex, ey = ox + advance[0], oy + advance[1]
        frame = self.frame
        if info.up_axis is None:
            return char_dict(" ", frame.box(((ox, oy), (ex, ey))), info, self.page_number)
        a, b, c, d, e, f = frame.ctm
        across = ((a * ox + c * oy + e, a * ex + c * ey + e) if info.up_axis == 1
                  else (b * ox + d * oy + f, b * ex + d * ey + f))
        low, high = min(across), max(across)
        up_low, up_high = up_extent(origin, info, frame)
        if info.up_axis == 1:
            return self.char(" ", info, low, high, up_low, up_high)
        return self.char(" ", info, up_low, up_high, low, high)

    def char(self, text: str, info: TextObjectInfo, x0: float, x1: float, y0: float,
             y1: float) -> dict[str, Any]:
        """pdfplumber's char dict from a box in pdfminer's space."""
        frame = self.frame
        top = frame.height - y1 + frame.top_offset
        return {"object_type": "char", "page_number": self.page_number, "text": text,
                "fontname": info.fontname,
                # pdfminer's size is its box's height (for fonts written across)
                "size": info.size if info.up_axis == 1 else y1 - y0,
                "upright": info.upright, "non_stroking_color": info.fill,
                "stroking_color": info.stroke, "x0": x0 + frame.x_offset,
                "x1": x1 + frame.x_offset, "y0": y0, "y1": y1, "top": top,
                "bottom": frame.height - y0 + frame.top_offset, "doctop": top,
                "width": x1 - x0, "height": y1 - y0}


def up_extent(origin: Point, info: TextObjectInfo, frame: PageFrame) -> tuple[float, float]:
    """pdfminer's extent of a glyph up the page axis ``info.up_axis``: from the font's
    descent below the baseline through ``origin`` to one font size above that."""
    a, b, c, d, e, f = frame.ctm
    ox, oy = origin
    base = a * ox + c * oy + e if info.up_axis == 0 else b * ox + d * oy + f
    up = info.up_sign * info.size
    start = base + info.descent * up
    return min(start, start + up), max(start, start + up)


def char_dict(text: str, box: dict[str, float], info: TextObjectInfo,
              page_number: int) -> dict[str, Any]:
    return {"object_type": "char", "page_number": page_number, "text": text,
            "fontname": info.fontname, "size": info.size if info.up_axis == 1 else box["height"],
            "upright": info.upright, "non_stroking_color": info.fill,
            "stroking_color": info.stroke, **box}
