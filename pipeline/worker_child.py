"""The worker side of ``pipeline.worker``: confine this process, parse one file, answer, exit.

A worker must never outlive the ingest that started it.  It is forked from
multiprocessing's forkserver, not from the ingest process, so the usual
die-with-parent signal alone is not enough: the forkserver only exits when
every holder of its "alive" pipe has gone, and each worker inherits one.
So a worker (1) closes its inherited copy of that pipe, (2) asks for SIGKILL
when the forkserver exits, and (3) watches its own result socket: the
ingest process holds the other end, and when that process dies, for any
reason (SIGKILL, SIGTERM, a crash), the socket reads EOF and the worker
kills itself at once.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import resource
import signal
import sys
import threading
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.lifetime import die_with_parent
from models.errors import InputError, TooLarge, WorkerCrashed
from models.records import NormalisedDocument

if TYPE_CHECKING:
    from pipeline.worker import Task

MB = 1024 * 1024


# set once this worker has its answer: from then on the parent closing the socket is
# the expected end of the conversation, not a sign of its death
ANSWERED = threading.Event()


@dataclass
class Payload:
    """What a child sends back: a document, or an error's reason and detail."""

    document: NormalisedDocument | None = None
    reason: str = ""
    detail: str = ""
    limit: float | None = None  # too_large: the memory limit (MB) it hit
    trace: str | None = None
    cpu: float = 0.0  # the child's own CPU seconds, for the log and the tests


@dataclass
class PageCount:
    """Sent first: the file's pages, which set its time allowance (--timeout per block)."""

    pages: int | None


def child_main(task: Task, conn: Connection) -> None:
    """Entry point of a worker process: confine, tell the page count, parse, send one
    payload, exit."""
    parent = os.getppid()
    watch_parent(conn)
    confine(task, parent)
    use_vocabulary(task.vocab_dir)
    pages = count_pages(Path(task.path))
    set_cpu_limit(task.limits.file_timeout(pages))
    conn.send(PageCount(pages))
    payload = parse(task)
    payload.cpu = sum(usage.ru_utime + usage.ru_stime for usage in (  # page helpers' too
        resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))
    flush_output()  # before the answer: the parent may reap this process once it has it
    ANSWERED.set()
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
    return Payload(reason=TooLarge.reason, limit=task.limits.memory_mb,
                   detail=f"needed more than the {task.limits.memory_mb} MB memory limit")


def confine(task: Task, parent: int) -> None:
    """Limits and output redirection for this process only."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    release_forkserver()
    die_with_parent(parent)
    redirect_output(task.log_path)
    memory = task.limits.memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # the CPU limit follows once the page count is known (a hard limit cannot be raised)


def use_vocabulary(folder: str | None) -> None:
    """Normalise with the user vocabulary in ``folder`` ("": none) instead of the one this
    process inherited from $ACTIONPLANS_VOCAB_DIR; None keeps the inherited one."""
    if folder is None:
        return
    from normalise import vocabulary

    if vocabulary.user_dir() == (Path(folder) if folder else None):
        return  # what the forkserver resolved and warmed its caches with
    inherited = vocabulary.vocabulary().digest()
    os.environ[vocabulary.USER_DIR_ENV] = folder
    if vocabulary.vocabulary().digest() != inherited:
        # other words: the patterns and lexicons built from the inherited ones go too
        # (same words from another folder keep them: they depend on the words alone)
        vocabulary.clear_cache()


def set_cpu_limit(seconds: float) -> None:
    """A backstop if the parent is gone and cannot enforce the deadline."""
    cpu = int(seconds) + 10
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))


def count_pages(path: Path) -> int | None:
    """A PDF's page count from its cross-reference table (PDFium: milliseconds even
    for a long plan); None for other formats, or a PDF PDFium cannot open (the
    parser then says what is wrong with it)."""
    try:
        with path.open("rb") as stream:
            if stream.read(1024).find(b"%PDF") < 0:
                return None
        import pypdfium2

        document = pypdfium2.PdfDocument(str(path))
        try:
            return len(document)
        finally:
            document.close()
    except Exception:  # a bad file is the parser's to report
        return None


def watch_parent(conn: Connection) -> None:
    """Kill this process as soon as the ingest process's end of the socket closes.

    The ingest process never writes to the socket, so the only thing a read
    can ever see is EOF: that process closed it (it has our result, or it
    gave up on us) or died.
    """
    def watch() -> None:
        try:
            conn.poll(None)
        except (OSError, ValueError):  # closed here: we are exiting anyway
            return
        if not ANSWERED.is_set():
            os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def release_forkserver() -> None:
    """Close this worker's copy of the forkserver's alive pipe, so the server can see
    the ingest process die (it exits when no process holds the pipe's write end)."""
    try:
        from multiprocessing import forkserver

        fd = forkserver._forkserver._forkserver_alive_fd  # type: ignore[attr-defined]
        if fd is not None:
            os.close(fd)
            forkserver._forkserver._forkserver_alive_fd = None  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):  # spawn start method: nothing inherited
        pass


class LogStream(io.TextIOWrapper):
    """The parser's output on its way to the log: written through at once (a worker can
    be killed at any moment, and what it printed must already be there), and never a
    reason to fail: a full disk under the log loses the text, not the file's answer."""

    def write(self, text: str) -> int:
        try:
            return super().write(text)
        except OSError:
            return len(text)


def unbuffered(fd: int) -> io.TextIOWrapper:
    raw = io.FileIO(fd, "w", closefd=False)
    return LogStream(raw, encoding="utf-8", errors="replace", write_through=True)


def redirect_output(log_path: str | None) -> None:
    """Whatever the parser prints, warns or dumps on a crash goes to the log, not the terminal."""
    try:
        target = os.open(log_path or os.devnull, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError:  # the log cannot be opened: the output is dropped, never shown
        target = os.open(os.devnull, os.O_WRONLY)
    os.dup2(target, 1)
    os.dup2(target, 2)
    os.close(target)
    sys.stdout = unbuffered(1)
    sys.stderr = unbuffered(2)
    faulthandler.enable(file=sys.stderr)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s worker[%(process)d] %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # it warns once per broken object


def flush_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a full disk under the log: the answer matters more
            pass
