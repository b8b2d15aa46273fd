"""Exit codes a scheduler can tell apart (README, "Robustness")."""

from __future__ import annotations

import click

OK = 0
FILES_FAILED = 1  # some file failed; the others are loaded
USAGE = 2
DATABASE_UNAVAILABLE = 3  # the database could not be used: locked, refused, full
ALREADY_RUNNING = 4  # `update`: another update holds this database's lock; nothing done
INTERNAL_ERROR = 5  # a bug of ours: the traceback is in the log


class ExitError(click.ClickException):
    """One ``Error:`` line and a documented exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code
