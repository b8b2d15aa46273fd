"""The log file, and what happens when it cannot be written.

The log is for details (tracebacks, what each worker said); the run's
answer is on the terminal.  So a log that cannot be written (a full disk, a
read-only folder) is said once, in one line on standard error, and the run
goes on without it, instead of a traceback for every line logged.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from models.textsafe import shown


class QuietFileHandler(logging.FileHandler):
    """A log file opened at its first line; on a write error, one warning, then silence.

    Names that are not UTF-8 are written with their bytes escaped rather
    than failing the line.
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, encoding="utf-8", errors="backslashreplace", delay=True)
        self.failed = False

    def _open(self) -> Any:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        if self.failed:
            return
        self.failed = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or (type(error).__name__ if error else "unknown")
        try:
            sys.stderr.write(f"warning: cannot write the log {shown(self.baseFilename)} "
                             f"({reason}); going on without it\n")
        except (OSError, ValueError):  # no stderr either: nothing more to be done
            pass
