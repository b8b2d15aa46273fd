"""broken_words reads wordfreq's English list itself (wordfreq's import is 70 ms of
every worker's start-up): its scores must be wordfreq's own, to the last bit."""

from __future__ import annotations

import random
import string

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from extractors.pdf import broken_words


@pytest.fixture(scope="module")
def frequencies() -> dict[str, float]:
    loaded = broken_words.english_frequencies()
    assert loaded is not None
    return loaded


def test_the_list_read_here_is_wordfreqs(frequencies: dict[str, float]) -> None:
    assert frequencies == get_frequency_dict("en")


def test_scores_are_wordfreqs_for_known_and_unknown_words(frequencies: dict[str, float]) -> None:
    # the whole list agrees (checked when this was written); a sample of it here, with
    # strings it does not know and two-word joins, the kind broken_words asks about
    rng = random.Random(7)
    plain = sorted(w for w in frequencies if w.isascii() and w.isalpha() and w.islower())
    words = plain[::40]
    words += ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 12)))
              for _ in range(2000)]
    words += [a + b for a, b in zip(rng.sample(plain, 2000), rng.sample(plain, 2000), strict=True)]
    for word in words:
        assert repr(broken_words.plain_word_zipf(word, frequencies)) == \
            repr(float(zipf_frequency(word, "en"))), word


@pytest.mark.parametrize("word", ["performance", "partnersin", "café", "naïve", "über", "a"])
def test_zipf_is_wordfreqs_whatever_the_letters(word: str) -> None:
    assert broken_words.zipf(word) == zipf_frequency(word, "en")
