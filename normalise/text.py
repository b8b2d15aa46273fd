"""Text clean-up shared by the normalisers: whitespace, bullets, dashes."""

from __future__ import annotations

import re

# Bullet glyphs as Word and PDF producers emit them (incl. Symbol/Wingdings
# private-use code points that survive extraction).
BULLETS = "•●◦▪■□➢➤►▶–-*·o\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
BULLET_RE = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}]|\d+[.)]|[a-z][.)])\s+")
GLYPH_ONLY_BULLET_RE = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s+")
SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
DASHES_RE = re.compile(r"\s*[\u2010-\u2015\u2212]\s*")


def squash(text: str | None) -> str:
    """All whitespace runs (newlines included) to single spaces, trimmed."""
    return " ".join((text or "").split())


def clean_lines(text: str | None) -> list[str]:
    """The non-empty lines of a cell, each whitespace-normalised, bullets dropped."""
    out = []
    for line in (text or "").split("\n"):
        line = GLYPH_ONLY_BULLET_RE.sub("", SPACE_RE.sub(" ", line)).strip()
        if line:
            out.append(line)
    return out


def clean_cell(text: str | None) -> str | None:
    """A cell's text for export: lines kept apart by ``\\n``, ``None`` when empty."""
    lines = clean_lines(text)
    return "\n".join(lines) if lines else None


def normalise_dashes(text: str) -> str:
    """En/em dashes and minus signs written as a spaced hyphen (``Feb 2011 - Rec 3``)."""
    return DASHES_RE.sub(" - ", text)


def join_values(values: list[str | None]) -> str | None:
    kept = [v for v in values if v]
    return "\n".join(kept) if kept else None
