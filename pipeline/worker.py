"""Parse each file in its own process, with a time limit and a memory limit.

A hostile or broken file can hang a parser, exhaust memory or crash it (a C
extension's segfault).  Each file therefore runs in a fresh process forked
from a warm forkserver (see ``worker_preload``): the child caps its address
space (RLIMIT_AS) and CPU time, parses, and sends back either the normalised
document or a specific error.  The parent kills a child that passes its
deadline and turns every way a child can end into one ``WorkResult``, so the
batch always goes on.  Children never touch the database: the parent loads
whole documents, one transaction each.

Errors cross the process boundary as (reason, detail, limit) and become one
typed ``Problem`` here (models.outcomes), named by no file: exceptions do
not pickle faithfully, the output names the file, and a traceback belongs
in the log file, not in a message.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from models.errors import TimedOut, WorkerCrashed
from models.outcomes import ERROR_CLASSES, ParseResult, Problem
from models.records import NormalisedDocument
from pipeline.worker_child import PageCount, Payload, child_main
from pipeline.worker_spawn import LeanProcess

DEFAULT_TIMEOUT = 120.0
# --timeout is granted per started block of this many pages: a plan of up to 50
# pages has the figure itself (as before), a 300-page plan six times it, so a
# long plan on a busy machine is not cut off while a hanging parser still is
PAGES_PER_TIMEOUT = 50
DEFAULT_MEMORY_MB = 2048
# seconds a finished child gets to exit after sending its result
REAP_GRACE = 5.0
# Imported once in the forkserver: the parsing modules only.  Workers do not re-run
# the parent's main script (see worker_spawn), so Click, SQLAlchemy and Alembic are
# never loaded in a worker (spaCy is imported without its command line: normalise/tokens.py).
PRELOAD = ["pipeline.worker_preload"]  # worker_child comes with it

log = logging.getLogger("actionplans.worker")

# what a worker runs on one file: process_file, or a stand-in in the tests
Processor = Callable[[Path, ExtractionSettings, str | None], NormalisedDocument]


# Beyond these a limit is no limit, or one the kernel cannot take (RLIMIT_AS and
# RLIMIT_CPU overflow): a typo, refused up front rather than failing every file.
MAX_TIMEOUT = 7 * 24 * 3600.0
MIN_MEMORY_MB = 512  # the loaded libraries alone take about 320 MB
MAX_MEMORY_MB = 1024 * 1024  # 1 TiB of address space
MAX_JOBS = 1024


def limits_problem(timeout: float, memory_mb: int, jobs: int = 0) -> str | None:
    """Why these limits cannot be used, in words for the user; None when they can."""
    if not math.isfinite(timeout) or not 0 < timeout <= MAX_TIMEOUT:
        return f"--timeout must be a number of seconds, at most {MAX_TIMEOUT:g}, not {timeout:g}"
    if not MIN_MEMORY_MB <= memory_mb <= MAX_MEMORY_MB:
        return (f"--memory-mb must be from {MIN_MEMORY_MB} to {MAX_MEMORY_MB} (MB), "
                f"not {memory_mb}")
    if not 0 <= jobs <= MAX_JOBS:
        return f"--jobs must be from 0 (one per CPU) to {MAX_JOBS}, not {jobs}"
    return None


@dataclass(frozen=True)
class Limits:
    """Per-file limits: wall-clock seconds, address-space MB, and parallel workers."""

    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    jobs: int = 0  # 0: one per CPU

    def __post_init__(self) -> None:
        problem = limits_problem(self.timeout, self.memory_mb, self.jobs)
        if problem:
            raise ValueError(problem)

    def file_timeout(self, pages: int | None) -> float:
        """Seconds a file of ``pages`` pages may take (unknown count: one block)."""
        blocks = max(1, math.ceil((pages or 1) / PAGES_PER_TIMEOUT))
        return min(self.timeout * blocks, MAX_TIMEOUT)

    @property
    def workers(self) -> int:
        return self.jobs or len(os.sched_getaffinity(0)) or 1


WorkResult = ParseResult  # how one file's parse ended: a document or a Problem, never both


@dataclass(frozen=True)
class Task:
    path: str
    settings: ExtractionSettings
    authority: str | None
    limits: Limits
    log_path: str | None
    processor: Processor | None = None  # None: pipeline.process.process_file
    # the user vocabulary the child reads: a folder, "" for the shipped words alone, or
    # None for this machine's $ACTIONPLANS_VOCAB_DIR (a cluster task sets its client's)
    vocab_dir: str | None = None


# --- the parent -----------------------------------------------------------------------------

@dataclass
class Job:
    path: Path
    process: BaseProcess
    conn: Connection
    started: float
    deadline: float
    allowed: float  # seconds granted, once the child has told its page count


__all__ = ["ERROR_CLASSES", "Limits", "WorkResult", "parse_files", "parse_one", "prestart"]


def context() -> BaseContext:
    """forkserver (fork a warm, clean server) where there is one, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def nothing() -> None:
    """A worker that does nothing: see ``warm_up``."""


def warm_up(ctx: BaseContext) -> None:
    """Have the forkserver running and its imports done before any file's clock starts.

    The first worker's fork waits for the server to import everything (a
    second or two, far more on a busy machine): counted in that file's time
    limit, it could time a file out that takes a fraction of a second.  The
    process is a lean one: a plain one would re-run the main script (the
    ``dask`` command's imports on a cluster worker, where every task warms up).
    """
    process = process_class(ctx)(target=nothing, daemon=True)
    process.start()
    process.join()


def prestart() -> None:
    """Launch the forkserver and let it import the parsing modules now, without waiting.

    For a caller that knows files will be parsed before it can start them (a
    new database: no file can be unchanged), the server's second or two of
    imports then runs beside the caller's own start-up (its database
    created, its modules imported) instead of after it; ``warm_up`` later
    waits only for what is left.
    """
    ctx = context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def process_class(ctx: BaseContext, task: Task | None = None) -> Any:
    """The forkserver's process without the main script re-run, unless the task's
    processor (a test's stand-in) lives in that script and needs it."""
    processor = task.processor if task is not None else None
    in_main = processor is not None and processor.__module__ == "__main__"
    if ctx.get_start_method() == "forkserver" and LeanProcess is not None and not in_main:
        return LeanProcess
    return ctx.Process  # type: ignore[attr-defined]


def start(ctx: BaseContext, path: Path, task: Task) -> Job:
    # a socket pair, not a pipe: the child watches its end to learn that we died
    reader, writer = ctx.Pipe(duplex=True)
    process = process_class(ctx, task)(target=child_main, args=(task, writer), daemon=True,
                                       name=f"actionplans-worker {path.name}")
    now = time.monotonic()
    process.start()
    writer.close()  # the child holds the only writer: its death means EOF here
    return Job(path, process, reader, now, now + task.limits.timeout, task.limits.timeout)


def stop(job: Job, *, kill: bool = False) -> None:
    """Reap a child and close our end of its socket.

    A child that has answered is given REAP_GRACE seconds to finish writing
    its output and exit; only one still alive after that, or one we give up
    on (``kill``: past its deadline, or the batch is ending), is killed.
    """
    if not kill:
        job.process.join(REAP_GRACE)
    if job.process.is_alive():
        job.process.kill()
        job.process.join(REAP_GRACE)
    job.conn.close()


def from_payload(job: Job, payload: Payload) -> WorkResult:
    seconds = time.monotonic() - job.started
    if payload.document is not None:
        return WorkResult(job.path, document=payload.document, seconds=seconds, cpu=payload.cpu)
    problem = Problem.reported(payload.reason, payload.detail, payload.limit)
    return WorkResult(job.path, problem=problem, seconds=seconds, trace=payload.trace,
                      cpu=payload.cpu)


def died(job: Job, limits: Limits) -> WorkResult:
    """A child that ended without sending a result: say how it ended."""
    code = job.process.exitcode
    seconds = time.monotonic() - job.started
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        if -code == signal.SIGXCPU:
            problem = Problem(TimedOut.reason, f"CPU time limit reached ({job.allowed:g} s)",
                              limits.timeout)
        elif -code == signal.SIGKILL:
            problem = Problem(WorkerCrashed.reason, "the worker was killed (SIGKILL), most "
                              "likely by the system for using too much memory")
        else:
            problem = Problem(WorkerCrashed.reason, f"the worker died of {name}")
    else:
        problem = Problem(WorkerCrashed.reason, f"the worker exited with status {code} "
                          "without a result")
    return WorkResult(job.path, problem=problem, seconds=seconds)


def timed_out(job: Job, limits: Limits) -> WorkResult:
    """Stopped at its allowance; the limit recorded is ``--timeout`` itself (per 50 pages),
    the figure a later run's ``--timeout`` is compared with (ingest.same_answer_again)."""
    problem = Problem(TimedOut.reason, f"stopped after {job.allowed:g} s", limits.timeout)
    return WorkResult(job.path, problem=problem, seconds=time.monotonic() - job.started)


def check(job: Job, limits: Limits) -> WorkResult | None:
    """The job's result if it has ended (or must end now), else None."""
    if job.conn.poll():
        try:
            payload = job.conn.recv()
        except (EOFError, OSError):  # closed without a payload: the child died
            stop(job)
            return died(job, limits)
        if isinstance(payload, PageCount):  # the file's length: its time allowance
            job.allowed = limits.file_timeout(payload.pages)
            job.deadline = job.started + job.allowed
            return None
        stop(job)
        return from_payload(job, payload)
    if not job.process.is_alive():
        stop(job)
        return died(job, limits)
    if time.monotonic() >= job.deadline:
        stop(job, kill=True)
        return timed_out(job, limits)
    return None


def wait_for_any(running: list[Job]) -> None:
    """Sleep until a child sends, exits, or the nearest deadline passes."""
    nearest = min(job.deadline for job in running)
    handles: list[Any] = [job.conn for job in running]
    handles += [job.process.sentinel for job in running]
    wait(handles, timeout=max(0.0, nearest - time.monotonic()))


def parse_files(paths: list[Path], *, settings: ExtractionSettings = DEFAULT_SETTINGS,
                authority: str | None = None, limits: Limits | None = None,
                log_path: str | None = None, processor: Processor | None = None,
                vocab_dir: str | None = None) -> Generator[WorkResult, None, None]:
    """Each file parsed in its own process; results in the order they finish.

    Closing the iterator early (or an exception in the consumer) kills every
    child still running.  ``vocab_dir``: see ``Task``.
    """
    limits = limits or Limits()
    ctx = context()
    if paths:
        warm_up(ctx)
    todo = deque(paths)
    running: list[Job] = []
    try:
        while todo or running:
            while todo and len(running) < limits.workers:
                path = todo.popleft()
                share = replace(settings, page_processes=spare_workers(limits, running, todo))
                task = Task(str(path), share, authority, limits, log_path, processor, vocab_dir)
                running.append(start(ctx, path, task))
            wait_for_any(running)
            for job in list(running):
                result = check(job, limits)
                if result is not None:
                    running.remove(job)
                    yield result
    finally:
        for job in running:
            stop(job, kill=True)


def spare_workers(limits: Limits, running: list[Job], todo: deque[Path]) -> int:
    """Processes a file being started may read its pages in: the workers no other
    file holds or is waiting for (so the last file of a batch, or a lone file, uses
    the cores the others have left idle; page_split.py)."""
    return max(1, limits.workers - len(running) - len(todo))


def parse_one(path: Path, **kwargs: Any) -> WorkResult:
    """One file through the worker path (tests, and callers without a batch)."""
    return list(parse_files([path], **kwargs))[0]


def log_file_of(logger: logging.Logger) -> str | None:
    """The file a logger (or its ancestors) writes to, for the children's output."""
    current: logging.Logger | None = logger
    while current is not None:
        for handler in current.handlers:
            if isinstance(handler, logging.FileHandler):
                return handler.baseFilename
        current = current.parent if current.propagate else None
    return None
