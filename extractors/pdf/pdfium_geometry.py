"""PDFium's coordinates -> pdfplumber's: the one place the two conventions meet.

PDFium reports every point in the page's user space: origin at the bottom
left of the unrotated page, y upwards.  pdfplumber (through pdfminer) first
turns the page by its /Rotate and moves the MediaBox's lower-left corner to
the origin (pdfminer's ``process_page`` CTM), then flips y so that ``top``
counts down from the top of the displayed page and adds the MediaBox's
offsets back (pdfplumber's ``process_object`` and ``point2coord``).  Both
steps are reproduced here literally, odd MediaBox offsets included, so the
same glyph gets the same ``x0``/``top`` from either source.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF row-vector order, as pdfminer's ``mult_matrix``)."""
    a, b, c, d, e, f = m
    a1, b1, c1, d1, e1, f1 = n
    return (a * a1 + b * c1, a * b1 + b * d1, c * a1 + d * c1, c * b1 + d * d1,
            e * a1 + f * c1 + e1, e * b1 + f * d1 + f1)


def apply(m: Matrix, point: Point) -> Point:
    a, b, c, d, e, f = m
    x, y = point
    return a * x + c * y + e, b * x + d * y + f


def rotation_ctm(mediabox: tuple[float, float, float, float], rotate: int) -> Matrix:
    """pdfminer's initial CTM for a page (pdfminer.pdfinterp ``process_page``)."""
    x0, y0, x1, y1 = mediabox
    if rotate == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotate == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rotate == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


@dataclass(frozen=True)
class PageFrame:
    """One page's conversion from PDF user space to pdfplumber's top-down space."""

    ctm: Matrix          # user space -> pdfminer's rotated, MediaBox-relative space
    x_offset: float      # pdfplumber's mediabox[0]
    top_offset: float    # pdfplumber's mediabox[1]
    width: float
    height: float

    @classmethod
    def of(cls, mediabox: tuple[float, float, float, float], rotate: int) -> PageFrame:
        """From the raw MediaBox (any two opposite corners) and /Rotate in degrees."""
        rotate %= 360
        x0, x1 = sorted((mediabox[0], mediabox[2]))
        y0, y1 = sorted((mediabox[1], mediabox[3]))
        # pdfplumber's _normalize_box and _invert_box
        nx0, ny0, nx1, ny1 = (y0, x0, y1, x1) if rotate in (90, 270) else (x0, y0, x1, y1)
        height = ny1 - ny0
        # pdfminer builds its CTM from the MediaBox as written, unsorted
        raw = (mediabox[0], mediabox[1], mediabox[2], mediabox[3])
        return cls(rotation_ctm(raw, rotate), nx0, height - ny1, nx1 - nx0, height)

    def to_miner(self, point: Point) -> Point:
        return apply(self.ctm, point)

    def to_plumber(self, point: Point) -> Point:
        """A user-space point as pdfplumber's (x, top)."""
        x, y = apply(self.ctm, point)
        return x + self.x_offset, self.top_offset + self.height - y

    def box(self, points: Iterable[Point]) -> dict[str, float]:
        """pdfplumber's bbox keys for the bounds of some user-space points."""
        miner = [apply(self.ctm, p) for p in points]
        return self.miner_box([p[0] for p in miner], [p[1] for p in miner])

    def miner_box(self, xs: Iterable[float], ys: Iterable[float]) -> dict[str, float]:
        """pdfplumber's bbox keys for the bounds of coordinates in pdfminer's space."""
        xs, ys = tuple(xs), tuple(ys)
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        top = self.height - y1 + self.top_offset
        return {"x0": x0 + self.x_offset, "x1": x1 + self.x_offset, "y0": y0, "y1": y1,
                "top": top, "bottom": self.height - y0 + self.top_offset,
                "doctop": top, "width": x1 - x0, "height": y1 - y0}
