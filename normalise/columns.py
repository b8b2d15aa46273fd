"""Map a table's header cells onto the schema's fields.

Headers are matched tolerantly against ``vocab/headers.toml`` (case,
punctuation, word order and small spelling slips, with rapidfuzz).  Where a
header is missing or matches nothing, the column's content decides: a column
of ``1.1``/``2.1 (a)`` is the ref, a column of ``AA1``/``IN 3.1`` holds source
references, a column of dates is a timescale, a column of RAG words or
colour-only cells is the status.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from normalise.status import looks_like_status
from normalise.vocabulary import load_toml

REF_RE = re.compile(r"^[A-Z]?\d{1,2}(\.\d{1,2}){0,2}\.?(\s*\(?[a-z]\))?$")
SOURCE_CODE_RE = re.compile(r"^((?:[A-Z]{2,4}\s?\d+(\.\d+)*[,\s]*)+|para\w*\s+\d+.*|OIS\s+\d{4}.*)$")
PUNCT_RE = re.compile(r"[^\w\s#]")


@dataclass(frozen=True)
class ColumnMap:
    """Which grid columns feed which schema field, and how sure we are."""

    fields: tuple[tuple[str, tuple[int, ...]], ...]
    by_content: tuple[str, ...] = ()
    unmapped: tuple[int, ...] = ()
    ignored: tuple[int, ...] = ()

    def columns(self, field: str) -> tuple[int, ...]:
        return dict(self.fields).get(field, ())

    @property
    def mapped_fields(self) -> frozenset[str]:
        return frozenset(f for f, _ in self.fields)


def normalise_header(text: str) -> str:
    return " ".join(PUNCT_RE.sub(" ", text.lower()).split())


def containment_score(header: str, synonym: str) -> float:
    """A short header that contains a synonym's words in order ("Issue identified
    by Ofsted" holds "issue") matches just above the threshold, more for longer
    synonyms, so "References Action No." is the ref (action no), not the action."""
    words = header.split()
    if len(words) > 6 or not re.search(rf"\b{re.escape(synonym)}\b", header):
        return 0.0
    return min(95.0, 86.0 + 2 * len(synonym.split()))


def header_score(header: str, synonym: str) -> float:
    """How well a header matches a synonym (0..100), word order and typos tolerated."""
    if not header:
        return 0.0
    if header == synonym:
        return 100.0
    score = fuzz.token_sort_ratio(header, synonym)
    # "Lead officer(s)" or "Timescales for completion": a header that starts
    # with a whole multi-word synonym is a strong match too.
    if len(synonym) > 6 and header.startswith(synonym + " "):
        score = max(score, 90.0)
    return max(float(score), containment_score(header, synonym))


def best_field(header: str) -> tuple[str | None, float]:
    vocab = load_toml("headers")
    text = normalise_header(header)
    best: tuple[str | None, float] = (None, 0.0)
    for field, spec in vocab["fields"].items():
        for synonym in spec["synonyms"]:
            score = header_score(text, synonym)
            if score > best[1]:
                best = (field, score)
    return best


def is_ignored(header: str) -> bool:
    text = normalise_header(header)
    threshold = load_toml("headers")["matching"]["threshold"]
    return any(header_score(text, s) >= threshold for s in load_toml("headers")["ignored"]["synonyms"])


def multiple_allowed(field: str) -> bool:
    return bool(load_toml("headers")["fields"][field].get("multiple", False))


def share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    filled = [v for v in values if v.strip()]
    if not filled:
        return 0.0
    return sum(1 for v in filled if test(v.strip())) / len(filled)


def content_field(values: Sequence[str], fills: Sequence[str | None],
                  is_timescale: Callable[[str], bool]) -> str | None:
    """Guess a column's field from what its cells hold; None when unclear."""
    if share(values, lambda v: bool(REF_RE.match(v))) >= 0.7:
        return "ref"
    if share(values, lambda v: bool(SOURCE_CODE_RE.match(v))) >= 0.7:
        return "source_refs"
    if share(values, looks_like_status) >= 0.7:
        return "status"
    if not any(v.strip() for v in values) and sum(1 for f in fills if f) >= max(1, len(fills) // 2):
        return "status"
    if share(values, is_timescale) >= 0.6:
        return "timescale"
    return None


def map_columns(header: Sequence[str], body_values: Sequence[Sequence[str]],
                body_fills: Sequence[Sequence[str | None]],
                is_timescale: Callable[[str], bool]) -> ColumnMap:
    """Assign each grid column to a field (or leave it unmapped)."""
    threshold = load_toml("headers")["matching"]["threshold"]
    claims: dict[str, list[tuple[float, int]]] = {}
    by_content: list[str] = []
    unmapped: list[int] = []
    ignored: list[int] = []
    for col, head in enumerate(header):
        field, score = best_field(head)
        if field is None or score < threshold:
            if head.strip() and is_ignored(head):
                ignored.append(col)
                continue
            field = content_field(body_values[col], body_fills[col], is_timescale)
            if field is None:
                if any(v.strip() for v in body_values[col]) or head.strip():
                    unmapped.append(col)
                continue
            by_content.append(field)
            score = float(threshold)
        claims.setdefault(field, []).append((score, col))
    return resolve_claims(claims, by_content, unmapped, ignored)


def resolve_claims(claims: dict[str, list[tuple[float, int]]], by_content: list[str],
                   unmapped: list[int], ignored: list[int]) -> ColumnMap:
    """One column per single-valued field (the best match wins); others join up."""
    fields: list[tuple[str, tuple[int, ...]]] = []
    for field, cols in claims.items():
        if multiple_allowed(field):
            fields.append((field, tuple(sorted(c for _, c in cols))))
            continue
        ranked = sorted(cols, key=lambda sc: (-sc[0], sc[1]))
        fields.append((field, (ranked[0][1],)))
        unmapped.extend(c for _, c in ranked[1:])
    fields.sort(key=lambda fc: fc[1][0])
    return ColumnMap(tuple(fields), tuple(by_content), tuple(sorted(unmapped)), tuple(ignored))


def is_action_table(mapping: ColumnMap) -> bool:
    """A plan's action table names what is done and at least one of who/when/status."""
    fields = mapping.mapped_fields
    core = {"action", "area_for_improvement"} & fields
    support = {"lead", "timescale", "status", "progress", "outcome", "ref"} & fields
    return bool(core) and len(support) >= 2
