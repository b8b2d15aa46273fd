"""Imported once by the forkserver before it forks a worker for each file.

Everything a worker needs is imported, and spaCy's blank pipelines built,
here, so a fresh process per file starts warm (forked from the server)
instead of paying a second or more of imports for every file.  Nothing here
reads input or touches the database.
"""

from __future__ import annotations

import gc
import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.records import RawDocument

# what process_file and the worker's entry point need, whatever the format
PARSING_MODULES = ("extractors.dispatch", "extractors.docx.extract", "extractors.pdf.extract",
                   "pipeline.process", "pipeline.worker")

# A two-line plan, enough to compile the normaliser's patterns and load its
# vocabularies (about a tenth of a second that every worker would repeat).
HEADER = ("Ref", "Action", "Lead officer", "Timescale", "RAG status", "Progress")
ROW = ("1.1", "Review the referral pathway with partners", "Jane Smith, Head of Service",
       "By March 2012", "Green", "Completed on 3 February 2012; see report")


def sample_document() -> RawDocument:
    from models.records import Cell, RawDocument, RawTable, TextBlock

    cells = tuple(Cell(text=text, row=r, col=c)
                  for r, row in enumerate((HEADER, ROW)) for c, text in enumerate(row))
    table = RawTable(index=0, order=1, n_rows=2, n_cols=len(HEADER), cells=cells)
    title = TextBlock(text="Anytown Council Children's Services Improvement Plan, "
                           "January 2012", order=0, kind="heading")
    return RawDocument(name="warm-up", file_type="docx", sha256="0" * 64, page_count=None,
                       blocks=(title,), tables=(table,))


def warm_up() -> None:
    """Build spaCy's blank pipelines and the normaliser's caches once, here."""
    from extractors.lines import assemble_lines
    from extractors.pdf.broken_words import zipf
    from normalise import date_spans, people
    from normalise.document import normalise_document

    try:
        date_spans._pipeline()
        zipf("performance")  # loads the English word-frequency list (broken_words.py)
        people.nlp_and_matcher()
        raw = sample_document()
        normalise_document(raw, {t.index: assemble_lines(t) for t in raw.tables})
    except Exception:  # a warm-up failure only costs speed: each worker builds its own
        pass


def preload() -> None:
    """Import the parsing modules and warm their caches, with the cyclic collector off.

    The imports and the warm-up allocate a million objects that all stay: with
    the collector on, its full passes over them cost about a sixth of the
    preload's time for nothing.  What is loaded is then frozen, shared with the
    workers copy-on-write: the collector must not walk (and so copy) it in every
    child.  (The few thousand objects of garbage the warm-up leaves are frozen
    with it: less than a full collection would cost.)
    """
    gc.disable()
    try:
        for name in PARSING_MODULES:
            importlib.import_module(name)
        warm_up()
    finally:
        gc.freeze()
        gc.enable()


preload()
