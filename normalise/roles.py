"""Decide each column's role from its header and its content, jointly.

Every column gets a score per schema field from two kinds of evidence:
- its header: a synonym from ``headers.toml`` (tolerant match, 0.86..1), or a
  cue word from ``cues.toml`` ("who", "when", "owner", "how we will know": 0.7+);
- its content: the share of its cells that read as that field (``normalise.cues``),
  weighted below a header synonym.
Fields are then assigned to columns together, for the best total score: a
single-valued field goes to one column at most, a field that may span several
columns (action, lead, evidence …) takes every column whose header names it.
Columns left over stay raw.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from models.records import ColumnRole
from normalise.cues import content_scores, content_shares
from normalise.vocabulary import Vocabulary

PUNCT_RE = re.compile(r"[^\w\s#£]")
CONTRACTIONS = (("'ll", " will"), ("’ll", " will"), ("n't", " not"), ("n’t", " not"),
                ("'re", " are"), ("’re", " are"))
TEXT_FIELDS = frozenset({"theme", "area_for_improvement", "action", "outcome", "lead",
                         "accountable_body", "evidence", "progress"})
# text fields whose cells are sentences or names: a column of short dates is none of
# them, whatever its header says ("Target" over "31.03.26" is a target date, not an outcome)
PROSE_FIELDS = TEXT_FIELDS - {"lead", "progress"}
DATES_SHARE = 0.6
FEW_LONG = 0.2
HEADER_BACKED = 0.65  # header evidence at least this strong names the column
MAX_NODES = 200_000
MAX_HEADER_WORDS = 8
MAX_EXACT_COLUMNS = 40
# two action-named columns: the one whose instruction share is at most this part of the
# other's (which must read mostly as instructions) is the objective they serve
OBJECTIVE_RATIO = 0.5
OBJECTIVE_DOER_SHARE = 0.6


def normalise_header(text: str) -> str:
    lowered = text.lower()
    for short, long in CONTRACTIONS:
        lowered = lowered.replace(short, long)
    return " ".join(PUNCT_RE.sub(" ", lowered).split())


def containment_score(header: str, synonym: str) -> float:
    """A short header that contains a synonym's words in order ("Issue identified
    by Ofsted" holds "issue") matches just above the threshold, more for longer
    synonyms, so "References Action No." is the ref (action no), not the action."""
    words = header.split()
    if len(words) > 6 or f" {synonym} " not in f" {header} ":
        return 0.0
    return min(95.0, 86.0 + 2 * len(synonym.split()))


# words that differ between wordings of one header without changing its meaning
FUNCTION_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})
SLIP_SIMILARITY = 75  # a word this close to another is the same word misspelt or inflected


def words_agree(header: str, synonym: str) -> bool:
    """No content word of one side is swapped for another word on the other: a word
    may be missing ("Target completion" for "target completion date") or misspelt
    ("Responsble officer"), but "Main objective" is not "Action objective", however
    alike the letters."""
    ours = [w for w in header.split() if w not in FUNCTION_WORDS]
    theirs = [w for w in synonym.split() if w not in FUNCTION_WORDS]

    def unmatched(words: list[str], others: list[str]) -> bool:
        return any(all(fuzz.ratio(a, b) < SLIP_SIMILARITY for b in others) for a in words)

    return not (unmatched(ours, theirs) and unmatched(theirs, ours))


def header_score(header: str, synonym: str) -> float:
    """How well a header matches a synonym (0..100), word order and typos tolerated."""
    if not header:
        return 0.0
    if header == synonym:
        return 100.0
    score = fuzz.token_sort_ratio(header, synonym) if words_agree(header, synonym) else 0.0
    # "Lead officer(s)" or "Timescales for completion": a header that starts
    # with a whole multi-word synonym is a strong match too.
    if len(synonym) > 6 and header.startswith(synonym + " "):
        score = max(score, 90.0)
    return max(float(score), containment_score(header, synonym))


def letter_spaced(text: str) -> bool:
    """A header printed with its letters spread ("T i m e s c a l e")."""
    tokens = text.split()
    return len(tokens) >= 4 and sum(1 for t in tokens if len(t) == 1) >= 0.7 * len(tokens)


def spaced_score(compact: str, synonym: str) -> float:
    """A letter-spaced header against a synonym, both without spaces: equal, or holding it."""
    joined = synonym.replace(" ", "")
    if compact == joined:
        return 100.0
    return 88.0 if len(joined) >= 4 and joined in compact else float(fuzz.ratio(compact, joined))


@lru_cache(maxsize=8192)
def best_synonyms(header: str, vocab: Vocabulary) -> dict[str, tuple[float, str]]:
    """Per field, its best synonym's score (0..100) against the header (cached: a
    plan repeats its headers on every page; treat the answer as read-only)."""
    text = normalise_header(header)
    compact = text.replace(" ", "") if letter_spaced(text) else None
    best: dict[str, tuple[float, str]] = {}
    for spec in vocab.fields:
        for synonym in spec.synonyms:
            score = spaced_score(compact, synonym) if compact else header_score(text, synonym)
            if score > best.get(spec.name, (0.0, ""))[0]:
                best[spec.name] = (score, synonym)
    return best


def cue_word_score(header: str, words: Sequence[str], weight: float) -> tuple[float, str | None]:
    """A cue word or phrase found whole in the header; longer cues count a little more."""
    text = f" {normalise_header(header)} "
    if len(text.split()) > MAX_HEADER_WORDS:
        return 0.0, None  # a sentence, not a heading: its words are no cue
    found = [w for w in words if f" {w} " in text]
    if not found:
        return 0.0, None
    cue = max(found, key=lambda w: len(w.split()))
    return weight + 0.03 * (len(cue.split()) - 1), cue


def header_evidence(header: str, vocab: Vocabulary) -> dict[str, tuple[float, str]]:
    """Per field, the header's evidence (0..1) and what matched ('synonym "x"', 'word "y"')."""
    out: dict[str, tuple[float, str]] = {}
    if not header.strip():
        return out
    threshold = vocab.threshold
    for name, (score, synonym) in best_synonyms(header, vocab).items():
        if score >= threshold:
            out[name] = (vocab.weights["synonym"] * score / 100, f'synonym "{synonym}"')
    for spec in vocab.fields:
        score, cue = cue_word_score(header, spec.header_words, vocab.weights["header_word"])
        if cue and score > out.get(spec.name, (0.0, ""))[0]:
            out[spec.name] = (score, f'word "{cue}"')
    return discount_lesser_matches(out)


def discount_lesser_matches(found: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
    """A header that names one field by a clearly better match ("Target date" is
    the timescale) is only weak evidence for the others ("target" → outcome)."""
    if not found:
        return found
    top = max(score for score, _ in found.values())
    return {f: (s if s >= top - 0.03 else s * 0.35, m) for f, (s, m) in found.items()}


def is_ignored(header: str, vocab: Vocabulary) -> bool:
    text = normalise_header(header)
    return bool(text) and any(header_score(text, s) >= vocab.threshold for s in vocab.ignored_headers)


@dataclass(frozen=True)
class Candidate:
    field: str
    score: float
    header: float
    content: float
    match: str | None


def reads_as_dates(shares: dict[str, float]) -> bool:
    """Most cells are short timescales and few run to a sentence."""
    return shares["timescale"] >= DATES_SHARE and shares["long_text"] < FEW_LONG


def candidates(header: str, shares: dict[str, float], vocab: Vocabulary) -> list[Candidate]:
    """Each field the column could be, with its combined score, best first."""
    heads = header_evidence(header, vocab)
    contents = {f: s * vocab.weights["content"] for f, s in content_scores(shares).items()}
    found = []
    for field in set(heads) | {f for f, s in contents.items() if s > 0}:
        if field in TEXT_FIELDS and shares["number"] >= 0.6:
            continue  # a column of counts or sums is never text, whatever its header says
        if field in PROSE_FIELDS and reads_as_dates(shares):
            continue
        h, match = heads.get(field, (0.0, None))
        c = contents.get(field, 0.0)
        # agreement between header and content counts more than either alone
        score = max(h, c) + 0.25 * min(h, c)
        if score >= vocab.weights["min_role"]:
            found.append(Candidate(field, round(score, 3), round(h, 3), round(c, 3), match))
    return sorted(found, key=lambda c: -c.score)


def source_of(candidate: Candidate) -> str:
    if candidate.header >= HEADER_BACKED and candidate.content >= 0.4:
        return "header+content"
    return "header" if candidate.header >= HEADER_BACKED else "content"


def prune_content_claims(options: list[list[Candidate]], vocab: Vocabulary) -> list[list[Candidate]]:
    """A multi-column field that some header names by a synonym takes no column by
    content or cue word alone: a long-text column beside "Key actions" is not more actions."""
    # only a column's best reading names a field ("Owner of the task" is the lead, not a task)
    named = {col[0].field for col in options if col and is_synonym(col[0], vocab)}
    return [[c for c in col if is_synonym(c, vocab) or c.field not in named
             or not vocab.spec(c.field).multiple] for col in options]


def is_synonym(candidate: Candidate, vocab: Vocabulary) -> bool:
    """The header holds one of the field's synonyms (not just a cue word)."""
    return candidate.header * 100 >= vocab.threshold


def assign_greedily(options: list[list[Candidate]], vocab: Vocabulary) -> list[Candidate | None]:
    claims = sorted(((c.score, col, c) for col, cands in enumerate(options) for c in cands),
                    key=lambda sc: -sc[0])
    chosen: list[Candidate | None] = [None] * len(options)
    used: set[str] = set()
    for _, col, c in claims:
        if chosen[col] is None and (c.field not in used or (vocab.spec(c.field).multiple
                                                             and is_synonym(c, vocab))):
            chosen[col] = c
            used.add(c.field)
    return chosen


def assign(options: list[list[Candidate]], vocab: Vocabulary) -> list[Candidate | None]:
    """The choice of one candidate (or none) per column with the best total score.

    Exact branch-and-bound search: a single-valued field once; a multi-column
    field once by content, any number of times by header.  A very wide grid (a
    spreadsheet) is assigned greedily instead, best claims first.
    """
    if len(options) > MAX_EXACT_COLUMNS:
        return assign_greedily(options, vocab)
    order = sorted(range(len(options)), key=lambda i: -(options[i][0].score if options[i] else 0))
    bound = [0.0] * (len(order) + 1)
    for k in range(len(order) - 1, -1, -1):
        col = options[order[k]]
        bound[k] = bound[k + 1] + (col[0].score if col else 0.0)
    best: tuple[float, list[Candidate | None]] = (-1.0, [None] * len(options))
    chosen: list[Candidate | None] = [None] * len(options)
    nodes = 0

    def allowed(c: Candidate, used: set[str]) -> bool:
        if vocab.spec(c.field).multiple and is_synonym(c, vocab):
            return True
        return c.field not in used

    def search(k: int, total: float, used: set[str]) -> None:
        nonlocal best, nodes
        nodes += 1
        if total + bound[k] <= best[0] or nodes > MAX_NODES:
            return
        if k == len(order):
            best = (total, list(chosen))
            return
        col = order[k]
        for c in options[col]:
            if allowed(c, used):
                chosen[col] = c
                search(k + 1, total + c.score, used | {c.field})
        chosen[col] = None
        search(k + 1, total, used)

    search(0, 0.0, set())
    return best[1]


def objectives_beside_actions(choice: list[Candidate | None], shares: Sequence[dict[str, float]],
                              vocab: Vocabulary) -> list[Candidate | None]:
    """Two columns named as actions ("Commitment" and "What we will do"), one of them
    holding instructions and the other, to its left, few: the left one is the
    objective the actions serve (area for improvement), not more actions."""
    named = [c for c, pick in enumerate(choice) if pick and pick.field == "action"
             and is_synonym(pick, vocab)]
    if len(named) < 2 or any(p and p.field == "area_for_improvement" for p in choice):
        return choice
    doer = max(named, key=lambda c: shares[c]["action"])
    best = shares[doer]["action"]
    out = list(choice)
    for c in named:
        pick = out[c]
        if pick is None or c >= doer or best < OBJECTIVE_DOER_SHARE:
            continue
        if shares[c]["action"] <= OBJECTIVE_RATIO * best:
            out[c] = Candidate("area_for_improvement", pick.score, pick.header, pick.content,
                               f"{pick.match}, an objective: fewer instructions than column {doer + 1},")
    return out


def header_is_text(header: Sequence[str]) -> bool:
    """A first row of sentences, not headings (a form's first box, a table with
    no header row): half or more of its filled cells run past eight words."""
    filled = [h for h in header if h.strip()]
    return bool(filled) and 2 * sum(1 for h in filled if len(h.split()) > MAX_HEADER_WORDS) >= len(filled)


def column_roles(header: Sequence[str], values: Sequence[Sequence[str]],
                 fills: Sequence[Sequence[str | None]], vocab: Vocabulary,
                 is_timescale: Callable[[str], bool]) -> tuple[ColumnRole, ...]:
    """The role of every column, with the evidence for it."""
    shares = [content_shares(values[c], fills[c], vocab, is_timescale) for c in range(len(header))]
    # a header row that reads as text gives no evidence: the content decides
    heads = [""] * len(header) if header_is_text(header) else list(header)
    ignored = {c for c, head in enumerate(heads) if is_ignored(head, vocab)
               and not any(s >= vocab.threshold for s, _ in best_synonyms(head, vocab).values())}
    options = [[] if c in ignored else candidates(heads[c], shares[c], vocab)
               for c in range(len(header))]
    choice = objectives_beside_actions(assign(prune_content_claims(options, vocab), vocab),
                                       shares, vocab)
    roles = []
    for c, head in enumerate(header):
        picked = choice[c]
        kept = tuple((k, round(v, 2)) for k, v in shares[c].items() if v > 0)
        if picked is None:
            note = "known column outside the schema" if c in ignored else None
            roles.append(ColumnRole(c, head, None, "none", shares=kept, note=note))
            continue
        roles.append(ColumnRole(c, head, picked.field, source_of(picked),  # type: ignore[arg-type]
                                picked.score, picked.header, picked.match, picked.content, kept))
    return tuple(roles)
