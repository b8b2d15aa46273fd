"""Whether a table built from blocks of labelled fields is a plan's actions.

The extractor (``extractors/blocks.py``) reads blocks by their structure alone:
labels that recur, a title above each run of them, some label stated briefly.
Repetition alone is no plan: a glossary ("Definition: … Example: …"), a
handbook ("Definition: … Note: …") or a file of memos ("Date: … To: … From: …")
repeat their labels too.  Blocks are a plan when their shared labels name at
least two plan fields by the evidence that names table columns
(``normalise.roles.header_evidence``: a synonym or a cue word for the lead, the
timescale, the status or the progress) and something names the action: a
title's word ("Action 3", "Commitment 2"), a title that reads as an instruction
("Improve …"), or a label ("What we will do:").  Blocks whose labels name no
plan field are dropped from a plan that has them (its glossary).

This reads the vocabulary that maps columns (``normalise/vocab``, with a user's
additions), so a label counts as a column header with the same words would.
A table rejected here is rejected as any table is: with a reason
``actionplans explain`` shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from models.records import BlockLayout, LogicalLine, Rejection
from normalise.cues import first_word, is_action_verb
from normalise.roles import header_evidence
from normalise.vocabulary import Vocabulary, vocabulary

PLAN_FIELDS = frozenset({"lead", "timescale", "status", "progress"})
ACTION_FIELDS = frozenset({"action", "area_for_improvement"})
MIN_PLAN_FIELDS = 2
# as the extractor asks: a plan is two blocks or more
MIN_BLOCKS = 2
# a cue word in a header scores 0.7, a synonym 0.86 and more: either names the field,
# as either names a column (weaker matches are discounted by a better one)
FIELD_EVIDENCE = 0.65
NO_PLAN_FIELD = "block's labels name no plan field"
SHOWN_LABELS = 6


def label_field(label: str, vocab: Vocabulary) -> str | None:
    """The schema field a label names, as a column header would, or None."""
    found = {f: score for f, (score, _) in header_evidence(label, vocab).items()
             if score >= FIELD_EVIDENCE}
    return max(found, key=lambda f: found[f]) if found else None


def plan_fields(labels: Iterable[str], vocab: Vocabulary) -> set[str]:
    """The plan fields (lead, timescale, status, progress) the labels name."""
    return {f for label in labels if (f := label_field(label, vocab)) in PLAN_FIELDS}


def names_actions(titles: Iterable[str], title_words: Iterable[str], labels: Iterable[str],
                  vocab: Vocabulary) -> bool:
    """A title's word or a label names the action, or a title reads as an instruction."""
    if any(label_field(w, vocab) in ACTION_FIELDS for w in [*title_words, *labels] if w):
        return True
    # a title is short ("Increase accessibility"): its opening verb is enough
    return any(is_action_verb(first_word(t, vocab), vocab) for t in titles if t.strip())


def reads_as_plan(titles: Sequence[str], title_words: Sequence[str],
                  shared_labels: Sequence[str], vocab: Vocabulary | None = None) -> bool:
    """Content evidence that blocks are actions: two plan fields and an action named."""
    vocab = vocab or vocabulary()
    return (len(plan_fields(shared_labels, vocab)) >= MIN_PLAN_FIELDS
            and names_actions(titles, title_words, shared_labels, vocab))


def labels_named(labels: Sequence[str]) -> str:
    """The first few labels, for a reason that fits a line (a table of figures may have
    dozens of labelled rows)."""
    shown = ", ".join(labels[:SHOWN_LABELS])
    more = len(labels) - SHOWN_LABELS
    return f"{shown} and {more} more" if more > 0 else shown


@dataclass(frozen=True)
class BlockVerdict:
    """The lines kept as a plan's blocks, those dropped, and why the table is no plan
    (None when it is one)."""

    kept: tuple[LogicalLine, ...]
    dropped: tuple[Rejection, ...] = ()
    rejected: str | None = None


def line_labels(line: LogicalLine, layout: BlockLayout) -> list[str]:
    """The labels a block fills (its row's label columns with text)."""
    return [line.header[c] for c in layout.label_cols
            if c < len(line.values) and line.values[c].strip()]


def dropped_line(table_index: int, line: LogicalLine) -> Rejection:
    return Rejection(table_index, line.row_index, line.page, NO_PLAN_FIELD,
                     " | ".join(line.values))


def block_plan(table_index: int, layout: BlockLayout, lines: Sequence[LogicalLine],
               vocab: Vocabulary | None = None) -> BlockVerdict:
    """Whether the blocks read as a plan, and which of them are its actions."""
    vocab = vocab or vocabulary()
    col = layout.title_col
    titles = [ln.values[col] for ln in lines if col is not None and col < len(ln.values)]
    if len(plan_fields(layout.shared_labels, vocab)) < MIN_PLAN_FIELDS:
        return BlockVerdict((), rejected="blocks of labelled fields whose shared labels name "
                            f"fewer than {MIN_PLAN_FIELDS} plan fields (lead, timescale, "
                            f"status, progress): {labels_named(layout.shared_labels)}")
    if not names_actions(titles, layout.title_words, layout.shared_labels, vocab):
        return BlockVerdict((), rejected="blocks of labelled fields with nothing naming an "
                            "action (no title word, instruction or label)")
    # blocks of other labels beside the plan's (a glossary's terms) are no actions
    names = [bool(plan_fields(line_labels(ln, layout), vocab)) for ln in lines]
    kept = tuple(ln for ln, named in zip(lines, names, strict=True) if named)
    if len(kept) < MIN_BLOCKS:
        return BlockVerdict((), rejected=f"fewer than {MIN_BLOCKS} blocks whose labels "
                            "name a plan field")
    dropped = tuple(dropped_line(table_index, ln)
                    for ln, named in zip(lines, names, strict=True) if not named)
    return BlockVerdict(kept, dropped)
