"""Map a table's columns onto the schema's fields, and say whether it is a plan.

The roles come from ``normalise.roles`` (header and content evidence, assigned
jointly); this module turns them into the ``ColumnMap`` line building reads,
and decides whether the table is a plan's action table at all: one column
reads as actions (by header or content) and at least one other role is
present (ref, timescale, lead, status or progress).  Tables whose headers
name another kind of table (a risk register, a KPI scorecard, a budget, a
forward plan of decisions, a glossary …) stay out unless a header names the
actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from models.records import ColumnRole
from normalise.cues import content_scores, content_shares
from normalise.roles import HEADER_BACKED, best_synonyms, column_roles, normalise_header
from normalise.vocabulary import Vocabulary, vocabulary

__all__ = ["ColumnMap", "best_field", "content_field", "is_action_table", "map_columns",
           "normalise_header", "table_verdict"]

SUPPORT_FIELDS = ("ref", "timescale", "lead", "status", "progress")
CONTENT_FIELD_MIN = 0.6


@dataclass(frozen=True)
class ColumnMap:
    """Which grid columns feed which schema field, and how sure we are."""

    fields: tuple[tuple[str, tuple[int, ...]], ...]
    by_content: tuple[str, ...] = ()
    unmapped: tuple[int, ...] = ()
    ignored: tuple[int, ...] = ()
    roles: tuple[ColumnRole, ...] = ()

    def columns(self, field: str) -> tuple[int, ...]:
        return dict(self.fields).get(field, ())

    @property
    def mapped_fields(self) -> frozenset[str]:
        return frozenset(f for f, _ in self.fields)

    def header_backed(self, field: str) -> bool:
        return any(r.field == field and r.header_score >= HEADER_BACKED for r in self.roles)


def best_field(header: str, vocab: Vocabulary | None = None) -> tuple[str | None, float]:
    """The field whose synonym best matches a header, with the score (0..100)."""
    found = best_synonyms(header, vocab or vocabulary())
    if not found:
        return None, 0.0
    field = max(found, key=lambda f: found[f][0])
    return field, found[field][0]


def content_field(values: Sequence[str], fills: Sequence[str | None],
                  is_timescale: Callable[[str], bool], vocab: Vocabulary | None = None) -> str | None:
    """The field a column's content alone reads as, when it reads clearly as one."""
    scores = content_scores(content_shares(values, fills, vocab or vocabulary(), is_timescale))
    field = max(scores, key=lambda f: scores[f])
    return field if scores[field] >= CONTENT_FIELD_MIN else None


def mapping_of(roles: Sequence[ColumnRole], values: Sequence[Sequence[str]]) -> ColumnMap:
    fields: dict[str, list[int]] = {}
    for role in roles:
        if role.field:
            fields.setdefault(role.field, []).append(role.column)
    ordered = sorted(((f, tuple(cols)) for f, cols in fields.items()), key=lambda fc: fc[1][0])
    by_content = tuple(r.field for r in roles if r.field and r.source == "content")
    unmapped = tuple(r.column for r in roles if r.field is None and r.note is None
                     and (r.header.strip() or any(v.strip() for v in values[r.column])))
    ignored = tuple(r.column for r in roles if r.field is None and r.note is not None)
    return ColumnMap(tuple(ordered), by_content, unmapped, ignored, tuple(roles))


def map_columns(header: Sequence[str], body_values: Sequence[Sequence[str]],
                body_fills: Sequence[Sequence[str | None]],
                is_timescale: Callable[[str], bool], vocab: Vocabulary | None = None) -> ColumnMap:
    """Assign each grid column to a field (or leave it raw)."""
    roles = column_roles(header, body_values, body_fills, vocab or vocabulary(), is_timescale)
    return mapping_of(roles, body_values)


def other_kind(header: Sequence[str], vocab: Vocabulary) -> tuple[str, tuple[str, ...]] | None:
    """The kind of non-plan table (risk register, KPI scorecard …) two or more headers name."""
    texts = [f" {normalise_header(h)} " for h in header if h.strip()]
    best: tuple[str, tuple[str, ...]] | None = None
    for kind, words in vocab.table_kinds:
        named = tuple(h.strip() for h in texts if any(f" {w} " in h for w in words))
        if len(named) >= 2 and (best is None or len(named) > len(best[1])):
            best = (kind, named)
    return best


def names_field(mapping: ColumnMap, field: str, vocab: Vocabulary) -> bool:
    """A column of this field whose header holds one of its synonyms."""
    return any(r.field == field and r.header_score * 100 >= vocab.threshold for r in mapping.roles)


def reads_as_actions(role: ColumnRole, vocab: Vocabulary) -> bool:
    """An action column by a synonym in its header (over cells that say something: an
    instruction or a sentence), or by cells that read as instructions (most of them
    when the header says nothing, some when a cue word hints at it)."""
    shares = dict(role.shares)
    if role.header_score * 100 >= vocab.threshold:
        return shares.get("action", 0.0) > 0 or shares.get("long_text", 0.0) > 0
    needed = 0.25 if role.header_score >= HEADER_BACKED else 0.5
    return shares.get("action", 0.0) >= needed


def table_verdict(mapping: ColumnMap, header: Sequence[str], vocab: Vocabulary | None = None,
                  n_lines: int = 2) -> tuple[bool, str, str]:
    """(accepted, reason, kind) for a mapped table."""
    vocab = vocab or vocabulary()
    named_core = names_field(mapping, "action", vocab) or names_field(mapping, "area_for_improvement", vocab)
    kind = other_kind(header, vocab)
    named_support = [f for f in SUPPORT_FIELDS if f != "ref" and names_field(mapping, f, vocab)]
    # another kind of table (a risk register, a job's hazards) counts as a plan only
    # when its headers name the actions and who, when, status or progress
    if kind and not (named_core and named_support):
        return False, f"reads as a {kind[0].replace('_', ' ')} (headers: {', '.join(kind[1])})", kind[0]
    support = [f for f in SUPPORT_FIELDS if f in mapping.mapped_fields]
    actions = [r for r in mapping.roles if r.field == "action" and reads_as_actions(r, vocab)]
    # a named list of recommendations counts as the plan's lines only with two
    # more roles beside it (an appendix of findings with their timescales is not)
    core = actions or (names_field(mapping, "area_for_improvement", vocab) and len(support) >= 2)
    if not core:
        return False, "no column reads as actions", "table"
    if not support:
        return False, "a column of actions but no ref, timescale, lead, status or progress", "table"
    if not named_core and not content_enough(mapping, actions, n_lines):
        return False, "actions and roles read from content only, on too few rows to tell", "table"
    return True, f"actions with {', '.join(support)}", "action_table"


def content_enough(mapping: ColumnMap, actions: Sequence[ColumnRole], n_lines: int) -> bool:
    """Where no header names the actions, the content must: two rows or more, and a
    second role named by its header or two read from content."""
    if n_lines < 2:
        return False
    named_support = [r for r in mapping.roles
                     if r.field in SUPPORT_FIELDS and r.header_score >= HEADER_BACKED]
    content_support = {r.field for r in mapping.roles if r.field in SUPPORT_FIELDS}
    return bool(named_support) or len(content_support) >= 2


def is_action_table(mapping: ColumnMap, header: Sequence[str] | None = None) -> bool:
    """A plan's action table: actions and at least one of ref, timescale, lead, status, progress."""
    heads = header if header is not None else tuple(r.header for r in mapping.roles)
    return table_verdict(mapping, heads)[0]
