"""Imported once by the forkserver before it forks a worker for each file.

Everything a worker needs is imported, and spaCy's blank pipelines built,
here, so a fresh process per file starts warm (forked from the server)
instead of paying a second or more of imports for every file.  Nothing here
reads input or touches the database.
"""

from __future__ import annotations

import extractors.docx  # noqa: F401
import extractors.pdf  # noqa: F401
import pipeline.process  # noqa: F401
import pipeline.worker  # noqa: F401
from normalise import date_spans, people


def warm_up() -> None:
    """Build the cached spaCy pipelines (a blank English model and matchers)."""
    try:
        date_spans._pipeline()
        people.nlp_and_matcher()
    except Exception:  # a warm-up failure only costs speed: the worker builds them itself
        pass


warm_up()
