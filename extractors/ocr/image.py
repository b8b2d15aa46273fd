"""A scanned page as pixels: rendered, deskewed, binarised.

The page is rendered at a fixed resolution whatever the scan's own (150 and
300 dpi scans then share every pixel threshold below).  Skew is found by
rotating a small copy of the ink and keeping the angle whose row profile is
sharpest: text lines and ruling rules both line up with the rows when the
page is straight, so no table or text model is needed.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

# skews beyond this are not "a little skew": a page scanned sideways is rotated
# by its /Rotate or not at all
MAX_SKEW_DEGREES = 5.0
COARSE_STEP = 0.5
FINE_STEP = 0.05
PROFILE_WIDTH = 900  # pixels of the small copy the angle is searched on
# an A0 sheet at 300 dpi is 140 million pixels; an A3 page 17 million
MAX_PIXELS = 40_000_000
WHITE = 255


def render_dpi(width_pt: float, height_pt: float, dpi: int) -> int:
    """``dpi``, lowered for a page so big that it would exceed MAX_PIXELS (a poster, or a
    hostile page size meant to exhaust memory)."""
    pixels = (width_pt * dpi / 72) * (height_pt * dpi / 72)
    if pixels <= MAX_PIXELS:
        return dpi
    return max(1, int(dpi * (MAX_PIXELS / pixels) ** 0.5))


def render(page: Any, dpi: int) -> tuple[np.ndarray, int]:
    """The page as an RGB array, and the resolution it was rendered at (pdfplumber
    renders through pdfium)."""
    used = render_dpi(float(page.width), float(page.height), dpi)
    image = page.to_image(resolution=used).original.convert("RGB")
    return np.asarray(image), used


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Dark pixels as 255 (adaptive threshold: shading and uneven scans do not flood it)."""
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV,
                                 31, 15)


def rotate(image: np.ndarray, degrees: float, border: int | tuple[int, ...]) -> np.ndarray:
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=border)


def profile_score(small: np.ndarray, degrees: float) -> float:
    rows = rotate(small, degrees, 0).sum(axis=1, dtype=np.float64)
    return float(np.sum(np.diff(rows) ** 2))


def skew_angle(ink: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise) that straightens the page's ink; ties
    (a blank page) go to the smallest turn."""
    if not ink.any():
        return 0.0
    scale = min(1.0, PROFILE_WIDTH / ink.shape[1])
    small = cv2.resize(ink, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)

    def best(angles: np.ndarray) -> float:
        ordered = sorted((float(a) for a in angles), key=abs)  # max() keeps the first of ties
        return max(ordered, key=lambda a: profile_score(small, a))

    coarse = best(np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + COARSE_STEP / 2, COARSE_STEP))
    low = max(-MAX_SKEW_DEGREES, coarse - COARSE_STEP)
    high = min(MAX_SKEW_DEGREES, coarse + COARSE_STEP)
    return round(best(np.arange(low, high + FINE_STEP / 2, FINE_STEP)), 2)


def deskew(rgb: np.ndarray) -> tuple[np.ndarray, float]:
    """The page straightened, and the angle it was turned by."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    angle = skew_angle(ink_mask(gray))
    if abs(angle) < FINE_STEP:
        return rgb, 0.0
    return rotate(rgb, angle, (WHITE, WHITE, WHITE)), angle
