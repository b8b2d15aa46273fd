"""Parsers for tests/test_cluster.py that kill the Dask worker they run under.

Kept apart from the test module so that a Dask worker unpickling one imports
only this (not pytest's fixtures).  They run where every parse runs: in the
confined child that ``pipeline.worker`` forks for the file, from the
forkserver that the Dask worker started.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from extractors.settings import ExtractionSettings
from models.errors import NotADocument
from models.records import NormalisedDocument
from pipeline.process import process_file

SLOW_SECONDS = 4.0


def dask_worker_pid() -> int:
    """The Dask worker process this parse runs for: the forkserver's parent."""
    import psutil

    return psutil.Process(os.getppid()).ppid()


def count_attempt(marks: Path, path: Path) -> int:
    """Note one more attempt at this file; the number of attempts so far."""
    mark = marks / f"{path.name}.attempts"
    with open(mark, "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()}\n")
    return len(mark.read_text(encoding="utf-8").splitlines())


def attempts(marks: Path, name: str) -> int:
    mark = marks / f"{name}.attempts"
    return len(mark.read_text(encoding="utf-8").splitlines()) if mark.exists() else 0


def kill_worker(marks: Path, victim: str, deaths: int, path: Path, settings: ExtractionSettings,
                authority: str | None) -> NormalisedDocument:
    """Parse normally, except that the first ``deaths`` attempts at ``victim`` SIGKILL
    the Dask worker mid-task (as the kernel's OOM killer or a lost machine would)."""
    if count_attempt(marks, path) <= deaths and path.name == victim:
        os.kill(dask_worker_pid(), signal.SIGKILL)
        time.sleep(60)  # this child dies with its worker long before
    return process_file(path, settings, authority)


def misbehave(marks: Path, path: Path, settings: ExtractionSettings,
              authority: str | None) -> NormalisedDocument:
    """Hang, eat memory, segfault or answer after SLOW_SECONDS as the file's name says;
    parse other files for real."""
    count_attempt(marks, path)
    if path.name.startswith("slow"):
        time.sleep(SLOW_SECONDS)
        raise NotADocument(path.name, "slow parser finished")
    if path.name.startswith("hang"):
        while True:
            time.sleep(0.05)
    if path.name.startswith("hog"):
        chunks = []
        while True:
            chunks.append(bytearray(64 * 1024 * 1024))
    if path.name.startswith("segv"):
        import ctypes

        ctypes.string_at(0)
    return process_file(path, settings, authority)
