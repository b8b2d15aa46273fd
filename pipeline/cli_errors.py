"""Exit codes and the one-line errors every `actionplans` command ends with.

Whatever goes wrong, the user sees one ``Error: ...`` line on standard error
and a documented exit code (README, "Exit codes"); the traceback, if any,
goes to the log file only.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from pipeline.dburl import redact
from pipeline.exits import (
    DATABASE_UNAVAILABLE,
    FILES_FAILED,
    INTERNAL_ERROR,
    INTERRUPTED,
    OK,
    OUTPUT_FAILED,
    USAGE,
    ExitError,
)

OUTPUT = OUTPUT_FAILED
__all__ = ["DATABASE", "FILES_FAILED", "INTERNAL", "INTERRUPTED", "OK", "OUTPUT", "USAGE"]

DATABASE = DATABASE_UNAVAILABLE
INTERNAL = INTERNAL_ERROR

log = logging.getLogger("actionplans.cli")


def first_line(exc: BaseException) -> str:
    """An exception's first line, with any remembered password masked."""
    lines = str(exc).strip().splitlines() or [type(exc).__name__]
    return redact(lines[0])


class CommandError(ExitError):
    """One `Error:` line and an exit code, with no usage banner, and no password in it."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(redact(message), exit_code)


def usage_error(message: str) -> CommandError:
    """Something the user named does not exist (database file, folder, plan): exit 2."""
    return CommandError(message, USAGE)


def database_error(what: str, exc: BaseException) -> CommandError:
    log.error("%s: %s", what, redact(str(exc)))
    return CommandError(f"{what}: {first_line(exc)}", DATABASE)


def output_error(target: str, exc: OSError, *, whole: bool = True) -> CommandError:
    """``whole``: the target is left as it was (a file written aside, then renamed)."""
    reason = exc.strerror or first_line(exc)
    kept = "; nothing was written" if whole else ""
    return CommandError(f"cannot write {target}: {reason}{kept}", OUTPUT)


def interrupted(detail: str = "") -> CommandError:
    return CommandError("interrupted" + (f"; {detail}" if detail else ""), INTERRUPTED)


def is_database_error(exc: BaseException) -> bool:
    """A SQLAlchemy error, told without importing SQLAlchemy: a command that never
    loaded it (``--help``, a usage error) cannot have raised one, and keeps its
    start-up free of it."""
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, errors.SQLAlchemyError)


class Commands(click.Group):
    """A click group whose commands end with one `Error:` line whatever goes wrong."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise interrupted() from None
        except Exception as exc:
            if not is_database_error(exc):
                raise
            log.exception("database error")
            raise database_error("database error", exc) from None
