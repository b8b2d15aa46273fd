"""Where a block of labelled fields begins, and whether the blocks are a plan's actions.

A title need not look like one.  Plans typed in Word often open each action
with a plain paragraph ("1. Improve the quality of supervision", or no number
at all) followed by the same labelled paragraphs as every other action
("Lead officer: …", "By when: …", "Progress: …").  The structure is the
evidence: a paragraph straight above a run of labelled paragraphs opens a
block when the run's first label is one the block above already has (the
label set starts over) or, with no block above, when the run's labels recur
in other runs.  Bold, a heading style or a number only add to that.

Repetition alone is no plan: a glossary ("Definition: … Example: …"), a
handbook ("Related provisions: … Practice tips: …") or a file of memos
("Date: … To: … From: …") repeat their labels too.  Blocks are a plan when
their shared labels name at least two plan fields by the evidence that names
table columns (``normalise.roles.header_evidence``: a synonym or a cue word
for the lead, the timescale, the status or the progress) and something names
the action: a title's word ("Action 3", "Commitment 2"), a title that reads
as an instruction ("Improve …"), or a label ("What we will do:"); and some
shared label is stated briefly in most blocks (a handbook's labelled passages
are running text).  Blocks whose labels name no plan field are dropped from a
plan that has them (its glossary).

This reads the vocabulary that maps columns (``normalise/vocab``, with a user's
additions), so a label counts as a column header with the same words would.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from extractors.blocks_fields import Title, parse_title, split_label, squash
from models.records import RawTable, TextBlock
from normalise.cues import first_word, is_action_verb
from normalise.roles import header_evidence
from normalise.vocabulary import Vocabulary, vocabulary

PLAN_FIELDS = frozenset({"lead", "timescale", "status", "progress"})
ACTION_FIELDS = frozenset({"action", "area_for_improvement"})
MIN_PLAN_FIELDS = 2
# a cue word in a header scores 0.7, a synonym 0.86 and more: either names the field,
# as either names a column (weaker matches are discounted by a better one)
FIELD_EVIDENCE = 0.65
TITLE_MAX_CHARS = 250
# a field stated briefly (a name, a date, a status word), in this share of blocks
SHORT_VALUE_WORDS = 12
SHORT_VALUE_SHARE = 2 / 3


def label_field(label: str, vocab: Vocabulary) -> str | None:
    """The schema field a label names, as a column header would, or None."""
    found = {f: score for f, (score, _) in header_evidence(label, vocab).items()
             if score >= FIELD_EVIDENCE}
    return max(found, key=lambda f: found[f]) if found else None


def plan_fields(labels: Iterable[str], vocab: Vocabulary) -> set[str]:
    """The plan fields (lead, timescale, status, progress) the labels name."""
    return {f for label in labels if (f := label_field(label, vocab)) in PLAN_FIELDS}


def names_actions(titles: Iterable[Title], labels: Iterable[str], vocab: Vocabulary) -> bool:
    """A title's word or a label names the action, or a title reads as an instruction."""
    words = [t.word for t in titles if t.word]
    if any(label_field(w, vocab) in ACTION_FIELDS for w in [*words, *labels]):
        return True
    # a title is short ("Increase accessibility"): its opening verb is enough
    return any(is_action_verb(first_word(t.text, vocab), vocab) for t in titles)


def reads_as_plan(titles: Sequence[Title], shared_labels: Sequence[str],
                  vocab: Vocabulary | None = None) -> bool:
    """Content evidence that blocks are actions: two plan fields and an action named."""
    vocab = vocab or vocabulary()
    return (len(plan_fields(shared_labels, vocab)) >= MIN_PLAN_FIELDS
            and names_actions(titles, shared_labels, vocab))


def states_briefly(values: Sequence[str]) -> bool:
    """Whether most of one label's values are short.

    A plan's block states some facts in a few words (a lead, a date, a status);
    a handbook or a guide repeats labelled sections ("Practice tips: …") whose
    every value is running text, and is no plan.
    """
    short = sum(1 for v in values if 0 < len(v.split()) <= SHORT_VALUE_WORDS)
    return short >= SHORT_VALUE_SHARE * len(values)


def names_a_plan_field(labels: Iterable[str], vocab: Vocabulary | None = None) -> bool:
    """One block's labels name a plan field (a glossary's terms beside the plan do not)."""
    return bool(plan_fields(labels, vocab or vocabulary()))


# --- titles known by the fields under them ---------------------------------

def recurring_labels(blocks: Iterable[TextBlock], min_blocks: int) -> set[str]:
    """Labels opening at least ``min_blocks`` paragraphs: the fields of a block plan."""
    counts = Counter(lab[0].lower() for b in blocks
                     if b.kind != "heading" and (lab := split_label(b.text)))
    return {label for label, n in counts.items() if n >= min_blocks}


def label_of(block: TextBlock, labels: set[str]) -> str | None:
    """The block's label, lower case, when it is one of the recurring labels."""
    found = split_label(block.text) if block.kind != "heading" else None
    return found[0].lower() if found and found[0].lower() in labels else None


Run = tuple[str, ...]
# a numbered paragraph may have this many paragraphs of description under it
MAX_DESCRIPTION = 2
# how far down a block's fields are looked for (a block is a few paragraphs)
SCAN_LIMIT = 60


@dataclass(frozen=True)
class Below:
    """What lies under a paragraph: the run of labelled paragraphs next met, and the
    unlabelled paragraphs before it (how many, and whether one of them is numbered)."""

    run: Run
    gap: int = 0
    numbered_between: bool = False


def runs_below(items: Sequence[TextBlock | RawTable], label_of: Callable[[TextBlock], str | None],
               skip: Callable[[TextBlock], bool]) -> dict[int, Below]:
    """Per unlabelled paragraph, what lies under it (page furniture skipped)."""
    seq = [i for i in items if isinstance(i, RawTable) or not skip(i)]
    labels = [label_of(i) if isinstance(i, TextBlock) else None for i in seq]
    return {item.order: below_at(seq, labels, n + 1) for n, item in enumerate(seq)
            if isinstance(item, TextBlock) and labels[n] is None and item.kind != "heading"}


def below_at(seq: Sequence[TextBlock | RawTable], labels: Sequence[str | None],
             start: int) -> Below:
    """The unlabelled paragraphs from ``start`` to the next labelled one, then the labels
    of one block: a field running on in an unlabelled paragraph stays in the run, which
    ends where a label comes again (the next block), at a heading or at a table."""
    gap, numbered, run = 0, False, []
    for n in range(start, min(len(seq), start + SCAN_LIMIT)):
        item, label = seq[n], labels[n]
        if isinstance(item, RawTable) or item.kind == "heading" or (label and label in run):
            break
        if label:
            run.append(label)
        elif not run:
            gap += 1
            numbered = numbered or parse_title(item.text) is not None
    return Below(tuple(run), gap, numbered)


def recurring_runs(belows: Iterable[Below], min_blocks: int, min_shared: int) -> set[Run]:
    """Runs straight under a paragraph sharing at least ``min_shared`` labels that open
    such runs in ``min_blocks`` places or more: the field sets blocks open with."""
    runs = [b.run for b in belows if b.run and b.gap == 0]
    counts = Counter(label for run in runs for label in set(run))
    return {run for run in runs
            if sum(1 for label in set(run) if counts[label] >= min_blocks) >= min_shared}


def opens_block(below: Below, labels_above: set[str] | None, recurring: set[Run],
                numbered: bool, min_fields: int, min_shared: int) -> bool:
    """Whether a paragraph with this under it opens a block.

    The run of fields must follow straight under it, or, for a numbered paragraph,
    under a description of a paragraph or two with no number.  ``labels_above`` are
    the labels of the open block: the run must start over with one of them and share
    ``min_shared`` with them (None when no block is open: the run must recur; an
    empty set when the open block's title has no field yet: the paragraph describes it).
    """
    if len(below.run) < min_fields:
        return False
    if below.gap > 0 and not (numbered and below.gap <= MAX_DESCRIPTION
                              and not below.numbered_between):
        return False
    if labels_above is None:
        return below.run in recurring
    return below.run[0] in labels_above and len(labels_above & set(below.run)) >= min_shared


def plain_title(text: str, parsed: Title | None) -> Title | None:
    """A structural title: its number when it has one, else its text alone."""
    flat = squash(text)
    if not flat or len(flat) > TITLE_MAX_CHARS:
        return None
    return parsed or Title(None, "", flat)
