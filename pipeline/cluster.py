"""`actionplans ingest --cluster`: each file's parse runs on a Dask cluster.

Only parsing leaves this machine.  Each file becomes one Dask task
(``pipeline.cluster_task.parse_request``), which parses it in a confined
child process of the Dask worker, under the same limits as a local ingest
and with this machine's user vocabulary (its files travel with the task).
The answers come back here as ``WorkResult``s, so ``pipeline.ingest`` turns
them into outcomes and loads them exactly as it does local results: one
document per transaction, by this process alone.

A Dask worker that dies mid-task (killed, out of memory, its machine lost)
has its file run once more on another worker; a second death makes the file
``crashed``.  That is the scheduler's ``allowed-failures`` count, which the
client sets to 1 when it connects.  Whatever happens to a task (it errs, is
cancelled, the cluster goes away), its file still gets one result.
"""

from __future__ import annotations

import logging
import time
import traceback
import uuid
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from models.errors import WorkerCrashed
from models.outcomes import Problem
from models.textsafe import stored_name
from normalise.vocabulary import user_dir, user_files
from pipeline.cluster_task import ParseAnswer, ParseRequest, parse_request
from pipeline.worker import Limits, Processor, WorkResult

if TYPE_CHECKING:
    from distributed import Client, Future

log = logging.getLogger("actionplans.cluster")

CLUSTER_ENV = "ACTIONPLANS_CLUSTER"
# a file whose worker died mid-task is run once more; a second death makes it `crashed`
ALLOWED_FAILURES = 1
# tasks in flight per worker thread: enough to keep every thread busy, few enough that
# shipped bytes do not pile up in this process or the scheduler
IN_FLIGHT_PER_THREAD = 2
MIN_IN_FLIGHT = 4


class ClusterUnavailable(Exception):
    """The scheduler named by --cluster cannot be used; the message says why."""


def set_allowed_failures(allowed: int, dask_scheduler: Any = None) -> int:
    """Run on the scheduler: how many worker deaths a task survives; returns the old value."""
    before = int(dask_scheduler.allowed_failures)
    dask_scheduler.allowed_failures = allowed
    return before


def connect(address: str) -> Client:
    """A client of the scheduler at ``address``, with the retry rule in force."""
    from distributed import Client

    try:  # given up after Dask's distributed.comm.timeouts.connect (30 s unless configured)
        client = Client(address, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address}: {detail}") from None
    try:
        before = client.run_on_scheduler(set_allowed_failures, ALLOWED_FAILURES)
    except BaseException:
        client.close()
        raise
    if before != ALLOWED_FAILURES:
        log.warning("scheduler %s: allowed-failures was %s, set to %d (one retry per file)",
                    address, before, ALLOWED_FAILURES)
    return client


@dataclass(frozen=True)
class ClusterParser:
    """``pipeline.worker.parse_files`` for a cluster: same arguments, same results."""

    client: Client
    ship_files: bool = False  # send each file's bytes; else workers read the path itself

    def __call__(self, paths: list[Path], *, settings: ExtractionSettings = DEFAULT_SETTINGS,
                 authority: str | None = None, limits: Limits | None = None,
                 log_path: str | None = None,
                 processor: Processor | None = None) -> Generator[WorkResult, None, None]:
        """Results in the order they finish.  ``log_path`` is this machine's: the workers'
        own output stays on them; a crash's traceback comes back in the result."""
        from distributed import as_completed

        limits = limits or Limits()
        vocabulary = user_files(user_dir())  # read once; every task carries it
        todo = list(reversed(paths))  # popped from the end: submitted in the order given
        running: dict[Future, Path] = {}
        finished = as_completed(loop=self.client.loop)
        try:
            while todo or running:
                while todo and len(running) < self.in_flight():
                    path = todo.pop()
                    request = self.request(path, settings, authority, limits, processor,
                                           vocabulary)
                    future = self.client.submit(parse_request, request, pure=False,
                                                key=f"actionplans-parse-{uuid.uuid4().hex}")
                    running[future] = path
                    finished.add(future)
                future = next(finished)
                yield result_of(future, running.pop(future))
        finally:
            if running:  # the batch stopped early (Ctrl-C, a database error): drop the rest
                self.client.cancel(list(running))

    def in_flight(self) -> int:
        threads = sum(self.client.nthreads().values())
        return max(MIN_IN_FLIGHT, IN_FLIGHT_PER_THREAD * threads)

    def request(self, path: Path, settings: ExtractionSettings, authority: str | None,
                limits: Limits, processor: Processor | None,
                vocabulary: tuple[tuple[str, bytes], ...] = ()) -> ParseRequest:
        data = read_bytes(path) if self.ship_files else None
        return ParseRequest(path.name, str(path.absolute()), data, settings, authority, limits,
                            processor, vocabulary)


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes to ship; None when they cannot be read here (the worker then
    reports the path as unreadable, and the file fails with that reason)."""
    try:
        return path.read_bytes()
    except OSError as exc:
        log.warning("cannot read %s to ship it: %s", stored_name(path), exc.strerror or exc)
        return None


def result_of(future: Future, path: Path) -> WorkResult:
    """The file's one result, whatever became of its task."""
    from distributed.utils import CancelledError  # asyncio's: not an Exception

    started = time.monotonic()
    try:
        answer: ParseAnswer = future.result()
    except (Exception, CancelledError) as exc:  # every way a task can end is a file's outcome
        return WorkResult(path, problem=task_problem(exc), trace=trace_of(exc),
                          seconds=time.monotonic() - started)
    log.info("%s parsed on %s", stored_name(path), answer.host or "a cluster worker")
    if answer.document is not None:
        return WorkResult(path, document=answer.document, seconds=answer.seconds, cpu=answer.cpu)
    return WorkResult(path, problem=Problem.reported(answer.reason, answer.detail, answer.limit),
                      seconds=answer.seconds, trace=answer.trace, cpu=answer.cpu)


def task_problem(exc: BaseException) -> Problem:
    """A task that gave no answer: its worker died twice, it was cancelled, or it raised."""
    from distributed.scheduler import KilledWorker
    from distributed.utils import CancelledError

    if isinstance(exc, KilledWorker):
        detail = "its cluster worker died, and so did the one it was retried on"
    elif isinstance(exc, CancelledError):
        detail = "the cluster dropped its task (scheduler restarted or unreachable)"
    else:
        detail = f"on the cluster: {type(exc).__name__}: {exc}"[:300]
    return Problem(WorkerCrashed.reason, detail)


def trace_of(exc: BaseException) -> str | None:
    from distributed.scheduler import KilledWorker
    from distributed.utils import CancelledError

    if isinstance(exc, KilledWorker | CancelledError):
        return None
    return "".join(traceback.format_exception(exc))
