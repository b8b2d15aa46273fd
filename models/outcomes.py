"""One typed, frozen record per file: how its ingest ended, as data.

The worker answers with a ``ParseResult``; the batch turns it (or what it
knew without parsing) into one ``FileOutcome`` with a fixed ``Status`` and,
when the file failed or was skipped, a ``Problem``: the machine reason, the
reader's own detail and the limit in force.  Nothing here is a sentence for
a person: ``pipeline.outcome_words`` renders these records into words at the
output (ingest lines, ``--json``, the errors table), and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from models.errors import ActionPlansError, InputError, LoadFailed, WorkerCrashed
from models.records import NormalisedDocument


class Status(StrEnum):
    """Every file found ends as exactly one of these."""

    LOADED = "loaded"  # stored as a version of its plan (or read again: ``reread``)
    UNCHANGED = "unchanged"  # its bytes are already loaded, or share the fate of a copy
    SKIPPED = "skipped"  # read, and simply not a new plan (no_action_table, duplicate, type)
    FAILED = "failed"  # could not be read: the reason says why


def error_classes() -> dict[str, type[ActionPlansError]]:
    """Every input error class by its reason (the fixed set of reasons a file can fail for)."""
    found: dict[str, type[ActionPlansError]] = {}
    todo: list[type[ActionPlansError]] = [InputError]
    while todo:
        cls = todo.pop()
        found.setdefault(cls.reason, cls)
        todo.extend(cls.__subclasses__())
    found.setdefault(LoadFailed.reason, LoadFailed)
    return found


ERROR_CLASSES = error_classes()


@dataclass(frozen=True)
class Problem:
    """Why one file failed or was skipped.

    ``reason`` is one of ``ERROR_CLASSES`` (an unknown one is a crash of
    ours); ``detail`` is what the reader found, without the file's name;
    ``limit`` is the time (s) or memory (MB) limit a ``timed_out`` or
    ``too_large`` file hit, so a later run can tell whether larger limits
    might cure it.
    """

    reason: str
    detail: str = ""
    limit: float | None = None

    def __post_init__(self) -> None:
        if self.reason not in ERROR_CLASSES:
            raise ValueError(f"unknown reason {self.reason!r}")

    @classmethod
    def of(cls, error: ActionPlansError, limit: float | None = None) -> Problem:
        reason = error.reason if error.reason in ERROR_CLASSES else WorkerCrashed.reason
        return cls(reason, error.detail, limit)

    @classmethod
    def reported(cls, reason: str, detail: str, limit: float | None = None) -> Problem:
        """What a worker reported: a reason we do not know is our bug, so ``crashed``."""
        return cls(reason if reason in ERROR_CLASSES else WorkerCrashed.reason, detail, limit)


@dataclass(frozen=True)
class ParseResult:
    """How one file's parse ended in its worker: a document, or a problem (never both)."""

    path: Path
    document: NormalisedDocument | None = None
    problem: Problem | None = None
    seconds: float = 0.0  # wall-clock, from start to result
    trace: str | None = None  # the child's traceback, for the log file only
    cpu: float = 0.0  # the child's CPU seconds (0 when it died or was killed)


@dataclass(frozen=True)
class LoadResult:
    """What loading one file did.

    ``status`` is ``loaded``, ``unchanged`` (these bytes were already
    loaded: an earlier run, a renamed copy, or a concurrent run that got
    there first, ``by_another_run``; ``existing`` names the document that
    holds them) or ``duplicate`` (other bytes, but ``existing`` already holds
    these lines: nothing was stored).
    """

    status: str
    document_id: int | None = None
    plan_id: int | None = None
    superseded: tuple[str, ...] = ()
    existing: str | None = None
    superseded_by: str | None = None
    by_another_run: bool = False


@dataclass(frozen=True)
class FileOutcome:
    """How one file's ingest ended."""

    path: Path
    status: Status
    sha256: str | None = None
    document: NormalisedDocument | None = None
    problem: Problem | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()
    load: LoadResult | None = None  # what storing it did (versions superseded, ...)
    same_as: str | None = None  # the file with the same bytes parsed in this run
    # failed before for a permanent reason, so not read again (--retry-failed)
    not_retried: bool = False
    # a loaded file read again by a newer pipeline (its lines replaced, same version)
    reread: bool = False

    @property
    def reason(self) -> str | None:
        return self.problem.reason if self.problem is not None else None
