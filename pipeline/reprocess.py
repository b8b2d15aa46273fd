"""Which pipeline read a file: the key outcomes are recorded under, besides the file's sha256.

A key is the extraction version (bumped by hand when extracting or
normalising changes what a file yields) with each format's extractor
version, and a digest of the vocabulary in force (the shipped files and the
user's ``ACTIONPLANS_VOCAB_DIR``).  A loaded file recorded under another key
is read again and its lines replaced; a file that failed for a reason newer
code or words may cure is tried again (pipeline.ingest).
"""

from __future__ import annotations

from extractors.versions import DOCX_VERSION, PDF_VERSION, XLSX_VERSION
from normalise.vocabulary import vocabulary

EXTRACTION_VERSION = "2026.12.1"
# failures the same bytes may not repeat under a newer pipeline
CURABLE_REASONS = frozenset({"no_action_table", "crashed"})


def pipeline_key() -> str:
    formats = ",".join((PDF_VERSION, DOCX_VERSION, XLSX_VERSION))
    return f"{EXTRACTION_VERSION}+{formats}+vocab:{vocabulary().digest()}"
