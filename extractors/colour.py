"""Pure colour conversion: PDF colour values -> ``"#rrggbb"``.

pdfplumber hands colours over as the operands of the PDF colour operator, so
the colour space is told by the number of components: one is DeviceGray, three
DeviceRGB, four DeviceCMYK.  Anything else (pattern names, Indexed/Separation
tints we cannot resolve, garbage from a fuzzed file) has no hex form and gives
None: the extractor records what it can read and never guesses.  The DOCX
extractor reuses ``hex_colour`` for ``w:shd`` fills given as ``"RRGGBB"``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

WHITE = "#ffffff"


def _unit(value: Any) -> float | None:
    """A colour component as a float clamped to 0..1 (None if not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if math.isnan(value):
        return None
    return min(1.0, max(0.0, float(value)))


def _byte(unit: float) -> int:
    return int(round(unit * 255))


def rgb_to_hex(r: float, g: float, b: float) -> str:
    return f"#{_byte(r):02x}{_byte(g):02x}{_byte(b):02x}"


def gray_to_hex(gray: float) -> str:
    return rgb_to_hex(gray, gray, gray)


def cmyk_to_hex(c: float, m: float, y: float, k: float) -> str:
    """Naive device CMYK -> RGB (no ICC profile): what viewers do by default."""
    return rgb_to_hex((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))


def _components(colour: Any) -> list[float] | None:
    if isinstance(colour, int | float) and not isinstance(colour, bool):
        colour = (colour,)
    if not isinstance(colour, Sequence) or isinstance(colour, str | bytes):
        return None
    units = [_unit(v) for v in colour]
    if any(u is None for u in units):
        return None
    return [u for u in units if u is not None]


def pdf_colour_to_hex(colour: Any) -> str | None:
    """A pdfplumber colour (number or tuple of 1, 3 or 4 numbers) as ``#rrggbb``."""
    if type(colour) is not tuple:
        return _to_hex(colour)
    try:  # the components' types are part of the key: True == 1, yet a bool is no component
        return _remembered_hex(colour, tuple(map(type, colour)))
    except TypeError:  # an unhashable component: no colour, and nothing to remember
        return _to_hex(colour)


# a page draws a handful of colours over thousands of glyphs; bounded, as a fuzzed
# file may draw endless colours
@lru_cache(maxsize=4096)
def _remembered_hex(colour: tuple[Any, ...], _types: tuple[type, ...]) -> str | None:
    return _to_hex(colour)


def _to_hex(colour: Any) -> str | None:
    units = _components(colour)
    if units is None:
        return None
    if len(units) == 1:
        return gray_to_hex(units[0])
    if len(units) == 3:
        return rgb_to_hex(*units)
    if len(units) == 4:
        return cmyk_to_hex(*units)
    return None


def hex_colour(text: str | None) -> str | None:
    """``"FF0000"``, ``"#ff0000"`` or ``"#f00"`` as ``"#ff0000"``; None otherwise."""
    if not text:
        return None
    digits = text.strip().lstrip("#").lower()
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6 or any(d not in "0123456789abcdef" for d in digits):
        return None
    return f"#{digits}"


def is_white(colour: str | None) -> bool:
    return colour == WHITE
