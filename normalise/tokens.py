"""spaCy's blank English pipeline, shared by every matcher in the normaliser.

Only its tokenizer and vocabulary are used (no trained model).  It is built
once: each build costs a tenth of a second or more of every run's start-up,
and the matchers of dates and of people can share one vocabulary.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@cache
def blank_english() -> Language:
    import spacy  # here: importing spaCy costs a second that plain parsing never needs

    return spacy.blank("en")
