"""Is a word broken at a line wrap, with no hyphen?

Word and LibreOffice break a word too long for a narrow column wherever the
room runs out ("perform" / "ance report", "Septemb" / "er."), and the PDF keeps
no trace of it but the geometry: the line ends where not even one more glyph
would have fitted.  A wrap between two words looks the same, so geometry only
says a break *may* be inside a word; English word frequencies (wordfreq, from
Wikipedia, subtitles, news and web text) say which reading is the likelier:
"performance" is a common word, "perform ance" two words of which one is
none; "partners in" is two common words, "partnersin" no word at all.
"""

from __future__ import annotations

import gzip
import math
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

# Zipf frequencies are log10 of occurrences per billion words, so two words drawn
# independently score z1 + z2 - 9 as a pair.  A joined reading must beat the pair
# by this margin: "in" / "to" and "with" / "in" stay two words (common words
# joined are a common word too), "addition" / "al" and "improve" / "ment" join
ZIPF_PER_BILLION = 9.0
JOIN_MARGIN = 1.5


# wordfreq's English list ("best" is its large one), read here without importing
# wordfreq itself (langcodes, ftfy and its tokenizer: 70 ms of every worker's start)
WORDLIST = "large_en.msgpack.gz"
# wordfreq's floor, zipf_to_freq(0.0): a word it does not know scores 0
MINIMUM_FREQUENCY = 10 ** 0.0 / 1e9


@cache
def english_frequencies() -> dict[str, float] | None:
    """wordfreq's get_frequency_dict("en"): each word's frequency from its centibel
    bucket (bucket i holds the words at -i cB); None if the list cannot be read here."""
    try:
        import msgpack

        spec = find_spec("wordfreq")
        folders = list(spec.submodule_search_locations or []) if spec else []
        with gzip.open(Path(folders[0]) / "data" / WORDLIST, "rb") as stream:
            data = msgpack.load(stream, raw=False)
    except (ImportError, IndexError, OSError, ValueError):
        return None
    header = data[0] if data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    frequencies: dict[str, float] = {}
    for index, bucket in enumerate(data[1:]):
        frequencies.update(dict.fromkeys(bucket, 10 ** (-index / 100)))
    return frequencies


def plain_word_zipf(word: str, frequencies: dict[str, float]) -> float:
    """wordfreq's zipf_frequency(word, "en") for a word its tokenizer keeps whole and
    as it is (ASCII lower-case letters), step for step, rounding included."""
    frequency = frequencies.get(word)
    if frequency is None:
        value = MINIMUM_FREQUENCY
    else:
        unrounded = max(1.0 / (0.0 + 1.0 / frequency), MINIMUM_FREQUENCY)
        value = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(value, 10) + 9, 2)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    frequencies = english_frequencies()
    if frequencies is not None and word.isascii() and word.isalpha() and word.islower():
        return float(plain_word_zipf(word, frequencies))
    from wordfreq import zipf_frequency  # other letters: wordfreq's own tokenizer decides

    return float(zipf_frequency(word, "en"))


def letters_at_end(text: str) -> str:
    end = len(text)
    while end and text[end - 1].isalpha():
        end -= 1
    return text[end:]


def letters_at_start(text: str) -> str:
    start = 0
    while start < len(text) and text[start].isalpha():
        start += 1
    return text[:start]


def joined_is_likelier(before: str, after: str) -> bool:
    """True when the letters ending ``before`` and those opening ``after`` (lower
    case: a capital opens a new word or name) are likelier one word than two."""
    head, tail = letters_at_end(before), letters_at_start(after)
    if not head or not tail or not tail.islower():
        return False
    joined = zipf((head + tail).lower())
    pair = zipf(head.lower()) + zipf(tail) - ZIPF_PER_BILLION
    return joined > 0 and joined > pair + JOIN_MARGIN
