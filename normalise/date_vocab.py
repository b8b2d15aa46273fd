"""The timescale vocabulary (normalise/vocab/timescales.toml), read once.

Everything the date parser knows about words — month spellings, number words,
seasons, qualifiers, marker phrases — comes from that file, so a council's
new spelling is a one-line data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from normalise.vocabulary import load_toml


@dataclass(frozen=True)
class DateVocab:
    months: dict[str, int]
    seasons: dict[str, int]
    terms: dict[str, tuple[int, int]]
    numbers: dict[str, int]
    unit_days: dict[str, int]
    unit_months: dict[str, int]
    qualifiers: dict[str, tuple[str, ...]]
    phrases: dict[str, tuple[str, ...]]
    markers: dict[str, tuple[str, ...]]

    def month_number(self, word: str) -> int | None:
        return self.months.get(word.lower().rstrip(".-"))


def _month_table(raw: list[dict[str, Any]]) -> dict[str, int]:
    return {spelling: entry["number"] for entry in raw for spelling in entry["spellings"]}


def _tuples(section: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(values) for key, values in section.items()}


@cache
def vocab() -> DateVocab:
    # through the one vocabulary loader, so a user's timescales.toml counts
    raw = load_toml("timescales")
    return DateVocab(
        months=_month_table(raw["month"]),
        seasons=dict(raw["seasons"]),
        terms={name: (int(months[0]), int(months[1])) for name, months in raw["terms"].items()},
        numbers=dict(raw["numbers"]),
        unit_days=dict(raw["units"]["days"]),
        unit_months=dict(raw["units"]["months"]),
        qualifiers=_tuples(raw["qualifiers"]),
        phrases=_tuples(raw["phrases"]),
        markers=_tuples(raw["markers"]),
    )


def phrase_pattern(phrase: str) -> str:
    """A phrase as a regex: a space also matches hyphens and runs of spaces."""
    words = [re.escape(word) for word in phrase.split(" ")]
    return r"[\s\-]*".join(words)


def alternation(phrases: tuple[str, ...] | list[str]) -> str:
    """Whole-word alternation, longest phrase first so "end of" beats "end"."""
    ordered = sorted(phrases, key=len, reverse=True)
    body = "|".join(phrase_pattern(p) for p in ordered)
    return rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])"
