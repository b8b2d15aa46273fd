"""The pages of one long PDF read in several processes.

A file parsed while CPUs stand idle (the ingest gives it
``ExtractionSettings.page_processes`` > 1: it is the last file left, or the
only one) need not be read one page after another on one core.  Its pages
are cut into contiguous runs; the process parsing the file forks a helper
for every run but the first, reads the first itself, then takes the
helpers' pages back in page order, since tables are stitched across pages
in that order.  Each helper opens the file afresh (no file handle or parser
state is shared) and sends back only what a page yields: its table parts
and text blocks, pickled.

A helper costs nothing but speed when it fails: if it dies (a crash in the
parser, the memory limit) or sends nothing readable, its pages are read
again by the main process.  A helper dies with the process that forked it
(Linux PR_SET_PDEATHSIG), so a worker killed for its time limit leaves none
behind.
"""

from __future__ import annotations

import math
import os
import pickle
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from extractors.lifetime import die_with_parent

# fewer pages than this per process and a fork (about 10-50 ms, and the file opened
# and its page tree read again) costs more than the pages it takes off the main process
MIN_PAGES_PER_PROCESS = 24


def page_runs(page_count: int, processes: int) -> list[range]:
    """Page numbers (from 1) cut into at most ``processes`` contiguous runs of near-equal
    length, none shorter than MIN_PAGES_PER_PROCESS (so a short file is one run)."""
    runs = max(1, min(processes, page_count // MIN_PAGES_PER_PROCESS))
    size = math.ceil(page_count / runs)
    return [range(first, min(first + size, page_count + 1))
            for first in range(1, page_count + 1, size)]


@dataclass
class Helper:
    """A forked helper process and the pipe its answer comes back on."""

    pid: int
    answer_fd: int

    def answer(self) -> Any | None:
        """What the helper's work returned; None if it failed, died or sent nothing
        readable (its pages are then the caller's to read)."""
        try:
            data = read_all(self.answer_fd)
        finally:
            os.close(self.answer_fd)
        _, status = os.waitpid(self.pid, 0)
        if status != 0 or not data:
            return None
        try:
            return pickle.loads(data)
        except Exception:  # a truncated answer: the helper was killed while writing
            return None

    def stop(self) -> None:
        """Kill and reap the helper (the caller is leaving without its answer)."""
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.close(self.answer_fd)
            os.waitpid(self.pid, 0)
        except OSError:  # already gone
            pass


def fork_helper(work: Callable[[], Any]) -> Helper | None:
    """Run ``work`` in a forked process; None when no process can be forked (the
    caller then does the work itself)."""
    parent = os.getpid()
    try:
        answer_fd, write_fd = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(answer_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the helper: never returns
        os.close(answer_fd)
        run_helper(work, write_fd, parent)
    os.close(write_fd)
    return Helper(pid, answer_fd)


def run_helper(work: Callable[[], Any], write_fd: int, parent: int) -> None:
    """Do the work, write its pickled result, and exit without running any of the
    forked process's cleanup (its files and handlers belong to the parent)."""
    code = 1
    try:
        die_with_parent(parent)
        write_all(write_fd, pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL))
        code = 0
    except BaseException:  # any failure: the parent reads these pages itself
        pass
    finally:
        os._exit(code)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.close(fd)


def read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)
