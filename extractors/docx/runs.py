"""The text of one paragraph, run by run, with each run's formatting.

What a reader sees is what we keep:
- tracked insertions (w:ins, w:moveTo) are included, deletions (w:del,
  w:delText, w:moveFrom) and field codes (w:instrText) are not;
- w:tab/w:ptab -> "\\t"; a line break (w:br of any type, w:cr) -> "\\n",
  so a cell's soft line breaks survive as line structure (records.py keeps
  the document's own lines; joining them is normalisation's decision);
- w:sym and symbol-font private-use characters (U+F020..U+F0FF, how Word
  stores Wingdings/Symbol glyphs) become the font's own character code, with
  the symbol font recorded on the span: "l" in Wingdings is a filled circle,
  but what that means is for later stages;
- a legacy form checkbox (FORMCHECKBOX) becomes the box it draws, U+2612
  when checked, U+2610 when not;
- text boxes anchored in the paragraph are returned separately, so the
  caller can read them as paragraphs after this one; of an
  mc:AlternateContent only the first choice is read (the fallback repeats it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from extractors.docx.styles import RunStyle, StyleSheet, read_run_style
from extractors.docx.xmlwalk import MC_NS, child, is_on, w, wattr
from models.records import Span

CHECKED_BOX, EMPTY_BOX = "\u2612", "\u2610"  # ☒ ☐
SYMBOL_FONTS = ("symbol", "wingdings", "webdings")
PRIVATE_USE_SYMBOLS = range(0xF020, 0xF100)

# Containers whose runs are part of the paragraph's visible text.
TRANSPARENT = frozenset(w(t) for t in (
    "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo"))
# Containers whose text a reader does not see.
HIDDEN = frozenset(w(t) for t in ("del", "moveFrom", "pPr", "rPr"))
BREAKS = {w("tab"): "\t", w("ptab"): "\t", w("br"): "\n", w("cr"): "\n",
          w("noBreakHyphen"): "-", w("softHyphen"): ""}
GRAPHICS = frozenset({w("drawing"), w("pict"), w("object"), f"{{{MC_NS}}}AlternateContent"})


@dataclass
class ParagraphText:
    """(text, style) pieces of a paragraph, and the text boxes it anchors."""

    pieces: list[tuple[str, RunStyle]] = field(default_factory=list)
    textboxes: list[etree._Element] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.pieces)


def read_paragraph(p: etree._Element, base: RunStyle, styles: StyleSheet) -> ParagraphText:
    """Text and run styles of a w:p; ``base`` is its paragraph style over the defaults."""
    result = ParagraphText()
    for run in runs(p):
        read_run(run, base, styles, result)
    return result


def runs(el: etree._Element) -> Iterator[etree._Element]:
    """The visible w:r elements of a paragraph, in order."""
    for node in el.iterchildren(etree.Element):
        if node.tag == w("r"):
            yield node
        elif node.tag in TRANSPARENT:
            yield from runs(node)
        elif node.tag == w("sdt"):
            yield from runs_of(child(node, "sdtContent"))
        elif node.tag == f"{{{MC_NS}}}AlternateContent":
            yield from runs_of(first_choice(node))


def runs_of(el: etree._Element | None) -> Iterator[etree._Element]:
    return runs(el) if el is not None else iter(())


def first_choice(alternate: etree._Element) -> etree._Element | None:
    """The first mc:Choice, else the mc:Fallback: never both (they repeat each other)."""
    choice = alternate.find(f"{{{MC_NS}}}Choice")
    return choice if choice is not None else alternate.find(f"{{{MC_NS}}}Fallback")


def read_run(run: etree._Element, base: RunStyle, styles: StyleSheet,
             out: ParagraphText) -> None:
    rpr = child(run, "rPr")
    char_style = styles.character(wattr(child(rpr, "rStyle"), "val"))
    style = read_run_style(rpr).over(char_style).over(base)
    for node in run.iterchildren(etree.Element):
        if node.tag == w("t"):
            out.pieces.append((unprivate(element_text(node), style.font), style))
        elif node.tag in BREAKS:
            out.pieces.append((BREAKS[node.tag], style))
        elif node.tag == w("sym"):
            out.pieces.append(symbol(node, style))
        elif node.tag == w("fldChar"):
            out.pieces.append((form_checkbox(node), style))
        elif node.tag in GRAPHICS:
            out.textboxes.extend(textboxes(node))


def element_text(t: etree._Element) -> str:
    """A w:t's text without unexpanded entity references (``&xxe;``) in it."""
    parts = [t.text or ""]
    parts.extend(node.tail or "" for node in t)  # children are only entity refs
    return "".join(parts)


def unprivate(text: str, font: str | None) -> str:
    """Symbol-font glyphs stored at U+F0xx -> the font's own character code."""
    if not font or not font.lower().startswith(SYMBOL_FONTS):
        return text
    return "".join(chr(ord(c) - 0xF000) if ord(c) in PRIVATE_USE_SYMBOLS else c for c in text)


def symbol(sym: etree._Element, style: RunStyle) -> tuple[str, RunStyle]:
    """A w:sym glyph: @w:char in @w:font, e.g. F06C in Wingdings -> "l"."""
    font = wattr(sym, "font") or style.font
    try:
        code = int(wattr(sym, "char") or "", 16)
    except ValueError:
        return "", style
    if code in PRIVATE_USE_SYMBOLS:
        code -= 0xF000
    if not 0 < code < 0x110000 or 0xD800 <= code < 0xE000:
        return "", style
    return chr(code), RunStyle(font, style.size, style.colour, style.bold)


def form_checkbox(fld_char: etree._Element) -> str:
    """A legacy FORMCHECKBOX draws a box that the XML holds only as a state."""
    box = child(child(fld_char, "ffData"), "checkBox")
    if box is None:
        return ""
    checked = child(box, "checked")
    if checked is not None:
        state = is_on(checked)
    else:
        state = wattr(child(box, "default"), "val") in ("1", "true", "on")
    return CHECKED_BOX if state else EMPTY_BOX


def textboxes(el: etree._Element) -> list[etree._Element]:
    """Outermost w:txbxContent under a graphic, first AlternateContent choice only."""
    if el.tag == w("txbxContent"):
        return [el]
    if el.tag == f"{{{MC_NS}}}AlternateContent":
        chosen = first_choice(el)
        return textboxes(chosen) if chosen is not None else []
    found: list[etree._Element] = []
    for node in el.iterchildren(etree.Element):
        found.extend(textboxes(node))
    return found


def to_spans(pieces: list[tuple[str, RunStyle]]) -> tuple[Span, ...]:
    """Merge adjacent pieces of identical style into Spans."""
    spans: list[Span] = []
    for text, style in pieces:
        if not text:
            continue
        span = Span(text, style.font or None, style.size, style.colour, bool(style.bold))
        if spans and same_style(spans[-1], span):
            spans[-1] = Span(spans[-1].text + text, span.font, span.size, span.colour, span.bold)
        else:
            spans.append(span)
    return tuple(spans)


def same_style(a: Span, b: Span) -> bool:
    return (a.font, a.size, a.colour, a.bold) == (b.font, b.size, b.colour, b.bold)
