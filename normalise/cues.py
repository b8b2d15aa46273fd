"""What a column's cells read as: the content evidence for column roles.

Each reader answers one question of one cell (does it read as a timescale, a
person or team, a RAG rating, a ref, an instruction, a note of progress?).
``content_shares`` measures the share of a column's filled cells for which
the answer is yes; ``normalise.roles`` weighs those shares against the
header.  Words come from ``vocab/cues.toml`` and ``vocab/people.toml``; the
tokens from a blank spaCy pipeline (no model), as in ``normalise.people``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from normalise.people import nlp_and_matcher, people_in
from normalise.status import looks_like_status
from normalise.vocabulary import Vocabulary

SOURCE_CODE_RE = re.compile(r"^((?:[A-Z]{2,4}\s?\d+(\.\d+)*[,\s]*)+|para\w*\s+\d+.*|OIS\s+\d{4}.*)$")
NUMBER_RE = re.compile(r"^[(\-–+]?\s*[£$€]?\s*\d[\d,]*(\.\d+)?\s*(%|k|m|bn|p|pts?|days?)?\)?$", re.I)
ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,6}s?$")
YEAR_OR_MONTH_RE = re.compile(
    r"\b(19|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", re.I)
# "To ensure …", "We will review …", "• Develop …": what may stand before the verb
ACTION_LEAD_IN = re.compile(r"^(?:[-•*·–▪o]\s+|\(?[a-z0-9]{1,3}[.)]\s+)?(?:to|we\s+will|we'll|will)\s+",
                            re.I)
BULLET_RE = re.compile(r"^(?:[-•*·–▪]\s*|\(?[a-z0-9]{1,3}[.)]\s+)", re.I)
# what a sentence that states an intention holds: "will", "shall", "is to", "aims to"
INTENTION_RE = re.compile(r"\b(?:will|shall|(?:is|are)\s+to|(?:aims?|intends?|plans?)\s+to)\b", re.I)
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?;])\s+|\n+")
PUNCT_RE = re.compile(r"[^\w\s]")
SAMPLE = 40
SHARE_NAMES = ("ref", "source_code", "status", "fill_only", "timescale", "person", "action",
               "narrative", "long_text", "number")


def words_of(text: str) -> list[str]:
    return text.split()


def first_word(text: str, vocab: Vocabulary) -> str:
    text = vocab.ref_policy.strip_leading(text.strip())
    text = ACTION_LEAD_IN.sub("", BULLET_RE.sub("", text), count=1)
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return first.lower().strip(",.:;()")


def is_action_verb(word: str, vocab: Vocabulary) -> bool:
    """An instruction's verb, also as "-ing" ("Developing …") or "-s"."""
    if word in vocab.action_verbs:
        return True
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        return stem in vocab.action_verbs or stem + "e" in vocab.action_verbs or (
            len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in vocab.action_verbs)
    return False


def reads_as_action(text: str, vocab: Vocabulary) -> bool:
    """An instruction: opens with a verb ("Review …", "To ensure …") and says something."""
    return len(words_of(text)) >= 3 and is_action_verb(first_word(text, vocab), vocab)


def has_progress_word(sentence: str, vocab: Vocabulary) -> bool:
    lowered = " " + " ".join(PUNCT_RE.sub(" ", sentence.lower()).split()) + " "
    return any(f" {w} " in lowered for w in vocab.progress_words)


def reads_as_intention(text: str, vocab: Vocabulary) -> bool:
    """A text that says, in more than half of its sentences, what will be done ("By November,
    the office will establish …") and nowhere in them what has been: a plan's own
    description of an action, not a note of its progress."""
    sentences = [s for s in SENTENCE_SPLIT_RE.split(text) if s.strip()]
    if not sentences:
        return False
    future = sum(1 for s in sentences if INTENTION_RE.search(s) and not has_progress_word(s, vocab))
    return 2 * future > len(sentences)


def reads_as_narrative(text: str, vocab: Vocabulary) -> bool:
    """A note of what happened: a longer text with a date or a progress word, not
    a statement of intent."""
    if len(words_of(text)) < 6 or reads_as_intention(text, vocab):
        return False
    lowered = " " + " ".join(text.lower().split()) + " "
    return bool(YEAR_OR_MONTH_RE.search(text)) or any(f" {w} " in lowered for w in vocab.progress_words)


def reads_as_number(text: str) -> bool:
    return bool(NUMBER_RE.match(text.replace(" ", "")))


def reads_as_person(text: str, vocab: Vocabulary) -> bool:
    """A short cell naming people, roles, teams or bodies ("Head of Service",
    "Jane Smith / HR team", "DCS, LSCB"), never an instruction or a number."""
    words = words_of(text)
    if not words or len(words) > 14 or len(text) > 140 or reads_as_number(text):
        return False
    if reads_as_action(text, vocab) or text.rstrip().endswith(".") and len(words) > 8:
        return False
    nlp, _ = nlp_and_matcher()
    tokens = [t for t in nlp(text) if not t.is_punct]
    lowered = {t.lower_ for t in tokens}
    if lowered & (vocab.role_words | vocab.body_words):
        return True
    if any(ACRONYM_RE.match(t.text) and not looks_like_status(t.text) for t in tokens):
        return True
    return bool(people_in(text))


def fill_only(values: Sequence[str], fills: Sequence[str | None]) -> float:
    """Share of rows whose cell is empty but coloured (a RAG shown by fill alone)."""
    if any(v.strip() for v in values) or not fills:
        return 0.0
    return sum(1 for f in fills if f) / len(fills)


def share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    filled = [v.strip() for v in values if v.strip()]
    if not filled:
        return 0.0
    return sum(1 for v in filled if test(v)) / len(filled)


def content_shares(values: Sequence[str], fills: Sequence[str | None], vocab: Vocabulary,
                   is_timescale: Callable[[str], bool]) -> dict[str, float]:
    """The share of a column's filled cells read each way (``SHARE_NAMES``), measured
    on its first ``SAMPLE`` filled cells: enough to tell, and bounded on huge tables."""
    policy = vocab.ref_policy
    values = [v for v in values if v.strip()][:SAMPLE] if len(values) > SAMPLE else values
    fills = fills[:SAMPLE]

    def short_timescale(v: str) -> bool:
        return len(words_of(v)) <= 8 and not policy.is_ref_cell(v) and is_timescale(v)

    return {
        "ref": share(values, policy.is_ref_cell),
        "source_code": share(values, lambda v: bool(SOURCE_CODE_RE.match(v))),
        "status": share(values, looks_like_status),
        "fill_only": fill_only(values, fills),
        "timescale": share(values, short_timescale),
        "person": share(values, lambda v: reads_as_person(v, vocab)),
        "action": share(values, lambda v: reads_as_action(v, vocab)),
        "narrative": share(values, lambda v: reads_as_narrative(v, vocab)),
        "long_text": share(values, lambda v: len(words_of(v)) >= 6),
        "number": share(values, reads_as_number),
    }


def content_scores(shares: dict[str, float]) -> dict[str, float]:
    """Per field, how strongly the content alone says the column is that field (0..1)."""
    numeric = shares["number"] >= 0.5
    scores = {
        "ref": shares["ref"],
        "source_refs": shares["source_code"] * (1 - shares["ref"]),
        "status": max(shares["status"], shares["fill_only"]),
        "timescale": shares["timescale"] * (1 - shares["ref"]),
        "lead": 0.0 if numeric else shares["person"] * (1 - shares["timescale"]) * (1 - shares["status"]),
        "action": 0.0 if numeric else shares["action"],
        "progress": 0.0 if numeric else shares["narrative"] * (1 - 0.6 * shares["action"]),
    }
    return {field: round(score, 3) for field, score in scores.items()}
