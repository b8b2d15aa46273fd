"""The styles part: what a paragraph's style says about headings, lists and fonts.

Only what extraction records is resolved: a style's display name, outline
level, whether it carries numbering, and its run formatting (font, size,
colour, bold), following ``w:basedOn`` chains.  Theme fonts are not looked
up (the font is then None): the theme says which face, not which glyphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

from extractors.docx.xmlwalk import child, hex_colour, is_on, w, wattr

HEADING_NAME = re.compile(r"^\s*heading\s*(\d)\s*$", re.IGNORECASE)
MAX_BASED_ON = 20  # a basedOn cycle or absurd chain stops here


@dataclass(frozen=True)
class RunStyle:
    """Run formatting; None means 'not said here', so layers can be merged."""

    font: str | None = None
    size: float | None = None
    colour: str | None = None
    bold: bool | None = None

    def over(self, base: RunStyle) -> RunStyle:
        """This layer on top of ``base``."""
        return RunStyle(
            font=self.font if self.font is not None else base.font,
            size=self.size if self.size is not None else base.size,
            colour=self.colour if self.colour is not None else base.colour,
            bold=self.bold if self.bold is not None else base.bold,
        )


@dataclass(frozen=True)
class ParagraphStyle:
    name: str | None = None
    outline_level: int | None = None  # 0-based, as w:outlineLvl
    numbered: bool = False
    run: RunStyle = RunStyle()
    # the Word list the style numbers its paragraphs with (w:numPr), if any
    num_id: str | None = None
    num_level: int = 0


def read_run_style(rpr: etree._Element | None) -> RunStyle:
    """Direct run properties of a w:rPr (None fields where it says nothing)."""
    if rpr is None:
        return RunStyle()
    fonts = child(rpr, "rFonts")
    bold = child(rpr, "b")
    return RunStyle(
        font=font_name(fonts),
        size=half_points(wattr(child(rpr, "sz"), "val")),
        colour=colour_value(wattr(child(rpr, "color"), "val")),
        bold=is_on(bold) if bold is not None else None,
    )


def font_name(fonts: etree._Element | None) -> str | None:
    """The ASCII font; "" when a theme font applies (the face is not named here)."""
    if fonts is None:
        return None
    name = wattr(fonts, "ascii") or wattr(fonts, "hAnsi")
    if name:
        return name
    if wattr(fonts, "asciiTheme") or wattr(fonts, "hAnsiTheme"):
        return ""
    return None


def half_points(value: str | None) -> float | None:
    """w:sz is in half-points; Strict may write a measure such as ``"12pt"``."""
    if not value:
        return None
    try:
        if value.endswith("pt"):
            return float(value[:-2])
        return int(value) / 2
    except ValueError:
        return None


def colour_value(value: str | None) -> str | None:
    return hex_colour(value) if value and value.lower() != "auto" else None


class StyleSheet:
    """Paragraph and character styles by id, resolved lazily and cached."""

    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, etree._Element] = {}
        self._resolved: dict[str, ParagraphStyle] = {}
        self.defaults = RunStyle()
        if root is not None:
            self._load(root)

    def _load(self, root: etree._Element) -> None:
        for el in root.iter(w("style")):
            style_id = wattr(el, "styleId")
            if style_id:
                self._styles.setdefault(style_id, el)
        rpr_default = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self.defaults = read_run_style(rpr_default)

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        if not style_id:
            style_id = self.default_paragraph_id()
        if style_id is None:
            return ParagraphStyle()
        if style_id not in self._resolved:
            self._resolved[style_id] = self._resolve(style_id, 0)
        return self._resolved[style_id]

    def character(self, style_id: str | None) -> RunStyle:
        return self.paragraph(style_id).run if style_id else RunStyle()

    def default_paragraph_id(self) -> str | None:
        for style_id, el in self._styles.items():
            if wattr(el, "type") == "paragraph" and is_on_attr(wattr(el, "default")):
                return style_id
        return None

    def _resolve(self, style_id: str, depth: int) -> ParagraphStyle:
        el = self._styles.get(style_id)
        if el is None:
            # No styles part (Google Docs, hand-made packages): the id is all we have.
            return ParagraphStyle(name=style_id)
        parent_id = wattr(child(el, "basedOn"), "val")
        parent = ParagraphStyle()
        if parent_id and parent_id != style_id and depth < MAX_BASED_ON:
            parent = self._resolve(parent_id, depth + 1)
        return own_paragraph_style(el, parent)


def own_paragraph_style(el: etree._Element, parent: ParagraphStyle) -> ParagraphStyle:
    ppr = child(el, "pPr")
    level = wattr(child(ppr, "outlineLvl"), "val")
    numpr = child(ppr, "numPr")
    return replace(
        parent,
        name=ui_name(wattr(child(el, "name"), "val") or wattr(el, "styleId")),
        outline_level=int(level) if level and level.isdigit() else parent.outline_level,
        numbered=parent.numbered or numbering_on(numpr),
        run=read_run_style(child(el, "rPr")).over(parent.run),
        num_id=wattr(child(numpr, "numId"), "val") or parent.num_id,
        num_level=numbering_level(numpr, parent.num_level),
    )


def numbering_level(numpr: etree._Element | None, default: int = 0) -> int:
    value = wattr(child(numpr, "ilvl"), "val")
    return int(value) if value and value.isdigit() else default


# python-docx's BabelFish table (docx.styles), the names Word stores in lower case;
# copied: importing python-docx for it cost every worker 20-30 ms
UI_NAMES = {"caption": "Caption", "footer": "Footer", "header": "Header",
            **{f"heading {n}": f"Heading {n}" for n in range(1, 10)}}


def ui_name(name: str | None) -> str | None:
    """Word stores built-in names as "heading 1"; show them as Word does ("Heading 1")."""
    return UI_NAMES.get(name, name) if name else name


def numbering_on(numpr: etree._Element | None) -> bool:
    """w:numPr switches numbering on unless its numId is 0 (numbering removed)."""
    if numpr is None:
        return False
    return wattr(child(numpr, "numId"), "val") != "0"


def is_on_attr(value: str | None) -> bool:
    return value in ("1", "true", "on")


def heading_level(style: ParagraphStyle, own_outline: str | None) -> int | None:
    """Heading level 1.. from the style name, or from an outline level 0-8."""
    name = (style.name or "").strip()
    match = HEADING_NAME.match(name)  # also matches the bare style id "Heading1"
    if match:
        return int(match.group(1))
    if name.lower() == "title":
        return 0  # the document title ranks above Heading 1
    level = int(own_outline) if own_outline and own_outline.isdigit() else style.outline_level
    if level is not None and 0 <= level <= 8:
        return level + 1
    return None


def is_list_style(style: ParagraphStyle) -> bool:
    return style.numbered or (style.name or "").strip().lower().startswith("list")
