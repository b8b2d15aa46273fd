"""Text clean-up shared by the normalisers: whitespace, bullets, dashes."""

from __future__ import annotations

import re

from normalise.date_vocab import vocab

# Bullet glyphs as Word and PDF producers emit them (incl. Symbol/Wingdings
# private-use code points that survive extraction).
BULLETS = "•●◦▪■□➢➤►▶*·\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
# A glyph bullet, or a typed dash that starts an item ("-Audit LAC cases",
# "- Audit …") but not a dash that a wrapped line starts with ("– 18 February",
# "– and monitoring").
BULLET_RE = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}]\s*|o\s+|[-–](?=[A-Za-z])|[-–]\s+(?=[A-Z]))")
# "outcome-" at the end of a line, "focused" on the next: one word.
HYPHEN_WRAP_RE = re.compile(r"(?<=[A-Za-z])-$")
# "Amber/" at the end of a line, "Green" on the next: one compound, closed up.
SLASH_WRAP_RE = re.compile(r"(?<=[A-Za-z0-9])/$")
# A line that opens a numbered or lettered item: "1.", "2.1", "a)", "(iii)".
ITEM_RE = re.compile(r"^\s*(?:\(?[a-zA-Z]\)|\(?[ivxIVX]{1,4}\)|\d{1,2}(?:\.\d{1,2})*[.)]?\s)")
# A line ending so can end no item: a comma, an open bracket, a joining sign.
OPEN_END_RE = re.compile(r"[,(&/+]$")
# ... or a word that joins what follows to what went before ("and", "of").
JOINING_WORD_RE = re.compile(
    r"(?<![A-Za-z])(?:and|or|of|the|a|an|to|for|with|in|on|at|by|from|into|that|which|"
    r"including|between|across|within|via|&)$", re.IGNORECASE)
# A line ending a sentence or introducing a list: what follows is a new item.
CLOSED_END_RE = re.compile(r"[.:;!?]$|[.!?][)\]\"'’”]$")
SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
DASHES_RE = re.compile(r"\s*[\u2010-\u2015\u2212]\s*")


def squash(text: str | None) -> str:
    """All whitespace runs (newlines included) to single spaces, trimmed."""
    return " ".join((text or "").split())


# "- audit files": a dash and a space open an item when several lines of the cell
# open so; once alone it may be a wrapped dash ("– and monitoring").
DASH_ITEM_RE = re.compile(r"^\s*[-–]\s+")


def strip_bullet(raw: str, dash_items: bool) -> str:
    line = BULLET_RE.sub("", raw)
    return DASH_ITEM_RE.sub("", line) if dash_items else line


def line_glue(before: str, raw_next: str, dash_items: bool = False) -> str | None:
    """How a line joins the one before (SCHEMA.md: wraps become spaces, a hyphen
    at a break closes up, breaks between separate items stay): ``""`` or ``" "``
    to join, ``None`` to keep the break.  Reads only the text at the break, so it
    serves cells whose producer left wraps as newlines, whatever the layout."""
    following = raw_next.strip()
    if not before or not following or BULLET_RE.match(raw_next) or ITEM_RE.match(following):
        return None
    if dash_items and DASH_ITEM_RE.match(raw_next):
        return None
    if HYPHEN_WRAP_RE.search(before) and following[0].isalpha():
        return ""
    if SLASH_WRAP_RE.search(before) and following[0].isalnum():
        return ""
    if CLOSED_END_RE.search(before):
        return None
    if following[0].islower() or OPEN_END_RE.search(before) or JOINING_WORD_RE.search(before):
        return " "
    return None


def clean_lines(text: str | None) -> list[str]:
    """The items of a cell, each whitespace-normalised with its bullet dropped;
    lines that only wrapped are joined to the line before."""
    out: list[str] = []
    raws = [SPACE_RE.sub(" ", raw) for raw in (text or "").split("\n")]
    dash_items = sum(bool(DASH_ITEM_RE.match(raw)) for raw in raws) >= 2
    for raw in raws:
        line = strip_bullet(raw, dash_items).strip()
        if not line:
            continue
        glue = line_glue(out[-1], raw, dash_items) if out else None
        if glue is None:
            out.append(line)
        else:
            out[-1] += glue + line
    return out


def clean_cell(text: str | None) -> str | None:
    """A cell's text for export: lines kept apart by ``\\n``, ``None`` when empty."""
    lines = clean_lines(text)
    return "\n".join(lines) if lines else None


def join_wrapped(text: str | None) -> str:
    """A cell's lines as one line: wraps become spaces, hyphen- and slash-wraps close up."""
    lines = [SPACE_RE.sub(" ", line).strip() for line in (text or "").split("\n")]
    out = ""
    for line in filter(None, lines):
        closes = (HYPHEN_WRAP_RE.search(out) and line[0].isalpha()) or \
            (SLASH_WRAP_RE.search(out) and line[0].isalnum())
        glue = "" if closes else " "
        out = f"{out}{glue}{line}" if out else line
    return out


def normalise_dashes(text: str) -> str:
    """En/em dashes and minus signs written as a spaced hyphen (``Feb 2011 - Rec 3``)."""
    return DASHES_RE.sub(" - ", text)


WORD_RE = re.compile(r"[A-Za-z]+")


def rejoin_broken_months(text: str) -> str:
    """A narrow PDF column breaks words without a hyphen ("Septem ber 2012");
    rejoin two pieces where together they spell a month."""
    words = list(WORD_RE.finditer(text))
    for first, second in reversed(list(zip(words, words[1:], strict=False))):
        gap = text[first.end():second.start()]
        whole = first.group() + second.group()
        months = vocab().months
        if gap.strip() == "" and len(whole) > 4 and whole.lower() in months \
                and first.group().lower() not in months:
            text = text[:first.end()] + text[second.start():]
    return text


def join_values(values: list[str | None]) -> str | None:
    kept = [v for v in values if v]
    return "\n".join(kept) if kept else None
