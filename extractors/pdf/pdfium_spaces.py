"""Space glyphs the file draws that PDFium's text page leaves out, put back.

pdfminer reports every glyph the content stream draws; PDFium's text page
edits its list while inferring words and lines (core/fpdftext/cpdf_textpage):

* Where glyphs stand further apart than the font's space (letter-spaced or
  kerned text) it inserts a space of its own, marked generated, at the next
  glyph's origin.  When that next glyph is a drawn space, the two spaces
  are then collapsed into one and the generated one is kept: the drawn
  space is gone.
* When a line ends in a hyphen after a letter and the next line starts with
  a letter or digit, it takes the hyphen for a word broken across lines and
  deletes the spaces drawn after it on that line.
* A text object whose bounds are a point (it draws only blank glyphs, say a
  lone space between two words or at a line's end) is skipped whole.

The table code reads them (the space at a line's end decides whether a
wrapped line joins with a space, and a "31-May- " / "2011" date keeps its
space), so each is recovered from what PDFium still tells: a generated
space whose own text object draws no glyph at its origin stands for a
drawn one, and a text object that reaches past its last kept glyph, a
hyphen, drew more after it, and a skipped object (found among the page's
objects, ObjectReader.draws_nothing) drew a space at its origin.  The
recovered space is the font's space glyph at that origin, as pdfminer would
report it.
"""

from __future__ import annotations

import ctypes
import math
from typing import Any

import pypdfium2.raw as pdfium_c

from extractors.pdf.pdfium_geometry import Matrix, PageFrame, multiply
from extractors.pdf.pdfium_glyphs import FontFacts, GlyphBoxes, TextObjectInfo, up_direction
from extractors.pdf.pdfium_paths import ObjectReader

# a font that maps no character code to U+0020: a quarter of an em, a usual
# space width, stands in for its space glyph's advance
FALLBACK_SPACE_EM = 0.25
# PDFium computes a generated space's origin and the next glyph's the same way,
# so the two agree to float rounding when they mark the same place
SAME_ORIGIN = 1e-3
# a text object's bounds and its glyphs' boxes come from the same font boxes:
# a reach beyond the hyphen's box by more than rounding is a further glyph
FURTHER = 1e-2
SPACE = 0x20
STROKE_MODES = {pdfium_c.FPDF_TEXTRENDERMODE_STROKE, pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE,
                pdfium_c.FPDF_TEXTRENDERMODE_STROKE_CLIP,
                pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE_CLIP}


class DroppedSpaces:
    """Finds, for one text page, where a drawn space was left out; gives its origin
    (user space) and advance (a user-space vector), for GlyphBoxes to turn into a box."""

    def __init__(self, textpage: Any, count: int) -> None:
        self.textpage = textpage
        self.count = count
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.advances: dict[int, tuple[float, float]] = {}

    def origin(self, index: int) -> tuple[float, float]:
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, index, ctypes.byref(self.x),
                                        ctypes.byref(self.y))
        return self.x.value, self.y.value

    def merged(self, index: int, key: int, text: str) -> tuple[float, float] | None:
        """The origin of a drawn space that the generated space ``index`` (of the text
        object at address ``key``) replaced; None when the glyph the generated space
        was put before is still there (a gap in the text, nothing drawn)."""
        if text != " ":
            return None
        here = self.origin(index)
        after = index + 1
        if after < self.count and pdfium_c.FPDFText_IsGenerated(self.textpage, after) != 1:
            obj = pdfium_c.FPDFText_GetTextObject(self.textpage, after)
            if obj and ctypes.c_void_p.from_buffer(obj).value == key:
                there = self.origin(after)
                if abs(there[0] - here[0]) < SAME_ORIGIN and abs(there[1] - here[1]) < SAME_ORIGIN:
                    return None
        return here

    def after_hyphen(self, index: int, obj: Any, key: int) -> tuple[float, float] | None:
        """The origin of the last glyph a text object draws after its line-ending
        hyphen ``index`` (PDFium deletes only spaces there); None when it draws none."""
        after = index + 1
        if after < self.count:
            following = pdfium_c.FPDFText_GetTextObject(self.textpage, after)
            if following and ctypes.c_void_p.from_buffer(following).value == key:
                return None  # the hyphen is not its object's last glyph kept
        if pdfium_c.FPDFTextObj_GetTextRenderMode(obj) in STROKE_MODES:
            return None  # a stroked object's bounds grow by half the line width
        ux, uy = unit(self.advance(obj, key))
        reach = max(ux * x + uy * y for x, y in object_corners(obj))
        ink = max(ux * x + uy * y for x, y in char_corners(self.textpage, index))
        if reach - ink <= FURTHER:
            return None
        ox, oy = self.origin(index)
        # the object's bounds end at the origin of its last glyph, a space (an empty box)
        step = reach - (ux * ox + uy * oy)
        return ox + ux * step, oy + uy * step

    def advance(self, obj: Any, key: int) -> tuple[float, float]:
        """The text object's space glyph advance, as a user-space vector."""
        found = self.advances.get(key)
        if found is None:
            found = self.advances[key] = space_advance(obj)
        return found


def space_advance(obj: Any) -> tuple[float, float]:
    size, width = ctypes.c_float(), ctypes.c_float()
    if not pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)):
        size.value = 1.0
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    if not font or not pdfium_c.FPDFFont_GetGlyphWidth(font, SPACE, size.value,
                                                        ctypes.byref(width)):
        width.value = FALLBACK_SPACE_EM * size.value
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return width.value, 0.0
    return width.value * m.a, width.value * m.b


def unit(vector: tuple[float, float]) -> tuple[float, float]:
    length = (vector[0] ** 2 + vector[1] ** 2) ** 0.5 or 1.0
    return vector[0] / length, vector[1] / length


def object_corners(obj: Any) -> list[tuple[float, float]]:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top)))
    return corners(left.value, bottom.value, right.value, top.value)


def char_corners(textpage: Any, index: int) -> list[tuple[float, float]]:
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    pdfium_c.FPDFText_GetCharBox(textpage, index,
                                 *(ctypes.byref(v) for v in (left, right, bottom, top)))
    return corners(left.value, bottom.value, right.value, top.value)


def corners(left: float, bottom: float, right: float, top: float) -> list[tuple[float, float]]:
    return [(left, bottom), (left, top), (right, bottom), (right, top)]


def blank_object_spaces(blank_text: list[tuple[Any, Matrix]], boxes: GlyphBoxes,
                        frame: PageFrame, fonts: dict[int, FontFacts],
                        reader: ObjectReader) -> list[dict[str, Any]]:
    """The space glyph of each text object that draws only blank glyphs (its bounds a
    point), which PDFium's text page skips: one space at the object's origin."""
    chars = []
    for obj, to_user in blank_text:
        matrix = multiply(reader.matrix(obj), to_user)
        info = blank_object_info(obj, matrix, frame, fonts, reader)
        origin = (matrix[4], matrix[5])
        width, _ = space_advance(obj)
        advance = (width * matrix[0], width * matrix[1])
        chars.append(boxes.space(origin, advance, info))
    return chars


def blank_object_info(obj: Any, matrix: Matrix, frame: PageFrame, fonts: dict[int, FontFacts],
                      reader: ObjectReader) -> TextObjectInfo:
    """What ``text_object_info`` tells of a text object, asked of the object itself (the
    text page, which has none of its glyphs, cannot be asked)."""
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    key = ctypes.c_void_p.from_buffer(font).value if font else None
    known = fonts.get(key) if key else None
    if known is None:
        known = (base_font_name(font), font_descent(font))
    fontname, descent = known
    a, b, c, d, _, _ = multiply(matrix, frame.ctm)
    size = ctypes.c_float()
    if not pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)):
        size.value = 1.0
    return TextObjectInfo(fontname, a * d > 0 and b * c <= 0, reader.fill(obj),
                          reader.stroke(obj), size.value * math.hypot(c, d), descent,
                          *up_direction(a, b, c, d))


def base_font_name(font: Any) -> str:
    """The font's PostScript name without a subset tag ("ABCDEF+"), as the text page
    names it."""
    if not font:
        return ""
    length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(max(1, length))
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, length)
    name = buffer.value.decode("utf-8", "replace")
    tag, plus, rest = name.partition("+")
    return rest if plus and len(tag) == SUBSET_TAG and tag.isupper() else name


def font_descent(font: Any) -> float:
    descent = ctypes.c_float()
    if not font or not pdfium_c.FPDFFont_GetDescent(font, 1.0, ctypes.byref(descent)):
        return 0.0
    return -abs(descent.value)


SUBSET_TAG = 6
