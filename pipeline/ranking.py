"""Rank full-text hits the same way whichever database found them.

FTS5's bm25() and PostgreSQL's ts_rank() disagree on order, so `query
search` lets the database match (with its index) and ranks the hits here:
BM25 over the action (weight 3), area-for-improvement (2) and progress (1)
text, words reduced by a light suffix stripper. Every hit holds every query
word somewhere, so there is no IDF term: what counts is how often and in
which field the words appear, relative to the line's length.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

FIELD_WEIGHTS = {"action": 3.0, "area_for_improvement": 2.0, "progress": 1.0}
K1 = 1.2
B = 0.75
SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


def stem(word: str) -> str:
    """A crude stem: 'training', 'trained', 'trains' -> 'train'; 'issues' -> 'issu'."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def stems(text: str | None) -> list[str]:
    return [stem(w) for w in re.findall(r"\w+", (text or "").lower())]


def weighted_counts(row: dict[str, Any]) -> tuple[dict[str, float], float]:
    """Field-weighted term counts of a line, and its weighted length."""
    counts: dict[str, float] = defaultdict(float)
    length = 0.0
    for field, weight in FIELD_WEIGHTS.items():
        words = stems(row.get(field))
        length += weight * len(words)
        for word in words:
            counts[word] += weight
    return counts, length


def rank(rows: list[dict[str, Any]], terms: list[str]) -> list[dict[str, Any]]:
    """The rows best first; ties keep council, document and line order."""
    wanted = [stem(t) for t in terms]
    measured = [weighted_counts(row) for row in rows]
    average = sum(length for _, length in measured) / len(measured) if measured else 1.0

    def score(index: int) -> float:
        counts, length = measured[index]
        norm = K1 * (1 - B + B * length / (average or 1.0))
        return sum(counts[t] * (K1 + 1) / (counts[t] + norm) for t in wanted if t in counts)

    scores = [round(score(i), 9) for i in range(len(rows))]
    order = sorted(range(len(rows)), key=lambda i: (-scores[i], rows[i].get("authority") or "",
                                                    rows[i].get("document") or "",
                                                    rows[i].get("seq") or 0))
    return [rows[i] for i in order]
