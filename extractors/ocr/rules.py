"""Ruling lines and shaded areas of a scanned page, as the PDF objects they were.

A text PDF draws its table with line and rectangle objects; a scan has only
pixels.  Morphological opening with a long thin kernel keeps only long
horizontal (or vertical) runs of ink: those are the rules, returned as
pdfplumber-style ``line`` objects, so the PDF table finder can build cell
boxes from them.  Shading (a header row's grey, a RAG cell's colour) is ink
that is neither dark nor thin: opening with a square kernel wider than a pen
stroke removes text and rules and keeps solid areas, returned as filled
``rect`` objects with their median colour.  Geometry is converted from pixels
to PDF points (``scale`` = 72 / dpi).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

# a rule is at least this share of the page's width (height for vertical rules) ...
MIN_RULE_SHARE = 1 / 45
# ... and no thicker than this (pixels at the render resolution)
MAX_RULE_PX = 14
# gaps of up to this many pixels in a rule (scan noise, dropouts) are bridged
RULE_GAP_PX = 9
# shading: lighter than ink, darker or more saturated than paper
INK_MAX_LEVEL = 90
PAPER_MIN_LEVEL = 232
MIN_SATURATION = 40
# a shaded area is at least this big (points) and survives a pen-stroke-wide opening
MIN_FILL_PT = 6.0
STROKE_PX = 9


@dataclass(frozen=True)
class Rules:
    lines: list[dict[str, Any]]
    rects: list[dict[str, Any]]
    mask: np.ndarray  # the rules' pixels, to be blanked before OCR


def rule_mask(ink: np.ndarray, horizontal: bool) -> np.ndarray:
    height, width = ink.shape
    length = max(20, int((width if horizontal else height) * MIN_RULE_SHARE))
    shape = (length, 1) if horizontal else (1, length)
    opened = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, shape))
    bridge = (RULE_GAP_PX, 1) if horizontal else (1, RULE_GAP_PX)
    return cv2.morphologyEx(opened, cv2.MORPH_CLOSE,
                            cv2.getStructuringElement(cv2.MORPH_RECT, bridge))


def segments(mask: np.ndarray, horizontal: bool, scale: float) -> list[dict[str, Any]]:
    """Each long thin component of the mask as a pdfplumber line object (points)."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    lines = []
    for x, y, w, h, _area in stats[1:count]:
        thickness = h if horizontal else w
        if thickness > MAX_RULE_PX:
            continue
        if horizontal:
            mid = (y + h / 2) * scale
            lines.append(line_object(x * scale, mid, (x + w) * scale, mid))
        else:
            mid = (x + w / 2) * scale
            lines.append(line_object(mid, y * scale, mid, (y + h) * scale))
    return lines


def line_object(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top, "stroke": True, "fill": False,
            "linewidth": 1.0, "stroking_color": (0.0,), "non_stroking_color": None,
            "pts": [(x0, top), (x1, bottom)]}


def stroke_kernel() -> np.ndarray:
    return cv2.getStructuringElement(cv2.MORPH_RECT, (STROKE_PX, STROKE_PX))


def solid_dark(gray: np.ndarray) -> np.ndarray:
    """Areas of ink wider than any pen stroke: a dark header band, a black cell."""
    dark = ((gray <= INK_MAX_LEVEL) * 255).astype(np.uint8)
    return cv2.morphologyEx(dark, cv2.MORPH_OPEN, stroke_kernel())


def shading_mask(rgb: np.ndarray, dark: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """Shaded areas, cut apart along the rules (a scanned rule between two coloured
    cells blurs into a colour of its own that would join them)."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    spread = rgb.max(axis=2).astype(np.int16) - rgb.min(axis=2).astype(np.int16)
    coloured = (spread >= MIN_SATURATION) & (rgb.max(axis=2) > INK_MAX_LEVEL)
    grey = (gray > INK_MAX_LEVEL) & (gray < PAPER_MIN_LEVEL)
    mask = ((coloured | grey) * 255).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, stroke_kernel()) | dark
    return mask & ~rules & ~colour_edges(rgb)


def colour_edges(rgb: np.ndarray) -> np.ndarray:
    """Where one colour meets another (in any channel): the border of two touching fills,
    whose black rule a scan may have lost into the darker of them."""
    smooth = cv2.GaussianBlur(rgb, (5, 5), 0)
    edges = np.zeros(rgb.shape[:2], np.uint8)
    for channel in range(3):
        edges = np.bitwise_or(edges, cv2.Canny(np.ascontiguousarray(smooth[:, :, channel]),
                                               60, 160).astype(np.uint8))
    return cv2.dilate(edges, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))


def fill_rects(rgb: np.ndarray, mask: np.ndarray, scale: float) -> list[dict[str, Any]]:
    """Solid shaded areas as filled rect objects, coloured by their median pixel."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
    rects = []
    min_px = MIN_FILL_PT / scale
    for label in range(1, count):
        x, y, w, h, _area = stats[label]
        if w < min_px or h < min_px:
            continue
        inside = labels[y:y + h, x:x + w] == label  # the box only: a page-wide mask per area is slow
        pixels = rgb[y:y + h, x:x + w][inside]
        colour = tuple(float(v) / 255 for v in np.median(pixels, axis=0))
        rects.append(rect_object(x * scale, y * scale, (x + w) * scale, (y + h) * scale, colour))
    return rects


def rect_object(x0: float, top: float, x1: float, bottom: float,
                colour: tuple[float, ...]) -> dict[str, Any]:
    return {"object_type": "rect", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top, "stroke": False, "fill": True,
            "linewidth": 0.0, "non_stroking_color": colour, "stroking_color": None,
            "pts": [(x0, top), (x1, top), (x1, bottom), (x0, bottom)]}


def find_rules(rgb: np.ndarray, ink: np.ndarray, scale: float) -> Rules:
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    dark = solid_dark(gray)
    # a dark band is a fill, not a bundle of rules: its rows would all pass as lines
    grown = cv2.dilate(dark, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))).astype(np.uint8)
    ink = ink & np.bitwise_not(grown)
    horizontal = rule_mask(ink, True)
    vertical = rule_mask(ink, False)
    lines = segments(horizontal, True, scale) + segments(vertical, False, scale)
    mask = cv2.dilate(horizontal | vertical, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    rects = fill_rects(rgb, shading_mask(rgb, dark, mask), scale)
    return Rules(lines + fill_edges(rects, lines), rects, mask)


def touches(line: dict[str, Any], rect: dict[str, Any], tolerance: float) -> bool:
    return (line["x0"] <= rect["x1"] + tolerance and line["x1"] >= rect["x0"] - tolerance
            and line["top"] <= rect["bottom"] + tolerance
            and line["bottom"] >= rect["top"] - tolerance)


def fill_edges(rects: list[dict[str, Any]], lines: list[dict[str, Any]],
               tolerance: float = 3.0) -> list[dict[str, Any]]:
    """The edges of shaded areas that meet a rule, as rules, plus each vertical rule that
    ends at such an area carried through it: a header band's column borders are drawn in
    its own colour, invisible on the scan, but the columns go on through it."""
    edges = []
    for rect in rects:
        met = [ln for ln in lines if touches(ln, rect, tolerance)]
        if not met:
            continue
        x0, top, x1, bottom = rect["x0"], rect["top"], rect["x1"], rect["bottom"]
        edges += [line_object(x0, top, x1, top), line_object(x0, bottom, x1, bottom),
                  line_object(x0, top, x0, bottom), line_object(x1, top, x1, bottom)]
        edges += [line_object(ln["x0"], top, ln["x0"], bottom) for ln in met
                  if ln["x0"] == ln["x1"] and x0 < ln["x0"] < x1]
    return edges
