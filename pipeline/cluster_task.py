"""What a Dask worker runs for one file of `actionplans ingest --cluster`.

The task does not parse in the Dask worker's own process: it hands the file
to ``pipeline.worker.parse_one``, the very code a local ingest runs, so the
parse happens in a child process under the same time limit (``--timeout`` per
started block of 50 pages; the parent kills it at its deadline), address-space
limit (RLIMIT_AS) and CPU backstop, reading the client's user vocabulary.  A
hanging or bloating parse is killed on the Dask worker as it is on a laptop,
and the Dask worker itself lives on to take the next file.

Nothing here touches the database or imports Dask: the task gets plain values
(``ParseRequest``) and returns plain values (``ParseAnswer``).  Errors travel
as (reason, detail), as they do between a local worker and its parent.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from extractors.settings import ExtractionSettings
from models.errors import Unreadable
from models.records import NormalisedDocument
from pipeline.worker import Limits, Processor, WorkResult, parse_one


@dataclass(frozen=True)
class ParseRequest:
    """One file to parse: at a path every worker can read, or its bytes (--ship-files)."""

    name: str  # the file's own name: messages and the document are named by it
    path: str  # absolute, as the client sees it (read there unless ``data`` is given)
    data: bytes | None
    settings: ExtractionSettings
    authority: str | None
    limits: Limits
    processor: Processor | None = None  # None: pipeline.process.process_file
    # the client's user vocabulary ($ACTIONPLANS_VOCAB_DIR there): each file the folder
    # holds that a vocabulary reads, as (name, bytes); () when it has none.  The worker's
    # own $ACTIONPLANS_VOCAB_DIR is never used, so a cluster reads with the client's words.
    vocabulary: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True)
class ParseAnswer:
    """How the parse ended: a document, or an error's reason and detail."""

    document: NormalisedDocument | None
    reason: str = ""
    detail: str = ""
    trace: str | None = None
    limit: float | None = None  # timed_out, too_large: the limit in force (as locally)
    seconds: float = 0.0  # wall-clock on the worker, from the child's start to its answer
    cpu: float = 0.0
    host: str = ""  # the worker's machine, for the log


def parse_request(request: ParseRequest) -> ParseAnswer:
    """The task: parse one file in a confined child process of this Dask worker."""
    allow_children()
    with readable_copy(request) as path, vocabulary_folder(request.vocabulary) as vocab_dir:
        if not path.is_file():
            error = Unreadable(request.name, f"not found on cluster worker {socket.gethostname()}: "
                               "the workers do not share this path (use --ship-files)")
            return ParseAnswer(None, error.reason, error.detail, host=socket.gethostname())
        # one file, one child: the Dask worker's threads are the parallelism
        result = parse_one(path, settings=request.settings, authority=request.authority,
                           limits=replace(request.limits, jobs=1), log_path=None,
                           processor=request.processor, vocab_dir=vocab_dir)
    return answer_of(result)


def answer_of(result: WorkResult) -> ParseAnswer:
    problem = result.problem
    if problem is None:
        return ParseAnswer(result.document, trace=result.trace, seconds=result.seconds,
                           cpu=result.cpu, host=socket.gethostname())
    return ParseAnswer(None, problem.reason, problem.detail, result.trace, problem.limit,
                       result.seconds, result.cpu, socket.gethostname())


def allow_children() -> None:
    """Let this Dask worker start the parse's child process.

    A worker under a nanny is a daemonic process, and multiprocessing refuses
    children to those, because a daemon is killed without waiting for them.
    A parse child needs no waiting for: it kills itself as soon as the process
    that started it dies (``pipeline.worker_child.watch_parent``).
    """
    current = multiprocessing.current_process()
    if current.daemon:
        current.daemon = False


@contextmanager
def vocabulary_folder(files: tuple[tuple[str, bytes], ...]) -> Iterator[str]:
    """The client's user vocabulary as a folder here ("" when it has none), removed after
    the parse: the child reads it in place of this machine's $ACTIONPLANS_VOCAB_DIR."""
    if not files:
        yield ""
        return
    with tempfile.TemporaryDirectory(prefix="actionplans-vocab-") as folder:
        for name, data in files:
            (Path(folder) / Path(name).name).write_bytes(data)
        yield folder


@contextmanager
def readable_copy(request: ParseRequest) -> Iterator[Path]:
    """The path to parse: the shared one, or the shipped bytes written under the file's
    own name (its suffix picks the reader) in a folder removed afterwards."""
    if request.data is None:
        yield Path(request.path)
        return
    with tempfile.TemporaryDirectory(prefix="actionplans-") as folder:
        path = Path(folder) / request.name
        with open(path, "wb") as fh:
            fh.write(request.data)
        os.chmod(path, 0o400)
        yield path
