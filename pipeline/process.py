"""One file through the stages: extract -> assemble lines -> normalise.

A plain top-level function of picklable values, so a batch can run it in a
worker process.
"""

from __future__ import annotations

from pathlib import Path

from extractors.dispatch import extract
from extractors.lines import assemble_lines
from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from models.records import NormalisedDocument
from normalise.document import normalise_document
from normalise.vocabulary import vocabulary


def process_file(path: Path, settings: ExtractionSettings = DEFAULT_SETTINGS,
                 authority_hint: str | None = None) -> NormalisedDocument:
    """Read one plan into normalised records; raises InputError for bad input.
    The vocabulary is resolved once, and its ref policy serves line assembly and
    normalisation alike."""
    vocab = vocabulary()
    raw = extract(path, settings)
    lines = {table.index: assemble_lines(table, vocab.ref_policy) for table in raw.tables}
    return normalise_document(raw, lines, authority_hint=authority_hint, vocab=vocab)
