"""Where `export` and `report` write: a whole file or nothing.

``--out FILE`` must name a file in a folder that exists (no folder is created
behind the user's back).  A regular file is written beside its target under a
hidden temporary name and renamed over it only when complete, so a full disk
or an error half-way leaves the old file (or no file), never half of one.
A device or pipe (``/dev/stdout``, ``/dev/full``) is written in place.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from pipeline.cli_errors import output_error, usage_error


def check_target(out: Path) -> None:
    """A usage error unless ``out`` can be a file in an existing folder."""
    folder = out.parent
    if not folder.is_dir():
        raise usage_error(f"cannot write {out}: folder {folder} does not exist "
                          "(create it first)")
    if out.is_dir():
        raise usage_error(f"cannot write {out}: it is a folder; name a file")


def default_mode() -> int:
    """The permissions a new file gets under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def to_stdout() -> Iterator[IO[str]]:
    try:
        yield sys.stdout
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        # what is still buffered would fail again when Python exits: send it nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise output_error("standard output", exc, whole=False) from None


@contextmanager
def in_place(out: Path) -> Iterator[IO[str]]:
    try:
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream
    except OSError as exc:
        raise output_error(str(out), exc) from None


@contextmanager
def replacing(out: Path) -> Iterator[IO[str]]:
    mode = out.stat().st_mode & 0o777 if out.exists() else default_mode()
    try:
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=out.parent,
                                             prefix=f".{out.name}.", suffix=".part", delete=False)
    except OSError as exc:
        raise output_error(str(out), exc) from None
    part = Path(handle.name)
    try:
        with handle:
            yield handle
        os.chmod(part, mode)
        os.replace(part, out)
    except OSError as exc:
        raise output_error(str(out), exc) from None
    finally:
        part.unlink(missing_ok=True)


@contextmanager
def output_to(out: Path | None) -> Iterator[IO[str]]:
    """A text stream for ``--out FILE``, or standard output; OSError becomes one Error line."""
    if out is None:
        with to_stdout() as stream:
            yield stream
        return
    check_target(out)
    opener = replacing if not out.exists() or out.is_file() else in_place
    with opener(out) as stream:
        yield stream
