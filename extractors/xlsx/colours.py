"""Excel colours -> ``"#rrggbb"``: RGB, theme (with tint) and indexed colours.

A fill picked from Excel's palette is stored as a theme slot plus a tint
("Accent 6, lighter 40%"), or an index into the legacy 64-colour palette;
only explicit colours are stored as ARGB.  The theme's colours are read from
the workbook's own theme part, so a RAG fill means the colour the reader saw.
"""

from __future__ import annotations

import colorsys
from collections.abc import Sequence
from typing import Any

from lxml import etree
from openpyxl.styles.colors import COLOR_INDEX

from extractors.colour import hex_colour
from extractors.docx.xmlwalk import parse_xml

A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# Excel numbers theme slots lt1, dk1, lt2, dk2 (light and dark swapped against
# the order in the theme part), then accent1..6, hlink, folHlink
THEME_SLOTS = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4",
               "accent5", "accent6", "hlink", "folHlink")
# Office's default theme, for a workbook without a theme part
DEFAULT_THEME = ("#ffffff", "#000000", "#e7e6e6", "#44546a", "#4472c4", "#ed7d31", "#a5a5a5",
                 "#ffc000", "#5b9bd5", "#70ad47", "#0563c1", "#954f72")
# indexed 64 and 65 are the system foreground and background
SYSTEM_INDEXED = {64: "#000000", 65: "#ffffff"}


def theme_colours(theme_xml: bytes | None) -> tuple[str, ...]:
    """The twelve theme colours in Excel's slot order (Office's defaults where missing)."""
    if not theme_xml:
        return DEFAULT_THEME
    try:
        root = parse_xml(theme_xml)
    except etree.XMLSyntaxError:
        return DEFAULT_THEME
    scheme = next(root.iter(f"{A_NS}clrScheme"), None)
    if scheme is None:
        return DEFAULT_THEME
    found = {etree.QName(el).localname: scheme_colour(el) for el in scheme}
    return tuple(found.get(slot) or default for slot, default in zip(THEME_SLOTS, DEFAULT_THEME,
                                                                    strict=True))


def scheme_colour(el: etree._Element) -> str | None:
    for child in el:
        name = etree.QName(child).localname
        if name == "srgbClr":
            return hex_colour(child.get("val"))
        if name == "sysClr":
            return hex_colour(child.get("lastClr"))
    return None


def apply_tint(colour: str, tint: float) -> str:
    """Excel's tint: a negative tint darkens the luminance by that share, a positive one
    lightens it towards white (ECMA-376 Part 1, 18.8.19, applied in HLS)."""
    if not tint:
        return colour
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    lum = lum * (1 + tint) if tint < 0 else lum * (1 - tint) + tint
    r, g, b = colorsys.hls_to_rgb(h, min(1.0, max(0.0, lum)), s)
    return "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))


class Palette:
    """Resolves openpyxl Color objects against one workbook's theme and palette."""

    def __init__(self, theme_xml: bytes | None, indexed: Sequence[str] | None = None) -> None:
        self.theme = theme_colours(theme_xml)
        self.indexed = list(indexed) if indexed else list(COLOR_INDEX)

    def resolve(self, color: Any) -> str | None:
        """``#rrggbb`` for an openpyxl Color, or None (automatic, or unreadable)."""
        if color is None:
            return None
        kind = getattr(color, "type", None)
        base: str | None = None
        if kind == "rgb":
            value = color.rgb if isinstance(color.rgb, str) else None
            base = hex_colour(value[-6:]) if value else None
        elif kind == "theme":
            slot = color.theme
            base = self.theme[slot] if isinstance(slot, int) and 0 <= slot < len(self.theme) else None
        elif kind == "indexed":
            base = self.indexed_colour(color.indexed)
        if base is None:
            return None
        tint = color.tint if isinstance(color.tint, int | float) else 0.0
        return apply_tint(base, float(tint))

    def indexed_colour(self, index: Any) -> str | None:
        if not isinstance(index, int):
            return None
        if index in SYSTEM_INDEXED:
            return SYSTEM_INDEXED[index]
        if 0 <= index < len(self.indexed):
            return hex_colour(str(self.indexed[index])[-6:])
        return None
