"""Find a document's own status key (RAG legend, symbol key) and read status by it.

A legend is a small table (or a run of text lines) pairing a key — a colour
word, a letter, a glyph, or a coloured swatch — with a meaning.  The meaning
is read into a schema status with ``vocab/status.toml``'s phrase lists, so a
legend that says GREEN means "completed" makes green lines ``complete`` in
that document only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from models.records import Cell, RawTable, TextBlock
from normalise.status import (
    PARTS_ORDER,
    StatusReading,
    compound,
    default_status,
    nearest_rag,
    rag_of_phrase,
    rag_phrases,
    read_leading_word,
    status_word,
)
from normalise.text import squash
from normalise.vocabulary import load_toml

ALIAS_RE = re.compile(r"\(([A-Za-z]{1,3})\)")
# the joins of a compound key ("Amber/Green", "Red-Amber", "Green / Blue")
COMPOUND_JOIN_RE = re.compile(r"\s*[/&+-]\s*")
SENTENCE_END_RE = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")


@dataclass(frozen=True)
class LegendEntry:
    key: str
    meaning: str
    status: str
    rag: str | None = None
    colour: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Legend:
    entries: tuple[LegendEntry, ...] = ()

    def by_alias(self, token: str) -> LegendEntry | None:
        token = token.strip().lower()
        return next((e for e in self.entries if token and token in e.aliases), None)

    def by_rag(self, rag: str | None) -> LegendEntry | None:
        return next((e for e in self.entries if rag and e.rag == rag), None)

    def by_glyph(self, glyph: str, colour: str | None) -> LegendEntry | None:
        matches = [e for e in self.entries if glyph in e.aliases]
        if len(matches) > 1 and colour:
            rag = nearest_rag(colour)
            matches = [e for e in matches if e.rag == rag] or matches
        return matches[0] if matches else None


def meaning_status(meaning: str) -> str | None:
    """Read a legend's description into a schema status, or None if unclear."""
    spec = load_toml("status")["meanings"]
    text = " " + " ".join(re.split(r"[^a-z]+", meaning.lower())) + " "
    for negation in spec["negations"]:
        text = text.replace(f" {negation} ", " ")
    for status in spec["order"]:
        if any(f" {phrase} " in text for phrase in spec[status]):
            return str(status)
    return None


def main_colour(cells: Iterable[Cell]) -> str | None:
    """The first coloured glyph or fill among cells (glyph colour preferred)."""
    cells = list(cells)
    for cell in cells:
        for span in cell.spans:
            if span.text.strip() and span.colour and nearest_rag(span.colour):
                return span.colour
    return next((c.fill for c in cells if c.fill and nearest_rag(c.fill)), None)


def is_compound(word: str) -> bool:
    """Two or more colour words joined into one key ("Green/Blue", "Amber-Red")."""
    parts = [p for p in COMPOUND_JOIN_RE.split(word) if p]
    return len(parts) >= 2 and all(rag_of_phrase(p) for p in parts)


def entry_from_pair(key_cell: Cell, meaning: str) -> LegendEntry | None:
    status = meaning_status(meaning)
    if status is None:
        return None
    key = squash(key_cell.text)
    colour = main_colour([key_cell])
    aliases = [a.lower() for a in ALIAS_RE.findall(key)]
    word = ALIAS_RE.sub("", key).strip()
    rag = rag_of_phrase(word) if word else None
    if word and len(word) <= 30:
        aliases.append(word.lower())
    # a compound key defines itself: its swatch's colour is one of its parts, and
    # reading it as that part would give the part the compound's meaning
    if rag is None and not (word and is_compound(word)):
        rag = nearest_rag(colour)
    if not key and rag is None:
        return None
    return LegendEntry(key, squash(meaning), status, rag, colour, tuple(aliases))


def entries_from_rows(table: RawTable) -> list[LegendEntry]:
    entries = []
    for i in range(table.n_rows):
        cells = sorted(table.row(i), key=lambda c: c.col)
        if len(cells) < 2 or len(cells) > 3:
            continue
        key, meaning = cells[0], " ".join(c.text for c in cells[1:])
        if len(squash(key.text)) > 30:
            continue
        entry = entry_from_pair(key, meaning)
        if entry:
            entries.append(entry)
    return entries


def entries_from_columns(table: RawTable) -> list[LegendEntry]:
    """A legend laid out sideways: colour words across a row, meanings below."""
    for i in range(table.n_rows - 1):
        keys = {c.col: c for c in table.row(i) if rag_of_phrase(squash(c.text))}
        if len(keys) < 3:
            continue
        below = {c.col: c.text for c in table.row(i + 1)}
        entries = [entry_from_pair(cell, below.get(col, "")) for col, cell in keys.items()]
        return [e for e in entries if e]
    return []


def legend_from_table(table: RawTable) -> Legend | None:
    entries = entries_from_rows(table) or entries_from_columns(table)
    return Legend(tuple(entries)) if len(entries) >= 2 else None


@lru_cache(maxsize=1)
def text_key_re() -> re.Pattern[str]:
    """A colour word opening a legend entry in running text: "Red = ", "Amber (A) – ",
    or a compound of them, read whole ("Amber/Red = …" is not "Red = …")."""
    words = sorted({p for p, _ in rag_phrases() if len(p) > 2}, key=len, reverse=True)
    word = "|".join(re.escape(w).replace(r"\ ", r"[\s/-]*") for w in words)
    key = rf"(?:{word})(?:\s*[/&+]\s*(?:{word}))*"
    return re.compile(rf"(?<![\w/&+])({key})\b\s*(\([A-Za-z]{{1,3}}\))?\s*(?:=|:|–|—|-)\s*", re.I)


def text_legend_pairs(text: str) -> list[tuple[str, str]]:
    """("Red", "behind schedule") for each "Red = behind schedule" in a text,
    several to a line ("Key: Green = complete; Amber = on schedule")."""
    keys = list(text_key_re().finditer(text))
    pairs: list[tuple[str, str]] = []
    for key, following in zip(keys, [*keys[1:], None], strict=False):
        end = following.start() if following else len(text)
        # the key's last entry ends with its sentence: what follows is prose about the key
        # ("Red = delayed. Actions not yet started are not shaded.")
        meaning = SENTENCE_END_RE.split(text[key.end():end], maxsplit=1)[0].strip(" ;,.\n")
        pairs.append((key.group(1) + (f" {key.group(2)}" if key.group(2) else ""), meaning))
    return pairs


def legend_from_blocks(blocks: Sequence[TextBlock]) -> Legend | None:
    """A key printed as running text rather than a table."""
    entries = []
    for block in blocks:
        for key, meaning in text_legend_pairs(block.text):
            entry = entry_from_pair(Cell(text=key, row=0, col=0, spans=block.spans), meaning)
            if entry:
                entries.append(entry)
    return Legend(tuple(entries)) if len(entries) >= 2 else None


def find_legend(tables: Sequence[RawTable], blocks: Sequence[TextBlock]) -> Legend:
    """Every key the document prints, in order (a plan may print a RAG key and a
    summary table of the same colours: the first entry for a colour wins)."""
    entries: list[LegendEntry] = []
    for table in tables:
        legend = legend_from_table(table)
        if legend:
            entries.extend(legend.entries)
    if not entries:
        text_legend = legend_from_blocks(blocks)
        entries = list(text_legend.entries) if text_legend else []
    return Legend(tuple(entries))


# --- reading a status cell -------------------------------------------------------

def with_legend(reading: StatusReading, legend: Legend) -> StatusReading:
    """The reading's status in the document's own key, where the key has its colour."""
    entry = legend.by_rag(reading.rag)
    return replace(reading, status=entry.status) if entry else reading


def read_glyph(text: str, cells: Sequence[Cell], legend: Legend) -> StatusReading | None:
    glyph = text.strip()
    if not glyph or len(glyph) > 2:
        return None
    colour = main_colour(cells)
    entry = legend.by_glyph(glyph.lower(), colour) or legend.by_alias(glyph)
    if entry is None and glyph.isalnum():
        return None
    rag = nearest_rag(colour) or (entry.rag if entry else None)
    status = entry.status if entry else "unknown"
    return StatusReading(glyph, rag, status, None, "glyph")


def read_fill(cells: Sequence[Cell], legend: Legend) -> StatusReading | None:
    """A colour-only status: rag_text is the colour's name ("green")."""
    rag = nearest_rag(next((c.fill for c in cells if c.fill and nearest_rag(c.fill)), None))
    if rag is None:
        return None
    entry = legend.by_rag(rag)
    status = entry.status if entry else default_status(rag)
    return StatusReading(rag.replace("_", "/"), rag, status, None, "fill")


def read_status_cell(text: str, cells: Sequence[Cell], legend: Legend) -> StatusReading:
    """Status from a status column's cell: legend key, word, glyph, or fill alone."""
    stripped = text.strip()
    entry = legend.by_alias(stripped) if stripped else None
    if entry:
        return StatusReading(compound(stripped), entry.rag or nearest_rag(main_colour(cells)),
                             entry.status, None, "word")
    word = read_leading_word(stripped) if stripped else None
    if word:
        fill_rag = nearest_rag(main_colour(cells))
        word = StatusReading(word.rag_text, word.rag or fill_rag, word.status, word.remainder,
                             "word")
        return with_legend(word, legend)
    worded = status_word(stripped) if stripped else None
    if worded:
        return StatusReading(compound(stripped), None, worded, None, "word")
    glyph = read_glyph(stripped, cells, legend)
    if glyph:
        return glyph
    fill = read_fill(cells, legend)
    if fill:
        remainder = stripped or None
        return StatusReading(fill.rag_text, fill.rag, fill.status, remainder, "fill")
    return StatusReading(remainder=stripped or None)


def read_status_cells(text: str, cells: Sequence[Cell], legend: Legend) -> StatusReading:
    """Status from a line's status cells.  A line of several rows (actions grouped under
    one ref) may print a status in each row: when every such cell reads as a status on
    its own, the line takes the least favourable, as a line whose parts stand at
    different points of a scale does; otherwise (rows that agree included) the cells are
    read as one text."""
    parts = [c for c in cells if c.text.strip() or c.fill]
    if len(parts) > 1:
        readings = [read_status_cell(c.text, [c], legend) for c in parts]
        agree = len({(r.rag, r.status) for r in readings}) == 1
        if not agree and all(r.status in PARTS_ORDER and r.remainder is None for r in readings):
            worst = min(readings, key=lambda r: PARTS_ORDER.index(r.status))
            printed = "\n".join(r.rag_text for r in readings if r.rag_text)
            return replace(worst, rag_text=printed or None)
    return read_status_cell(text, cells, legend)

