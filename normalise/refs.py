"""Pull references to the inspection report or source plans out of text.

Two shapes occur: citations in brackets inside running text ("(para 42)",
"(Ofsted Feb 2011 - Rec 1)", "(CQC Rec 4)"), and reference columns holding
code lists ("AA1 AA3", "OIS 2012 1.2, 1.4", "OIS 2012 IN 1.1, 1.3").
"""

from __future__ import annotations

import re

from normalise.text import normalise_dashes, squash
from normalise.vocabulary import load_toml

BRACKET_RE = re.compile(r"\(([^()]{2,80})\)")
PARA_RE = re.compile(r"^(?:para(?:graph)?s?\.?|p\.)\s*(\d+(?:\.\d+)*(?:\s*(?:,|and|-)\s*\d+)*)$",
                     re.IGNORECASE)
# One code with its numbers: "AA1", "IN 1.1, 1.3", "OIS 2012 1.2, 1.4", "para 42".
CODE_RE = re.compile(
    r"(?P<prefix>[A-Z]{1,5}(?:\s(?:19|20)\d{2})?|para(?:graph)?\.?)"
    r"(?P<glued>\d+(?:\.\d+)*)?"
    r"(?P<nums>(?:\s*,?\s*(?:and\s+)?(?:\(\d+\)|\d+(?:\.\d+)*(?:\s*\([a-z]\))?))*)"
)


def cites_a_source(inner: str) -> bool:
    """A bracketed citation names a source and carries a number or date
    ("Ofsted Feb 2011 - Rec 1"); "(SCR)" or "(in line with …)" do not."""
    if not re.search(r"\d", inner):
        return False
    for word in load_toml("refs")["citation_words"]:
        # upper-case codes (IN, OIS, CQC) must match their case: "in line" is no citation
        if inner.startswith(word) if word.isupper() else inner.lower().startswith(word.lower()):
            return True
    return False


def clean_ref(text: str) -> str:
    return squash(normalise_dashes(text))


def bracketed_refs(text: str) -> list[str]:
    """Citations in brackets: paragraph numbers and named inspections/recommendations."""
    found = []
    for inner in BRACKET_RE.findall(text or ""):
        inner = squash(inner)
        para = PARA_RE.match(inner)
        if para:
            found.append(f"para {para.group(1)}")
        elif cites_a_source(inner):
            found.append(clean_ref(inner))
    return found


def expand_code(match: re.Match[str]) -> list[str]:
    prefix = match.group("prefix")
    glued = match.group("glued")
    # "OIS 2012 (20)": a bracketed paragraph number is kept as printed
    numbers = re.findall(r"\(\d+\)|\d+(?:\.\d+)*(?:\s*\([a-z]\))?", match.group("nums") or "")
    if prefix.lower().startswith("para"):
        return [f"para {n}" for n in ([glued] if glued else []) + numbers]
    if glued:
        return [f"{prefix}{glued}"] + [f"{prefix} {n}" for n in numbers]
    if numbers:
        return [f"{prefix} {n}" for n in numbers]
    # A bare prefix is a reference only when it names a dated report ("OIS 2012").
    return [prefix] if re.search(r"\d{4}$", prefix) else []


def column_refs(text: str) -> list[str]:
    """Codes listed in a reference column, each expanded with its numbers."""
    found: list[str] = []
    for match in CODE_RE.finditer(squash(text)):
        if match.group(0).strip():
            found.extend(expand_code(match))
    return found


def unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in items if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]


def source_refs(column_texts: list[str], free_texts: list[str]) -> tuple[str, ...]:
    refs: list[str] = []
    for text in column_texts:
        refs.extend(column_refs(text))
    for text in free_texts:
        refs.extend(bracketed_refs(text))
    return tuple(unique(refs))
