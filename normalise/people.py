"""Split a printed lead ("Lisa Green, Head of Fieldwork") into people and roles.

Rule-based, with a blank English spaCy pipeline and a Matcher, so no model
download is needed: a person is two or three capitalised words that are not
role or organisation words; a role is a phrase that starts with a role word
("Head of Fieldwork", "Designated Nurse", "Service Manager, Fostering").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from normalise.text import squash
from normalise.tokens import blank_english
from normalise.vocabulary import load_toml

# "and" separates two people only when a name follows it ("… and Sue Doheny,"),
# not inside a role ("Head of Quality and Improvement").
SPLIT_RE = re.compile(r"\n|;|\s+and\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+(?:,|$))|/(?=\s*[A-Z])")


@lru_cache(maxsize=1)
def lexicon() -> tuple[frozenset[str], frozenset[str]]:
    vocab = load_toml("people")
    return (frozenset(w.lower() for w in vocab["role_words"]),
            frozenset(w.lower() for w in vocab["not_names"]))


@lru_cache(maxsize=1)
def nlp_and_matcher() -> tuple[Any, Any]:
    nlp = blank_english()  # first: it imports spaCy (normalise.tokens)
    from spacy.matcher import Matcher

    roles, not_names = lexicon()
    blocked = sorted(roles | not_names)
    name_token = {"IS_TITLE": True, "LOWER": {"NOT_IN": blocked}, "LENGTH": {">": 1}}
    matcher = Matcher(nlp.vocab)
    matcher.add("PERSON", [[name_token, name_token], [name_token, name_token, name_token],
                           [name_token, {"TEXT": "."}, name_token]])
    return nlp, matcher


def people_in(text: str) -> list[str]:
    """Longest non-overlapping person-like spans, in order."""
    nlp, matcher = nlp_and_matcher()
    doc = nlp(text)
    spans = sorted((doc[s:e] for _, s, e in matcher(doc)), key=lambda s: (s.start, -len(s)))
    found: list[str] = []
    last_end = -1
    for span in spans:
        if span.start >= last_end:
            found.append(span.text)
            last_end = span.end
    return found


def role_of(part: str, people: list[str]) -> str | None:
    """What is left of a part once its people are taken out, if it names a role."""
    rest = part
    for person in people:
        rest = rest.replace(person, " ")
    rest = squash(rest).strip(" ,-–()&")
    roles, _ = lexicon()
    words = {w.lower().strip(",()") for w in rest.split()}
    return rest if rest and words & roles else None


def split_lead(lead: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(people, roles) named in a lead cell; both may be empty."""
    if not lead:
        return (), ()
    people: list[str] = []
    roles: list[str] = []
    for part in (squash(p) for p in SPLIT_RE.split(lead)):
        if not part:
            continue
        found = people_in(part)
        people.extend(p for p in found if p not in people)
        role = role_of(part, found)
        if role and role not in roles:
            roles.append(role)
    return tuple(people), tuple(roles)
