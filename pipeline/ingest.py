"""Batch ingest: find files, skip what is done, parse the rest in isolation, load.

Every file ends as exactly one outcome: loaded, unchanged (its bytes are
already loaded, or failed before for a reason that re-reading cannot change)
or failed (with a specific reason recorded in ``ingest_errors``).  Parsing
runs in worker processes (``pipeline.worker``) with time and memory limits,
so no file can hang, crash or starve the batch; only this process writes to
the database, one whole document per transaction.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from extractors.dispatch import SUPPORTED_SUFFIXES
from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from models.errors import (
    ActionPlansError,
    InputError,
    LoadFailed,
    NotADocument,
    UnsupportedFileType,
)
from models.records import NormalisedDocument
from models.store import clear_errors, is_loaded, load_version, previous_failure, record_error
from pipeline.worker import Limits, Processor, WorkResult, log_file_of, parse_files

log = logging.getLogger("actionplans.ingest")

# Reasons fixed by the file's bytes: the same bytes fail the same way, so a
# re-run skips them unless asked (--retry-failed).  Time-outs, crashes and
# size limits depend on the machine and the limits given, and are retried.
PERMANENT_REASONS = frozenset({"encrypted", "corrupt", "not_a_document", "no_text_layer",
                               "no_action_table", "empty", "unsupported_type"})


@dataclass
class FileOutcome:
    path: Path
    status: str  # loaded | unchanged | failed | skipped (found in a folder, not a document type)
    sha256: str | None = None
    document: NormalisedDocument | None = None
    reason: str | None = None
    message: str | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    # why an unchanged or failed file was not parsed this time
    note: str | None = None
    # failed before for a permanent reason, so not read again (--retry-failed)
    not_retried: bool = False


@dataclass(frozen=True)
class IngestOptions:
    authority: str | None = None
    plan: str | None = None  # the plan these files are versions of, when the user says
    settings: ExtractionSettings = DEFAULT_SETTINGS
    limits: Limits = field(default_factory=Limits)
    retry_failed: bool = False
    processor: Processor | None = None  # tests put a misbehaving parser here


def discover(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> list[Path]:
    """The files named, and every file found below the folders named, sorted.

    Hidden files (a name part starting with ".") and ``exclude`` (the tool's own
    database and log) are left out; every other file gets an outcome.
    """
    own = {p.resolve() for p in exclude}
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file()
                         and not any(part.startswith(".") for part in p.relative_to(path).parts)
                         and p.resolve() not in own)
        else:
            found.add(path)
    return sorted(found)


def unsupported_found(files: Iterable[Path], named: Iterable[Path]) -> list[Path]:
    """Files found in a folder whose suffix no extractor reads (extractors.dispatch).

    A file named on the command line is always read (its bytes decide its type).
    """
    wanted = set(named)
    return [p for p in files if p not in wanted and p.suffix.lower() not in SUPPORTED_SUFFIXES]


def skipped(path: Path) -> FileOutcome:
    """The outcome of a file found in a folder that is not a document we read."""
    error = UnsupportedFileType(path.name, f"suffix {path.suffix.lower() or '(none)'}")
    log.info("skipped %s: [%s] %s", path, error.reason, error.message)
    return FileOutcome(path, "skipped", reason=error.reason, message=error.message)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fail(engine: Engine, path: Path, sha: str | None, error: ActionPlansError,
         note: str | None = None) -> FileOutcome:
    record_error(engine, document=path.name, path=str(path), sha256=sha, reason=error.reason,
                 message=error.message)
    log.warning("failed %s: [%s] %s", path, error.reason, error.message)
    return FileOutcome(path, "failed", sha, reason=error.reason, message=error.message, note=note)


class Batch:
    """One ingest run: decides what to parse, and turns results into outcomes."""

    def __init__(self, engine: Engine, options: IngestOptions,
                 on_done: Callable[[FileOutcome], None] | None) -> None:
        self.engine = engine
        self.options = options
        self.on_done = on_done
        self.outcomes: list[FileOutcome] = []
        # sha256 -> the files with those bytes; the first is parsed for all
        self.groups: dict[str, list[Path]] = {}
        self.queued: dict[Path, str] = {}  # the file parsed for each group -> its sha256

    def done(self, outcome: FileOutcome) -> None:
        self.outcomes.append(outcome)
        if self.on_done:
            self.on_done(outcome)

    def triage(self, path: Path) -> None:
        """Settle the file now if its bytes are known, else queue it for parsing."""
        if not path.is_file():  # a FIFO or device would block the read below forever
            error = NotADocument(path.name, "not a regular file")
            self.done(fail(self.engine, path, None, error))
            return
        try:
            sha = sha256_of(path)
        except OSError as exc:
            detail = f"cannot read the file: {exc.strerror or exc}"
            self.done(fail(self.engine, path, None, InputError(path.name, detail)))
            return
        if sha in self.groups:
            self.groups[sha].append(path)
        elif is_loaded(self.engine, sha):
            log.info("unchanged %s (sha256 %s already loaded)", path, sha[:12])
            self.done(FileOutcome(path, "unchanged", sha, note="already loaded"))
        elif not self.skip_failed_before(path, sha):
            self.groups[sha] = [path]
            self.queued[path] = sha

    def skip_failed_before(self, path: Path, sha: str) -> bool:
        """True (outcome given) when these bytes failed before for a permanent reason."""
        if self.options.retry_failed:
            return False
        before = previous_failure(self.engine, sha)
        if before is None or before.reason not in PERMANENT_REASONS:
            return False
        message = before.message
        if before.path != str(path):  # same bytes under a new name: record it under this one
            message = message.replace(before.document, path.name, 1)
            record_error(self.engine, document=path.name, path=str(path), sha256=sha,
                         reason=before.reason, message=message)
        log.info("unchanged %s (failed before: %s)", path, before.reason)
        self.done(FileOutcome(path, "failed", sha, reason=before.reason, message=message,
                              note=f"failed before: {before.reason}", not_retried=True))
        return True

    def settle(self, result: WorkResult) -> None:
        """A parse result becomes an outcome for every file with those bytes."""
        sha = self.queued[result.path]
        first, *copies = self.groups[sha]
        log.info("parsed %s in %.1f s (%.1f s CPU)", first, result.seconds, result.cpu)
        if result.trace:
            log.error("parser crashed on %s:\n%s", first, result.trace)
        outcome = self.load(first, sha, result)
        outcome.seconds = result.seconds
        self.done(outcome)
        for copy in copies:
            self.done(self.copy_outcome(copy, sha, outcome))

    def load(self, path: Path, sha: str, result: WorkResult) -> FileOutcome:
        if result.error is not None or result.document is None:
            error = result.error or InputError(path.name, "no result")
            return fail(self.engine, path, sha, error)
        doc = result.document
        try:
            stored = load_version(self.engine, doc, str(path), self.options.plan)
        except SQLAlchemyError as exc:  # e.g. a value too long for a PostgreSQL column
            log.exception("could not store %s", path)
            detail = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
            return fail(self.engine, path, sha, LoadFailed(path.name, detail))
        clear_errors(self.engine, str(path))
        log.info("%s %s: %d lines %s", stored.status, path, len(doc.actions), stored.message)
        return FileOutcome(path, stored.status, sha, doc, warnings=list(doc.warnings),
                           note=stored.message or None)

    def copy_outcome(self, path: Path, sha: str, first: FileOutcome) -> FileOutcome:
        """A file with the same bytes as one just parsed shares its fate."""
        if first.status == "failed":
            reason = first.reason or InputError.reason
            message = (first.message or "").replace(first.path.name, path.name, 1)
            record_error(self.engine, document=path.name, path=str(path), sha256=sha,
                         reason=reason, message=message)
            return FileOutcome(path, "failed", sha, reason=reason, message=message,
                               note=f"same bytes as {first.path.name}")
        return FileOutcome(path, "unchanged", sha, note=f"same bytes as {first.path.name}")


def in_file_order(results: Iterable[WorkResult], order: list[Path]) -> Iterator[WorkResult]:
    """Parse results in the files' order, whatever order the workers finish in:
    versions of a plan are then loaded, and supersede each other, the same way
    on every run (a plan's .docx and .pdf of one report, say)."""
    waiting: dict[Path, WorkResult] = {}
    position = 0
    for result in results:
        waiting[result.path] = result
        while position < len(order) and order[position] in waiting:
            yield waiting.pop(order[position])
            position += 1


def ingest_paths(engine: Engine, files: list[Path], *, options: IngestOptions | None = None,
                 on_done: Callable[[FileOutcome], None] | None = None) -> list[FileOutcome]:
    """Ingest the files; parsed files are loaded in the order given."""
    options = options or IngestOptions()
    batch = Batch(engine, options, on_done)
    for path in files:
        batch.triage(path)
    queue = list(batch.queued)
    results = parse_files(queue, settings=options.settings,
                          authority=options.authority, limits=options.limits,
                          log_path=log_file_of(log), processor=options.processor)
    with closing(results):  # an error here must not leave workers running
        for result in in_file_order(results, queue):
            batch.settle(result)
    return batch.outcomes
