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


def process_file(path: Path, settings: ExtractionSettings = DEFAULT_SETTINGS,
                 authority_hint: str | None = None) -> NormalisedDocument:
    """Read one plan into normalised records; raises InputError for bad input."""
    raw = extract(path, settings)
    lines = {table.index: assemble_lines(table) for table in raw.tables}
    return normalise_document(raw, lines, authority_hint=authority_hint)
