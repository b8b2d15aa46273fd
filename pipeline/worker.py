"""Parse each file in its own process, with a time limit and a memory limit.

A hostile or broken file can hang a parser, exhaust memory or crash it (a C
extension's segfault).  Each file therefore runs in a fresh process forked
from a warm forkserver (see ``worker_preload``): the child caps its address
space (RLIMIT_AS) and CPU time, parses, and sends back either the normalised
document or a specific error.  The parent kills a child that passes its
deadline and turns every way a child can end into one ``WorkResult``, so the
batch always goes on.  Children never touch the database: the parent loads
whole documents, one transaction each.

Errors cross the process boundary as (reason, detail) and are rebuilt here,
named by the file's name: exceptions do not pickle faithfully, and a
traceback belongs in the log file, not in a message.
"""

from __future__ import annotations

import faulthandler
import logging
import multiprocessing
import os
import resource
import signal
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from extractors.settings import DEFAULT_SETTINGS, ExtractionSettings
from models.errors import (
    ActionPlansError,
    InputError,
    TimedOut,
    TooLarge,
    WorkerCrashed,
)
from models.records import NormalisedDocument

MB = 1024 * 1024
DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_MB = 2048
# seconds a finished child gets to exit after sending its result
REAP_GRACE = 5.0
# Imported once in the forkserver.  A child re-runs the parent's main script
# (multiprocessing's rule, and Python 3.11's forkserver does not preload it),
# so the modules the `actionplans` script imports are preloaded too: the
# re-run then costs nothing instead of ~0.3 s of SQLAlchemy imports per file.
PRELOAD = ["pipeline.cli", "pipeline.worker_preload"]

log = logging.getLogger("actionplans.worker")

# what a worker runs on one file: process_file, or a stand-in in the tests
Processor = Callable[[Path, ExtractionSettings, str | None], NormalisedDocument]


@dataclass(frozen=True)
class Limits:
    """Per-file limits: wall-clock seconds, address-space MB, and parallel workers."""

    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    jobs: int = 0  # 0: one per CPU

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.memory_mb <= 0 or self.jobs < 0:
            raise ValueError(f"invalid worker limits: {self}")

    @property
    def workers(self) -> int:
        return self.jobs or len(os.sched_getaffinity(0)) or 1


@dataclass
class WorkResult:
    """How one file's parse ended: a document, or an error (never both)."""

    path: Path
    document: NormalisedDocument | None = None
    error: ActionPlansError | None = None
    seconds: float = 0.0  # wall-clock, from start to result
    trace: str | None = None  # the child's traceback, for the log file only
    cpu: float = 0.0  # the child's CPU seconds (0 when it died or was killed)


@dataclass(frozen=True)
class Task:
    path: str
    settings: ExtractionSettings
    authority: str | None
    limits: Limits
    log_path: str | None
    processor: Processor | None = None  # None: pipeline.process.process_file


# --- the child ------------------------------------------------------------------------------

@dataclass
class Payload:
    """What a child sends back: a document, or an error's reason and detail."""

    document: NormalisedDocument | None = None
    reason: str = ""
    detail: str = ""
    trace: str | None = None
    cpu: float = 0.0  # the child's own CPU seconds, for the log and the tests


def child_main(task: Task, conn: Connection) -> None:
    """Entry point of a worker process: confine, parse, send one payload, exit."""
    confine(task)
    payload = parse(task)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    payload.cpu = usage.ru_utime + usage.ru_stime
    try:
        conn.send(payload)
    except Exception as exc:  # e.g. MemoryError while pickling a huge document
        conn.send(Payload(reason=TooLarge.reason, cpu=payload.cpu,
                          detail=f"the result could not be sent back ({type(exc).__name__})"))
    finally:
        conn.close()


def parse(task: Task) -> Payload:
    from pipeline.process import process_file

    processor = task.processor or process_file
    try:
        return Payload(document=processor(Path(task.path), task.settings, task.authority))
    except InputError as exc:
        return Payload(reason=exc.reason, detail=exc.detail)
    except MemoryError:
        pass  # leave the except block first, so the failed frames can be freed
    except BaseException as exc:  # a parser bug: the batch must still get an answer
        return Payload(reason=WorkerCrashed.reason, detail=f"{type(exc).__name__}: {exc}"[:300],
                       trace=traceback.format_exc())
    return Payload(reason=TooLarge.reason,
                   detail=f"needed more than the {task.limits.memory_mb} MB memory limit")


def confine(task: Task) -> None:
    """Limits and output redirection for this process only."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    die_with_parent()
    redirect_output(task.log_path)
    memory = task.limits.memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # a backstop if the parent is gone and cannot enforce the deadline
    cpu = int(task.limits.timeout) + 10
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))


def die_with_parent() -> None:
    """Linux: SIGKILL this worker when its parent (the forkserver) exits."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: RLIMIT_CPU still ends a stray worker
        pass


def redirect_output(log_path: str | None) -> None:
    """Whatever the parser prints, warns or dumps on a crash goes to the log, not the terminal."""
    target = os.open(log_path or os.devnull, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.dup2(target, 1)
    os.dup2(target, 2)
    os.close(target)
    sys.stdout = sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)
    faulthandler.enable(file=sys.stderr)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s worker[%(process)d] %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # it warns once per broken object


# --- the parent -----------------------------------------------------------------------------

@dataclass
class Job:
    path: Path
    process: BaseProcess
    conn: Connection
    started: float
    deadline: float


def error_classes() -> dict[str, type[ActionPlansError]]:
    """Every input error class by its reason, to rebuild errors a child reported."""
    found: dict[str, type[ActionPlansError]] = {}
    todo: list[type[ActionPlansError]] = [InputError]
    while todo:
        cls = todo.pop()
        found.setdefault(cls.reason, cls)
        todo.extend(cls.__subclasses__())
    return found


ERROR_CLASSES = error_classes()


def make_error(path: Path, reason: str, detail: str) -> ActionPlansError:
    cls = ERROR_CLASSES.get(reason, WorkerCrashed)
    return cls(path.name, detail)


def context() -> BaseContext:
    """forkserver (fork a warm, clean server) where there is one, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def start(ctx: BaseContext, path: Path, task: Task) -> Job:
    reader, writer = ctx.Pipe(duplex=False)
    process = ctx.Process(target=child_main, args=(task, writer), daemon=True,  # type: ignore[attr-defined]
                          name=f"actionplans-worker {path.name}")
    now = time.monotonic()
    process.start()
    writer.close()  # the child holds the only writer: its death means EOF here
    return Job(path, process, reader, now, now + task.limits.timeout)


def stop(job: Job) -> None:
    """Kill (if needed) and reap a child, and close our end of its pipe."""
    if job.process.is_alive():
        job.process.kill()
    job.process.join(REAP_GRACE)
    job.conn.close()


def from_payload(job: Job, payload: Payload) -> WorkResult:
    seconds = time.monotonic() - job.started
    if payload.document is not None:
        return WorkResult(job.path, document=payload.document, seconds=seconds, cpu=payload.cpu)
    return WorkResult(job.path, error=make_error(job.path, payload.reason, payload.detail),
                      seconds=seconds, trace=payload.trace, cpu=payload.cpu)


def died(job: Job) -> WorkResult:
    """A child that ended without sending a result: say how it ended."""
    code = job.process.exitcode
    seconds = time.monotonic() - job.started
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        if -code == signal.SIGXCPU:
            error: ActionPlansError = TimedOut(job.path.name, "CPU time limit reached")
        elif -code == signal.SIGKILL:
            error = WorkerCrashed(job.path.name, "the worker was killed (SIGKILL), most "
                                  "likely by the system for using too much memory")
        else:
            error = WorkerCrashed(job.path.name, f"the worker died of {name}")
    else:
        error = WorkerCrashed(job.path.name, f"the worker exited with status {code} "
                              "without a result")
    return WorkResult(job.path, error=error, seconds=seconds)


def timed_out(job: Job, limit: float) -> WorkResult:
    return WorkResult(job.path, error=TimedOut(job.path.name, f"stopped after {limit:g} s"),
                      seconds=time.monotonic() - job.started)


def check(job: Job, limits: Limits) -> WorkResult | None:
    """The job's result if it has ended (or must end now), else None."""
    if job.conn.poll():
        try:
            payload = job.conn.recv()
        except (EOFError, OSError):  # closed without a payload: the child died
            stop(job)
            return died(job)
        stop(job)
        return from_payload(job, payload)
    if not job.process.is_alive():
        stop(job)
        return died(job)
    if time.monotonic() >= job.deadline:
        stop(job)
        return timed_out(job, limits.timeout)
    return None


def wait_for_any(running: list[Job]) -> None:
    """Sleep until a child sends, exits, or the nearest deadline passes."""
    nearest = min(job.deadline for job in running)
    handles: list[Any] = [job.conn for job in running]
    handles += [job.process.sentinel for job in running]
    wait(handles, timeout=max(0.0, nearest - time.monotonic()))


def parse_files(paths: list[Path], *, settings: ExtractionSettings = DEFAULT_SETTINGS,
                authority: str | None = None, limits: Limits | None = None,
                log_path: str | None = None,
                processor: Processor | None = None) -> Generator[WorkResult, None, None]:
    """Each file parsed in its own process; results in the order they finish.

    Closing the iterator early (or an exception in the consumer) kills every
    child still running.
    """
    limits = limits or Limits()
    ctx = context()
    todo = deque(paths)
    running: list[Job] = []
    try:
        while todo or running:
            while todo and len(running) < limits.workers:
                path = todo.popleft()
                task = Task(str(path), settings, authority, limits, log_path, processor)
                running.append(start(ctx, path, task))
            wait_for_any(running)
            for job in list(running):
                result = check(job, limits)
                if result is not None:
                    running.remove(job)
                    yield result
    finally:
        for job in running:
            stop(job)


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
