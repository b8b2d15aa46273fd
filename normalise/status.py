"""Read a line's status (RAG) from a word, letter, glyph or fill colour.

``rag`` is the colour the plan shows; ``status`` is what that colour means in
the document's own key (see ``normalise.legend``), else by the defaults in
``vocab/status.toml``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from normalise.vocabulary import load_toml

RAG_VALUES = ("red", "red_amber", "amber", "amber_green", "green", "blue", "grey")
STATUS_VALUES = ("not_started", "off_track", "at_risk", "on_track", "complete", "unknown")


@dataclass(frozen=True)
class StatusReading:
    rag_text: str | None = None
    rag: str | None = None
    status: str = "unknown"
    remainder: str | None = None
    source: str = "none"  # word | glyph | fill | progress | none


@lru_cache(maxsize=1)
def rag_phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, rag) pairs, longest phrase first so "amber green" beats "amber"."""
    words = load_toml("status")["rag"]["words"]
    pairs = [(phrase.lower(), rag) for rag, phrases in words.items() for phrase in phrases]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def leading_rag_re() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"[\s/-]*") for p, _ in rag_phrases())
    return re.compile(rf"^\(?\s*({alternatives})\s*\)?(?=$|[\s.,;:\-–—(])", re.IGNORECASE)


@lru_cache(maxsize=1)
def trailing_rag_re() -> re.Pattern[str]:
    # letters ("A", "AG", "A/G") end ordinary sentences too: only words are read here
    long_words = [p for p, _ in rag_phrases() if len(re.sub(r"[^a-z]", "", p)) > 2]
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"[\s/-]*") for p in long_words)
    return re.compile(rf"[\s(]*\b({alternatives})\b\s*\)?\s*[.]?\s*$", re.IGNORECASE)


def compound(word: str) -> str:
    """A compound key printed across a wrap ("Amber/" + "Green") reads as one word:
    "Amber/Green". The extractor keeps the wrap's space, since a wrap after a slash
    is as often between two names ("Rose Collinson/ Sue Butcher")."""
    return re.sub(r"\s*/\s*", "/", word)


def phrase_key(phrase: str) -> str:
    """A phrase by its words alone: spaces, slashes and hyphens between them all one space."""
    return " ".join(re.split(r"[\s/-]+", phrase))


@lru_cache(maxsize=1)
def rag_by_key() -> dict[str, str]:
    """Each RAG phrase's key and its RAG (the first phrase's, in ``rag_phrases`` order,
    when two share a key): every cell of a table is looked up, so built once."""
    found: dict[str, str] = {}
    for candidate, rag in rag_phrases():
        found.setdefault(phrase_key(candidate), rag)
    return found


def rag_of_phrase(phrase: str) -> str | None:
    return rag_by_key().get(phrase_key(phrase.lower().strip("() ")))


def default_status(rag: str | None) -> str:
    if rag is None:
        return "unknown"
    return str(load_toml("status")["default_status"].get(rag, "unknown"))


# a line whose parts stand at different points of a scale takes the least favourable
# reading, work under way ranking before work not begun (part of it has begun)
PARTS_ORDER = ("off_track", "at_risk", "on_track", "not_started", "complete")


def status_word(text: str) -> str | None:
    """A status printed as words ("Complete", "On target"), without colour; or
    scale words naming the parts at each ("Limited: c; Substantial: a, b")."""
    key = " ".join(text.lower().strip(" .").split())
    for status, words in load_toml("status")["words"].items():
        if key in words:
            return str(status)
    return parts_status(key)


def parts_status(key: str) -> str | None:
    items = [item.partition(":") for item in key.split(";")]
    if len(items) < 2 or any(not sep for _, sep, _ in items):
        return None
    found = []
    for head, _, _ in items:
        status = status_word(head)
        if status is None:
            return None
        found.append(status)
    return min(found, key=lambda s: PARTS_ORDER.index(s) if s in PARTS_ORDER else 0)


def looks_like_status(text: str) -> bool:
    """A short cell opening with a RAG word, or a status word on its own."""
    short_rag = bool(leading_rag_re().match(text.strip())) and len(text.split()) <= 6
    return short_rag or status_word(text) is not None


def read_leading_word(text: str) -> StatusReading | None:
    """``Green 21.11.12 - shared…`` → rag_text "Green", remainder the note."""
    match = leading_rag_re().match(text.strip())
    if not match:
        return None
    rag = rag_of_phrase(match.group(1))
    rest = text.strip()[match.end():].strip(" \n-–—:;,") or None
    return StatusReading(compound(match.group(1)), rag, default_status(rag), rest, "word")


# a key of capital letters at the very end of a note: "A/G", "R/A", "AG"
TRAILING_LETTERS_RE = re.compile(r"(?:^|\s)\(?([A-Z]{1,2}(?:\s?/\s?[A-Z]{1,2})+|[A-Z]{2})\)?\s*[.]?\s*$")


def read_trailing_key(text: str, keys: Collection[str]) -> StatusReading | None:
    """``… whether needs are identified earlier. A/G``: a letter key at the end of a
    note, read only when the document's own legend defines that key (``keys``, lower
    case) and it names a colour; a lone letter is never read ("… under Plan A")."""
    match = TRAILING_LETTERS_RE.search(text)
    if not match:
        return None
    word = compound(match.group(1))
    rag = rag_of_phrase(word)
    if rag is None or word.lower() not in keys:
        return None
    rest = text[:match.start()].rstrip() or None
    return StatusReading(word, rag, default_status(rag), rest, "progress")


def read_trailing_word(text: str, *, any_case: bool,
                       keys: Collection[str] = ()) -> StatusReading | None:
    """``… audits AMBER`` at the end of a progress cell; lower-case only if allowed.
    Letter keys ("A/G") only when the document's legend defines them (``keys``)."""
    match = trailing_rag_re().search(text)
    if not match:
        return read_trailing_key(text, keys) if keys else None
    word = match.group(1)
    if not any_case and word != word.upper():
        return None
    rag = rag_of_phrase(word)
    rest = text[:match.start()].rstrip() or None
    return StatusReading(compound(word), rag, default_status(rag), rest, "progress")


# --- colours -----------------------------------------------------------------

def hex_to_rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def rgb_to_lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """sRGB (0..1) to CIE L*a*b* (D65), so distances follow perceived difference."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def is_neutral_background(colour: str) -> bool:
    """White and near-white fills are paper, not status."""
    return min(hex_to_rgb(colour)) > 0.94


def nearest_rag(colour: str | None) -> str | None:
    """The RAG colour nearest to a fill or glyph colour, or None if none is close."""
    if not colour or not re.fullmatch(r"#[0-9a-fA-F]{6}", colour) or is_neutral_background(colour):
        return None
    table = load_toml("status")["colours"]
    refs = tuple((ref, rag) for rag, refs in table.items() if isinstance(refs, list) for ref in refs)
    lab = rgb_to_lab(hex_to_rgb(colour))
    best = min(((math.dist(lab, ref_lab), rag) for ref_lab, rag in reference_labs(refs)),
               default=None)
    if best is None or best[0] > float(table["max_distance"]):
        return None
    return best[1]


@lru_cache(maxsize=8)
def reference_labs(refs: tuple[tuple[str, str], ...]) -> tuple[tuple[tuple[float, float, float], str], ...]:
    """The reference colours in L*a*b*, converted once (a table reads thousands of fills)."""
    return tuple((rgb_to_lab(hex_to_rgb(ref)), rag) for ref, rag in refs)
