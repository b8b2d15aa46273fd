"""Batch ingest: find files, skip what is loaded, process and load the rest.

Every file ends as exactly one outcome: loaded, unchanged (same bytes already
loaded) or failed (with a specific reason recorded in ``ingest_errors``).
One file's failure never stops the batch.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine

from extractors.dispatch import SUPPORTED_SUFFIXES
from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from models.errors import ActionPlansError, InputError
from models.records import NormalisedDocument
from models.store import clear_errors, is_loaded, load_document, record_error
from pipeline.process import process_file

log = logging.getLogger("actionplans.ingest")


@dataclass
class FileOutcome:
    path: Path
    status: str  # loaded | unchanged | failed
    sha256: str | None = None
    document: NormalisedDocument | None = None
    reason: str | None = None
    message: str | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def discover(paths: Iterable[Path]) -> list[Path]:
    """The PDF and Word files named, or found below the folders named, sorted."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file()
                         and p.suffix.lower() in SUPPORTED_SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            found.add(path)
    return sorted(found)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fail(engine: Engine, path: Path, sha: str | None, error: ActionPlansError) -> FileOutcome:
    record_error(engine, document=path.name, path=str(path), sha256=sha, reason=error.reason,
                 message=error.message)
    log.warning("failed %s: %s", path, error.message)
    return FileOutcome(path, "failed", sha, reason=error.reason, message=error.message)


def ingest_file(engine: Engine, path: Path, settings: ExtractionSettings,
                authority: str | None) -> FileOutcome:
    try:
        sha = sha256_of(path)
    except OSError as exc:
        return fail(engine, path, None, InputError(path.name, f"cannot read: {exc.strerror}"))
    if is_loaded(engine, sha):
        log.info("unchanged %s (sha256 %s already loaded)", path, sha[:12])
        return FileOutcome(path, "unchanged", sha)
    try:
        doc = process_file(path, settings, authority)
    except InputError as exc:
        return fail(engine, path, sha, exc)
    except Exception as exc:  # a parser bug must not stop the batch
        log.exception("unexpected failure on %s", path)
        return fail(engine, path, sha, InputError(path.name, f"unexpected {type(exc).__name__}"))
    loaded = load_document(engine, doc, str(path))
    clear_errors(engine, str(path))
    log.info("%s %s: %d lines", "loaded" if loaded else "unchanged", path, len(doc.actions))
    return FileOutcome(path, "loaded" if loaded else "unchanged", sha, doc,
                       warnings=list(doc.warnings))


def ingest_paths(engine: Engine, files: list[Path], *, authority: str | None = None,
                 settings: ExtractionSettings = DEFAULT_SETTINGS,
                 on_done: Callable[[FileOutcome], None] | None = None) -> list[FileOutcome]:
    outcomes = []
    for path in files:
        started = time.perf_counter()
        outcome = ingest_file(engine, path, settings, authority)
        outcome.seconds = time.perf_counter() - started
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    return outcomes
