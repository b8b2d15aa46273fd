"""Block-level content in reading order: which paragraphs and tables a reader sees.

Word wraps blocks in containers that do not change what is shown: content
controls (w:sdt -> w:sdtContent), custom XML, tracked block insertions.
Bare python-docx only looks at direct children and so misses tables inside
content controls; here every such wrapper is descended into.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from extractors.docx.context import WalkContext
from extractors.docx.numbering import BULLET
from extractors.docx.runs import ParagraphText, first_choice, read_paragraph, to_spans
from extractors.docx.styles import (
    ParagraphStyle,
    heading_level,
    is_list_style,
    numbering_level,
    numbering_on,
)
from extractors.docx.xmlwalk import MC_NS, child, w, wattr
from models.records import BlockKind, TextBlock

BLOCKS = frozenset({w("p"), w("tbl")})
WRAPPERS = frozenset({w("customXml"), w("ins"), w("moveTo"), w("smartTag")})
DELETED = frozenset({w("del"), w("moveFrom")})


def block_items(container: etree._Element, ctx: WalkContext) -> Iterator[etree._Element]:
    """The w:p and w:tbl elements of a body, cell or text box, in order."""
    for node in container.iterchildren(etree.Element):
        if node.tag in BLOCKS:
            yield node
        elif node.tag in WRAPPERS:
            yield from block_items(node, ctx)
        elif node.tag == w("sdt"):
            yield from items_of(child(node, "sdtContent"), ctx)
        elif node.tag == f"{{{MC_NS}}}AlternateContent":
            yield from items_of(first_choice(node), ctx)
        elif node.tag == w("altChunk"):
            ctx.note("imported content (w:altChunk, e.g. pasted HTML) was not read")


def items_of(el: etree._Element | None, ctx: WalkContext) -> Iterator[etree._Element]:
    return block_items(el, ctx) if el is not None else iter(())


def paragraph_content(p: etree._Element, ctx: WalkContext) -> ParagraphText:
    """A paragraph's text and run styles, its style's fonts applied, and the
    list number or bullet Word draws before it."""
    style = ctx.styles.paragraph(paragraph_style_id(p))
    base = style.run.over(ctx.styles.defaults)
    content = read_paragraph(p, base, ctx.styles)
    if content.textboxes:
        ctx.note("text boxes read as paragraphs after the paragraph that anchors them")
    label = list_label(p, style, ctx)
    # a number shows even on an empty paragraph (a ref column of list numbers);
    # a bullet on an empty one says nothing
    if label and (content.text.strip() or label != BULLET):
        content.pieces.insert(0, (f"{label} " if content.text.strip() else label, base))
    return content


def list_label(p: etree._Element, style: ParagraphStyle, ctx: WalkContext) -> str | None:
    """Advance the paragraph's list (its own w:numPr, else its style's) and
    return the label shown; numId 0 switches a style's numbering off."""
    numpr = child(child(p, "pPr"), "numPr")
    num_id = wattr(child(numpr, "numId"), "val") if numpr is not None else style.num_id
    if not num_id or num_id == "0":
        return None
    level = numbering_level(numpr, style.num_level) if numpr is not None else style.num_level
    return ctx.numbering.label(num_id, level)


def paragraph_style_id(p: etree._Element) -> str | None:
    return wattr(child(child(p, "pPr"), "pStyle"), "val")


def text_block(p: etree._Element, content: ParagraphText, order: int,
               ctx: WalkContext) -> TextBlock:
    style = ctx.styles.paragraph(paragraph_style_id(p))
    level, kind = block_kind(p, ctx)
    return TextBlock(text=content.text, order=order, kind=kind, style=style.name,
                     level=level, spans=to_spans(content.pieces))


def block_kind(p: etree._Element, ctx: WalkContext) -> tuple[int | None, BlockKind]:
    """Heading (with its level) from style name or outline level; list from numbering."""
    ppr = child(p, "pPr")
    style = ctx.styles.paragraph(paragraph_style_id(p))
    level = heading_level(style, wattr(child(ppr, "outlineLvl"), "val"))
    if level is not None:
        return level, "heading"
    own_numbering = child(ppr, "numPr")
    # A paragraph's own numPr with numId 0 switches its style's numbering off.
    listed = numbering_on(own_numbering) if own_numbering is not None else is_list_style(style)
    if listed:
        level_value = wattr(child(own_numbering, "ilvl"), "val")
        return (int(level_value) + 1 if level_value and level_value.isdigit() else None,
                "list_item")
    return None, "paragraph"


def has_text(content: ParagraphText) -> bool:
    return bool(content.text.strip())
