"""Word's automatic numbering: the "1.1", "a)" or bullet a reader sees before
a numbered paragraph, though the text itself does not contain it.

Plans often number their lines with Word lists, so without this a ref
column would come out empty.  The numbering part defines abstract lists
(w:abstractNum: per level a start value, a format and a pattern such as
"%1.%2") and list instances (w:num) that use them; each instance keeps its
own counters, advanced in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from extractors.docx.xmlwalk import child, w, wattr

BULLET = "•"
MAX_LEVELS = 9


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""


def roman(n: int) -> str:
    values = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
              (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in values:
        while n >= value:
            out, n = out + letters, n - value
    return out


def letters(n: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (Word repeats the letter)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    match fmt:
        case "lowerLetter":
            return letters(n)
        case "upperLetter":
            return letters(n).upper()
        case "lowerRoman":
            return roman(n)
        case "upperRoman":
            return roman(n).upper()
        case "decimalZero":
            return f"{n:02d}"
        case _:
            return str(n)


def read_level(lvl: etree._Element) -> Level:
    start = wattr(child(lvl, "start"), "val")
    return Level(start=int(start) if start and start.lstrip("-").isdigit() else 1,
                 fmt=wattr(child(lvl, "numFmt"), "val") or "decimal",
                 text=wattr(child(lvl, "lvlText"), "val") or "")


def level_index(lvl: etree._Element) -> int | None:
    value = wattr(lvl, "ilvl")
    return int(value) if value and value.isdigit() and int(value) < MAX_LEVELS else None


def read_levels(parent: etree._Element) -> dict[int, Level]:
    levels = {}
    for lvl in parent.iterchildren(w("lvl")):
        index = level_index(lvl)
        if index is not None:
            levels[index] = read_level(lvl)
    return levels


@dataclass
class Numbering:
    """The numbering part, and the counters of each list instance so far."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    instances: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> Numbering:
        numbering = cls()
        if root is None:
            return numbering
        for abstract in root.iterchildren(w("abstractNum")):
            numbering.abstract[wattr(abstract, "abstractNumId") or ""] = read_levels(abstract)
        for num in root.iterchildren(w("num")):
            numbering.add_instance(num)
        return numbering

    def add_instance(self, num: etree._Element) -> None:
        base = self.abstract.get(wattr(child(num, "abstractNumId"), "val") or "", {})
        levels = dict(base)
        for override in num.iterchildren(w("lvlOverride")):
            index = level_index(override)
            if index is None:
                continue
            own = child(override, "lvl")
            start = wattr(child(override, "startOverride"), "val")
            level = read_level(own) if own is not None else levels.get(index, Level())
            if start and start.isdigit():
                level = Level(int(start), level.fmt, level.text)
            levels[index] = level
        self.instances[wattr(num, "numId") or ""] = levels

    def label(self, num_id: str | None, ilvl: int) -> str | None:
        """The next label of list ``num_id`` at level ``ilvl`` (None if not a list)."""
        levels = self.instances.get(num_id or "")
        if not levels or ilvl not in levels:
            return None
        counts = self.counters.setdefault(num_id or "", [0] * MAX_LEVELS)
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else levels[ilvl].start
        for deeper in range(ilvl + 1, MAX_LEVELS):
            counts[deeper] = 0
        return self.render(levels, counts, ilvl)

    @staticmethod
    def render(levels: dict[int, Level], counts: list[int], ilvl: int) -> str | None:
        level = levels[ilvl]
        if level.fmt == "bullet":
            return BULLET
        if level.fmt == "none":
            return level.text.strip() or None
        text = level.text
        for index in range(ilvl + 1):
            own = levels.get(index, Level())
            value = counts[index] or own.start
            text = text.replace(f"%{index + 1}", format_number(value, own.fmt))
        return text.strip() or None
