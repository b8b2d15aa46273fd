"""Our own bugs are never a property of the file.

An exception raised inside this project's code (a KeyError in a walker, say)
is ``crashed``: a bug, retried once the pipeline is upgraded.  One raised
inside a parsing library (pdfminer, lxml, zipfile) on bad bytes is the file's
fault (``corrupt``).  The innermost frame of the traceback tells which.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from models.errors import CorruptDocument, InputError, TooLarge, WorkerCrashed

T = TypeVar("T")

_ROOT = Path(__file__).resolve().parent.parent
OUR_CODE = tuple(str(_ROOT / name) + os.sep for name in ("extractors", "normalise", "models"))


def raised_by_our_code(exc: BaseException) -> bool:
    """True when the exception was raised by a line of this project, not a library."""
    frame = exc.__traceback__
    last = None
    while frame is not None:
        last = frame.tb_frame.f_code.co_filename
        frame = frame.tb_next
    return last is not None and os.path.abspath(last).startswith(OUR_CODE)


def parse_failure(name: str, exc: BaseException, expected: tuple[type[BaseException], ...]) -> InputError:
    """The error for an exception out of a parse: ``crashed`` when our code raised it,
    else ``corrupt`` (a library refusing the bytes; "unexpected" when not one of the
    ``expected`` kinds)."""
    detail = f"{type(exc).__name__}: {exc}"
    if raised_by_our_code(exc):  # a bug of ours, retried after an upgrade
        return WorkerCrashed(name, f"unexpected {detail}"[:300])
    return CorruptDocument(name, (detail if isinstance(exc, expected) else f"unexpected {detail}")[:300])


def guarded(name: str, read: Callable[[], T], expected: tuple[type[BaseException], ...],
            noun: str) -> T:
    """Run one file's reader so that only an InputError leaves it, whatever the input:
    memory runs out as too_large, a library's parse error is corrupt, our own bug crashed."""
    try:
        return read()
    except InputError:
        raise
    except MemoryError as exc:
        raise TooLarge(name, f"ran out of memory while reading the {noun}") from exc
    except Exception as exc:  # the contract: no other exception leaves
        raise parse_failure(name, exc, expected) from exc
