"""Vector paths read by PDFium, classed as pdfminer classes them: line, rect or curve.

A PDFium path object is one painted path (``f``, ``S``, ``B`` …) and may hold
several subpaths.  pdfminer (``PDFLayoutAnalyzer.paint_path``) splits a path
at each ``m`` and classes every subpath on its own: ``ml``/``mlh`` is a line,
a closed axis-aligned ``mlllh``/``mllll`` a rect, anything else a curve whose
points are the segments' end points.  The same rules are applied here to the
segments PDFium reports, after its own normalisation (PDFium closes a path
with an explicit line back to the start, which pdfminer's "redundant ``l``
before ``h``" rule then removes again), so both sources give the same objects.

Points come in the path's own space: the object's matrix (and, inside a Form
XObject, the form's) is applied here, since PDFium leaves that to the caller.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_c

from extractors.pdf.pdfium_geometry import IDENTITY, Matrix, PageFrame, Point, apply, multiply

Segment = tuple[str, Point]  # ("m" | "l" | "c" | "h", end point in pdfminer's space)

SEGMENT_OPS = {pdfium_c.FPDF_SEGMENT_MOVETO: "m", pdfium_c.FPDF_SEGMENT_LINETO: "l",
               pdfium_c.FPDF_SEGMENT_BEZIERTO: "c"}
# a Bézier segment is reported as three points: two controls, then its end
BEZIER_POINTS = 3


@dataclass
class PageObjects:
    """What a page draws besides text, as pdfplumber's object dicts."""

    lines: list[dict[str, Any]] = field(default_factory=list)
    rects: list[dict[str, Any]] = field(default_factory=list)
    curves: list[dict[str, Any]] = field(default_factory=list)
    images: list[dict[str, Any]] = field(default_factory=list)
    # text objects whose bounds are a point (they draw only blank glyphs, spaces): PDFium's
    # text page leaves them out, pdfminer reports their glyphs; with their matrix to user space
    blank_text: list[tuple[Any, Matrix]] = field(default_factory=list)


def c_function(function: Any, restype: Any, *argtypes: Any) -> Any:
    """``function`` bound again with plain C types (pointers as ``c_void_p`` integers):
    pypdfium2's own bindings wrap each returned pointer in an object and convert each
    typed argument, which costs more than the call."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    if address is None:
        raise ImportError(f"PDFium has no {function.__name__}")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


VOID_P, INT = ctypes.c_void_p, ctypes.c_int
GET_MATRIX = c_function(pdfium_c.FPDFPageObj_GetMatrix, INT, VOID_P, VOID_P)
FILL_COLOUR = c_function(pdfium_c.FPDFPageObj_GetFillColor, INT, *[VOID_P] * 5)
STROKE_COLOUR = c_function(pdfium_c.FPDFPageObj_GetStrokeColor, INT, *[VOID_P] * 5)


class ObjectReader:
    """Page objects' matrices and colours, read through C buffers made once (a page
    has thousands of objects, two colours each)."""

    def __init__(self) -> None:
        self.rgba = (ctypes.c_uint * 4)()
        first, step = ctypes.addressof(self.rgba), ctypes.sizeof(ctypes.c_uint)
        self.rgba_refs = tuple(first + k * step for k in range(4))
        self.abcdef = (ctypes.c_float * 6)()  # FS_MATRIX: a, b, c, d, e, f
        self.abcdef_ref = ctypes.addressof(self.abcdef)
        self.bounds = (ctypes.c_float * 4)()  # left, bottom, right, top
        step = ctypes.sizeof(ctypes.c_float)
        self.bounds_refs = tuple(ctypes.addressof(self.bounds) + k * step for k in range(4))
        # one tuple per colour: the collector soon finds it holds only numbers and
        # stops tracking it, and then every glyph's dict that holds it (their
        # templates are made after that) goes untracked too, which saves the
        # collector walking the page's thousands of glyphs again and again
        self.colours: dict[tuple[float, ...], tuple[float, ...]] = {}

    def draws_nothing(self, obj: Any) -> bool:
        """A text object's bounds span its glyphs' ink boxes: a point when every glyph
        is blank (a space)."""
        if not OBJECT_BOUNDS(obj, *self.bounds_refs):
            return False
        left, bottom, right, top = self.bounds
        return right - left < POINT and top - bottom < POINT

    def matrix(self, obj: Any) -> Matrix:
        """The object's matrix (``obj`` a pointer or its address)."""
        if not GET_MATRIX(obj, self.abcdef_ref):
            return IDENTITY
        a, b, c, d, e, f = self.abcdef
        return (a, b, c, d, e, f)

    def fill(self, obj: Any) -> tuple[float, ...] | None:
        return self.colour(FILL_COLOUR, obj)

    def stroke(self, obj: Any) -> tuple[float, ...] | None:
        return self.colour(STROKE_COLOUR, obj)

    def colour(self, getter: Any, obj: Any) -> tuple[float, ...] | None:
        """An object's fill or stroke colour as RGB components in 0..1 (None when unset)."""
        r, g, b, a = self.rgba_refs
        if not getter(obj, r, g, b, a):
            return None
        red, green, blue, _ = self.rgba
        rgb = (red / 255, green / 255, blue / 255)
        return self.colours.setdefault(rgb, rgb)


GET_SEGMENT = c_function(pdfium_c.FPDFPath_GetPathSegment, VOID_P, VOID_P, INT)
SEGMENT_TYPE = c_function(pdfium_c.FPDFPathSegment_GetType, INT, VOID_P)
SEGMENT_POINT = c_function(pdfium_c.FPDFPathSegment_GetPoint, INT, VOID_P, VOID_P, VOID_P)
SEGMENT_CLOSES = c_function(pdfium_c.FPDFPathSegment_GetClose, INT, VOID_P)


def raw_segments(obj: Any, to_miner: Matrix) -> list[Segment]:
    """The path's segments in pdfminer's space; a closing segment adds an ``h``."""
    out: list[Segment] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.addressof(x), ctypes.addressof(y)
    pending_bezier = 0
    for j in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = GET_SEGMENT(obj, j)
        op = SEGMENT_OPS.get(SEGMENT_TYPE(seg))
        if op is None or not SEGMENT_POINT(seg, x_ref, y_ref):
            continue
        if op == "c":  # only a Bézier's last point is a path point (pdfminer's pts)
            pending_bezier += 1
            if pending_bezier < BEZIER_POINTS:
                continue
            pending_bezier = 0
        out.append((op, apply(to_miner, (x.value, y.value))))
        if SEGMENT_CLOSES(seg):
            out.append(("h", out[-1][1]))
    return out


def subpaths(segments: list[Segment]) -> Iterator[list[Segment]]:
    """Runs that start at an ``m`` (pdfminer drops a path that does not start with one)."""
    current: list[Segment] = []
    for seg in segments:
        if seg[0] == "m" and current:
            yield current
            current = []
        current.append(seg)
    if current and current[0][0] == "m":
        yield current


def classify(path: list[Segment]) -> tuple[str, list[Point]]:
    """pdfminer's kind of a subpath (line, rect or curve) and its points."""
    shape = "".join(op for op, _ in path)
    pts = [pt if op != "h" else path[0][1] for op, pt in path]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in {"mlh", "ml"}:
        return "line", pts[:2]
    if shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == pts[4] and square:
            return "rect", pts
    return "curve", pts


def path_dicts(obj: Any, to_user: Matrix, frame: PageFrame, out: PageObjects,
               reader: ObjectReader) -> None:
    """One painted path's subpaths appended to ``out`` as pdfplumber dicts."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke)):
        return
    to_miner = multiply(to_user, frame.ctm)
    common = {"stroke": bool(stroke.value), "fill": fill_mode.value != 0,
              "evenodd": fill_mode.value == pdfium_c.FPDF_FILLMODE_ALTERNATE,
              "stroking_color": reader.stroke(obj), "non_stroking_color": reader.fill(obj)}
    for sub in subpaths(raw_segments(obj, to_miner)):
        kind, pts = classify(sub)
        plumber_pts = [(x + frame.x_offset, frame.top_offset + frame.height - y) for x, y in pts]
        box = frame.miner_box([p[0] for p in pts], [p[1] for p in pts])
        item = {"object_type": kind, **box, **common, "pts": plumber_pts}
        {"line": out.lines, "rect": out.rects, "curve": out.curves}[kind].append(item)


def image_dict(obj: Any, to_user: Matrix, frame: PageFrame) -> dict[str, Any]:
    """An image's placement: the unit square through its matrix."""
    corners = [apply(to_user, p) for p in ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0))]
    return {"object_type": "image", **frame.box(corners)}


def walk(parent: Any, count: Any, get: Any, to_user: Matrix, frame: PageFrame,
         out: PageObjects, reader: ObjectReader, depth: int = 0) -> None:
    """Every path and image under a page or Form XObject, forms entered (as pdfminer does)."""
    for i in range(count(parent)):
        obj = get(parent, i)
        kind = OBJECT_TYPE(obj)
        if kind not in DRAWN:  # text, mostly: its matrix is not needed here
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT and reader.draws_nothing(obj):
                out.blank_text.append((obj, to_user))
            continue
        matrix = multiply(reader.matrix(obj), to_user)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            path_dicts(obj, matrix, frame, out, reader)
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            out.images.append(image_dict(obj, matrix, frame))
        elif depth < MAX_FORM_DEPTH:
            walk(obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject,
                 matrix, frame, out, reader, depth + 1)


OBJECT_TYPE = c_function(pdfium_c.FPDFPageObj_GetType, INT, VOID_P)
OBJECT_BOUNDS = c_function(pdfium_c.FPDFPageObj_GetBounds, INT, *[VOID_P] * 5)
# PDFium's text page skips a text object narrower than this (CPDF_TextPage::ProcessTextObject)
POINT = 0.01
# the objects walk reads: paths, images and the forms they may lie in
DRAWN = frozenset({pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE,
                   pdfium_c.FPDF_PAGEOBJ_FORM})


# Form XObjects nest; a file nesting them deeper than this is hostile, not a plan
MAX_FORM_DEPTH = 32


def page_objects(page: Any, frame: PageFrame) -> PageObjects:
    out = PageObjects()
    walk(page, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, IDENTITY, frame, out,
         ObjectReader())
    return out
