"""Safe XML parsing for Word parts, and the few helpers every DOCX module shares.

Word XML comes from strangers, so the parser never loads a DTD, never
expands an entity and never touches the network: a DOCTYPE that declares an
external entity (an XXE attempt) parses, but the entity stays an unexpanded
reference that the text walk drops.

Strict OOXML (ISO 29500 Strict) uses other namespace URIs for the same
elements; ``to_transitional`` renames them in place so the rest of the code
only knows the transitional names.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"

# Strict namespace -> transitional namespace, for the vocabularies we read.
STRICT_TO_TRANSITIONAL = {
    "http://purl.oclc.org/ooxml/wordprocessingml/main": W_NS,
    "http://purl.oclc.org/ooxml/officeDocument/relationships": R_NS,
}

_PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,  # keep libxml2's depth and text-size limits
    remove_comments=True,
    remove_pis=True,
)


def w(local: str) -> str:
    """Clark name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{local}"


def parse_xml(data: bytes) -> etree._Element:
    """Parse one part; raises etree.XMLSyntaxError on malformed XML."""
    parser = etree.XMLParser(**_PARSER_OPTIONS)  # type: ignore[call-overload]
    return etree.fromstring(data, parser)


def is_strict(root: etree._Element) -> bool:
    return etree.QName(root).namespace in STRICT_TO_TRANSITIONAL


def to_transitional(root: etree._Element) -> None:
    """Rename Strict element and attribute names to their transitional twins."""
    for el in root.iter(etree.Element):
        el.tag = _mapped(el.tag)
        for key in [k for k in el.attrib if k.startswith("{http://purl.oclc.org/")]:
            el.attrib[_mapped(key)] = el.attrib.pop(key)


def _mapped(name: str) -> str:
    if not name.startswith("{http://purl.oclc.org/"):
        return name
    namespace, _, local = name[1:].partition("}")
    target = STRICT_TO_TRANSITIONAL.get(namespace)
    return f"{{{target}}}{local}" if target else name


def wattr(el: etree._Element | None, name: str) -> str | None:
    """A w: attribute of an element that may be absent."""
    if el is None:
        return None
    return el.get(w(name))


def child(el: etree._Element | None, local: str) -> etree._Element | None:
    """First w:<local> child; iterchildren avoids find()'s path parsing (hot loop)."""
    if el is None:
        return None
    return next(el.iterchildren(w(local)), None)


def is_on(el: etree._Element | None) -> bool:
    """An on/off property (w:b, w:tblHeader ...): present and not switched off."""
    if el is None:
        return False
    return wattr(el, "val") not in ("0", "false", "off", "none")


def to_int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def hex_colour(value: str | None) -> str | None:
    """``"FF0000"`` -> ``"#ff0000"``; ``auto``/absent/garbage -> None."""
    if value is None:
        return None
    value = value.strip().lstrip("#")
    if len(value) != 6:
        return None
    try:
        int(value, 16)
    except ValueError:
        return None
    return "#" + value.lower()
