"""Batch ingest: find files, skip what is done, parse the rest in isolation, load.

Every file ends as exactly one typed outcome (models.outcomes.FileOutcome):
loaded, unchanged (its bytes are already loaded, or failed before for a
reason that re-reading cannot change), skipped or failed (with a specific
``Problem`` recorded in ``ingest_errors``).  Words are made from these
records only at the output (pipeline.outcome_words).  Parsing
runs in worker processes (``pipeline.worker``) with time and memory limits,
so no file can hang, crash or starve the batch; only this process writes to
the database, one whole document per transaction.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from extractors.suffixes import SUPPORTED_SUFFIXES
from models.errors import (
    NOT_FAILURES,
    DuplicateContent,
    LoadFailed,
    NotADocument,
    TooLarge,
    Unreadable,
    UnsupportedFileType,
    WorkerCrashed,
)
from models.outcomes import FileOutcome, Problem, Status
from models.records import NormalisedDocument
from models.reread import replace_lines
from models.store import clear_errors, load_version, loaded_by, previous_failure, record_error
from models.textsafe import stored_name
from pipeline.outcome_words import error_message, load_words, message, recorded_problem
from pipeline.reprocess import CURABLE_REASONS, pipeline_key
from pipeline.worker import Limits, Processor, WorkResult, log_file_of, parse_files

log = logging.getLogger("actionplans.ingest")

# Reasons fixed by the file's bytes: the same bytes fail the same way, so a
# re-run skips them unless asked (--retry-failed).  Crashes (a bug, perhaps
# fixed since) and unreadable files (permissions change) are retried; a time
# or memory limit is retried only when the limit is now larger.
PERMANENT_REASONS = frozenset({"encrypted", "corrupt", "not_a_document", "no_text_layer",
                               "no_action_table", "empty", "unsupported_type", "duplicate"})


def same_answer_again(problem: Problem, limits: Limits) -> bool:
    """Would reading these bytes again, under these limits, surely fail the same way?"""
    if problem.reason in PERMANENT_REASONS:
        return True
    if problem.limit is None:
        return False
    if problem.reason == "timed_out":
        return limits.timeout <= problem.limit
    if problem.reason == "too_large":
        return limits.memory_mb <= problem.limit
    return False


@dataclass(frozen=True)
class IngestOptions:
    authority: str | None = None
    plan: str | None = None  # the plan these files are versions of, when the user says
    settings: ExtractionSettings = DEFAULT_SETTINGS
    limits: Limits = field(default_factory=Limits)
    retry_failed: bool = False
    reprocess: bool = False  # read loaded files again even when the same pipeline read them
    processor: Processor | None = None  # tests put a misbehaving parser here
    # what parses the queued files: None for worker processes here (parse_files), or a
    # callable with parse_files' arguments and results (pipeline.cluster.ClusterParser)
    parser: Callable[..., Generator[WorkResult, None, None]] | None = None


def discover(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> list[Path]:
    """The files named, and every file found below the folders named, sorted.

    A folder named is followed even when it is a symbolic link; below it,
    links to folders are listed (and get an outcome) but not followed, so a
    link cannot lead the walk out of the tree or round in a loop.  Hidden
    names (starting with ".") and ``exclude`` (the tool's own database and
    log) are left out.  Whatever else is found is returned, FIFOs, devices,
    dangling links and folders that cannot be listed included: each gets an
    outcome line from ``Batch.triage``, none is silently dropped.
    """
    own = {p.resolve() for p in exclude}
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in walk(path) if p.resolve() not in own)
        else:
            found.add(path)
    return sorted(found)


def unsupported_found(files: Iterable[Path], named: Iterable[Path]) -> list[Path]:
    """Regular files found in a folder whose suffix no extractor reads (extractors.dispatch).

    A file named on the command line is always read (its bytes decide its type).
    """
    wanted = set(named)
    return [p for p in files if p not in wanted and p.suffix.lower() not in SUPPORTED_SUFFIXES
            and p.is_file()]


def skipped(path: Path) -> FileOutcome:
    """The outcome of a file found in a folder that is not a document we read."""
    problem = Problem(UnsupportedFileType.reason, f"suffix {path.suffix.lower() or '(none)'}")
    outcome = FileOutcome(path, Status.SKIPPED, problem=problem)
    log.info("skipped %s: [%s] %s", stored_name(path), problem.reason,
             stored_name(message(outcome) or ""))
    return outcome


def walk(top: Path) -> Iterator[Path]:
    """Every non-hidden entry below ``top`` that is not a real folder; unlistable folders too."""
    unlistable: list[Path] = []

    def note(error: OSError) -> None:
        unlistable.append(Path(error.filename))

    for folder, dirs, files in os.walk(top, onerror=note):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            if (here / name).is_symlink():
                yield here / name  # a link to a folder: an outcome, not a walk
        yield from (here / name for name in files if not name.startswith("."))
    yield from unlistable


def file_problem(path: Path, settings: ExtractionSettings) -> Problem | None:
    """Why this path cannot be read as a file, found from its metadata alone (no read)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return Problem(NotADocument.reason,
                       "a link to nothing" if path.is_symlink() else "no such file")
    except OSError as exc:
        return Problem(Unreadable.reason, exc.strerror or str(exc))
    if stat.S_ISDIR(info.st_mode):
        if path.is_symlink():
            return Problem(NotADocument.reason,
                           "a link to a folder (not followed; name the folder itself)")
        return Problem(Unreadable.reason, "a folder that cannot be listed")
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block the read forever
        return Problem(NotADocument.reason, f"not a regular file ({file_kind(info.st_mode)})")
    if info.st_size > settings.max_file_bytes:  # before hashing: a huge file costs minutes
        return Problem(TooLarge.reason, f"{info.st_size} bytes > limit {settings.max_file_bytes}")
    return None


def file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "a special file"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def outcome_status(reason: str) -> Status:
    """SKIPPED for a file that was read and is not a new plan, else FAILED."""
    return Status.SKIPPED if reason in NOT_FAILURES else Status.FAILED


def fail(engine: Engine, path: Path, sha: str | None, problem: Problem) -> FileOutcome:
    """A failed (or skipped) outcome, recorded in the errors table in words."""
    text = error_message(path.name, problem)
    record_error(engine, document=path.name, path=str(path), sha256=sha, reason=problem.reason,
                 message=text, pipeline_key=pipeline_key())
    log.warning("%s %s: [%s] %s", outcome_status(problem.reason), stored_name(path),
                problem.reason, stored_name(text))
    return FileOutcome(path, outcome_status(problem.reason), sha, problem=problem)


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
        self.key = pipeline_key()
        # loaded bytes read again (an older pipeline read them): sha256 -> their document id
        self.rereads: dict[str, int] = {}

    def done(self, outcome: FileOutcome) -> None:
        self.outcomes.append(outcome)
        if self.on_done:
            self.on_done(outcome)

    def triage(self, path: Path) -> None:
        """Settle the file now if its bytes are known, else queue it for parsing."""
        problem = file_problem(path, self.options.settings)
        if problem is not None:
            self.done(fail(self.engine, path, None, problem))
            return
        try:
            sha = sha256_of(path)
        except OSError as exc:
            self.done(fail(self.engine, path, None, Problem(Unreadable.reason,
                                                             exc.strerror or str(exc))))
            return
        loaded = None if sha in self.groups else loaded_by(self.engine, sha)
        if sha in self.groups:
            self.groups[sha].append(path)
        elif loaded is not None and loaded[1] == self.key and not self.options.reprocess:
            log.info("unchanged %s (sha256 %s already loaded)", stored_name(path), sha[:12])
            self.done(FileOutcome(path, Status.UNCHANGED, sha))
        elif loaded is not None:  # read by an older pipeline, or --reprocess: read it again
            self.rereads[sha] = loaded[0]
            self.groups[sha] = [path]
            self.queued[path] = sha
        elif not self.skip_failed_before(path, sha):
            self.groups[sha] = [path]
            self.queued[path] = sha

    def skip_failed_before(self, path: Path, sha: str) -> bool:
        """True (outcome given) when these bytes failed before for a permanent reason."""
        if self.options.retry_failed:
            return False
        before = previous_failure(self.engine, sha)
        if before is None:
            return False
        problem = recorded_problem(before.reason, before.message, before.document)
        if not same_answer_again(problem, self.options.limits):
            return False
        if problem.reason in CURABLE_REASONS and (before.pipeline_key != self.key
                                                  or self.options.reprocess):
            return False  # newer code or words may read it now
        if before.path != stored_name(path):  # same bytes under a new name: record it so
            record_error(self.engine, document=path.name, path=str(path), sha256=sha,
                         reason=problem.reason, message=error_message(path.name, problem))
        log.info("unchanged %s (failed before: %s)", stored_name(path), problem.reason)
        self.done(FileOutcome(path, outcome_status(problem.reason), sha, problem=problem,
                              not_retried=True))
        return True

    def settle(self, result: WorkResult) -> None:
        """A parse result becomes an outcome for every file with those bytes."""
        sha = self.queued[result.path]
        first, *copies = self.groups[sha]
        log.info("parsed %s in %.1f s (%.1f s CPU)", stored_name(first), result.seconds,
                 result.cpu)
        if result.trace:
            log.error("parser crashed on %s:\n%s", stored_name(first), result.trace)
        outcome = replace(self.load(first, sha, result), seconds=result.seconds)
        self.done(outcome)
        for copy in copies:
            self.done(self.copy_outcome(copy, sha, outcome))

    def load(self, path: Path, sha: str, result: WorkResult) -> FileOutcome:
        if result.problem is not None or result.document is None:
            return fail(self.engine, path, sha,
                        result.problem or Problem(WorkerCrashed.reason, "no result"))
        doc = result.document
        if sha in self.rereads:
            return self.reread(path, sha, doc)
        try:
            stored = load_version(self.engine, doc, str(path), self.options.plan, self.key)
        except OperationalError:
            raise  # the database itself (locked, refused, full): no file's fault, stop here
        except SQLAlchemyError as exc:  # this document's values: e.g. one too long for a column
            log.exception("could not store %s", stored_name(path))
            detail = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
            return fail(self.engine, path, sha, Problem(LoadFailed.reason, detail))
        if stored.status == "duplicate":
            return fail(self.engine, path, sha,
                        Problem(DuplicateContent.reason, load_words(stored)))
        clear_errors(self.engine, str(path))
        log.info("%s %s: %d lines %s", stored.status, stored_name(path), len(doc.actions),
                 load_words(stored))
        return FileOutcome(path, Status(stored.status), sha, doc, warnings=tuple(doc.warnings),
                           load=stored)

    def reread(self, path: Path, sha: str, doc: NormalisedDocument) -> FileOutcome:
        """A loaded file read by a newer pipeline: its lines replaced, its version kept."""
        lines = replace_lines(self.engine, self.rereads[sha], doc, self.key)
        log.info("re-read %s: %d lines replaced", stored_name(path), lines)
        return FileOutcome(path, Status.LOADED, sha, doc, warnings=tuple(doc.warnings),
                           reread=True)

    def copy_outcome(self, path: Path, sha: str, first: FileOutcome) -> FileOutcome:
        """A file with the same bytes as one just parsed shares its fate."""
        if first.problem is not None:
            record_error(self.engine, document=path.name, path=str(path), sha256=sha,
                         reason=first.problem.reason,
                         message=error_message(path.name, first.problem))
            return FileOutcome(path, first.status, sha, problem=first.problem,
                               same_as=first.path.name)
        return FileOutcome(path, Status.UNCHANGED, sha, same_as=first.path.name)


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
    parse = options.parser or parse_files
    results = parse(queue, settings=options.settings, authority=options.authority,
                    limits=options.limits, log_path=log_file_of(log), processor=options.processor)
    with closing(results):  # an error here must not leave workers running
        for result in in_file_order(results, queue):
            batch.settle(result)
    return batch.outcomes
