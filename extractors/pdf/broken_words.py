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

from functools import lru_cache

from wordfreq import zipf_frequency

# Zipf frequencies are log10 of occurrences per billion words, so two words drawn
# independently score z1 + z2 - 9 as a pair.  A joined reading must beat the pair
# by this margin: "in" / "to" and "with" / "in" stay two words (common words
# joined are a common word too), "addition" / "al" and "improve" / "ment" join
ZIPF_PER_BILLION = 9.0
JOIN_MARGIN = 1.5


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
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
