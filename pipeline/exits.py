"""Exit codes a scheduler can tell apart (README, "Robustness")."""

from __future__ import annotations

import click

OK = 0
FILES_FAILED = 1  # some file failed; the others are loaded
USAGE = 2
DATABASE_UNAVAILABLE = 3  # the database could not be used: locked, refused, full
OUTPUT_FAILED = 4  # --out or standard output could not be written (disk full, permission)
INTERNAL_ERROR = 5  # a bug of ours: the traceback is in the log
ALREADY_RUNNING = 6  # `update`: another update holds this database's lock; nothing done
INTERRUPTED = 130  # Ctrl-C (128 + SIGINT): whole documents kept, a re-run carries on
# SIGTERM: 143 (pipeline.shutdown)


class ExitError(click.ClickException):
    """One ``Error:`` line and a documented exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code
