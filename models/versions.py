"""Plan identity and line matching across a plan's versions: pure functions.

A council re-publishes one plan every few months with new progress notes.
These functions decide, without touching the database, which plan a file
belongs to (authority + a title key with dates, version numbers and
progress-report phrases removed) and which line of a new version continues
which line of the previous one (same ref first, then similar text).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

# Two title keys of one authority at or above this token-sort ratio are the
# same plan: progress updates reword a title slightly ("Action Plan" /
# "Action Plan:"), but two different plans of one council share little
# beyond "improvement plan" (tests/test_versions.py pins examples).
PLAN_TITLE_THRESHOLD = 85.0
# Lines whose refs changed are paired when their area/action text is at least
# this similar; below it they are recorded as one added and one removed line.
LINE_TEXT_THRESHOLD = 80.0

MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
# Progress-report phrases first (they carry their own dates), then dates and
# version numbers left anywhere in the title.
TITLE_NOISE = [
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+)?"
    r"(?:review|report|update)\s+of\s+progress\b",
    r"\bprogress\s+(?:update|report|review)s?\b",
    r"\b(?:milestone|monitoring|highlight|quarterly|monthly|update)\s+reports?\b",
    r"\bupdated?\b",
    rf"\b(?:{ORDINAL}\s+)?(?:{MONTHS})\.?,?\s+{YEAR}\b",
    rf"\b{ORDINAL}\s+(?:{MONTHS})\b",
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    rf"\b{YEAR}\s*(?:[-–/]\s*(?:{YEAR}|\d{{2}}))?\b",
    r"\bv(?:ersion)?\.?\s*\d+(?:\.\d+)*\b",
    r"\bdraft\b|\bfinal\b",
    r"\bas\s+at\b",
]
NOISE_RE = re.compile("|".join(f"(?:{p})" for p in TITLE_NOISE), re.IGNORECASE)


def normalise_words(text: str) -> str:
    """Lower-case ASCII words separated by single spaces ("Children's" -> "childrens")."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’`]", "", text.lower())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def authority_key(authority: str | None) -> str:
    return normalise_words(authority or "")


def title_key(title: str | None, authority: str | None = None) -> str:
    """The plan's title without what changes between its progress updates.

    The authority's own name is dropped too: it is part of the identity
    already, and some updates print it in the title while others don't.
    """
    text = NOISE_RE.sub(" ", title or "")
    key = normalise_words(text)
    name = authority_key(authority)
    if name:
        key = " ".join(f" {key} ".replace(f" {name} ", " ").split())
    # "Improvement plan ( ) relating to" leaves stray connectives at the ends
    return re.sub(r"^(?:and|of|for|to|at|the)\s+|\s+(?:and|of|for|to|at|the|as)$", "", key)


def title_similarity(a: str, b: str) -> float:
    if a == b:
        return 100.0
    return float(fuzz.token_sort_ratio(a, b))


def best_plan(candidates: Iterable[tuple[int, str]], key: str,
              threshold: float = PLAN_TITLE_THRESHOLD) -> tuple[int, float] | None:
    """The (plan id, score) whose title key is most like ``key``, if any reaches the threshold."""
    best: tuple[int, float] | None = None
    for plan_id, other in candidates:
        score = title_similarity(key, other)
        if score >= threshold and (best is None or score > best[1]):
            best = (plan_id, score)
    return best


def lock_key(authority_key_: str) -> int:
    """A stable signed 64-bit number for PostgreSQL's advisory locks.

    Keyed on the authority, not the plan: which plan a file joins is decided
    by fuzzy comparison with that authority's plans, so all loads of one
    authority must take turns.
    """
    digest = hashlib.sha256(f"actionplans:{authority_key_}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def version_sort_key(report_date: date | None, ingested_at: datetime,
                     doc_id: int) -> tuple[int, date, datetime, int]:
    """Versions run by report date; undated files come last, in ingest order."""
    return (report_date is None, report_date or date.min, ingested_at, doc_id)


@dataclass(frozen=True)
class LineText:
    """What matching looks at in one line: its ref and its defining text."""

    ref: str | None
    text: str


@dataclass(frozen=True)
class Match:
    """``current``/``previous`` are indexes into the two versions' line lists."""

    current: int | None
    previous: int | None
    method: str  # ref | text | added | removed
    score: float | None = None


def ref_key(ref: str | None) -> str | None:
    return " ".join(ref.lower().split()) if ref and ref.strip() else None


def line_text(area: str | None, action: str | None) -> str:
    return " ".join(part for part in (area, action) if part)


def _by_ref(previous: Sequence[LineText], current: Sequence[LineText]) -> list[Match]:
    """Equal refs pair up, in document order when a ref repeats."""
    waiting: dict[str, list[int]] = {}
    for i, line in enumerate(previous):
        key = ref_key(line.ref)
        if key is not None:
            waiting.setdefault(key, []).append(i)
    matches = []
    for j, line in enumerate(current):
        key = ref_key(line.ref)
        if key is not None and waiting.get(key):
            i = waiting[key].pop(0)
            score = fuzz.token_sort_ratio(previous[i].text, line.text, processor=default_process)
            matches.append(Match(j, i, "ref", round(float(score), 1)))
    return matches


def _by_text(previous: Sequence[LineText], current: Sequence[LineText], prev_left: list[int],
             cur_left: list[int], threshold: float) -> list[Match]:
    """Greedy best-first pairing of the lines left over, above the threshold."""
    if not prev_left or not cur_left:
        return []
    scores = process.cdist([current[j].text for j in cur_left],
                           [previous[i].text for i in prev_left],
                           scorer=fuzz.token_sort_ratio, processor=default_process)
    pairs = sorted(((float(scores[a][b]), a, b) for a in range(len(cur_left))
                    for b in range(len(prev_left)) if scores[a][b] >= threshold),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_cur: set[int] = set()
    used_prev: set[int] = set()
    matches = []
    for score, a, b in pairs:
        if a in used_cur or b in used_prev:
            continue
        used_cur.add(a)
        used_prev.add(b)
        matches.append(Match(cur_left[a], prev_left[b], "text", round(score, 1)))
    return matches


def match_lines(previous: Sequence[LineText], current: Sequence[LineText],
                threshold: float = LINE_TEXT_THRESHOLD) -> list[Match]:
    """Every current line once (ref, text or added) and every dropped previous line (removed)."""
    matches = _by_ref(previous, current)
    cur_left = [j for j in range(len(current)) if j not in {m.current for m in matches}]
    prev_left = [i for i in range(len(previous)) if i not in {m.previous for m in matches}]
    matches += _by_text(previous, current, prev_left, cur_left, threshold)
    matched_cur = {m.current for m in matches}
    matched_prev = {m.previous for m in matches}
    matches += [Match(j, None, "added") for j in range(len(current)) if j not in matched_cur]
    matches += [Match(None, i, "removed") for i in range(len(previous)) if i not in matched_prev]
    return sorted(matches, key=lambda m: (m.current is None, m.current or 0, m.previous or 0))
